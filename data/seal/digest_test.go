package seal_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"pgregory.net/rapid"

	"liangsaibi/data"
	"liangsaibi/data/seal"
	"liangsaibi/scoring"
)

const example = "../../testdata/spec/example.yaml"

func load(t testing.TB, name string, text string) *scoring.Competition {
	t.Helper()
	doc, err := data.Load(name, []byte(text), data.Options{ReadFile: func(string) ([]byte, error) {
		return os.ReadFile(filepath.Join("../../testdata/spec", "example.prev.yaml"))
	}})
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	return doc.Comp
}

func exampleText(t testing.TB) string {
	b, err := os.ReadFile(example)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func TestDigestIgnoresLayout(t *testing.T) {
	text := exampleText(t)
	want := seal.Digest(load(t, "example.yaml", text))
	// The judges' list moved below the streets, comments dropped, CRLF,
	// a score written 17.50 and the street list reordered.
	at, end := strings.Index(text, "\njudges:")+1, strings.Index(text, "\ncriteria:")+1
	moved := text
	judges := moved[at:end]
	moved = moved[:at] + moved[end:]
	moved = strings.Replace(moved, "scores:", judges+"scores:", 1)
	var noComments []string
	for _, l := range strings.Split(moved, "\n") {
		if i := strings.Index(l, "  # "); i >= 0 && !strings.Contains(l[:i], `"`) {
			l = strings.TrimRight(l[:i], " ")
		}
		noComments = append(noComments, l)
	}
	variant := strings.Join(noComments, "\r\n")
	variant = strings.Replace(variant, "[17, 18.5,", "[17.00, 18.50,", 1)
	variant = strings.Replace(variant, "  - {id: tongbailu, name: 桐柏路街道}\r\n  - {id: zhongyuanxilu, name: 中原西路街道}",
		"  - {id: zhongyuanxilu, name: 中原西路街道}\r\n  - {id: tongbailu, name: 桐柏路街道}", 1)
	if variant == text || !strings.Contains(variant, "17.00") || !strings.Contains(variant, "zhongyuanxilu, name: 中原西路街道}\r\n  - {id: tongbailu") {
		t.Fatal("the variant did not change the text")
	}
	if got := seal.Digest(load(t, "variant.yaml", variant)); got != want {
		t.Errorf("digest of the same competition laid out otherwise = %s, want %s", got, want)
	}
}

func TestDigestStableAcrossSaveAndReload(t *testing.T) {
	dir := t.TempDir()
	for _, f := range []string{"example.yaml", "example.prev.yaml"} {
		b, _ := os.ReadFile(filepath.Join("../../testdata/spec", f))
		os.WriteFile(filepath.Join(dir, f), b, 0o644)
	}
	path := filepath.Join(dir, "example.yaml")
	s, err := data.Open(path, data.SessionOptions{Operator: "t"})
	if err != nil {
		t.Fatal(err)
	}
	c, err := s.Commit(2, 0, 1, scoring.Number(scoring.DecFromInt(15)))
	if err != nil {
		t.Fatal(err)
	}
	want := seal.Digest(c)
	if err := s.Save(); err != nil {
		t.Fatal(err)
	}
	s.Close()
	doc, err := data.LoadFile(path, data.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if got := seal.Digest(doc.Comp); got != want {
		t.Errorf("digest after save and reload = %s, want %s", got, want)
	}
}

// Any change to any one slot, name or rule changes the digest.
func TestDigestChangesWithAnyScore(t *testing.T) {
	c := load(t, "example.yaml", exampleText(t))
	base := seal.Digest(c)
	rapid.Check(t, func(t *rapid.T) {
		s := rapid.IntRange(0, len(c.Streets)-1).Draw(t, "street")
		i := rapid.IntRange(0, len(c.Items)-1).Draw(t, "item")
		k := rapid.IntRange(0, c.SlotCount(i)-1).Draw(t, "slot")
		old := c.Scores[s][i][k]
		var v scoring.Slot
		switch rapid.IntRange(0, 2).Draw(t, "kind") {
		case 0:
			v = scoring.Slot{State: scoring.Recused}
		case 1:
			v = scoring.Slot{}
		default:
			v = scoring.Number(scoring.Dec(rapid.Int64Range(0, 100_000_000).Draw(t, "micro")))
		}
		if v == old {
			t.Skip("same value")
		}
		if seal.Digest(c.WithSlot(s, i, k, v)) == base {
			t.Fatalf("digest unchanged after slot %d/%d/%d %v → %v", s, i, k, old, v)
		}
	})
	renamed := *c
	renamed.Streets = append([]scoring.Street(nil), c.Streets...)
	renamed.Streets[0].Name += "X"
	if seal.Digest(&renamed) == base {
		t.Error("digest unchanged after a rename")
	}
	rules := *c
	rules.Rules.Review = scoring.ReviewConfirm
	if seal.Digest(&rules) == base {
		t.Error("digest unchanged after a rule change")
	}
}

func TestMatches(t *testing.T) {
	d := "3f9a1c2e" + strings.Repeat("0", 56)
	for _, p := range []string{"3f9a1c2e", "3F9A 1C2E…", "3f9a-1c2e-00"} {
		if !seal.Matches(d, p) {
			t.Errorf("%q does not match", p)
		}
	}
	for _, p := range []string{"3f9a", "3f9a1c2f", ""} {
		if seal.Matches(d, p) {
			t.Errorf("%q matches", p)
		}
	}
}
