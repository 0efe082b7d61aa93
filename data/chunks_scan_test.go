package data

import (
	"fmt"
	"reflect"
	"strings"
	"testing"

	"go.yaml.in/yaml/v3"
	"pgregory.net/rapid"

	"liangsaibi/data/gen"
)

// sameNodes compares two trees over every field the decoder, checkShape
// and keepPlaces read (comments are read by nothing) and returns where
// they first differ, or "".
func sameNodes(a, b *yaml.Node, path string) string {
	if a == nil || b == nil {
		if a != b {
			return path + ": one is nil"
		}
		return ""
	}
	type fields struct {
		Kind         yaml.Kind
		Tag, Value   string
		Style        yaml.Style
		Line, Column int
		Anchor       string
		Alias        bool
		N            int
	}
	fa := fields{a.Kind, a.Tag, a.Value, a.Style, a.Line, a.Column, a.Anchor, a.Alias != nil, len(a.Content)}
	fb := fields{b.Kind, b.Tag, b.Value, b.Style, b.Line, b.Column, b.Anchor, b.Alias != nil, len(b.Content)}
	if fa != fb {
		return fmt.Sprintf("%s: scanned %+v, YAML %+v", path, fa, fb)
	}
	for i := range a.Content {
		if d := sameNodes(a.Content[i], b.Content[i], fmt.Sprintf("%s/%d", path, i)); d != "" {
			return d
		}
	}
	return ""
}

// scanAgrees checks one piece: when the scanner takes it, the YAML
// library must read it as one mapping with exactly the same tree. It
// reports whether the scanner took it.
func scanAgrees(t *testing.T, piece []byte, firstLine int) bool {
	t.Helper()
	got, ok := scanScores(piece, firstLine)
	if !ok {
		return false
	}
	want, err := parseYAML("", piece)
	if err != nil {
		t.Fatalf("scanned, but YAML refuses it: %v\n%q", err, piece)
	}
	shiftLines(want, firstLine-1)
	if d := sameNodes(got, want, "doc"); d != "" {
		t.Fatalf("trees differ at %s\n%q", d, piece)
	}
	return true
}

