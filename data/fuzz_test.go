package data

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/encoding/simplifiedchinese"

	"liangsaibi/i18n"
)

// troublemakers are inputs known to hurt YAML loaders: they seed FuzzLoad
// and the limit tests.
func troublemakers() map[string][]byte {
	gb, _ := simplifiedchinese.GB18030.NewEncoder().Bytes([]byte("version: 1\ntitle: 亮赛比\n"))
	return map[string][]byte{
		"flow-merge":      []byte("{{},<<}"),
		"billion-laughs":  billionLaughs(),
		"deep-flow-seq":   []byte(strings.Repeat("[", 20_000)),
		"deep-flow-map":   []byte(strings.Repeat("{a: ", 20_000)),
		"deep-block-map":  deepBlockMap(2_000),
		"huge-number":     []byte("version: 1\ntitle: t\ncriteria: [{id: c, name: c, weight: 99999999999999999999999999999999, items: [{id: i, name: i, max: 1}]}]\nstreets: [{id: s, name: s}]\n"),
		"exponent-1e400":  []byte("version: 1e400\n"),
		"nan":             []byte("version: .nan\n"),
		"invalid-utf8":    []byte("version: 1\ntitle: \xff\xfe\xfd\n"),
		"gb18030":         gb,
		"bom-garbage":     append([]byte("\xEF\xBB\xBF"), 0x00, 0x1b, '[', '2', 'J', 0xc3),
		"tab-indentation": []byte("version: 1\nrules:\n\tdecimals: 2\n"),
		"osc-title":       []byte("version: 1\ntitle: \"\\e]0;pwned\\a\"\n"),
	}
}

// billionLaughs is the classic alias bomb: nine levels of nine aliases.
func billionLaughs() []byte {
	var b strings.Builder
	b.WriteString("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n")
	prev := "a"
	for _, k := range []string{"b", "c", "d", "e", "f", "g", "h", "i"} {
		b.WriteString(k + ": &" + k + " [")
		for j := 0; j < 9; j++ {
			if j > 0 {
				b.WriteString(",")
			}
			b.WriteString("*" + prev)
		}
		b.WriteString("]\n")
		prev = k
	}
	return []byte(b.String())
}

// deepBlockMap is "a:\n  a:\n    a: …" nested depth times.
func deepBlockMap(depth int) []byte {
	var b bytes.Buffer
	for i := 0; i < depth; i++ {
		b.WriteString(strings.Repeat(" ", i))
		b.WriteString("a:\n")
	}
	return b.Bytes()
}

// seedFiles are valid competition files: the spec vectors and the demo.
func seedFiles(tb testing.TB) [][]byte {
	var out [][]byte
	files, _ := filepath.Glob(filepath.Join(specDir, "*.yaml"))
	for _, f := range files {
		if raw, err := os.ReadFile(f); err == nil {
			out = append(out, raw)
		}
	}
	demo, prev := DemoFiles()
	return append(out, demo, prev, Template())
}

func FuzzLoad(f *testing.F) {
	for _, raw := range troublemakers() {
		f.Add(raw)
	}
	for _, raw := range seedFiles(f) {
		f.Add(raw)
	}
	noFiles := Options{ReadFile: func(string) ([]byte, error) { return nil, os.ErrNotExist }}
	f.Fuzz(func(t *testing.T, raw []byte) {
		doc, err := Load("fuzz.yaml", raw, noFiles)
		if (doc == nil) == (err == nil) {
			t.Fatalf("Load returned doc=%v err=%v: want exactly one", doc != nil, err)
		}
		if err != nil {
			var ps Problems
			if !errors.As(err, &ps) || len(ps) == 0 {
				t.Fatalf("error is not a non-empty Problems: %T %v", err, err)
			}
			for _, p := range ps {
				if p.Msg.Key == "yaml.crash" {
					t.Fatalf("Load recovered from a panic")
				}
				checkProblem(t, p)
			}
			return
		}
		out, rerr := Render(doc.Source, doc.Comp)
		if rerr != nil {
			t.Fatalf("Render of a valid file failed: %v", rerr)
		}
		if !bytes.Equal(out, doc.Source) {
			t.Fatalf("Render changed an unchanged file:\n--- in\n%s\n--- out\n%s", doc.Source, out)
		}
	})
}

// checkProblem asserts a problem is located and readable in both languages.
func checkProblem(t *testing.T, p Problem) {
	t.Helper()
	if p.Line < 0 || p.Col < 0 {
		t.Fatalf("negative position %d:%d in %q", p.Line, p.Col, p.Msg.In(i18n.Zh))
	}
	if _, ok := p.Msg.Catalog[p.Msg.Key]; !ok {
		t.Fatalf("message key %q is not in the catalog", p.Msg.Key)
	}
	for _, l := range []i18n.Lang{i18n.Zh, i18n.En} {
		m := p.Msg.In(l)
		if strings.TrimSpace(m) == "" || strings.Contains(m, "%!") {
			t.Fatalf("bad %s message for %q: %q", l, p.Msg.Key, m)
		}
		if !utf8.ValidString(p.In(l)) {
			t.Fatalf("invalid UTF-8 in %q", p.In(l))
		}
	}
}

// FuzzParsePrevious: a previous round's ranked export, read loosely, never
// panics (a recovered panic counts as one) and gives a round or a reason.
func FuzzParsePrevious(f *testing.F) {
	_, prev := DemoFiles()
	f.Add(prev)
	for _, raw := range troublemakers() {
		f.Add(raw)
	}
	f.Add([]byte("streets: [{id: s1, rank: 1, total: 90}, {id: s2, rank: ~, total: \"88.5\"}]\n"))
	f.Add([]byte("streets:\n" + strings.Repeat("- {id: a}\n", maxPreviousStructure/4)))
	f.Fuzz(func(t *testing.T, raw []byte) {
		prev, reason := ParsePrevious(raw)
		if (prev == nil) == (reason == nil) {
			t.Fatalf("ParsePrevious gave %v and %q: want exactly one", prev, reason)
		}
		// The limits hold: no more entries than maxPreviousStructure are
		// ever parsed, and a round holds at most one entry per street.
		if prev != nil && (countStructure(raw) > maxPreviousStructure || len(prev.ByStreet) > maxStreets) {
			t.Fatalf("a previous round over the limits was accepted (%d entries)", countStructure(raw))
		}
		if reason != nil && reason.In(i18n.Zh) == msgs.T(i18n.Zh, "yaml.crash") {
			t.Fatalf("ParsePrevious recovered from a panic")
		}
	})
}
