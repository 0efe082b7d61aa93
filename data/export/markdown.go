package export

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"

	"liangsaibi/data/seal"
	"liangsaibi/display"
	"liangsaibi/scoring"
)

// Markdown writes a printable 排名通报: title, round, organizer and date,
// the ranking table with tie marks, bands and changes against the previous
// round, then each street's 问题清单 turned into an 整改清单 with a line to
// fill in per below-standard item.
func Markdown(w io.Writer, st *scoring.Standings, opts Options) error {
	bw := bufio.NewWriter(w)
	m := &md{w: bw, st: st, o: opts}
	m.notice()
	m.heatmap()     // markdown_insight.go
	m.trendTables() // markdown_insight.go
	m.fixLists()
	m.line("---")
	m.line("")
	m.line(opts.t("md.exported", opts.exportedAt(), mdEscape(opts.version())))
	m.line("")
	d := seal.Digest(st.Comp)
	m.line(opts.t("md.digest", seal.Short(d), d, seal.Short(d)))
	return bw.Flush()
}

// md is a Markdown document being written; writes to a bufio.Writer only
// fail at Flush, which Markdown reports.
type md struct {
	w  *bufio.Writer
	st *scoring.Standings
	o  Options
}

func (m *md) line(s string) { m.w.WriteString(s); m.w.WriteByte('\n') }

func (m *md) notice() {
	c, o := m.st.Comp, m.o
	m.line("# " + mdEscape(c.Title) + " " + o.t("md.notice"))
	m.line("")
	var meta []string
	for _, kv := range [][2]string{{"md.round", c.Round}, {"md.organizer", c.Organizer}, {"md.date", c.Date}} {
		if kv[1] != "" {
			meta = append(meta, o.t(kv[0])+o.Lang.Pick("：", ": ")+mdEscape(kv[1]))
		}
	}
	if len(meta) > 0 {
		m.line(strings.Join(meta, o.Lang.Pick("　", " · ")))
		m.line("")
	}
	m.rankingTable()
	m.line("")
	m.notes()
}

func (m *md) rankingTable() {
	st, o := m.st, m.o
	hasPrev := st.Comp.Previous != nil
	head := []string{o.t("col.rank"), o.t("col.status"), o.t("col.street"), o.t("col.total"), o.t("col.band"),
		o.t("col.gapToFirst"), o.t("col.belowCount")}
	align := []string{"---:", ":---:", "---", "---:", ":---:", "---:", "---:"}
	if hasPrev {
		head = append(head, o.t("col.rankChange"), o.t("col.totalChange"))
		align = append(align, ":---:", "---:")
	}
	m.line("| " + strings.Join(head, " | ") + " |")
	m.line("| " + strings.Join(align, " | ") + " |")
	for i := range st.Rows {
		row := st.Rows[i]
		pending := !row.Complete || row.Rank == 0
		status, total := "", row.Total.String()
		if pending {
			// No partial total: 待评 9/13 in the status column instead.
			status, total = Progress(st, row, o.Lang), o.t("md.none")
		}
		cells := []string{m.rankLabel(row), status, mdEscape(st.Comp.Streets[row.Street].Name),
			total, m.bandName(row), orDash(row.GapToFirst.String(), o), strconv.Itoa(len(row.Below))}
		if hasPrev {
			tc := row.TotalChange.Signed()
			if pending {
				tc = ""
			}
			cells = append(cells, rankChange(row, o), orDash(tc, o))
		}
		m.line("| " + strings.Join(cells, " | ") + " |")
	}
}

func (m *md) rankLabel(row *scoring.Row) string {
	switch {
	case row.Rank == 0:
		return m.o.t("md.none")
	case row.Tied:
		return m.o.t("md.rankTied", row.Rank)
	}
	return strconv.Itoa(row.Rank)
}

func (m *md) bandName(row *scoring.Row) string {
	if b := m.st.Band(row); b != nil && row.Complete {
		return mdEscape(b.Name)
	}
	return m.o.t("md.none")
}

func rankChange(row *scoring.Row, o Options) string {
	switch {
	case !row.HasRankChange():
		return o.t("md.none")
	case row.RankChange > 0:
		return o.t("md.up", row.RankChange)
	case row.RankChange < 0:
		return o.t("md.down", -row.RankChange)
	}
	return o.t("md.same")
}

func orDash(s string, o Options) string {
	if s == "" {
		return o.t("md.none")
	}
	return s
}

// notes explain the marks the table uses, the bands and the comparison.
func (m *md) notes() {
	st, o := m.st, m.o
	c := st.Comp
	m.line(o.t("md.fullMark", st.FullMark.String()))
	var tied, pending bool
	for i := range st.Rows {
		tied = tied || st.Rows[i].Tied
		pending = pending || !st.Rows[i].Complete
	}
	if tied {
		m.line("")
		m.line(o.t("md.tiedNote"))
	}
	if pending {
		m.line("")
		m.line(o.t("md.pendingNote"))
	}
	if len(c.Rules.Bands) > 0 {
		counts := make([]int, len(c.Rules.Bands))
		for i := range st.Rows {
			if b := st.Rows[i].Band; b >= 0 {
				counts[b]++
			}
		}
		var bands, per []string
		for i, b := range c.Rules.Bands {
			bands = append(bands, o.t("md.bandRange", mdEscape(b.Name), b.Min.String()))
			per = append(per, o.t("md.bandCount", mdEscape(b.Name), counts[i]))
		}
		sep := o.Lang.Pick("，", ", ")
		m.line("")
		m.line(o.t("md.bands", strings.Join(bands, sep)) + o.Lang.Pick("", " ") + o.t("md.bandsAll", strings.Join(per, sep)))
	}
	if p := c.Previous; p != nil {
		label := p.Round
		if label == "" {
			label = p.Title
		}
		m.line("")
		m.line(o.t("md.previous", mdEscape(label)))
	}
	m.line("")
}

// fixLists is each street's below-standard items, largest gap first, each
// with lines to fill in by hand.
func (m *md) fixLists() {
	st, o := m.st, m.o
	c := st.Comp
	m.line("## " + o.t("md.fixList"))
	m.line("")
	for i := range st.Rows {
		row := st.Rows[i]
		place := Progress(st, row, o.Lang)
		if row.Rank > 0 {
			place = o.t("md.rankLabel", row.Rank)
		}
		m.line("### " + o.t("md.streetHead", mdEscape(c.Streets[row.Street].Name), place))
		m.line("")
		problems := st.Problems(row.Street)
		if len(problems) == 0 {
			m.line(o.t("md.noProblems"))
			m.line("")
			continue
		}
		for n, ii := range problems {
			it := &c.Items[ii]
			m.line(fmt.Sprintf("%d. ", n+1) + o.t("md.problem", mdEscape(it.Name), mdEscape(c.Categories[it.Category].Name),
				row.Items[ii].String(), st.PublishedStandard(ii).String(), row.Gaps[ii].String()))
			m.line("")
			m.line("   " + o.t("md.fix"))
			m.line("")
			m.line("   " + o.t("md.owner"))
			m.line("")
		}
	}
}

// mdSpecial are the characters that change the meaning of Markdown text
// inside a line or a table cell.
const mdSpecial = "\\`*_[]<>|~#&!"

// mdEscape makes a name from a file print as itself: control characters
// become visible (display.Sanitize), Markdown specials get a backslash.
func mdEscape(s string) string {
	s = display.Sanitize(s)
	if !strings.ContainsAny(s, mdSpecial) {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		if strings.ContainsRune(mdSpecial, r) {
			b.WriteByte('\\')
		}
		b.WriteRune(r)
	}
	return b.String()
}
