package data

import (
	"strconv"
	"strings"
	"testing"

	"liangsaibi/i18n"
)

// An invisible character in a name or id is refused at its place, with
// its code, in both languages: two streets must never look the same.
func TestInvisibleCharactersRefused(t *testing.T) {
	base := string(competition(3, 2, 2, 4))
	for _, tc := range []struct{ name, from, to, code string }{
		{"zero-width space in a name", "name: 街道1}", "name: 街道\u200b1}", "U+200B"},
		{"zero-width joiner in a name", "name: 评委1}", "name: \"评委\u200d1\"}", "U+200D"},
		{"word joiner in an id", "{id: s2,", "{id: s\u20602,", "U+2060"},
		{"BOM in a name", "name: 细则1,", "name: 细则\ufeff1,", "U+FEFF"},
		{"Hangul filler", "name: 街道2}", "name: \u3164街道2}", "U+3164"},
		{"tag character", "name: 类别", "name: 类别\U000E0041", "U+E0041"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			raw := strings.Replace(base, tc.from, tc.to, 1)
			if raw == base {
				t.Fatalf("%q not in the file", tc.from)
			}
			_, err := Load("c.yaml", []byte(raw), Options{})
			zh, en := ErrorText(err, i18n.Zh), ErrorText(err, i18n.En)
			line := strings.Count(raw[:strings.Index(raw, tc.to)], "\n") + 1
			if !strings.Contains(zh, "c.yaml:"+strconv.Itoa(line)+":") || !strings.Contains(zh, tc.code) || !strings.Contains(zh, "不可见字符") ||
				!strings.Contains(en, tc.code) || !strings.Contains(en, "invisible") {
				t.Fatalf("line %d: not refused clearly:\n%s\n%s", line, zh, en)
			}
		})
	}
}

// Names equal in Unicode normal form C are the same name: refused as twice.
func TestNamesEqualAfterNFCAreDuplicates(t *testing.T) {
	base := string(competition(3, 2, 2, 4))
	for _, tc := range []struct{ name, a, b string }{
		{"streets", "name: 街道1}", "name: 街道2}"},
		{"judges", "name: 评委0}", "name: 评委1}"},
		{"items", "name: 细则0,", "name: 细则1,"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			raw := strings.Replace(base, tc.a, strings.Replace(tc.a, "name: ", "name: é", 1), 1)
			raw = strings.Replace(raw, tc.b, strings.Replace(tc.a, "name: ", "name: e\u0301", 1), 1)
			_, err := Load("c.yaml", []byte(raw), Options{})
			if zh := ErrorText(err, i18n.Zh); !strings.Contains(zh, "重复") || !strings.Contains(ErrorText(err, i18n.En), "used twice") {
				t.Fatalf("equal names accepted: %v", zh)
			}
		})
	}
	// A category and its single item may share a name.
	raw := strings.Replace(base, "name: 细则0,", "name: 类别,", 1)
	if _, err := Load("c.yaml", []byte(raw), Options{}); err != nil {
		t.Fatalf("an item named as its category refused: %v", err)
	}
}
