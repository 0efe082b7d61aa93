package data

import "testing"

func TestNearest(t *testing.T) {
	cases := []struct {
		s     string
		cands []string
		want  string
		ok    bool
	}{
		{"titel", []string{"title", "round"}, "title", true},
		{"xyzzy", []string{"title"}, "", false},
		{"a", []string{"", "b"}, "b", true}, // a refused (empty) id is never offered
		{"a", []string{""}, "", false},
		{"ab", []string{"ab"}, "", false}, // nor the very word that was not found
	}
	for _, c := range cases {
		got, ok := Nearest(c.s, c.cands)
		if got != c.want || ok != c.ok {
			t.Errorf("Nearest(%q, %q) = %q, %v; want %q, %v", c.s, c.cands, got, ok, c.want, c.ok)
		}
	}
}
