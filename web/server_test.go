package web

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"liangsaibi/data/store"
	"liangsaibi/scoring"
)

const tongbailu = `{"street":"tongbailu","values":{"show.results":"15.5","compete.talk":"7"}}`

func TestSubmissionReachesRoundJournalAndAudit(t *testing.T) {
	path := example(t, nil)
	r, s, base := serve(t, path, Options{})
	link, token := linkOf(s, "j2")
	code, a := post(t, base+link+"/submit", token, tongbailu, nil)
	if code != 200 || !a.OK || a.Applied != 2 {
		t.Fatalf("submit: %d %+v", code, a)
	}
	c := r.State().Comp
	si, ji := c.FindStreet("tongbailu"), c.FindJudge("j2")
	if got := c.Scores[si][c.FindItem("show.results")][ji]; got != scoring.Number(15_500_000) {
		t.Fatalf("round holds %v", got)
	}
	journal, _ := os.ReadFile(store.JournalPath(path))
	if !strings.Contains(string(journal), "15.5") {
		t.Fatalf("journal lacks the score:\n%s", journal)
	}
	audit, _ := os.ReadFile(store.AuditPath(path))
	if !strings.Contains(string(audit), "评委乙") || !strings.Contains(string(audit), "phone@127.0.0.1") {
		t.Fatalf("audit lacks the judge or the phone:\n%s", audit)
	}
	st := s.Status()
	if cell := st.Cells[[2]string{"j2", "tongbailu"}]; cell.At.IsZero() || cell.Addr != "127.0.0.1" {
		t.Fatalf("console cell %+v", cell)
	}
	// The same again changes nothing and is acknowledged (a retry).
	if code, a := post(t, base+link+"/submit", token, tongbailu, nil); code != 200 || a.Applied != 0 {
		t.Fatalf("retry: %d %+v", code, a)
	}
}

func TestWrongOrRevokedSecretGetsNothing(t *testing.T) {
	_, s, base := serve(t, example(t, nil), Options{})
	link, token := linkOf(s, "j1")
	if code, body := get(t, base+link); code != 200 || !strings.Contains(body, "评委甲") {
		t.Fatalf("own link: %d", code)
	}
	for _, bad := range []string{"/j/AAAAAAAAAAAAAAAAAAAAAAAA", "/j/" + strings.ToUpper(link[3:]), link + "x", "/j/"} {
		code, body := get(t, base+bad)
		if code != 404 || strings.Contains(body, "评委") && strings.Contains(body, "甲") {
			t.Fatalf("%s: %d %q", bad, code, body)
		}
		if code, _ := get(t, base+bad+"/events"); code != 404 {
			t.Fatalf("%s/events: %d", bad, code)
		}
	}
	s.Revoke("j1")
	if code, _ := get(t, base+link); code != 404 {
		t.Fatalf("revoked link: %d", code)
	}
	if code, _ := post(t, base+link+"/submit", token, tongbailu, nil); code != 404 {
		t.Fatalf("revoked submit: %d", code)
	}
	if err := s.Renew("j1"); err != nil {
		t.Fatal(err)
	}
	if code, _ := get(t, base+link); code != 404 {
		t.Fatal("the old link works again after renewing")
	}
	fresh, _ := linkOf(s, "j1")
	if code, _ := get(t, base+fresh); code != 200 {
		t.Fatal("the new link does not work")
	}
}

func TestCrossSiteSubmissionsRefused(t *testing.T) {
	r, s, base := serve(t, example(t, nil), Options{})
	link, token := linkOf(s, "j1")
	cases := map[string]map[string]string{
		"no token":         {"X-Token": ""},
		"wrong token":      {"X-Token": token + "x"},
		"other judge":      {"X-Token": func() string { _, t := linkOf(s, "j2"); return t }()},
		"other site":       {"Origin": "http://evil.example"},
		"cross-site fetch": {"Sec-Fetch-Site": "cross-site"},
		"same-site fetch":  {"Sec-Fetch-Site": "same-site"},
		"html form":        {"Content-Type": "application/x-www-form-urlencoded"},
		"text/plain":       {"Content-Type": "text/plain"},
	}
	gen := r.State().Gen
	for name, hdr := range cases {
		if code, a := post(t, base+link+"/submit", token, tongbailu, hdr); code != 403 || a.OK {
			t.Errorf("%s: %d %+v", name, code, a)
		}
	}
	if r.State().Gen != gen {
		t.Fatal("a refused request changed the round")
	}
	// The page itself, from its own origin, passes.
	if code, _ := post(t, base+link+"/submit", token, tongbailu, map[string]string{"Origin": base}); code != 200 {
		t.Fatalf("same origin: %d", code)
	}
}

