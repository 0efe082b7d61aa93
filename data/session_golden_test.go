package data

import (
	"os"
	"strings"
	"testing"

	"github.com/charmbracelet/x/exp/golden"

	"liangsaibi/scoring"
)

// TestSessionOneScoreChangesOneLine enters one score into the demo (full of
// comments, flow lists and aligned columns) through a Session and saves:
// exactly one line of the file may change, and it must be the golden one.
func TestSessionOneScoreChangesOneLine(t *testing.T) {
	path, err := DemoCopy(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	before, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	s, err := Open(path, SessionOptions{Operator: "golden"})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	c := s.Comp()
	street, item, judge := c.FindStreet("xiliuhu"), c.FindItem("sai.qa"), c.FindJudge("j3")
	if street < 0 || item < 0 || judge < 0 {
		t.Fatal("the demo no longer has xiliuhu / sai.qa / j3")
	}
	v, err := scoring.ParseDec("7.25")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.Commit(street, item, judge, scoring.Number(v)); err != nil {
		t.Fatal(err)
	}
	if err := s.Save(); err != nil {
		t.Fatal(err)
	}
	after, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	a, b := strings.Split(string(before), "\n"), strings.Split(string(after), "\n")
	if len(a) != len(b) {
		t.Fatalf("the file has %d lines after saving one score, %d before", len(b), len(a))
	}
	var diff strings.Builder
	changed := 0
	for i := range a {
		if a[i] != b[i] {
			changed++
			diff.WriteString("- " + a[i] + "\n+ " + b[i] + "\n")
		}
	}
	if changed != 1 {
		t.Fatalf("%d lines changed, want 1:\n%s", changed, diff.String())
	}
	golden.RequireEqual(t, []byte(diff.String()))
}
