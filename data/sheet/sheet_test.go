package sheet

import (
	"strings"
	"testing"

	"golang.org/x/text/encoding/simplifiedchinese"

	"liangsaibi/data"
	"liangsaibi/display"
	"liangsaibi/i18n"
	"liangsaibi/scoring"
)

var formats = []string{"csv", "xlsx"}

// A sheet written from the full competition, read into one with holes,
// fills exactly the holes with exactly the original values.
func TestRoundTripFillsHoles(t *testing.T) {
	full := demo(t)
	judged := columnItems(full, Judge)
	cases := []struct {
		name  string
		req   Request
		holes [][3]int // street, item, judge
	}{
		{"judge", Request{Kind: Judge, Judge: 2}, [][3]int{{0, judged[0], 2}, {5, judged[3], 2}, {13, judged[6], 2}}},
		{"street", Request{Kind: Street, Street: 4}, [][3]int{{4, judged[1], 0}, {4, judged[1], 6}, {4, judged[5], 3}}},
		{"direct", Request{Kind: Direct}, [][3]int{{1, full.FindItem("test.paper"), 0}, {7, full.FindItem("task.renovation"), 0}}},
	}
	for _, tc := range cases {
		for _, format := range formats {
			t.Run(tc.name+"/"+format, func(t *testing.T) {
				holey := cleared(full, tc.holes)
				vals, ps := Read("表."+format, write(t, full, tc.req, format), holey, ReadOptions{})
				if len(ps) > 0 {
					t.Fatalf("problems:\n%s", problemText(ps))
				}
				changes, ps := Plan(holey, vals)
				if len(ps) > 0 || len(Conflicts(changes)) > 0 {
					t.Fatalf("unexpected problems: %v %v", ps, Conflicts(changes))
				}
				if len(changes) != len(tc.holes) {
					t.Fatalf("%d changes, want %d: %+v", len(changes), len(tc.holes), changes)
				}
				for _, ch := range changes {
					want := full.Scores[ch.Street][ch.Item][ch.Slot]
					if ch.New != want || ch.Old.State != scoring.Empty {
						t.Errorf("change %+v, want new %v from empty", ch, want)
					}
				}
			})
		}
	}
}

// Filling blank cells by hand (numbers, 回避, full-width digits) is read back.
func TestFilledByHand(t *testing.T) {
	full := demo(t)
	paper := full.FindItem("test.paper")
	for _, format := range formats {
		blank := cleared(full, [][3]int{{0, 0, 0}, {1, 0, 0}, {2, 1, 0}})
		raw := write(t, blank, Request{Kind: Judge, Judge: 0}, format)
		raw = edit(t, raw, format, map[string]string{"C10": "7.25", "C11": "回避", "D12": "８．５"})
		vals, ps := Read("j1."+format, raw, blank, ReadOptions{})
		if len(ps) > 0 {
			t.Fatalf("%s: %s", format, problemText(ps))
		}
		changes, _ := Plan(blank, vals)
		got := map[[2]int]string{}
		for _, ch := range changes {
			got[[2]int{ch.Street, ch.Item}] = SlotText(ch.New, i18n.Zh)
		}
		want := map[[2]int]string{{0, 0}: "7.25", {1, 0}: "回避", {2, 1}: "8.5"}
		if len(got) != len(want) {
			t.Fatalf("%s: changes %v, want %v", format, got, want)
		}
		for k, v := range want {
			if got[k] != v {
				t.Errorf("%s: %v = %q, want %q", format, k, got[k], v)
			}
		}
	}
	_ = paper
}

func TestConflictsAreMarked(t *testing.T) {
	c := demo(t)
	for _, format := range formats {
		raw := edit(t, write(t, c, Request{Kind: Judge, Judge: 0}, format), format, map[string]string{"C10": "1.5"})
		vals, ps := Read("j1."+format, raw, c, ReadOptions{})
		if len(ps) > 0 {
			t.Fatal(problemText(ps))
		}
		changes, _ := Plan(c, vals)
		if len(changes) != 1 || !changes[0].Conflict {
			t.Fatalf("%s: want one conflict, got %+v", format, changes)
		}
		msg := problemText(Conflicts(changes))
		old := SlotText(c.Scores[0][0][0], i18n.Zh)
		for _, want := range []string{"j1." + format + " C10", "第10行", "抓党建工作实绩", "已有分数 " + old, "1.5", "--overwrite"} {
			if !strings.Contains(msg, want) {
				t.Errorf("%s: conflict message %q lacks %q", format, msg, want)
			}
		}
	}
}

