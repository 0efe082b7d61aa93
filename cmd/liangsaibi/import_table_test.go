package main

import (
	"bytes"
	"strings"
	"testing"

	"liangsaibi/data"
	"liangsaibi/data/sheet"
	"liangsaibi/display"
	"liangsaibi/i18n"
	"liangsaibi/scoring"
)

// TestChangeTableAsBefore: the change table the import prints is the one
// it printed before it was written without a string per row, for names
// that are Chinese, wide, bidi, control characters, padded with spaces or
// empty, in both languages.
func TestChangeTableAsBefore(t *testing.T) {
	doc, err := data.Demo()
	if err != nil {
		t.Fatal(err)
	}
	c := *doc.Comp
	c.Streets = append([]scoring.Street(nil), c.Streets...)
	c.Judges = append([]scoring.Judge(nil), c.Judges...)
	c.Streets[0].Name = "街道\u202eevil\x1b[2J"
	c.Streets[1].Name = "trailing   "
	c.Judges[0].Name = ""
	c.Judges[1].Name = "e\u0301tienne 👩‍👩‍👧"
	n := func(s string) scoring.Slot { d, _ := scoring.ParseDec(s); return scoring.Number(d) }
	var changes []sheet.Change
	for s := range 3 {
		for i, it := range c.Items {
			slot := s % len(c.Judges)
			changes = append(changes, sheet.Change{Street: s, Item: i, Slot: slot, Old: scoring.Slot{}, New: n("7.5"),
				Conflict: i%2 == 0, Loc: sheet.Loc{File: "表 " + it.ID + ".csv", Row: 10 + s, Col: 3 + i}})
		}
	}
	changes = append(changes, sheet.Change{Street: 1, Item: 0, Slot: 1, Old: n("10"), New: scoring.Slot{State: scoring.Recused},
		Loc: sheet.Loc{File: "whole file.csv "}})
	for _, lang := range []i18n.Lang{i18n.Zh, i18n.En} {
		var got, want bytes.Buffer
		writeChanges(&env{stdout: &got, lang: lang}, &c, changes)
		writeChangesBefore(&env{stdout: &want, lang: lang}, &c, changes)
		if got.String() != want.String() {
			t.Errorf("%v: got\n%s\nwant\n%s", lang, got.String(), want.String())
		}
	}
}

// writeChangesBefore is writeChanges as it was: a row of strings per change.
func writeChangesBefore(e *env, c *scoring.Competition, changes []sheet.Change) {
	rows := [][]string{{e.t("import.col.street"), e.t("import.col.item"), e.t("import.col.judge"),
		e.t("import.col.change"), e.t("import.col.where")}}
	for _, ch := range changes {
		judge := e.t("import.direct")
		if c.Items[ch.Item].Kind == scoring.Judged {
			judge = c.Judges[ch.Slot].Name
		}
		change := sheet.SlotText(ch.Old, e.lang) + " → " + sheet.SlotText(ch.New, e.lang)
		if ch.Conflict {
			change += e.t("import.overwrite")
		}
		rows = append(rows, []string{c.Streets[ch.Street].Name, c.Items[ch.Item].Name, judge, change, ch.Loc.String()})
	}
	widths := make([]int, len(rows[0]))
	for _, r := range rows {
		for i, s := range r {
			r[i] = display.Sanitize(s)
			widths[i] = max(widths[i], display.Width(r[i]))
		}
	}
	for _, r := range rows {
		var line strings.Builder
		for i, s := range r {
			if i > 0 {
				line.WriteString("  ")
			}
			line.WriteString(s + strings.Repeat(" ", widths[i]-display.Width(s)))
		}
		e.stdout.Write([]byte(strings.TrimRight(line.String(), " ") + "\n"))
	}
}
