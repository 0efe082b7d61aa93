package review_test

import (
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"pgregory.net/rapid"

	"liangsaibi/data"
	"liangsaibi/data/gen"
	"liangsaibi/data/review"
	"liangsaibi/data/round"
	"liangsaibi/data/store"
	"liangsaibi/scoring"
)

// sealedRound is a 14-street round under review: scores entered by 甲,
// some by phone, every score confirmed by 乙, then sealed. It returns the
// folder holding the file and its side files.
func sealedRound(t *testing.T) string {
	dir := t.TempDir()
	text := string(gen.Competition(gen.Options{Seed: 7, Streets: 14, Judges: 5, Items: 4, Holes: 0.1}))
	text = strings.Replace(text, "\nrules:", "\nrules:\n  review: confirm", 1)
	if !strings.Contains(text, "review: confirm") {
		text = strings.Replace(text, "\njudges:", "\nrules:\n  review: confirm\njudges:", 1)
	}
	path := filepath.Join(dir, "round.yaml")
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	r, err := round.Open(path, round.Options{Operator: "甲"})
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	c := r.State().Comp
	if c.Rules.Review != scoring.ReviewConfirm || len(c.Streets) != 14 {
		t.Fatal("the generated round is not what the test needs")
	}
	var ops []round.Op
	for s := range c.Streets {
		for i := range c.Items {
			if c.Items[i].Kind != scoring.Judged {
				continue
			}
			k := s % c.SlotCount(i)
			v := scoring.Number(scoring.Dec(int64(1+(s+i)%7) * 1_000_000))
			src := round.Source{Kind: round.Keyboard}
			if s%3 == 0 {
				src = round.Source{Kind: round.Phone, Addr: "10.0.0." + strconv.Itoa(s)}
			}
			ops = append(ops, round.Op{Kind: round.Set, Street: s, Item: i, Slot: k, Value: v, Operator: "甲", Source: src})
		}
	}
	if _, err := r.Do(ops...); err != nil {
		t.Fatal(err)
	}
	var confirms []round.Op
	for _, o := range r.State().Review.Open(r.State().Comp) {
		confirms = append(confirms, round.Op{Kind: round.Confirm, Street: o.Street, Item: o.Item, Slot: o.Slot, Operator: "乙"})
	}
	if _, err := r.Do(confirms...); err != nil {
		t.Fatal(err)
	}
	if _, err := r.Do(round.Op{Kind: round.Seal, Operator: "甲"}); err != nil {
		t.Fatal(err)
	}
	return dir
}

func verify(t interface {
	Helper()
	Fatalf(string, ...any)
}, path string) *review.Report {
	t.Helper()
	doc, err := data.LoadWithJournal(path, data.Options{})
	if err != nil {
		t.Fatalf("load: %v", err)
	}
	rep, err := review.Verify(path, doc.Comp)
	if err != nil {
		t.Fatalf("verify: %v", err)
	}
	return rep
}

func copyDir(t *rapid.T, from string) string {
	to, err := os.MkdirTemp("", "tamper-*")
	if err != nil {
		t.Fatalf("%v", err)
	}
	entries, _ := os.ReadDir(from)
	for _, e := range entries {
		b, _ := os.ReadFile(filepath.Join(from, e.Name()))
		os.WriteFile(filepath.Join(to, e.Name()), b, 0o644)
	}
	return to
}

var number = regexp.MustCompile(`\b\d+(\.\d+)?\b`)