// Every bad cell is reported with its cell reference, row and column name.
func TestBadCellsLocated(t *testing.T) {
	c := demo(t)
	cases := []struct {
		name  string
		req   Request
		cells map[string]string
		want  []string
	}{
		{"wrong street", Request{Kind: Judge}, map[string]string{"A10": "桐柏路街", "B10": ""},
			[]string{"A10", "第10行", "“街道”列", "没有名为“桐柏路街”的街道", "是不是“桐柏路街道”"}},
		{"wrong street id", Request{Kind: Judge}, map[string]string{"B11": "tongbai"},
			[]string{"B11", "没有编号为“tongbai”的街道"}},
		{"wrong item", Request{Kind: Judge}, map[string]string{"C6": "抓党建实绩", "C7": ""},
			[]string{"C6", "第6行", "没有名为“抓党建实绩”的细则项", "是不是“抓党建工作实绩”"}},
		{"wrong judge", Request{Kind: Street}, map[string]string{"E6": "评委1", "E7": ""},
			[]string{"E6", "没有名为“评委1”的评委", "是不是“评委一”"}},
		{"out of range", Request{Kind: Judge}, map[string]string{"D12": "10.5"},
			[]string{"D12", "第12行", "“基层治理实绩”列", "10.5 超出范围，应在 0 到 10 之间"}},
		{"negative target", Request{Kind: Direct}, map[string]string{"C11": "-1"},
			[]string{"C11", "-1 是负数"}},
		{"decimals", Request{Kind: Judge}, map[string]string{"E13": "7.1234567"},
			[]string{"E13", "第13行", "小数超过 6 位"}},
		{"not a number", Request{Kind: Judge}, map[string]string{"F14": "八分"},
			[]string{"F14", "“八分”不是数字"}},
		{"recused direct", Request{Kind: Direct}, map[string]string{"G12": "回避"},
			[]string{"G12", "只有评委打分项可以填“回避”"}},
		{"other competition", Request{Kind: Judge}, map[string]string{"B2": "LSB1-J-00000000"},
			[]string{"B2", "第2行", "另一场比赛"}},
		{"not a sheet", Request{Kind: Judge}, map[string]string{"B2": "随便写的"},
			[]string{"B2", "不是 liangsaibi 生成的评分表"}},
	}
	for _, tc := range cases {
		for _, format := range formats {
			t.Run(tc.name+"/"+format, func(t *testing.T) {
				raw := edit(t, write(t, c, tc.req, format), format, tc.cells)
				vals, ps := Read("表."+format, raw, c, ReadOptions{})
				if len(ps) == 0 {
					t.Fatal("no problem reported")
				}
				if vals != nil {
					t.Error("values returned despite problems")
				}
				msg := problemText(ps)
				for _, w := range tc.want {
					if !strings.Contains(msg, w) {
						t.Errorf("message %q lacks %q", msg, w)
					}
				}
			})
		}
	}
}

func TestWrongTitleIsAnotherCompetition(t *testing.T) {
	c := demo(t)
	other := *c
	other.Title = "2026年第三季度"
	raw := write(t, &other, Request{Kind: Judge}, "csv")
	_, ps := Read("旧表.csv", raw, c, ReadOptions{})
	if msg := problemText(ps); !strings.Contains(msg, "B2") || !strings.Contains(msg, "2026年第三季度") {
		t.Fatalf("got %q", msg)
	}
}

func TestEnglishMessages(t *testing.T) {
	c := demo(t)
	raw := edit(t, write(t, c, Request{Kind: Judge}, "csv"), "csv", map[string]string{"D12": "11"})
	_, ps := Read("s.csv", raw, c, ReadOptions{})
	if msg := strings.Join(ps.Lines(i18n.En), "\n"); !strings.Contains(msg, "s.csv D12 (row 12") || !strings.Contains(msg, "out of range") {
		t.Fatalf("got %q", msg)
	}
}

func TestTwoSheetsDisagree(t *testing.T) {
	full := demo(t)
	holey := cleared(full, [][3]int{{0, 0, 0}})
	a := edit(t, write(t, holey, Request{Kind: Judge}, "csv"), "csv", map[string]string{"C10": "6"})
	b := edit(t, write(t, holey, Request{Kind: Street, Street: 0}, "csv"), "csv", map[string]string{"E8": "7"})
	va, _ := Read("a.csv", a, holey, ReadOptions{})
	vb, ps := Read("b.csv", b, holey, ReadOptions{})
	if len(ps) > 0 {
		t.Fatal(problemText(ps))
	}
	_, ps = Plan(holey, append(va, vb...))
	if msg := problemText(ps); !strings.Contains(msg, "b.csv E8") || !strings.Contains(msg, "a.csv C10") {
		t.Fatalf("got %q", msg)
	}
}