// pieceGen writes pieces mostly of the scanner's lines, with now and then
// one it must refuse or a spelling whose YAML meaning is not plain.
func pieceGen() *rapid.Generator[string] {
	goodKeys := []string{"s1", "linshanzhai", "liang.party", "task.red_property", "a-b", "_x", "街道", "回避", "y", "n", "on", "Yes", "NO", "a1"}
	badKeys := []string{"null", "true", "False", "1", "1.5", "-a", ".a", "a b", "a:b", "a#b", "'q'", "s1 ", "~", "<<", "ａ", "? a", "- a", "a\tb"}
	goodValues := []string{"0", "7", "10", "-0", "-3", "8.5", "9.25", "00.5", "100", "123456789012345678", "~", "null", "recused", "回避"}
	badValues := []string{"09", "0123", "1234567890123456789", "99999999999999999999", "1e3", ".5", "5.", "+1", "1_000", "0x1F", "0o7", "0b1",
		"Null", "NULL", "true", "abc", "'5'", `"5"`, "", "9..5", "-", "2024-01-02", ".inf", "[", "{}", "&a 1", "*a", "!!str 5", "5#x", "1 2", "|", "5\r6"}
	goodComments := []string{"", "", " # c", "  # 注释 x\t"}
	badComments := []string{"#c", " # \r", " # a\u2028b", " # \u0085", " # \xff", " # \x01"}
	return rapid.Custom(func(t *rapid.T) string {
		// rare is true about once in 40 draws (rapid favours the ends of a
		// range, so a value in the middle)
		rare := func(name string) bool { return rapid.IntRange(0, 79).Draw(t, name) == 37 }
		// pick is mostly one of good, now and then one of bad
		pick := func(good, bad []string, name string) string {
			if len(bad) > 0 && rare(name+"?") {
				return rapid.SampledFrom(bad).Draw(t, name+"!")
			}
			return rapid.SampledFrom(good).Draw(t, name)
		}
		var b strings.Builder
		streetIn := rapid.SampledFrom([]int{0, 1, 2, 2, 2}).Draw(t, "streetIn")
		eol := pick([]string{"\n", "\n", "\r\n"}, []string{"\r"}, "eol")
		filler := func() {
			switch rapid.IntRange(0, 5).Draw(t, "filler") {
			case 0:
				b.WriteString(pick([]string{"", " ", "   "}, []string{"\t", " \t "}, "blank") + eol)
			case 1:
				b.WriteString(strings.Repeat(" ", rapid.IntRange(0, 6).Draw(t, "cin")) + "# note" + pick(goodComments, badComments, "cc") + eol)
			}
		}
		filler()
		for range rapid.IntRange(1, 4).Draw(t, "streets") {
			in := streetIn
			if rare("oddsin?") {
				in = rapid.IntRange(0, 4).Draw(t, "oddsin")
			}
			b.WriteString(strings.Repeat(" ", in) + pick(goodKeys, badKeys, "street") + ":" + pick(goodComments, append(badComments, " 5", " ~", "5", " {}"), "sc") + eol)
			filler()
			itemIn := streetIn + rapid.SampledFrom([]int{2, 2, 1, 4}).Draw(t, "itemIn")
			items := rapid.IntRange(1, 4).Draw(t, "items")
			if rare("none?") {
				items = 0
			}
			for range items {
				in := itemIn
				if rare("oddin?") {
					in = rapid.IntRange(0, itemIn+3).Draw(t, "oddin")
				}
				b.WriteString(strings.Repeat(" ", in) + pick(goodKeys, badKeys, "item") + ":" + pick([]string{" ", " ", "  "}, []string{"", "\t", " \t"}, "sep"))
				if rapid.Bool().Draw(t, "list") {
					b.WriteString("[" + pick([]string{"", "", " "}, []string{"\t", "\n  "}, "open"))
					for j := range rapid.IntRange(1, 7).Draw(t, "judges") {
						if j > 0 {
							b.WriteString(pick([]string{"", "", " "}, []string{"\t"}, "bc") + pick([]string{", ", ", ", ",", ",  "}, []string{", ,", ",\n      "}, "comma"))
						}
						b.WriteString(pick(goodValues, badValues, "v"))
					}
					b.WriteString(pick([]string{"", "", " "}, []string{",", "\t"}, "close") + pick([]string{"]"}, []string{"", "]]", "] ]"}, "bracket"))
				} else {
					b.WriteString(pick(goodValues, badValues, "v"))
				}
				b.WriteString(pick([]string{"", "", " "}, []string{"\t"}, "trail") + pick(goodComments, badComments, "ic") + eol)
				filler()
			}
		}
		return b.String()
	})
}

func TestScanScoresMatchesYAML(t *testing.T) {
	taken, tried := 0, 0
	rapid.Check(t, func(rt *rapid.T) {
		piece := pieceGen().Draw(rt, "piece")
		line := rapid.IntRange(1, 5000).Draw(rt, "line")
		tried++
		if scanAgrees(t, []byte(piece), line) {
			taken++
		}
	})
	// The generator must exercise the scanner, not only its refusals.
	t.Logf("the scanner took %d of %d pieces", taken, tried)
	if taken < tried/5 {
		t.Errorf("the scanner took only %d of %d pieces", taken, tried)
	}
}

// The scores of the demo and of a generated city-like file are read by the
// scanner, every piece: the benchmarks measure the fast path.
func TestRealFilesTakeTheFastPath(t *testing.T) {
	files := map[string][]byte{
		"demo": mustDemo(t),
		"gen":  gen.Competition(gen.Options{Seed: 7, Streets: 300, Judges: 7, Items: 20, Holes: 0.1}),
	}
	for name, text := range files {
		_, _, chunks, ok := splitScores(text)
		if !ok {
			t.Fatalf("%s: the scores section is not cut", name)
		}
		for _, c := range chunks {
			if !scanAgrees(t, text[c.start:c.end], c.line) {
				t.Errorf("%s: piece at line %d not scanned:\n%s", name, c.line, text[c.start:min(c.end, c.start+300)])
			}
		}
	}
}

