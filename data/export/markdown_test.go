package export

import (
	"bytes"
	"strings"
	"testing"

	"liangsaibi/i18n"
	"liangsaibi/scoring"
)

func exportMarkdown(t *testing.T, st *scoring.Standings, o Options) string {
	t.Helper()
	var buf bytes.Buffer
	if err := Markdown(&buf, st, o); err != nil {
		t.Fatalf("Markdown: %v", err)
	}
	return buf.String()
}

func TestMarkdownNoticeListsEveryStreetAndEscapesNames(t *testing.T) {
	st := testStandings(t)
	out := exportMarkdown(t, st, testOptions())
	c := st.Comp
	for _, want := range []string{c.Round, c.Organizer, c.Date, "排名通报", "3（并列）", "↑1", "↓1", "+5.46", "待评", "整改措施："} {
		if !strings.Contains(out, want) {
			t.Errorf("notice lacks %q", want)
		}
	}
	for _, s := range c.Streets {
		if !strings.Contains(out, mdEscape(s.Name)) {
			t.Errorf("notice lacks street %q", s.Name)
		}
	}
	if !strings.Contains(out, `三官庙\|街道`) || strings.Contains(out, "三官庙|街道") {
		t.Errorf("| in a street name is not escaped")
	}
	if !strings.Contains(out, `=HYPERLINK("x")\*街道`) {
		t.Errorf("* in a street name is not escaped")
	}
	// Every table row has as many unescaped | as its table's header (the
	// notice holds several tables: ranking, heatmap, results by round).
	var want int
	for _, line := range strings.Split(out, "\n") {
		if !strings.HasPrefix(line, "| ") {
			want = 0
			continue
		}
		n := strings.Count(line, "|") - strings.Count(line, `\|`)
		if want == 0 {
			want = n
		} else if n != want {
			t.Errorf("table row has %d cell borders, header %d: %s", n, want, line)
		}
	}
}

func TestMarkdownFixListFollowsProblems(t *testing.T) {
	st := testStandings(t)
	out := exportMarkdown(t, st, testOptions())
	c := st.Comp
	fixes := 0
	for i := range st.Rows {
		fixes += len(st.Rows[i].Below)
	}
	if got := strings.Count(out, "整改措施："); got != fixes {
		t.Errorf("%d lines to fill in, want one per below-standard item (%d)", got, fixes)
	}
	// 林山寨街道's largest shortfall (闭卷测试, -5.00) comes before the smaller ones.
	sec := out[strings.Index(out, "### 林山寨街道"):]
	sec = sec[:strings.Index(sec[4:], "###")+4]
	problems := st.Problems(c.FindStreet("linshanzhai"))
	last := -1
	for _, ii := range problems {
		at := strings.Index(sec, c.Items[ii].Name+"（")
		if at < 0 || at < last {
			t.Errorf("item %s out of order in the fix list:\n%s", c.Items[ii].ID, sec)
		}
		last = at
	}
	if !strings.Contains(sec, "差距 -5.00") {
		t.Errorf("gap not shown:\n%s", sec)
	}
}

func TestMarkdownWithoutPreviousHasNoChangeColumns(t *testing.T) {
	c := testCompetition(t)
	c.Previous = nil
	out := exportMarkdown(t, scoring.Compute(c), testOptions())
	if strings.Contains(out, "名次变化") {
		t.Errorf("change columns without a previous round")
	}
	o := testOptions()
	o.Lang = i18n.En
	en := exportMarkdown(t, scoring.Compute(c), o)
	if !strings.Contains(en, "Ranking notice") || !strings.Contains(en, "Corrective action") {
		t.Errorf("English notice:\n%s", en)
	}
}

func TestMDEscape(t *testing.T) {
	for in, want := range map[string]string{
		"桐柏路街道":  "桐柏路街道",
		"a|b":    `a\|b`,
		"*x*_y_": `\*x\*\_y\_`,
		"<b>":    `\<b\>`,
		"a\nb":   `a\\x0ab`,
		`\`:      `\\`,
	} {
		if got := mdEscape(in); got != want {
			t.Errorf("mdEscape(%q) = %q, want %q", in, got, want)
		}
	}
}
