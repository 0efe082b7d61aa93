package tui

import (
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"strings"
	"testing"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"liangsaibi/i18n"
)

// The keys the manuals' tables and the ? help name are the keys the
// dashboard answers to, and each does what they say: a key documented but
// not bound, or bound but not documented, fails; so does one that does
// nothing of what its line promises.

// keyPress is the press Bubble Tea reports for a key written as it names
// it ("up", "ctrl+z", "shift+tab", "space", "G").
func keyPress(name string) tea.KeyPressMsg {
	special := map[string]tea.KeyPressMsg{
		"up": {Code: tea.KeyUp}, "down": {Code: tea.KeyDown}, "left": {Code: tea.KeyLeft}, "right": {Code: tea.KeyRight},
		"pgup": {Code: tea.KeyPgUp}, "pgdown": {Code: tea.KeyPgDown}, "home": {Code: tea.KeyHome}, "end": {Code: tea.KeyEnd},
		"enter": {Code: tea.KeyEnter}, "esc": {Code: tea.KeyEscape}, "tab": {Code: tea.KeyTab},
		"shift+tab": {Code: tea.KeyTab, Mod: tea.ModShift}, "backspace": {Code: tea.KeyBackspace},
		"delete": {Code: tea.KeyDelete}, "space": {Code: tea.KeySpace, Text: " "},
	}
	if k, ok := special[name]; ok {
		return k
	}
	if c, ok := strings.CutPrefix(name, "ctrl+"); ok {
		return tea.KeyPressMsg{Code: rune(c[0]), Mod: tea.ModCtrl}
	}
	if name == "G" {
		return tea.KeyPressMsg{Code: 'g', ShiftedCode: 'G', Mod: tea.ModShift, Text: "G"}
	}
	return tea.KeyPressMsg{Code: []rune(name)[0], Text: name}
}

// keyWord is a key as the manuals and the help write it, as Bubble Tea
// names it ("" for what is not a key).
func keyWord(w string) string {
	switch w = strings.TrimSpace(w); w {
	case "↑":
		return "up"
	case "↓":
		return "down"
	case "←":
		return "left"
	case "→":
		return "right"
	case "PgUp":
		return "pgup"
	case "PgDn":
		return "pgdown"
	case "空格", "space":
		return "space"
	case "⌫", "Backspace":
		return "backspace"
	case "":
		return ""
	}
	if len([]rune(w)) == 1 {
		return w // a letter's case is part of the key: O is not o
	}
	return strings.ToLower(w)
}

// splitKeys splits "↑/k" in two; "/" alone is the key /.
func splitKeys(s string) []string {
	if s == "/" {
		return []string{s}
	}
	return strings.Split(s, "/")
}

// expand is the keys a range such as 1-8 or 0–9 stands for.
func expand(from, to string) []string {
	var out []string
	for d := from[0]; d <= to[0]; d++ {
		out = append(out, string(d))
	}
	return out
}

var (
	tickRange = regexp.MustCompile("`(\\d)`[–-]`(\\d)`")
	tick      = regexp.MustCompile("`([^`]+)`")
)

// manualKeys are the keys in the first column of the manual's dashboard
// and entry tables (the first two key tables; the third is the
// projector's), each with the line that documents it.
func manualKeys(t *testing.T, path string) map[string]string {
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]string{}
	tables := 0
	in := false
	for _, line := range strings.Split(string(raw), "\n") {
		switch {
		case line == "| 按键 | 作用 |" || line == "| key | what it does |":
			tables++
			in = tables <= 2
			continue
		case !strings.HasPrefix(line, "|"):
			in = false
			continue
		case !in || strings.HasPrefix(line, "| ---"):
			continue
		}
		first := strings.Split(line, "|")[1]
		var ks []string
		for _, m := range tickRange.FindAllStringSubmatch(first, -1) {
			ks = append(ks, expand(m[1], m[2])...)
		}
		first = tickRange.ReplaceAllString(first, "")
		for _, m := range tick.FindAllStringSubmatch(first, -1) {
			for _, part := range splitKeys(m[1]) {
				ks = append(ks, keyWord(part))
			}
		}
		switch strings.TrimSpace(first) {
		case "方向键", "arrows":
			ks = append(ks, "up", "down", "left", "right")
		case "数字", "digits":
			ks = append(ks, expand("0", "9")...)
		}
		for _, k := range ks {
			out[k] = line
		}
	}
	if tables < 2 || len(out) < 20 {
		t.Fatalf("%s: found %d key tables and %d keys; the test no longer reads the manual", path, tables, len(out))
	}
	return out
}