func TestOversizedAndMalformedBodiesRefused(t *testing.T) {
	r, s, base := serve(t, example(t, nil), Options{})
	link, token := linkOf(s, "j1")
	big := `{"street":"tongbailu","values":{"show.results":"` + strings.Repeat("1", maxBody) + `"}}`
	if code, _ := post(t, base+link+"/submit", token, big, nil); code != 413 {
		t.Fatalf("oversized: %d", code)
	}
	for _, body := range []string{`{`, `[]`, `{"street":"tongbailu","evil":1}`} {
		if code, _ := post(t, base+link+"/submit", token, body, nil); code != 400 {
			t.Fatalf("%s: %d", body, code)
		}
	}
	if r.State().Unsaved != 0 {
		t.Fatal("a refused body was applied")
	}
}

func TestNumbersCheckedBeforeApplying(t *testing.T) {
	r, s, base := serve(t, example(t, nil), Options{})
	link, token := linkOf(s, "j1")
	for _, tc := range []struct{ value, key string }{
		{"10.5", "为 0 到 10"}, {"8.555", "位小数"}, {"abc", "不是数字"}, {"", "请填写"}, {"-1", "不是数字"},
	} {
		body := fmt.Sprintf(`{"street":"xushui","values":{"show.results":"15","compete.talk":%q}}`, tc.value)
		code, a := post(t, base+link+"/submit", token, body, nil)
		if code != 422 || a.Item != "compete.talk" || !a.Final {
			t.Errorf("%q: %d %+v", tc.value, code, a)
		}
		_ = tc.key
	}
	// Full-width digits as an input method types them are numbers.
	body := `{"street":"xushui","values":{"show.results":"１５．５","compete.talk":"８"}}`
	if code, a := post(t, base+link+"/submit", token, body, nil); code != 200 || a.Applied != 2 {
		t.Fatalf("full-width: %d %+v", code, a)
	}
	if r.State().Unsaved != 2 {
		t.Fatalf("unsaved %d", r.State().Unsaved)
	}
}

func TestClosedStreetRefusedNotSilentlyApplied(t *testing.T) {
	r, s, base := serve(t, example(t, nil), Options{})
	link, token := linkOf(s, "j3")
	s.SetOpen("tongbailu", false)
	gen := r.State().Gen
	code, a := post(t, base+link+"/submit", token, tongbailu, nil)
	if code != 409 || !a.Final || !strings.Contains(a.Error, "桐柏路街道") || !strings.Contains(a.Error, "已关闭") {
		t.Fatalf("closed: %d %+v", code, a)
	}
	if r.State().Gen != gen {
		t.Fatal("a submission after closing changed the round")
	}
	st := s.Status()
	if st.Cells[[2]string{"j3", "tongbailu"}].Refused != 1 || !strings.Contains(st.Log[len(st.Log)-1].Msg.In(0), "已拒绝") {
		t.Fatalf("the console was not told: %+v", st.Log)
	}
	s.SetOpen("tongbailu", true)
	if code, _ := post(t, base+link+"/submit", token, tongbailu, nil); code != 200 {
		t.Fatalf("reopened: %d", code)
	}
}

