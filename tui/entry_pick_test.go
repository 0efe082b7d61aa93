package tui

import (
	"strings"
	"testing"
)

// The entry grid's street and judge lists find by typing, as the command
// line and the / filter do: pinyin initials, the id, part of the name.
func TestEntryPickFindsByTyping(t *testing.T) {
	hs := newEntryHarness(t, 120, 35)
	c := hs.m.ctx().comp
	for q, want := range map[string]string{"xs": "须水街道", "xushui": "须水街道", "航海": "航海西路街道", "sgm": "三官庙街道"} {
		hs.keys("s")
		for _, r := range q {
			hs.keys(string(r))
		}
		if !strings.Contains(hs.screen(), "查找："+q) {
			t.Errorf("the list does not show what was typed (%s)", q)
		}
		hs.keys("enter")
		if got := c.Streets[hs.m.entry.street].Name; got != want || hs.m.entry.picking {
			t.Errorf("typed %s, picked %s (still picking %v), want %s", q, got, hs.m.entry.picking, want)
		}
	}
	// Backspace takes back a letter, Esc the whole query, then the list.
	before := hs.m.entry.street
	hs.keys("s", "x", "s", "backspace", "esc")
	if !hs.m.entry.picking || hs.m.entry.pickQuery != "" {
		t.Fatalf("esc with a query should clear it and stay (query %q)", hs.m.entry.pickQuery)
	}
	hs.keys("esc")
	if hs.m.entry.picking || hs.m.entry.street != before {
		t.Error("esc should close the list without changing the street")
	}
	// By judge, the list finds judges.
	hs.keys("m", "s", "p", "w", "b", "enter")
	if got := c.Judges[hs.m.entry.judge].Name; got != "评委丙" {
		t.Errorf("pwq picked %s, want 评委丙", got)
	}
}
