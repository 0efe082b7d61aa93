package data

import (
	"reflect"
	"strings"
	"testing"

	"liangsaibi/data/gen"
)

// piecesAgree decodes text in pieces (cut at every street) and whole, and
// fails unless the pieces give exactly the whole parse's result, problems
// and places. It reports whether the pieces were used.
func piecesAgree(t *testing.T, text []byte) bool {
	t.Helper()
	defer func(n int) { scoresChunkSize = n }(scoresChunkSize)
	scoresChunkSize = 1
	d, comp, ok := decodeInPieces("f.yaml", text, true, nil)
	if !ok {
		return false
	}
	root, err := parseYAML("f.yaml", text)
	if err != nil {
		t.Fatalf("read in pieces, but the whole file does not parse: %v\n%s", err, text)
	}
	whole := newDecoder("f.yaml", root)
	whole.keepPlaces(text)
	wantComp := whole.competition()
	d.sortProblems()
	whole.sortProblems()
	if !reflect.DeepEqual(d.probs, whole.probs) {
		t.Fatalf("problems differ:\npieces: %v\nwhole:  %v\n%s", d.probs, whole.probs, text)
	}
	if len(d.probs) == 0 && !reflect.DeepEqual(comp, wantComp) {
		t.Fatalf("competitions differ\n%s", text)
	}
	if len(d.probs) == 0 && !reflect.DeepEqual(d.places, whole.places) {
		t.Fatalf("places differ\n%s", text)
	}
	return true
}

func TestChunkedLoadMatches(t *testing.T) {
	files := map[string][]byte{}
	for i, raw := range seedFiles(t) {
		files[string(rune('a'+i))] = raw
	}
	for _, o := range []gen.Options{
		{Seed: 1, Streets: 40, Judges: 7, Items: 6, Holes: 0.2},
		{Seed: 2, Streets: 9, Judges: 0, Items: 4},
	} {
		files["gen"+string(rune('0'+o.Seed))] = gen.Competition(o)
	}
	used := 0
	for name, raw := range files {
		text, _, _, err := decodeText(name, raw, "")
		if err != nil {
			continue
		}
		if piecesAgree(t, text) {
			used++
		}
	}
	// The spec's cases with scores, the demo, the template and the
	// generated files all have the plain layout.
	if used < 6 {
		t.Errorf("only %d of %d files were read in pieces", used, len(files))
	}
}

// Layouts that must not be cut, or whose pieces must be refused, and
// problems that must come out the same either way.
func TestChunkedLoadEdgeCases(t *testing.T) {
	base := string(mustDemo(t))
	head, _, _ := strings.Cut(base, "\nscores:")
	head += "\n"
	cases := map[string]struct {
		body   string
		pieces bool // read in pieces (and agreeing) or not at all
	}{
		"plain":               {"scores:\n  jianshelu:\n    test.paper: 90\n  tongbailu:\n    test.paper: 80\n", true},
		"comment at margin":   {"scores:\n  jianshelu:\n# note\n    test.paper: 90\n  tongbailu: {test.paper: 80}\n", true},
		"crlf":                {"scores:\r\n  jianshelu:\r\n    test.paper: 90\r\n  tongbailu:\r\n    test.paper: 80\r\n", true},
		"duplicate street":    {"scores:\n  jianshelu: {test.paper: 90}\n  jianshelu: {test.paper: 80}\n", true},
		"unknown street":      {"scores:\n  jianshelu: {test.paper: 90}\n  jianshelo: {test.paper: 80}\n", true},
		"bad number":          {"scores:\n  jianshelu: {test.paper: 9.0.0}\n  tongbailu: {test.paper: 080}\n", true},
		"explicit key":        {"scores:\n  ? jianshelu\n  : {test.paper: 90}\n", true}, // one piece: ": " never starts one
		"flow across lines":   {"scores:\n  jianshelu: {test.paper:\n  90}\n", false},
		"quoted across lines": {"scores:\n  jianshelu: {test.paper: \"9\n  0\"}\n", false},
		"anchor":              {"scores:\n  jianshelu: &a {test.paper: 90}\n  tongbailu: *a\n", false},
		"key after scores":    {"scores:\n  jianshelu: {test.paper: 90}\nround: x\n", false},
		"document marker":     {"scores:\n  jianshelu: {test.paper: 90}\n---\n", false},
		"tab indent":          {"scores:\n\tjianshelu: {test.paper: 90}\n", false},
		"less indented":       {"scores:\n    jianshelu: {test.paper: 90}\n  tongbailu: {test.paper: 80}\n", false},
		"sequence":            {"scores:\n  - jianshelu\n", false},
		"flow scores":         {"scores: {jianshelu: {test.paper: 90}}\n", false},
		"nothing under":       {"scores:\n# later\n", false},
	}
	for name, tc := range cases {
		t.Run(name, func(t *testing.T) {
			if got := piecesAgree(t, []byte(head+tc.body)); got != tc.pieces {
				t.Errorf("read in pieces = %v, want %v", got, tc.pieces)
			}
		})
	}
	// `scores:` inside a quoted title is not the key.
	quoted := "version: 1\ntitle: \"a\nscores:\n  b\"\n" + head[len("version: 1\n"):]
	if piecesAgree(t, []byte(quoted)) {
		t.Error("read a quoted title's line as the scores key")
	}
}

// Whatever the input, reading in pieces gives the whole parse's answer or
// is not used.
func FuzzChunkedLoad(f *testing.F) {
	for _, raw := range seedFiles(f) {
		f.Add(raw)
	}
	f.Add(gen.Competition(gen.Options{Seed: 3, Streets: 5, Judges: 3, Items: 3, Holes: 0.3}))
	small := gen.Competition(gen.Options{Seed: 4, Streets: 2, Judges: 2, Items: 2})
	for _, body := range []string{
		"scores:\n  s1:\n# c\n    liang.i1: [1, 2]\n  s2: {liang.i1: [~, 3]}\n",
		"scores:\n  ? s1\n  : {liang.i1: [1, 2]}\n  s1: {}\n",
		"scores:\n  s1: {liang.i1: [1,\n  2]}\n",
		"scores:\r\n  s1:\r\n    liang.i1: [1, 2]\r\n",
	} {
		head, _, _ := strings.Cut(string(small), "scores:")
		f.Add([]byte(head + body))
	}
	f.Fuzz(func(t *testing.T, raw []byte) {
		if len(raw) > 1<<16 {
			return
		}
		text, _, _, err := decodeText("f.yaml", raw, "")
		if err != nil || countStructure(text) > maxStructure {
			return
		}
		piecesAgree(t, text)
	})
}