// bindings are the KeyMap's bindings by field name (Tab[i] as Tab1…).
func bindings(km KeyMap) map[string]key.Binding {
	out := map[string]key.Binding{}
	v := reflect.ValueOf(km)
	for i := range v.NumField() {
		name := v.Type().Field(i).Name
		switch b := v.Field(i).Interface().(type) {
		case key.Binding:
			out[name] = b
		case [tabCount]key.Binding:
			for j := range b {
				out["Tab"+tabDigit(Tab(j))] = b[j]
			}
		}
	}
	return out
}

func boundKeys(km KeyMap) map[string]bool {
	out := map[string]bool{}
	for _, b := range bindings(km) {
		for _, k := range b.Keys() {
			out[k] = true
		}
	}
	return out
}

func TestManualsNameTheBoundKeys(t *testing.T) {
	for _, tc := range []struct {
		path string
		lang i18n.Lang
	}{{"../docs/manual.md", i18n.Zh}, {"../docs/manual.en.md", i18n.En}} {
		km := NewKeyMap(tc.lang)
		bound := boundKeys(km)
		documented := manualKeys(t, tc.path)
		for k, line := range documented {
			if !bound[k] {
				t.Errorf("%s names the key %q, which the dashboard does not answer to:\n%s", tc.path, k, line)
			}
		}
		for k := range bound {
			if _, ok := documented[k]; !ok {
				t.Errorf("the dashboard answers to %q, which %s does not name", k, tc.path)
			}
		}
	}
}

// Every key the ? help names is bound, and each binding's keys are the
// presses that match it.
func TestHelpNamesTheBoundKeys(t *testing.T) {
	for _, lang := range []i18n.Lang{i18n.Zh, i18n.En} {
		km := NewKeyMap(lang)
		bound := boundKeys(km)
		for name, b := range bindings(km) {
			h := b.Help().Key
			var ks []string
			switch {
			case len(h) == 3 && h[1] == '-':
				ks = expand(h[:1], h[2:])
			case h == "←→":
				ks = []string{"left", "right"}
			default:
				for _, part := range splitKeys(h) {
					ks = append(ks, keyWord(part))
				}
			}
			for _, k := range ks {
				if !bound[k] {
					t.Errorf("%s: the help of %s names %q (%q), which is not bound", lang, name, k, h)
				}
			}
			for _, k := range b.Keys() {
				if !key.Matches(keyPress(k), b) {
					t.Errorf("%s: a press of %q does not match its own binding", name, k)
				}
			}
		}
	}
}

// keyCheck is what a key must do: from a model set up by at, pressing it
// changes what did says.
type keyCheck struct {
	at  func(hs *entryHarness)
	did func(before, after Model) bool
	// elsewhere names the test that checks the key where it needs a real
	// round (undo, conflicts, review), which this harness's fake session
	// is not; at and did are then unused.
	elsewhere string
}

// plain presses keys through Update alone: the views' cursors blink by
// Cmds that never end, which the harness would run forever.
func plain(hs *entryHarness, names ...string) (quit bool) {
	for _, n := range names {
		next, cmd := hs.m.Update(keyPress(n))
		hs.m = next.(Model)
		quit = isQuit(cmd)
	}
	return quit
}

// once presses a key whose work is a Cmd (the export dialog proposes a
// name from the folder first) and feeds its result back, one step deep.
func once(hs *entryHarness, name string) {
	next, cmd := hs.m.Update(keyPress(name))
	hs.m = next.(Model)
	for _, msg := range hs.run(cmd) {
		next, _ := hs.m.Update(msg)
		hs.m = next.(Model)
	}
}

func onTab(tab Tab) func(hs *entryHarness) {
	return func(hs *entryHarness) { hs.m.tab = tab }
}