func TestEncodings(t *testing.T) {
	full := demo(t)
	holey := cleared(full, [][3]int{{3, 2, 0}})
	utf := write(t, full, Request{Kind: Judge}, "csv")
	if !strings.HasPrefix(string(utf), "\uFEFF") {
		t.Fatal("UTF-8 sheet without BOM")
	}
	gb, err := simplifiedchinese.GB18030.NewEncoder().Bytes([]byte(strings.TrimPrefix(string(utf), "\uFEFF")))
	if err != nil {
		t.Fatal(err)
	}
	for name, tc := range map[string]struct {
		raw []byte
		enc string
	}{
		"bom": {utf, ""}, "no bom": {utf[3:], ""}, "gb18030": {gb, "gb18030"},
	} {
		vals, ps := Read(name, tc.raw, holey, ReadOptions{Encoding: tc.enc})
		if len(ps) > 0 {
			t.Fatalf("%s: %s", name, problemText(ps))
		}
		if ch, _ := Plan(holey, vals); len(ch) != 1 || ch[0].Street != 3 || ch[0].Item != 2 {
			t.Fatalf("%s: changes %+v", name, ch)
		}
	}
	_, ps := Read("gb.csv", gb, holey, ReadOptions{})
	if msg := problemText(ps); !strings.Contains(msg, "--encoding gb18030") {
		t.Fatalf("GB18030 read as UTF-8: %q", msg)
	}
}

func TestNeutralisedNamesReadBack(t *testing.T) {
	c := demo(t)
	n := *c
	n.Streets = append(n.Streets[:0:0], c.Streets...)
	n.Streets[0].Name = "=HYPERLINK(1)"
	raw := write(t, &n, Request{Kind: Judge}, "csv")
	if !strings.Contains(string(raw), "'=HYPERLINK") {
		t.Fatal("formula-like name not neutralised")
	}
	if _, ps := Read("x.csv", raw, &n, ReadOptions{}); len(ps) > 0 {
		t.Fatal(problemText(ps))
	}
}

func TestExcelFloatNoise(t *testing.T) {
	for in, want := range map[string]string{"18.300000000000001": "18.3", "7.25": "7.25", "1E-3": "0.001", "7.1234567": "7.1234567"} {
		if got := numberText(in); got != want {
			t.Errorf("numberText(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestColumnLetter(t *testing.T) {
	for n, want := range map[int]string{1: "A", 26: "Z", 27: "AA", 52: "AZ", 703: "AAA"} {
		if got := ColumnLetter(n); got != want {
			t.Errorf("ColumnLetter(%d) = %q, want %q", n, got, want)
		}
	}
}

func FuzzImport(f *testing.F) {
	c := demo(f)
	f.Add(write(f, c, Request{Kind: Judge}, "csv"))
	f.Add(write(f, c, Request{Kind: Street}, "csv"))
	f.Add(write(f, c, Request{Kind: Direct}, "csv"))
	f.Add(write(f, c, Request{Kind: Judge}, "xlsx"))
	f.Add(write(f, c, Request{Kind: Street}, "xlsx"))
	f.Add([]byte("a,\"b\n"))
	f.Add(edit(f, write(f, c, Request{Kind: Judge}, "csv"), "csv", map[string]string{"C10": strings.Repeat("长", 5000), "C11": "x", "D11": "y"}))
	f.Fuzz(func(t *testing.T, raw []byte) {
		vals, ps := Read("f.csv", raw, c, ReadOptions{})
		if len(ps) > 0 && vals != nil {
			t.Fatal("values with problems")
		}
		// Read turns a panic of its own code into a problem so that no user
		// sees a crash; here that is a bug to find.
		for _, p := range ps {
			if p.Key == "p.internal" {
				t.Fatal("Read recovered from a panic")
			}
		}
		// However many problems and however long the cells, the listing is
		// bounded: the first data.MaxListed problems, cut echoes, and a count.
		for _, lang := range []i18n.Lang{i18n.Zh, i18n.En} {
			lines := ps.Lines(lang)
			if len(lines) > data.MaxListed+1 {
				t.Fatalf("%d lines listed", len(lines))
			}
			for _, l := range lines {
				if w := display.Width(l); w > 400 {
					t.Fatalf("a problem line of %d cells", w)
				}
			}
		}
		Plan(c, vals)
	})
}
