package trend_test

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"liangsaibi/data"
	"liangsaibi/scoring"
	"liangsaibi/trend"
)

// round writes a competition of three streets whose one item (max 100,
// standard 60) holds the given scores, with the earlier rounds' exports
// beside it: past[k] lists "id rank total below?" per street, oldest first;
// the last of past is previous:, the others history:.
func round(t *testing.T, scores map[string]string, past ...[]string) *scoring.Standings {
	t.Helper()
	dir := t.TempDir()
	var names []string
	for k, streets := range past {
		var b strings.Builder
		fmt.Fprintf(&b, "title: t\nround: R%d\nstreets:\n", k+1)
		for _, s := range streets {
			f := strings.Fields(s)
			fmt.Fprintf(&b, "  - {id: %s, rank: %s, total: %q", f[0], f[1], f[2])
			if len(f) > 3 {
				b.WriteString(", below_standard: [a]")
			} else {
				b.WriteString(", below_standard: []")
			}
			b.WriteString("}\n")
		}
		name := fmt.Sprintf("r%d.yaml", k+1)
		if err := os.WriteFile(filepath.Join(dir, name), []byte(b.String()), 0o644); err != nil {
			t.Fatal(err)
		}
		names = append(names, name)
	}
	var b strings.Builder
	b.WriteString("version: 1\ntitle: t\nround: NOW\n")
	if len(names) > 0 {
		fmt.Fprintf(&b, "previous: %s\n", names[len(names)-1])
	}
	if len(names) > 1 {
		fmt.Fprintf(&b, "history: [%s]\n", strings.Join(names[:len(names)-1], ", "))
	}
	b.WriteString(`criteria:
  - id: c
    name: C
    weight: 100
    items:
      - {id: a, name: A, max: 100, standard: 60, judged: false}
streets:
  - {id: s1, name: S1}
  - {id: s2, name: S2}
  - {id: s3, name: S3}
scores:
`)
	for _, id := range []string{"s1", "s2", "s3"} {
		if v, ok := scores[id]; ok {
			fmt.Fprintf(&b, "  %s: {a: %s}\n", id, v)
		}
	}
	path := filepath.Join(dir, "now.yaml")
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	doc, err := data.LoadFile(path, data.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return scoring.Compute(doc.Comp)
}

func ranks(tr *trend.Trend, s int) []int {
	var out []int
	for _, p := range tr.Points[s] {
		out = append(out, p.Rank)
	}
	return out
}

func TestRoundsPointsAndMoves(t *testing.T) {
	st := round(t, map[string]string{"s1": "90", "s2": "50", "s3": "70"},
		[]string{"s1 3 40 below", "s2 1 80", "s3 2 60"},
		[]string{"s1 2 65", "s2 1 75 below", "s3 3 55 below"},
	)
	tr := trend.Compute(st, 5)
	if got := strings.Join(tr.Rounds, ","); got != "R1,R2,NOW" {
		t.Fatalf("rounds %s, want R1,R2,NOW (history, previous, this round)", got)
	}
	for s, want := range [][]int{{3, 2, 1}, {1, 1, 3}, {2, 3, 2}} {
		if got := ranks(tr, s); fmt.Sprint(got) != fmt.Sprint(want) {
			t.Errorf("street %d ranks %v, want %v", s, got, want)
		}
	}
	// s1 rose 3 → 1 (+50.00 since R1), s2 fell 1 → 3, s3 is back where it was.
	if len(tr.Improved) != 1 || tr.Improved[0].Street != 0 || tr.Improved[0].Change() != 2 ||
		!tr.Improved[0].HasTotalDiff || tr.Improved[0].TotalChange != scoring.DecFromInt(50) {
		t.Errorf("improved %+v", tr.Improved)
	}
	if len(tr.Declined) != 1 || tr.Declined[0].Street != 1 || tr.Declined[0].Change() != -2 {
		t.Errorf("declined %+v", tr.Declined)
	}
	// Below standard now: only s2 (50 < 60); it was below in R2, not in R1.
	if len(tr.Repeats) != 1 || tr.Repeats[0].Street != 1 || tr.Repeats[0].Rounds != 2 {
		t.Errorf("repeats %+v, want s2 for 2 rounds", tr.Repeats)
	}
}

// The streak counts back only while every round says the item was below:
// a round in between that was above standard ends it.
func TestRepeatsStopAtTheFirstRoundAboveStandard(t *testing.T) {
	st := round(t, map[string]string{"s1": "50", "s2": "90", "s3": "80"},
		[]string{"s1 3 50 below", "s2 1 90", "s3 2 80"},
		[]string{"s1 3 70", "s2 1 90", "s3 2 80"},
		[]string{"s1 3 50 below", "s2 1 90", "s3 2 80"},
		[]string{"s1 3 50 below", "s2 1 90", "s3 2 80"},
	)
	tr := trend.Compute(st, 5)
	if len(tr.Repeats) != 1 || tr.Repeats[0].Rounds != 3 {
		t.Fatalf("repeats %+v, want s1 for 3 rounds (now, R4, R3; R2 was above)", tr.Repeats)
	}
}

// An unfinished street has no rank or total now, and moves nowhere.
func TestUnfinishedStreetHasNoPointNow(t *testing.T) {
	st := round(t, map[string]string{"s1": "90", "s3": "70"},
		[]string{"s1 2 80", "s2 1 90", "s3 3 60"},
	)
	tr := trend.Compute(st, 5)
	now := tr.Points[1][len(tr.Rounds)-1]
	if now.Rank != 0 || now.HasTotal || !now.Present {
		t.Errorf("unfinished street now: %+v", now)
	}
	for _, m := range append(tr.Improved, tr.Declined...) {
		if m.Street == 1 {
			t.Errorf("an unfinished street moved: %+v", m)
		}
	}
}

// At most Window rounds are shown, this one included: the oldest go.
func TestWindowKeepsTheNewestRounds(t *testing.T) {
	var past [][]string
	for k := range trend.Window + 2 {
		past = append(past, []string{fmt.Sprintf("s1 1 %d", 80+k), "s2 2 70", "s3 3 60"})
	}
	st := round(t, map[string]string{"s1": "90", "s2": "50", "s3": "70"}, past...)
	tr := trend.Compute(st, 5)
	if len(tr.Rounds) != trend.Window || tr.Rounds[0] != "R4" || tr.Rounds[len(tr.Rounds)-1] != "NOW" {
		t.Fatalf("rounds %v: want the newest %d, R4 … NOW", tr.Rounds, trend.Window)
	}
	if p := tr.Points[0][0]; !p.HasTotal || p.Total != scoring.DecFromInt(83) {
		t.Errorf("first shown round's total %+v, want 83", p)
	}
}