func TestReturnedSubmissionShowsReason(t *testing.T) {
	_, s, base := serve(t, example(t, nil), Options{})
	link, token := linkOf(s, "j1")
	post(t, base+link+"/submit", token, tongbailu, nil)
	s.Return("j1", "tongbailu", "现场汇报分数偏低，请核对")
	var v judgeView
	firstEvent(t, base+link+"/events", &v)
	if v.Streets[0].Returned != "现场汇报分数偏低，请核对" || v.Streets[0].At == "" {
		t.Fatalf("judge view %+v", v.Streets[0])
	}
	if code, a := post(t, base+link+"/submit", token, strings.Replace(tongbailu, `"7"`, `"7.5"`, 1), nil); code != 200 {
		t.Fatalf("again: %d %+v", code, a)
	}
	v = judgeView{}
	firstEvent(t, base+link+"/events", &v)
	if v.Streets[0].Returned != "" {
		t.Fatal("submitting again did not clear the return")
	}
}

func TestJudgeSeesOnlyOwnScores(t *testing.T) {
	_, s, base := serve(t, example(t, nil), Options{})
	link, _ := linkOf(s, "j2")
	var v judgeView
	firstEvent(t, base+link+"/events", &v)
	if len(v.Ranking) != 0 {
		t.Fatal("a judge sees the ranking")
	}
	for _, st := range v.Streets {
		for _, it := range st.Items {
			if len(it.Others) != 0 {
				t.Fatal("a judge sees other judges' scores")
			}
		}
	}
	// tongbailu's show.results is [17, 18.5, 16, 17.5, 19]: j2 sees 18.5.
	if v.Streets[0].Items[0].Value != "18.5" {
		t.Fatalf("own score %+v", v.Streets[0].Items[0])
	}
	_, s2, base2 := serve(t, example(t, nil), Options{ShowOthers: true})
	link2, _ := linkOf(s2, "j2")
	firstEvent(t, base2+link2+"/events", &v)
	if len(v.Ranking) == 0 || len(v.Streets[0].Items[0].Others) != 4 {
		t.Fatal("allowed, a judge does not see the others")
	}
}

func TestNamesAreEscaped(t *testing.T) {
	path := example(t, func(s string) string {
		return strings.Replace(s, "name: 评委甲", `name: "<script>alert(1)</script>甲"`, 1)
	})
	_, s, base := serve(t, path, Options{})
	link, _ := linkOf(s, "j1")
	_, body := get(t, base+link)
	if strings.Contains(body, "<script>alert") || !strings.Contains(body, "&lt;script&gt;") {
		t.Fatalf("name not escaped:\n%s", body)
	}
}

func TestScreenRevealHidesRanksNotYetShown(t *testing.T) {
	_, s, base := serve(t, example(t, nil), Options{})
	var v screenView
	firstEvent(t, base+"/screen/events", &v)
	if len(v.Rows) != 3 || v.Rows[0].Rank != 1 {
		t.Fatalf("screen %+v", v)
	}
	s.ScreenDo("reveal")
	firstEvent(t, base+"/screen/events", &v)
	for _, row := range v.Rows {
		if row.Rank > 0 {
			t.Fatalf("a rank is sent before it is revealed: %+v", row)
		}
	}
	s.ScreenDo("next")
	firstEvent(t, base+"/screen/events", &v)
	ranked := 0
	for _, row := range v.Rows {
		if row.Rank > 0 {
			ranked++
			if !row.Latest {
				t.Fatal("the revealed row is not marked")
			}
		}
	}
	if ranked != 1 || v.Revealed != 1 {
		t.Fatalf("after one reveal: %+v", v)
	}
	s.ScreenDo("hold")
	firstEvent(t, base+"/screen/events", &v)
	if !v.Hold || len(v.Rows) != 0 {
		t.Fatal("hold still sends rows")
	}
}

func TestNoStackOrPathReachesAPage(t *testing.T) {
	path := example(t, nil)
	_, s, base := serve(t, path, Options{})
	link, _ := linkOf(s, "j1")
	for _, p := range []string{"/static/../../go.mod", "/static/judge.html", "/j/" + strings.Repeat("x", 5000), link + "/../../etc/passwd", "/nope"} {
		code, body := get(t, base+p)
		if code == 200 || strings.Contains(body, "goroutine") || strings.Contains(body, path) || strings.Contains(body, ".go") {
			t.Fatalf("%s: %d %q", p, code, body)
		}
	}
}
