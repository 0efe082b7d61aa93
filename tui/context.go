package tui

import (
	"sync"
	"time"

	tea "charm.land/bubbletea/v2"

	"liangsaibi/data/match"
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
	TabJudges // key 7 (6 is the projector)
	TabTrend  // key 8
	tabCount
)

var tabNames = [tabCount]string{"tab.rankings", "tab.gaps", "tab.detail", "tab.entry", "tab.compare", "tab.judges", "tab.trend"}

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
	st, d, _ := m.blinded() // review_blind.go: what blind review lets this operator see
	if m.rv != nil && m.rv.onlyConfirmed && m.tab == TabRankings && m.comp != nil {
		st = m.confirmedStandings() // review.go: U
	}
	comp := m.comp
	if m.tab != TabEntry && st != nil {
		comp = st.Comp // the entry grid keeps the file's and hides cells itself
	}
	return &viewCtx{
		lang: m.lang, st: st, comp: comp, d: d, s: m.styles, keys: &m.keys,
		bodyW: m.width, bodyH: m.bodyHeight(),
	}
}

// T is a message of the tui catalog in the user's language.
func (c *viewCtx) T(key string, args ...any) string { return catalog.T(c.lang, key, args...) }

// derived is what the views need from one Standings, computed once when the
// standings change. What depends only on the competition's structure (names,
// widths, standards) is the shared *shape, reused across score changes.
type derived struct {
	*shape
	belowByItem []int // streets below standard, by item
	extra             // judges' figures and trends (insight.go)
}

// shape is the part of derived that scores cannot change: sanitized names
// and their widths. Rebuilding it for 3,000 streets on every committed score
// was a third of the commit's cost.
type shape struct {
	key           shapeKey
	names, groups []string // by street index, sanitized
	itemNames     []string
	catNames      []string
	judgeNames    []string
	bandNames     []string
	itemStd       []string // published standard, "" when none
	maxNameW      int
	maxBandW      int
	progressW     int   // width of the widest 待评 N/M
	itemOrder     []int // items grouped by category: the heatmap's columns
	exceedUnits   []int64
	title, round  string
	organizer     string
	date          string
	fullMark      string
	prevRound     string

	// finders find streets and judges by id, name and pinyin
	// (data/match): the / filter and the entry pickers. Made on first use
	// or by warmFinders (0.1 s at city: not before the first frame).
	finders func() (streets, judges *match.Matcher)
}

func (s *shape) streetFinder() *match.Matcher { m, _ := s.finders(); return m }
func (s *shape) judgeFinder() *match.Matcher  { _, m := s.finders(); return m }

// warmFinders makes the finders of d off the UI goroutine, before anyone
// types a filter.
func warmFinders(d *derived) tea.Cmd {
	if d == nil {
		return nil
	}
	sh := d.shape
	return safeCmd(func() tea.Msg {
		time.Sleep(afterFirstFrame)
		sh.finders()
		return nil
	}, func(error) tea.Msg { return nil })
}

// shapeKey identifies a competition's structure. Editing a score
// (Competition.WithSlot) copies only Scores and shares every other slice, so
// equal keys mean the same streets, items, judges and rules; a reload from
// disk makes new slices and so a new shape.
type shapeKey struct {
	streets   *scoring.Street
	items     *scoring.Item
	cats      *scoring.Category
	judges    *scoring.Judge
	bands     *scoring.Band
	nStreets  int
	nItems    int
	nCats     int
	nJudges   int
	nBands    int
	previous  *scoring.PreviousRound
	rounding  scoring.Rounding
	decimals  int
	title     string
	round     string
	organizer string
	date      string
}

func firstOf[T any](s []T) *T {
	if len(s) == 0 {
		return nil
	}
	return &s[0]
}

func shapeKeyOf(c *scoring.Competition) shapeKey {
	return shapeKey{
		streets: firstOf(c.Streets), items: firstOf(c.Items), cats: firstOf(c.Categories),
		judges: firstOf(c.Judges), bands: firstOf(c.Rules.Bands),
		nStreets: len(c.Streets), nItems: len(c.Items), nCats: len(c.Categories),
		nJudges: len(c.Judges), nBands: len(c.Rules.Bands),
		previous: c.Previous, rounding: c.Rules.Rounding, decimals: c.Rules.Decimals,
		title: c.Title, round: c.Round, organizer: c.Organizer, date: c.Date,
	}
}

// newDerived computes the derived data of st, reusing prev's shape when the
// competition's structure is unchanged (prev may be nil), and pre's judges'
// figures and trend when they were worked out for st already.
func newDerived(st *scoring.Standings, prev *derived, pre *extra) *derived {
	var sh *shape
	if key := shapeKeyOf(st.Comp); prev != nil && prev.shape != nil && prev.key == key {
		sh = prev.shape
	} else {
		sh = newShape(st, key)
	}
	d := &derived{shape: sh, belowByItem: belowByItem(st)}
	if pre != nil && (pre.judges == nil || pre.judges.Comp == st.Comp) { // nil: loadExtra left them for later
		d.extra = *pre
	} else {
		d.extra = newExtra(st, prev)
	}
	return d
}

// belowByItem counts the streets below standard on each item.
func belowByItem(st *scoring.Standings) []int {
	n := make([]int, len(st.Comp.Items))
	for _, row := range st.Rows {
		for _, it := range row.Below {
			n[it]++
		}
	}
	return n
}

func newShape(st *scoring.Standings, key shapeKey) *shape {
	c := st.Comp
	d := &shape{
		key:         key,
		names:       make([]string, len(c.Streets)),
		groups:      make([]string, len(c.Streets)),
		itemNames:   make([]string, len(c.Items)),
		catNames:    make([]string, len(c.Categories)),
		judgeNames:  make([]string, len(c.Judges)),
		bandNames:   make([]string, len(c.Rules.Bands)),
		itemStd:     make([]string, len(c.Items)),
		exceedUnits: make([]int64, len(c.Items)),
		title:       display.Sanitize(c.Title),
		round:       display.Sanitize(c.Round),
		organizer:   display.Sanitize(c.Organizer),
		date:        display.Sanitize(c.Date),
		fullMark:    st.FullMark.String(),
	}
	d.finders = sync.OnceValues(func() (*match.Matcher, *match.Matcher) { return finders(c) })
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
			d.exceedUnits[i] = decToUnits(half, c.StandardDecimals(i)) // the gap's decimals
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

// finders are the matchers of a competition's streets and judges.
func finders(c *scoring.Competition) (streets, judges *match.Matcher) {
	ss := make([]match.Entry, len(c.Streets))
	for i, s := range c.Streets {
		ss[i] = match.Entry{ID: s.ID, Name: s.Name}
	}
	js := make([]match.Entry, len(c.Judges))
	for i, j := range c.Judges {
		js[i] = match.Entry{ID: j.ID, Name: j.Name}
	}
	return match.New(ss), match.New(js)
}
