package data

import (
	"os"
	"strings"
	"testing"

	"liangsaibi/i18n"
)

// TestSyntaxPlace: the mistakes people make are named where the fix goes,
// and a cause is never blamed where fixing it would not help.
func TestSyntaxPlace(t *testing.T) {
	const base = "title: 亮赛比\nrules:\n  decimals: 2\n  rounding: half_up\nnote: 完\n"
	cases := []struct {
		name, text string
		line, col  int
		key        string
	}{
		{"full-width colon", strings.Replace(base, "decimals: 2", "decimals：2", 1), 3, 11, "yaml.p.fullwidth_colon"},
		{"full-width indent", "version: 1\n" + strings.Replace(base, "  rounding: half_up", "　rounding: half_up\n  trim: 1", 1), 5, 1, "yaml.p.fullwidth_space"},
		{"tab", strings.Replace(base, "  decimals", "\tdecimals", 1), 3, 1, "yaml.p.tab"},
		{"two colons", strings.Replace(base, "decimals: 2", "decimals: 2: 3", 1), 3, 14, "yaml.p.colon"},
		{"indented too far", strings.Replace(base, "  rounding", "     rounding", 1), 4, 6, "yaml.p.indent"},
		{"at sign", strings.Replace(base, "decimals: 2", "decimals: @2", 1), 3, 13, "yaml.p.bad_char"},
		{"open quote", strings.Replace(base, "title: 亮赛比", "title: \"亮赛比", 1) + "x: \"y\"\n", 1, 8, "yaml.p.quote"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := Load(c.name+".yaml", []byte(c.text), Options{})
			ps, ok := err.(Problems)
			if !ok || len(ps) == 0 {
				t.Fatalf("want a syntax problem, got %v", err)
			}
			p := ps[0]
			if p.Line != c.line || p.Col != c.col || !strings.Contains(p.Msg.Key+keysOf(p), c.key) {
				t.Errorf("got %d:%d %s %v, want %d:%d %s", p.Line, p.Col, p.Msg.Key, p.Msg.Args, c.line, c.col, c.key)
			}
		})
	}
}

// keysOf lists the keys of a problem's nested messages.
func keysOf(p Problem) string {
	var b strings.Builder
	for _, a := range p.Msg.Args {
		if m, ok := a.(i18n.Message); ok {
			b.WriteString(m.Key)
		}
	}
	return b.String()
}

// TestSyntaxPlaceBlamesNoInnocentLine: a quoted value spanning lines and a
// "：" inside a list item near a real error are left alone.
func TestSyntaxPlaceBlamesNoInnocentLine(t *testing.T) {
	text := "title: \"亮赛比\n  第四季度\"\nnotes:\n  - 说明：很好\n  - a\n bad: [\n"
	line, _, why := placeSyntax([]byte(text), 6, "yaml.p.flow_seq")
	if why != "yaml.p.flow_seq" || line != 6 {
		t.Fatalf("got line %d %s, want the library's line 6 and its reason", line, why)
	}
}

// A Chinese comma in a list of judges' scores is named where it is, not
// counted as one score too few.
func TestChineseCommaInScores(t *testing.T) {
	src, err := os.ReadFile("../testdata/spec/example.yaml")
	if err != nil {
		t.Fatal(err)
	}
	text := string(src)
	k := strings.Index(text, "\nscores:")
	i := k + strings.Index(text[k:], "[")
	j := strings.Index(text[i:], ", ")
	if k < 0 || i < k || j < 0 {
		t.Fatal("the example has no list of scores")
	}
	line := strings.Count(text[:i], "\n") + 1
	col := i - strings.LastIndex(text[:i], "\n") + 1 // the list's first value
	for _, comma := range []string{"，", "、"} {
		bad := text[:i+j] + comma + text[i+j+2:]
		_, err := Load("c.yaml", []byte(bad), Options{})
		ps, ok := err.(Problems)
		if !ok || len(ps) != 1 {
			t.Fatalf("%s: want one problem, got %v", comma, err)
		}
		if p := ps[0]; p.Msg.Key != "scores.fullwidth_comma" || p.Line != line || p.Col != col {
			t.Errorf("%s: got %d:%d %s, want %d:%d scores.fullwidth_comma", comma, p.Line, p.Col, p.Msg.Key, line, col)
		}
	}
}