// A bad number is not the scanner's: the YAML library reads it and the
// decoder reports it, where it was reported before.
func TestScanLeavesBadNumbersToYAML(t *testing.T) {
	demoRaw, prev := DemoFiles()
	demo := string(demoRaw)
	for _, bad := range []string{"9..5", "abc", "'9'", "1e3"} {
		text := strings.Replace(demo, "liang.party: [10, 8.5,", "liang.party: ["+bad+", 8.5,", 1)
		_, _, chunks, _ := splitScores([]byte(text))
		if _, ok := scanScores([]byte(text)[chunks[0].start:chunks[0].end], chunks[0].line); ok {
			t.Errorf("%s: the scanner took a piece holding it", bad)
		}
		_, err := Load("demo.yaml", []byte(text), Options{ReadFile: func(string) ([]byte, error) { return prev, nil }})
		ps, _ := err.(Problems)
		line := 1 + strings.Count(text[:strings.Index(text, "["+bad)], "\n")
		if len(ps) == 0 || ps[0].Line != line || ps[0].Col != 19 {
			t.Errorf("%s: got %v, want a problem at %d:19", bad, err, line)
		}
		root, _ := parseYAML("demo.yaml", []byte(text))
		whole := newDecoder("demo.yaml", root)
		whole.competition()
		whole.sortProblems()
		if len(ps) == 0 || len(whole.probs) == 0 || !reflect.DeepEqual(ps[0], whole.probs[0]) {
			t.Errorf("%s: pieces say %v, the whole parse %v", bad, ps, whole.probs)
		}
	}
}

// Whatever the piece, the scanner gives the YAML library's tree or none.
func FuzzFastScores(f *testing.F) {
	demo, _ := DemoFiles()
	city := gen.Competition(gen.Options{Seed: 5, Streets: 6, Judges: 7, Items: 5, Holes: 0.2})
	for _, text := range [][]byte{demo, city} {
		_, _, chunks, _ := splitScores(text)
		for _, c := range chunks {
			f.Add(text[c.start:c.end], c.line)
		}
	}
	f.Add([]byte("  s1:\n    a: [1, 2]\n  s2:\n    a: 3 # c\n"), 9)
	f.Add([]byte("  s1:\r\n    a: [~, null, 回避]\r\n"), 1)
	f.Fuzz(func(t *testing.T, piece []byte, line int) {
		if len(piece) > 1<<14 || line < 1 || line > 1<<20 {
			return
		}
		scanAgrees(t, piece, line)
	})
}

// Lines the scanner must leave to the YAML library, and some it must take.
func TestScanScoresSubset(t *testing.T) {
	refused := []string{
		"  s1:\n    a: [1]#c\n",       // no space before the #
		"  s1:\n    a: 1#c\n",         // a plain "1#c"
		"  s1:\n",                     // a street without items is a null
		"  s1: ~\n",                   // a value on the street's line
		"  s1:\n    a: [1,\n    2]\n", // a list over two lines
		"  s1:\n    a: 1\n      2\n",  // a plain value over two lines
		"  s1:\n    a: 1\n   b: 2\n",  // an item out of line
		"  s1:\n    a: '1'\n",
		"  s1:\n    a: 1 # \x85 NEL breaks the line\n",
		"  s1:\n    a: 1\r    b: 2\n", // a lone CR breaks the line
		"  s1:\n    a: [1, 2,]\n",
		"  s1:\n    a: 010\n",
		"  s1:\n    a: 1e3\n",
		"  s1:\n    a: true\n",
		"  null:\n    a: 1\n",
		"  s1:\n    1: 1\n",
		"  s1:\n    a:\t1\n",
		"\ts1:\n    a: 1\n",
		"  s1:\n    a: {b: 1}\n",
		"  s1:\n    ? a\n    : 1\n",
		"  s1:\n    a: &x 1\n",
	}
	for _, p := range refused {
		if _, ok := scanScores([]byte(p), 1); ok {
			t.Errorf("took %q", p)
		}
	}
	taken := []string{
		"  s1:   # c\n\n    a: [1, 2.5, ~, null, recused, 回避]  # c\n# c\n    b: -0\n  街道:\n     a.b: 10\n",
		"  s1:\r\n    a: [ 1 ,2 ]\r\n",
	}
	for _, p := range taken {
		if !scanAgrees(t, []byte(p), 3) {
			t.Errorf("refused %q", p)
		}
	}
}