// keyChecks: for each binding of the KeyMap, what its keys do. A binding
// added without a line here fails TestEveryKeyDoesWhatItSays.
func keyChecks() map[string]keyCheck {
	moved := func(f func(m Model) int) func(b, a Model) bool {
		return func(b, a Model) bool { return f(a) != f(b) }
	}
	typed := func(hs *entryHarness) { hs.m.tab = TabEntry; hs.keys("8") }
	committed := func(hs *entryHarness) { hs.m.tab = TabEntry; hs.keys("7", "enter", "up") }
	checks := map[string]keyCheck{
		"Up":         {func(hs *entryHarness) { hs.m.tab, hs.m.rankings.sel = TabRankings, 5 }, moved(func(m Model) int { return m.rankings.sel }), ""},
		"Down":       {onTab(TabRankings), moved(func(m Model) int { return m.rankings.sel }), ""},
		"Left":       {func(hs *entryHarness) { hs.m.tab = TabGaps; plain(hs, "right", "right") }, moved(func(m Model) int { return m.gaps.col }), ""},
		"Right":      {onTab(TabGaps), moved(func(m Model) int { return m.gaps.col }), ""},
		"PageUp":     {func(hs *entryHarness) { hs.m.tab, hs.m.rankings.sel = TabRankings, 13 }, func(b, a Model) bool { return b.rankings.sel-a.rankings.sel > 1 }, ""},
		"PageDown":   {onTab(TabRankings), func(b, a Model) bool { return a.rankings.sel-b.rankings.sel > 1 }, ""},
		"Home":       {func(hs *entryHarness) { hs.m.tab, hs.m.rankings.sel = TabRankings, 5 }, func(b, a Model) bool { return a.rankings.sel == 0 }, ""},
		"End":        {onTab(TabRankings), func(b, a Model) bool { return a.rankings.sel == len(a.comp.Streets)-1 }, ""},
		"Tabs":       {onTab(TabTrend), func(b, a Model) bool { return a.tab != b.tab || a.proj.open }, ""},
		"NextTab":    {onTab(TabRankings), func(b, a Model) bool { return a.tab == TabGaps }, ""},
		"PrevTab":    {onTab(TabGaps), func(b, a Model) bool { return a.tab == TabRankings }, ""},
		"Filter":     {onTab(TabRankings), func(b, a Model) bool { return a.rankings.filtering }, ""},
		"Clear":      {func(hs *entryHarness) { hs.m.tab = TabRankings; plain(hs, "/", "x") }, func(b, a Model) bool { return !a.rankings.filtering && a.rankings.query == "" }, ""},
		"Open":       {onTab(TabRankings), func(b, a Model) bool { return a.tab == TabDetail }, ""},
		"Toggle":     {onTab(TabGaps), func(b, a Model) bool { return a.gaps.showGap != b.gaps.showGap }, ""},
		"PrevStreet": {func(hs *entryHarness) { hs.m.tab = TabRankings; plain(hs, "down", "down", "enter") }, moved(func(m Model) int { return m.detail.street }), ""},
		"NextStreet": {func(hs *entryHarness) { hs.m.tab = TabRankings; plain(hs, "enter") }, moved(func(m Model) int { return m.detail.street }), ""},
		"Side":       {onTab(TabCompare), func(b, a Model) bool { return a.compare.side != b.compare.side }, ""},
		"Help":       {onTab(TabRankings), func(b, a Model) bool { return a.help.ShowAll != b.help.ShowAll }, ""},
		"Export":     {onTab(TabRankings), func(b, a Model) bool { return a.export.open }, ""},
		"Project":    {onTab(TabRankings), func(b, a Model) bool { return a.proj.open }, ""},
		"Type":       {onTab(TabEntry), func(b, a Model) bool { return a.entry.editing && a.entry.input.Value() != "" }, ""},
		"Commit":     {typed, func(b, a Model) bool { return !a.entry.editing && a.comp != b.comp }, ""},
		"Erase":      {committed, func(b, a Model) bool { return a.comp != b.comp }, ""},
		"Recuse":     {onTab(TabEntry), func(b, a Model) bool { return a.comp != b.comp }, ""},
		"Undo":       {committed, func(b, a Model) bool { return a.comp != b.comp }, ""},
		"Redo":       {func(hs *entryHarness) { committed(hs); hs.keys("u") }, func(b, a Model) bool { return a.comp != b.comp }, ""},
		"Layout":     {onTab(TabEntry), func(b, a Model) bool { return a.entry.layout != b.entry.layout }, ""},
		"Pick":       {onTab(TabEntry), func(b, a Model) bool { return a.entry.picking }, ""},
		"Missing":    {onTab(TabRankings), func(b, a Model) bool { return a.entry.missing.open }, ""},
		"Quit":       {onTab(TabRankings), nil, ""}, // the harness sees tea.Quit
		// Without a web service to start (Options.Web), 9 says so.
		"Web": {onTab(TabRankings), func(b, a Model) bool { return a.status != b.status && a.status != "" }, ""},
	}
	for name, test := range map[string]string{
		"Undo": "TestEntryUndoRedoAreTheRounds", "Redo": "TestEntryUndoRedoAreTheRounds",
		"Settle": "TestSettleConflictsPerSlotAndAll", "KeepMine": "TestSettleConflictsPerSlotAndAll",
		"TakeFile": "TestSettleConflictsPerSlotAndAll", "KeepAllMine": "TestSettleConflictsPerSlotAndAll",
		"TakeAllFile": "TestSettleConflictsPerSlotAndAll", "Overwrite": "TestSettleInvalidFileOverwriteAsksFirst",
		"Yes": "TestSettleInvalidFileOverwriteAsksFirst", "Confirm": "TestDashboardReviewAndSeal",
		"ConfirmAll": "TestDashboardReviewAndSeal", "ReviewList": "TestDashboardReviewAndSeal",
		"Seal": "TestDashboardReviewAndSeal", "OnlyConfirmed": "TestDashboardReviewAndSeal",
		"Return": "TestDashboardReturnWithReason",
	} {
		checks[name] = keyCheck{elsewhere: test}
	}
	for i := range tabCount {
		tab := Tab(i)
		from := TabRankings
		if tab == TabRankings {
			from = TabGaps
		}
		checks["Tab"+tabDigit(tab)] = keyCheck{at: onTab(from), did: func(b, a Model) bool { return a.tab == tab }}
	}
	return checks
}

