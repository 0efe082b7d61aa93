package data

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"pgregory.net/rapid"

	"liangsaibi/scoring"
)

// After any sequence of commits and saves into any of the shapes, the file
// re-loads to exactly the competition in memory, in its own line endings
// and encoding, and every comment of the original is still there, in order.
func TestSaveKeepsCommentsAndScores(t *testing.T) {
	shapes := saveShapes(t)
	rapid.Check(t, func(rt *rapid.T) {
		sh := rapid.SampledFrom(shapes).Draw(rt, "shape")
		dir, err := os.MkdirTemp("", "save-prop-")
		if err != nil {
			rt.Fatal(err)
		}
		defer os.RemoveAll(dir)
		path := filepath.Join(dir, "c.yaml")
		if err := os.WriteFile(path, encodeShape(rt, sh.text, sh.crlf, sh.encoding), 0o644); err != nil {
			rt.Fatal(err)
		}
		s, err := Open(path, SessionOptions{Encoding: sh.encoding})
		if err != nil {
			rt.Fatal(ErrorText(err, 0))
		}
		defer s.Close()
		c := s.Comp()
		steps := rapid.IntRange(1, 12).Draw(rt, "steps")
		for range steps {
			st := rapid.IntRange(0, len(c.Streets)-1).Draw(rt, "street")
			it := rapid.IntRange(0, len(c.Items)-1).Draw(rt, "item")
			slot := rapid.IntRange(0, c.SlotCount(it)-1).Draw(rt, "slot")
			v := drawSlot(rt, &c.Items[it])
			if _, err := s.Commit(st, it, slot, v); err != nil {
				rt.Fatal(err)
			}
			if rapid.Bool().Draw(rt, "save") {
				if err := s.Save(); err != nil {
					rt.Fatal(ErrorText(err, 0))
				}
				checkSaved(rt, path, sh, s.Comp())
			}
		}
		if err := s.Save(); err != nil {
			rt.Fatal(ErrorText(err, 0))
		}
		checkSaved(rt, path, sh, s.Comp())
	})
}

func drawSlot(rt *rapid.T, it *scoring.Item) scoring.Slot {
	switch rapid.IntRange(0, 5).Draw(rt, "kind") {
	case 0:
		return scoring.Slot{}
	case 1:
		if it.Kind == scoring.Judged {
			return scoring.Slot{State: scoring.Recused}
		}
	}
	const hundredth = scoring.Dec(10_000) // in millionths
	n := rapid.Int64Range(0, int64(it.Max/hundredth)).Draw(rt, "hundredths")
	return scoring.Number(scoring.Dec(n) * hundredth)
}

func checkSaved(rt *rapid.T, path string, sh saveShape, want *scoring.Competition) {
	raw, err := os.ReadFile(path)
	if err != nil {
		rt.Fatal(err)
	}
	text := decodeShape(rt, raw, sh.crlf, sh.encoding)
	doc, err := LoadFile(path, Options{Encoding: sh.encoding})
	if err != nil {
		rt.Fatalf("the saved file does not load: %s\n%s", ErrorText(err, 0), text)
	}
	if !sameScores(doc.Comp.Scores, want.Scores) {
		rt.Fatalf("the saved file holds other scores:\n%s", text)
	}
	lines := strings.Split(text, "\n")
	at := 0
	for _, c := range comments(sh.text) {
		for at < len(lines) && !strings.Contains(lines[at], c) {
			at++
		}
		if at == len(lines) {
			rt.Fatalf("comment %q lost or moved:\n%s", c, text)
		}
		at++
	}
}

// comments are the comments of a text, one per line that has one.
func comments(text string) []string {
	var out []string
	for _, l := range strings.Split(text, "\n") {
		if i := strings.Index(l, "#"); i == 0 || i > 0 && (l[i-1] == ' ') {
			out = append(out, strings.TrimRight(l[i:], " "))
		}
	}
	return out
}
