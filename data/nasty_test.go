package data

import (
	"math/rand/v2"
	"strings"
	"testing"
	"time"
)

// nastyInputs are files meant to crash, hang or exhaust a YAML loader.
func nastyInputs() map[string]string {
	lol := "a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n"
	prev := "a"
	for _, n := range []string{"b", "c", "d", "e", "f", "g", "h", "i"} {
		lol += n + ": &" + n + " [" + strings.TrimSuffix(strings.Repeat("*"+prev+",", 9), ",") + "]\n"
		prev = n
	}
	in := map[string]string{
		"flow merge":            "{{},<<}",
		"merge at top":          "<<: {}\n",
		"merge of alias":        "a: &x {b: 1}\nc: {<<: *x}\n",
		"billion laughs":        lol,
		"billion laughs in use": "version: 1\ntitle: t\n" + strings.Replace(lol, "a: &a", "streets: &a", 1),
		"self alias":            "a: &a [*a]\n",
		"deep flow sequence":    strings.Repeat("[", 20_000),
		"deep flow mapping":     strings.Repeat("{a: ", 20_000),
		"deep closed sequence":  strings.Repeat("[", 20_000) + strings.Repeat("]", 20_000),
		"deep block sequence":   strings.Repeat("- ", 5_000) + "x\n",
		"deep but legal":        "version: 1\ntitle: t\nstreets: " + strings.Repeat("[", 150) + strings.Repeat("]", 150) + "\n",
		"huge integer":          "version: " + strings.Repeat("9", 5_000) + "\n",
		"huge exponent":         "version: 1e999999999\n",
		"huge weight":           "version: 1\ntitle: t\ncriteria: [{id: c, name: c, weight: 99999999999999999999, items: [{id: i, name: i, max: 1}]}]\nstreets: [{id: s, name: s}]\n",
		"13-digit max":          "version: 1\ntitle: t\ncriteria: [{id: c, name: c, weight: 1, items: [{id: i, name: i, max: 9999999999999, judged: false}]}]\nstreets: [{id: s, name: s}]\nscores: {s: {i: 9999999999999}}\n",
		"nul byte":              "version: 1\x00\n",
		"only a BOM":            "\xEF\xBB\xBF",
		"only spaces":           "   \n\t\n",
		"tag directive":         "%TAG ! tag:x,2000:\n---\n!foo {a: 1}\n",
		"yaml 1.1 directive":    "%YAML 1.1\n---\nversion: 1\n",
		"binary tag":            "version: !!binary AAAA\n",
		"complex key":           "? [a, b]\n: c\n",
		"null key":              "~: 1\n",
		"long key":              strings.Repeat("k", 100_000) + ": 1\n",
		"many streets no names": "version: 1\ntitle: t\ncriteria: [{id: c, name: c, weight: 1, items: [{id: i, name: i, max: 1}]}]\nstreets:\n" + strings.Repeat("  - {}\n", 20_000),
		"tabs":                  "version: 1\n\ttitle: t\n",
		"unclosed quote":        "title: \"abc\n",
		"scores as list":        strings.Replace(validBase, "scores:\n  s1:", "scores:\n- s1:", 1),
		"document end":          "...\n",
		"empty document":        "---\n",
	}
	return in
}

// Load returns an error, never panics and never takes long, whatever the
// input. A panic inside Load would surface as the "yaml.crash" problem,
// which hides a bug, so it is an error here too.
func TestLoadNeverPanicsOrHangs(t *testing.T) {
	check := func(t *testing.T, name string, raw []byte) {
		t.Helper()
		start := time.Now()
		doc, err := Load("nasty.yaml", raw, Options{})
		if took := time.Since(start); took > 3*time.Second {
			t.Errorf("%s: Load took %v", name, took)
		}
		if (doc == nil) == (err == nil) {
			t.Fatalf("%s: want exactly one of a document and an error", name)
		}
		if ps, ok := err.(Problems); ok {
			for _, p := range ps {
				if p.Msg.Key == "yaml.crash" {
					t.Errorf("%s: Load recovered from a panic", name)
				}
			}
		}
	}
	for name, text := range nastyInputs() {
		t.Run(name, func(t *testing.T) {
			if name == "deep but legal" {
				check(t, name, []byte(text))
				return
			}
			doc, err := Load("nasty.yaml", []byte(text), Options{})
			if err == nil {
				t.Fatalf("accepted: %+v", doc.Comp)
			}
			check(t, name, []byte(text))
		})
	}
	// Every prefix of a valid file, and random damage to it.
	for i := range len(validBase) {
		check(t, "prefix", []byte(validBase[:i]))
	}
	const damage = "[]{}:,-&*!|>'\"%@`#~?<\n \t\x00\xff"
	rnd := rand.New(rand.NewPCG(1, 2))
	for range 300 {
		b := []byte(validBase)
		for range 1 + rnd.IntN(5) {
			b[rnd.IntN(len(b))] = damage[rnd.IntN(len(damage))]
		}
		check(t, "damaged", b)
	}
	for range 200 {
		b := make([]byte, rnd.IntN(400))
		for i := range b {
			b[i] = byte(rnd.UintN(256))
		}
		check(t, "random bytes", b)
	}
}

// A file above the size cap is refused without being parsed.
func TestLoadRefusesHugeFiles(t *testing.T) {
	big := make([]byte, MaxFileSize+1)
	start := time.Now()
	_, err := Load("big.yaml", big, Options{})
	if err == nil || !strings.Contains(err.Error(), "文件太大") {
		t.Fatalf("got %v", err)
	}
	if took := time.Since(start); took > time.Second {
		t.Errorf("refusing took %v", took)
	}
}