func TestEveryKeyDoesWhatItSays(t *testing.T) {
	checks := keyChecks()
	km := NewKeyMap(i18n.Zh)
	for name, b := range bindings(km) {
		check, ok := checks[name]
		if !ok {
			t.Errorf("the binding %s has no check of what it does: add one to keyChecks", name)
			continue
		}
		if check.elsewhere != "" {
			if !testExists(check.elsewhere) {
				t.Errorf("the binding %s is said to be checked by %s, which does not exist", name, check.elsewhere)
			}
			continue
		}
		for _, k := range b.Keys() {
			hs := newEntryHarness(t, 100, 30)
			check.at(hs)
			switch {
			case name == "Side" && (k == "left" || k == "h"):
				hs.m.compare.side = 1 // ← picks side A, → side B
			case name == "Tabs" && k == tabDigit(hs.m.tab):
				hs.m.tab = TabRankings
			}
			before := hs.m
			var did bool
			switch name {
			case "Quit":
				did = plain(hs, k)
			case "Export":
				once(hs, k)
				did = check.did(before, hs.m)
			case "Commit", "Erase", "Recuse", "Undo", "Redo": // the change goes through the round's Cmds
				hs.m = hs.feed(hs.m, keyPress(k))
				did = check.did(before, hs.m)
			default:
				plain(hs, k)
				did = check.did(before, hs.m)
			}
			if !did {
				t.Errorf("%s (%q) pressed on tab %d did not do what the help says (%s)", name, k, before.tab, b.Help().Desc)
			}
		}
	}
}

// testExists reports whether this package has a test function of that name.
func testExists(name string) bool {
	files, _ := filepath.Glob("*_test.go")
	for _, f := range files {
		raw, _ := os.ReadFile(f)
		if strings.Contains(string(raw), "func "+name+"(t *testing.T)") {
			return true
		}
	}
	return false
}
