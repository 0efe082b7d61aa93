package main

import (
	"flag"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"liangsaibi/data"
	"liangsaibi/display"
	"liangsaibi/i18n"
	"liangsaibi/scoring"
)

var update = flag.Bool("update", false, "rewrite testdata/*.golden")

func demoStandings(t *testing.T) *scoring.Standings {
	t.Helper()
	doc, err := data.Demo()
	if err != nil {
		t.Fatal(err)
	}
	return scoring.Compute(doc.Comp)
}

// TestRankTableGolden pins the table of the demo, in both languages.
func TestRankTableGolden(t *testing.T) {
	for _, tc := range []struct {
		lang i18n.Lang
		file string
	}{{i18n.Zh, "rank_table.golden"}, {i18n.En, "rank_table_en.golden"}} {
		t.Run(tc.lang.String(), func(t *testing.T) {
			got := strings.Join(tableLines(demoStandings(t), tc.lang), "\n") + "\n"
			path := filepath.Join("testdata", tc.file)
			if *update {
				if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run go test -update to create it)", err)
			}
			if got != string(want) {
				t.Errorf("table differs from %s (go test -update rewrites it)\ngot:\n%s\nwant:\n%s", path, got, want)
			}
		})
	}
}

// TestRankTableAligned checks by display width that every column lines up:
// each column's cells start at the same cell offset on every line (left
// aligned) or end at the same offset (right aligned).
func TestRankTableAligned(t *testing.T) {
	for _, l := range []i18n.Lang{i18n.Zh, i18n.En} {
		lines := tableLines(demoStandings(t), l)
		body := lines[1 : len(lines)-1] // header, rule and rows
		if err := checkAligned(body); err != "" {
			t.Errorf("%s: %s\n%s", l, err, strings.Join(body, "\n"))
		}
	}
}

// TestAlignmentCheckCatchesByteCounting makes sure checkAligned would see
// the classic mistake: padding Chinese names by bytes or runes.
func TestAlignmentCheckCatchesByteCounting(t *testing.T) {
	// "建设路街道" is 5 runes but 10 cells; the second line pads it to 14
	// as if it were 5 cells wide, so its total sits 5 cells too far right.
	bad := []string{
		"排名  街道          总分",
		"1     建设路街道" + strings.Repeat(" ", 14-5) + "94.64",
		"2     abc           93.10",
	}
	if checkAligned(bad) == "" {
		t.Fatal("checkAligned accepted a table padded by rune count")
	}
}

var cellGap = regexp.MustCompile(` {2,}`)

// checkAligned returns "" when the columns of lines line up by display
// width, else what is wrong.
func checkAligned(lines []string) string {
	type span struct{ start, end int }
	var rows [][]span
	for _, line := range lines {
		var spans []span
		pos := 0
		for _, m := range cellGap.FindAllStringIndex(line, -1) {
			cell := line[pos:m[0]]
			if cell != "" {
				start := display.Width(line[:pos])
				spans = append(spans, span{start, start + display.Width(cell)})
			}
			pos = m[1]
		}
		if pos < len(line) {
			start := display.Width(line[:pos])
			spans = append(spans, span{start, start + display.Width(line[pos:])})
		}
		rows = append(rows, spans)
	}
	for i, r := range rows {
		if len(r) != len(rows[0]) {
			return "line " + lines[i] + ": wrong number of cells"
		}
	}
	for j := range rows[0] {
		sameStart, sameEnd := true, true
		for _, r := range rows {
			sameStart = sameStart && r[j].start == rows[0][j].start
			sameEnd = sameEnd && r[j].end == rows[0][j].end
		}
		if !sameStart && !sameEnd {
			return "column " + lines[0] + ": cells neither start nor end at the same width"
		}
	}
	return ""
}

// TestTableSanitizesNames: a name with terminal escapes cannot reach the
// terminal as control characters.
func TestTableSanitizesNames(t *testing.T) {
	st := demoStandings(t)
	c := *st.Comp
	c.Streets = append([]scoring.Street(nil), c.Streets...)
	c.Streets[0].Name = "坏\x1b]0;pwned\x07名"
	out := strings.Join(tableLines(scoring.Compute(&c), i18n.Zh), "\n")
	if strings.ContainsAny(out, "\x1b\x07") {
		t.Fatalf("control characters reached the table:\n%q", out)
	}
	if !strings.Contains(out, `坏\x1b]0;pwned\x07名`) {
		t.Fatalf("sanitized name missing:\n%s", out)
	}
}

// TestRankTablePendingStreet: the demo's unfinished street shows 待评 9/13
// in the first column (the table's status column; it has no tie column)
// and no number as its total, band or gap.
func TestRankTablePendingStreet(t *testing.T) {
	st := demoStandings(t)
	lines := tableLines(st, i18n.Zh)
	found := false
	for _, l := range lines {
		if !strings.Contains(l, "航海西路街道") {
			continue
		}
		found = true
		f := strings.Fields(l)
		if len(f) < 4 || f[0] != "待评" || f[1] != "9/13" || f[2] != "航海西路街道" || f[3] != "-" {
			t.Errorf("line %q: want 待评 9/13, the name, then - as total", l)
		}
		if strings.Contains(l, "61.68") {
			t.Errorf("the partial total is published: %q", l)
		}
	}
	if !found {
		t.Fatal("航海西路街道 is not in the table")
	}
}
