package data

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"liangsaibi/i18n"
)

// payloads are terminal escapes a hostile file could try to smuggle out:
// clear screen, window title, clipboard (OSC 52), C1 CSI, bidi override.
var payloads = []string{"\x1b[2J", "\x1b]0;pwned\x07", "\x1b]52;c;cHduZWQ=\x07", "\u009b2J", "\u202e"}

// harmless reports whether s has nothing a terminal would act on.
func harmless(s string) bool {
	return !strings.ContainsFunc(s, func(r rune) bool {
		return r < 0x20 || r == 0x7f || (r >= 0x80 && r < 0xa0) || (r >= 0x202a && r <= 0x202e) || (r >= 0x2066 && r <= 0x2069)
	})
}

func checkHarmless(t *testing.T, err error) {
	t.Helper()
	if err == nil {
		t.Fatal("want an error")
	}
	for _, l := range []i18n.Lang{i18n.Zh, i18n.En} {
		for _, line := range ErrorLines(err, l) {
			if !harmless(line) {
				t.Errorf("escape reaches the terminal: %q", line)
			}
		}
	}
	for _, line := range strings.Split(err.Error(), "\n") { // one problem per line
		if !harmless(line) {
			t.Errorf("escape in Error(): %q", line)
		}
	}
}

// TestHostileFileNameInMessages: the file name is echoed in every message.
func TestHostileFileNameInMessages(t *testing.T) {
	for _, p := range payloads {
		name := p + ".yaml"
		_, err := Load(name, []byte("version: 2\n"), Options{})
		checkHarmless(t, err)
		_, err = LoadFile(filepath.Join(t.TempDir(), name), Options{}) // does not exist
		checkHarmless(t, err)
	}
}

// TestHostileValuesEchoed: values from the file are echoed in messages
// ("%s" is not a number), and the loader's refusal of control characters
// must not itself print them.
func TestHostileValuesEchoed(t *testing.T) {
	for _, p := range payloads {
		for _, text := range []string{
			"version: \"" + yamlEscape(p) + "\"\n",
			"version: 1\ntitle: \"" + yamlEscape(p) + "\"\n",
			"version: 1\nvesion" + yamlEscape(p) + ": 1\n",
			"version: 1\ntitle: t\ncriteria: [{id: c, name: c, weight: \"" + yamlEscape(p) + "\", items: []}]\n",
			"version: 1\ntitle: t\nscores: {\"" + yamlEscape(p) + "\": {}}\n",
		} {
			_, err := Load("c.yaml", []byte(text), Options{})
			checkHarmless(t, err)
		}
	}
}

// TestHostilePreviousRound: the previous round's file is not validated
// like a competition file; its title and its problems still come out clean.
func TestHostilePreviousRound(t *testing.T) {
	dir := t.TempDir()
	prev := "title: \"\\e]0;pwned\\a\"\nround: \"\\e[2J\"\nstreets: [{id: s1, rank: 1, total: 90}]\n"
	if err := os.WriteFile(filepath.Join(dir, "p.yaml"), []byte(prev), 0o600); err != nil {
		t.Fatal(err)
	}
	bad := "streets: [{id: s1, rank: \"\\e[2J\"}]\n"
	if err := os.WriteFile(filepath.Join(dir, "bad.yaml"), []byte(bad), 0o600); err != nil {
		t.Fatal(err)
	}
	base := "version: 1\ntitle: t\ncriteria: [{id: c, name: c, weight: 1, items: [{id: i, name: i, max: 1, judged: false}]}]\nstreets: [{id: s1, name: s}]\n"
	path := filepath.Join(dir, "c.yaml")
	if err := os.WriteFile(path, []byte(base+"previous: p.yaml\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	doc, err := LoadFile(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	// The title is kept as written: every display goes through display.Sanitize.
	if doc.Comp.Previous == nil || doc.Comp.Previous.Title != "\x1b]0;pwned\x07" {
		t.Fatalf("previous round not read: %+v", doc.Comp.Previous)
	}
	for _, name := range []string{"bad.yaml", "\x1b]0;x\x07.yaml"} {
		if err := os.WriteFile(path, []byte(base+"previous: \""+yamlEscape(name)+"\"\n"), 0o600); err != nil {
			t.Fatal(err)
		}
		_, err = LoadFile(path, Options{})
		checkHarmless(t, err)
	}
}

// TestOtherErrorsSanitized: errors that are not Problems are cleaned too.
func TestOtherErrorsSanitized(t *testing.T) {
	for _, line := range ErrorLines(errors.New("open \x1b]0;x\x07.yaml: denied"), i18n.Zh) {
		if !harmless(line) {
			t.Errorf("escape reaches the terminal: %q", line)
		}
	}
}

// yamlEscape writes s for a double-quoted YAML string.
func yamlEscape(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch {
		case r == '"' || r == '\\':
			b.WriteString("\\" + string(r))
		case r < 0x20 || r == 0x7f || (r >= 0x80 && r < 0xa0):
			b.WriteString("\\x")
			b.WriteString(strings.ToUpper(string("0123456789abcdef"[r>>4]) + string("0123456789abcdef"[r&15])))
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}
