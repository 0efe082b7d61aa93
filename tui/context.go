package tui

import (
	"liangsaibi/display"
	"liangsaibi/i18n"
	"liangsaibi/scoring"
)

// Tab is one of the dashboard's views.
type Tab int

// The tabs, in the order of their keys 1–5.
const (
	TabRankings Tab = iota
	TabGaps
	TabDetail
	TabEntry
	TabCompare
	tabCount
)

var tabNames = [tabCount]string{"tab.rankings", "tab.gaps", "tab.detail", "tab.entry", "tab.compare"}

// viewCtx is what every view reads while updating or rendering: the
// standings, their precomputed texts, the styles, the keys and the language.
type viewCtx struct {
	lang  i18n.Lang
	st    *scoring.Standings
	comp  *scoring.Competition
	d     *derived
	s     *Styles
	keys  *KeyMap
	bodyH int // lines the active view may use
	bodyW int
}

func (m *Model) ctx() *viewCtx {
	return &viewCtx{
		lang: m.lang, st: m.st, comp: m.comp, d: m.d, s: m.styles, keys: &m.keys,
		bodyW: m.width, bodyH: m.bodyHeight(),
	}
}

// T is a message of the tui catalog in the user's language.
func (c *viewCtx) T(key string, args ...any) string { return catalog.T(c.lang, key, args...) }

// derived is what the views need from one Standings, computed once when the
// standings change: sanitized names and their widths, counts per item.
type derived struct {
	names, groups []string // by street index, sanitized
	itemNames     []string
	catNames      []string
	judgeNames    []string
	bandNames     []string
	itemStd       []string // published standard, "" when none
	maxNameW      int
	maxBandW      int
	belowByItem   []int // streets below standard, by item
	itemOrder     []int // items grouped by category: the heatmap's columns
	exceedUnits   []int64
	title, round  string
	organizer     string
	date          string
	fullMark      string
	prevRound     string
}

func newDerived(st *scoring.Standings) *derived {
	c := st.Comp
	d := &derived{
		names:       make([]string, len(c.Streets)),
		groups:      make([]string, len(c.Streets)),
		itemNames:   make([]string, len(c.Items)),
		catNames:    make([]string, len(c.Categories)),
		judgeNames:  make([]string, len(c.Judges)),
		bandNames:   make([]string, len(c.Rules.Bands)),
		itemStd:     make([]string, len(c.Items)),
		belowByItem: make([]int, len(c.Items)),
		exceedUnits: make([]int64, len(c.Items)),
		title:       display.Sanitize(c.Title),
		round:       display.Sanitize(c.Round),
		organizer:   display.Sanitize(c.Organizer),
		date:        display.Sanitize(c.Date),
		fullMark:    st.FullMark.String(),
	}
	for i, s := range c.Streets {
		d.names[i] = display.Sanitize(s.Name)
		d.groups[i] = display.Sanitize(s.Group)
		d.maxNameW = max(d.maxNameW, display.Width(d.names[i]))
	}
	for i, it := range c.Items {
		d.itemNames[i] = display.Sanitize(it.Name)
		d.itemStd[i] = st.PublishedStandard(i).String()
		// A gap of at least half the headroom above the standard counts as
		// clearly exceeding it (a darker green).
		if it.HasStandard {
			half := (it.Max - it.Standard) / 2
			d.exceedUnits[i] = decToUnits(half, c.Rules.Decimals)
		}
	}
	for i, cat := range c.Categories {
		d.catNames[i] = display.Sanitize(cat.Name)
		d.itemOrder = append(d.itemOrder, cat.Items...)
	}
	for i, j := range c.Judges {
		d.judgeNames[i] = display.Sanitize(j.Name)
	}
	for i, b := range c.Rules.Bands {
		d.bandNames[i] = display.Sanitize(b.Name)
		d.maxBandW = max(d.maxBandW, display.Width(d.bandNames[i]))
	}
	for _, row := range st.Rows {
		for _, it := range row.Below {
			d.belowByItem[it]++
		}
	}
	if c.Previous != nil {
		d.prevRound = display.Sanitize(c.Previous.Round)
		if d.prevRound == "" {
			d.prevRound = display.Sanitize(c.Previous.Title)
		}
	}
	return d
}

// decToUnits is a Dec in units of 10^-decimals, truncated: for colouring
// thresholds only, never for a published figure.
func decToUnits(v scoring.Dec, decimals int) int64 {
	u := int64(v)
	for i := decimals; i < scoring.MaxDecimals; i++ {
		u /= 10
	}
	return u
}