// TestAuditVerifyDetectsEveryTampering: editing, removing or reordering
// any one audit record, or editing any score in the file by hand, is
// found, and the record or the score is named.
func TestAuditVerifyDetectsEveryTampering(t *testing.T) {
	base := sealedRound(t)
	path := filepath.Join(base, "round.yaml")
	if rep := verify(t, path); !rep.OK() || rep.Chain.Unverified != 0 || !rep.Book.Sealed() {
		t.Fatalf("the untouched round does not verify: %+v", rep)
	}
	rapid.Check(t, func(t *rapid.T) {
		dir := copyDir(t, base)
		defer os.RemoveAll(dir)
		file := filepath.Join(dir, "round.yaml")
		audit := store.AuditPath(file)
		raw, _ := os.ReadFile(audit)
		lines := bytes.Split(bytes.TrimRight(raw, "\n"), []byte{'\n'})
		n := len(lines)
		i := rapid.IntRange(0, n-1).Draw(t, "record")
		write := func(ls [][]byte) {
			os.WriteFile(audit, append(bytes.Join(ls, []byte{'\n'}), '\n'), 0o644)
		}
		switch kind := rapid.SampledFrom([]string{"edit", "delete", "reorder", "score"}).Draw(t, "kind"); kind {
		case "edit":
			fields := []string{`"operator":"`, `"new":"`, `"old":"`, `"street":"`, `"time":"2`, `"note":"`, `"digest":"`}
			l := lines[i]
			var at []int
			for _, f := range fields {
				if j := bytes.Index(l, []byte(f)); j >= 0 {
					at = append(at, j+len(f))
				}
			}
			p := rapid.SampledFrom(at).Draw(t, "field")
			edited := append(append(append([]byte{}, l[:p]...), 'X'), l[p:]...)
			lines[i] = edited
			write(lines)
			rep := verify(t, file)
			if rep.Chain.Break != store.Edited || rep.Chain.Line != i+1 {
				t.Fatalf("record %d edited: break %v at line %d", i, rep.Chain.Break, rep.Chain.Line)
			}
		case "delete":
			write(append(lines[:i:i], lines[i+1:]...))
			rep := verify(t, file)
			want := store.Gap
			at := i + 1 // the record that now stands where it stood
			if i == n-1 {
				want, at = store.TailRemoved, n-1
			}
			if rep.Chain.Break != want || rep.Chain.Line != at {
				t.Fatalf("record %d of %d removed: break %v at %d", i, n, rep.Chain.Break, rep.Chain.At)
			}
		case "reorder":
			j := rapid.IntRange(0, n-1).Filter(func(j int) bool { return j != i }).Draw(t, "with")
			lines[i], lines[j] = lines[j], lines[i]
			write(lines)
			rep := verify(t, file)
			if rep.Chain.Break == store.Intact || rep.Chain.Line != min(i, j)+1 {
				t.Fatalf("records %d and %d swapped: break %v at %d", i, j, rep.Chain.Break, rep.Chain.At)
			}
		case "score":
			text, _ := os.ReadFile(file)
			start := bytes.Index(text, []byte("\nscores:"))
			locs := number.FindAllIndex(text[start:], -1)
			var nums [][]int
			for _, l := range locs {
				// numbers in a score list or after an item key, not in ids like s12
				if c := text[start+l[0]-1]; c == '[' || c == ' ' {
					nums = append(nums, l)
				}
			}
			l := rapid.SampledFrom(nums).Draw(t, "score")
			old := string(text[start+l[0] : start+l[1]])
			repl := "1.5"
			if old == repl {
				repl = "2.5"
			}
			edited := append(append(append([]byte{}, text[:start+l[0]]...), repl...), text[start+l[1]:]...)
			os.WriteFile(file, edited, 0o644)
			before, err1 := data.LoadFile(filepath.Join(base, "round.yaml"), data.Options{})
			after, err2 := data.LoadFile(file, data.Options{})
			if err1 != nil || err2 != nil {
				t.Skip("the edit made the file invalid")
			}
			rep := verify(t, file)
			var changed []review.Key
			c := after.Comp
			for s := range c.Streets {
				for it := range c.Items {
					for k := range c.Scores[s][it] {
						if c.Scores[s][it][k] != before.Comp.Scores[s][it][k] {
							changed = append(changed, review.KeyOf(c, s, it, k))
						}
					}
				}
			}
			if len(changed) != 1 {
				t.Fatalf("the edit changed %d scores", len(changed))
			}
			named := false
			for _, u := range rep.Unexplained {
				named = named || review.KeyOf(c, u.Street, u.Item, u.Slot) == changed[0]
			}
			if rep.OK() || !named {
				t.Fatalf("score %v edited by hand (%s → %s): not named; unexplained %+v", changed[0], old, repl, rep.Unexplained)
			}
		}
	})
}
