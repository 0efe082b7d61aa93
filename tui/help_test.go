package tui

import (
	"reflect"
	"strings"
	"testing"

	"charm.land/bubbles/v2/key"
	"github.com/charmbracelet/x/ansi"

	"liangsaibi/i18n"
	"liangsaibi/i18n/i18ntest"
)

var langs = []i18n.Lang{i18n.Zh, i18n.En}

// helpLine is the short help at the bottom of the screen.
func helpLine(m Model) string {
	lines := strings.Split(screen(m), "\n")
	return lines[len(lines)-1]
}

func TestEntryTabHelpShowsEntryKeys(t *testing.T) {
	for _, lang := range langs {
		m := newTestModel(testComp(), 80, 24, lang)
		m.tab = TabEntry
		line := helpLine(m)
		if strings.Contains(line, "1-5") || strings.Contains(line, catalog.T(lang, "key.tabs")) {
			t.Errorf("%v: the entry tab's help offers digits for views: %q", lang, line)
		}
		for _, k := range []string{"key.type", "key.commit", "key.recuse", "key.layout", "key.undo", "key.pick", "key.clear"} {
			if !strings.Contains(line, catalog.T(lang, k)) {
				t.Errorf("%v: the entry tab's help lacks %s: %q", lang, k, line)
			}
		}
		m.tab = TabRankings
		if line := helpLine(m); !strings.Contains(line, "1-8") {
			t.Errorf("%v: the rankings' help lost 1-8: %q", lang, line)
		}
	}
}

// TestFullHelpListsEveryKey: every binding of the KeyMap is in the full
// help, and the help fits 80 columns in both languages.
func TestFullHelpListsEveryKey(t *testing.T) {
	for _, lang := range langs {
		km := NewKeyMap(lang)
		listed := map[string]bool{}
		for _, g := range (tabHelp{km: &km}).FullHelp() {
			for _, b := range g {
				listed[b.Help().Key+" "+b.Help().Desc] = true
			}
		}
		// The settle keys are listed only while something waits for them.
		all := map[string]bool{}
		for _, g := range (tabHelp{km: &km, conflicts: true, invalid: true}).FullHelp() {
			for _, b := range g {
				all[b.Help().Key+" "+b.Help().Desc] = true
			}
		}
		for _, b := range []key.Binding{km.Settle, km.KeepMine, km.Overwrite} {
			if k := b.Help().Key + " " + b.Help().Desc; listed[k] {
				t.Errorf("%v: %q is in the help with nothing to settle", lang, k)
			}
		}
		v := reflect.ValueOf(km)
		for i := range v.NumField() {
			b, ok := v.Field(i).Interface().(key.Binding)
			if !ok {
				continue // Tab[i]: listed as 1-5
			}
			if !all[b.Help().Key+" "+b.Help().Desc] {
				t.Errorf("%v: %s (%s) is not in the full help", lang, v.Type().Field(i).Name, b.Help().Key)
			}
		}
		m := keys(newTestModel(testComp(), 80, 24, lang), "?")
		s := screen(m)
		for k := range listed {
			f := strings.SplitN(k, " ", 2)
			if !strings.Contains(s, f[0]) || !strings.Contains(s, f[1]) {
				t.Errorf("%v: %q is cut off the full help at 80 columns", lang, k)
			}
		}
		checkFrame(t, ansi.Strip(m.View().Content), 80, 24)
	}
}

// TestCatalogKeysUsed: every text of the catalog is in both languages with
// the same arguments, and shown somewhere (its key is in the package's code).
func TestCatalogKeysUsed(t *testing.T) {
	i18ntest.CheckCatalog(t, catalog, ".")
}
