package data

import (
	"testing"

	"liangsaibi/i18n"
)

// Issue 17, item 3: True/TRUE/False/FALSE are booleans in YAML 1.2's core
// schema and are accepted; yes/no/on/off stay refused with the hint.
func TestCoreSchemaBooleans(t *testing.T) {
	for _, b := range []string{"true", "True", "TRUE", "false", "False", "FALSE"} {
		text := edited(t, "judged: false}", "judged: "+b+"}")
		if ps := problemsOf(t, text, Options{}); len(ps) != 0 && !(b[0] == 't' || b[0] == 'T') {
			t.Errorf("judged: %s refused: %s", b, dumpProblems(ps))
		}
		if b[0] == 't' || b[0] == 'T' { // a judged item then needs a list of scores
			ps := problemsOf(t, text, Options{})
			if len(ps) != 1 || ps[0].Msg.Key != "scores.judged_scalar" {
				t.Errorf("judged: %s not read as true: %s", b, dumpProblems(ps))
			}
		}
	}
	for _, b := range []string{"yes", "no", "on", "off", "Yes", "\"true\"", "!!str true"} {
		ps := problemsOf(t, edited(t, "judged: false}", "judged: "+b+"}"), Options{})
		if len(ps) == 0 || ps[0].Msg.Key != "want.bool" { // then the item counts as judged
			t.Errorf("judged: %s: %s", b, dumpProblems(ps))
		}
	}
}

// Issue 17, item 10: !!str 5 is text, not the number 5, and version: 1.0
// is not the version 1.
func TestTagsAndVersionRefused(t *testing.T) {
	for _, tc := range []struct{ old, new, key, want string }{
		{"version: 1\n", "version: 1.0\n", "want.integer_point", `c.yaml:1:10: "version" should be the whole number 1 written without a point, not "1.0"`},
		{"weight: 60", "weight: !!str 60", "num.tagged", `c.yaml:15:13: "!!str 60" carries a type tag and is not a plain number; write weight as a number without a !! tag`},
		{"test.p: 86", "test.p: !!str 86", "num.tagged", ""},
		{"trim: 1", "trim: 1.0", "want.integer_point", ""},
	} {
		ps := problemsOf(t, edited(t, tc.old, tc.new), Options{})
		if len(ps) != 1 || ps[0].Msg.Key != tc.key {
			t.Errorf("%s: %s", tc.new, dumpProblems(ps))
			continue
		}
		if got := ps[0].In(i18n.En); tc.want != "" && got != tc.want {
			t.Errorf("%s:\n got %s\nwant %s", tc.new, got, tc.want)
		}
	}
	// Explicit number tags keep working.
	if ps := problemsOf(t, edited(t, "weight: 60", "weight: !!int 60"), Options{}); len(ps) != 0 {
		t.Errorf("!!int 60: %s", dumpProblems(ps))
	}
}

// Issue 17, item 2: after a band minimum that is too large, the next band
// was also reported as out of order against a minimum of 0.
func TestOneProblemForTooLargeBandMinimum(t *testing.T) {
	ps := problemsOf(t, edited(t, "{name: 好, min: 90}", "{name: 好, min: 99999999999}", "{name: 差, min: 0}", "{name: 差, min: 60}"), Options{})
	if len(ps) != 1 || ps[0].Msg.Key != "num.too_large" {
		t.Fatalf("want only num.too_large, got:\n%s", dumpProblems(ps))
	}
}
