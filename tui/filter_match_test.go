package tui

import (
	"testing"

	"liangsaibi/i18n"
)

// The / filter finds a street as the command line does: by id, pinyin and
// pinyin initials as well as by part of its name (data/match).
func TestFilterByIDAndPinyin(t *testing.T) {
	c := testComp()
	for _, q := range []string{"xushui", "xs", "xushui", "XuShui", "须水", "xsjd"} {
		m := newTestModel(c, 80, 24, i18n.Zh)
		m = typeText(keys(m, "/"), q)
		ctx := m.ctx()
		if n := m.rankings.count(ctx); n != 1 {
			t.Errorf("filter %q shows %d streets, want 须水街道 alone", q, n)
			continue
		}
		if got := c.Streets[m.rankings.row(ctx, 0).Street].Name; got != "须水街道" {
			t.Errorf("filter %q shows %s", q, got)
		}
	}
	m := typeText(keys(newTestModel(c, 80, 24, i18n.Zh), "/"), "城乡") // a group still filters
	if n := m.rankings.count(m.ctx()); n < 2 {
		t.Errorf("filter 城乡 shows %d streets", n)
	}
}
