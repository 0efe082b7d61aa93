package export

import (
	"strconv"

	"github.com/xuri/excelize/v2"

	"liangsaibi/panel"
	"liangsaibi/trend"
)

// insightWriters are the sheets of the judges' figures and, when the file
// names earlier rounds, of the trend.
func (b *book) insightWriters() []sheetWriter {
	out := []sheetWriter{{"sheet.judges", b.judgesSheet}}
	if trend.Has(b.st.Comp) {
		b.tr = trend.Compute(b.st, trendTop)
		out = append(out, sheetWriter{"sheet.trend", b.trendSheet})
	}
	return out
}

// chartRows are the rows kept free for the trend chart (about 400 pixels).
const chartRows = 23

// sheetWriter writes one sheet.
type sheetWriter = struct {
	key   string
	write func(*excelize.StreamWriter) error
}

// table writes a title row, a header and rows from row r; it returns the
// row after them.
func (b *book) table(sw *excelize.StreamWriter, r int, title string, head []cell, rows [][]cell) (int, error) {
	if title != "" {
		if err := b.row(sw, r, texts(title), styleKey{bold: true}); err != nil {
			return 0, err
		}
		r++
	}
	if err := b.header(sw, r, head); err != nil {
		return 0, err
	}
	r++
	for _, row := range rows {
		if err := b.row(sw, r, row, styleKey{}); err != nil {
			return 0, err
		}
		r++
	}
	return r + 1, nil
}

// judgesSheet is 评委: the judges' table, their outlying scores and their
// high and low streets, under the rule stated in the first row.
func (b *book) judgesSheet(sw *excelize.StreamWriter) error {
	o := b.o
	if err := sw.SetColWidth(1, 1, 20); err != nil {
		return err
	}
	if err := sw.SetColWidth(2, 12, 14); err != nil {
		return err
	}
	if err := b.row(sw, 1, texts(o.t("judges.note", panel.OutlierSDs, panel.OutlierMinDiv, panel.PatternMinItems, panel.PatternNum, panel.PatternDen)), styleKey{font: greyFont}); err != nil {
		return err
	}
	head, rows := judgeRows(b.js(), o)
	r, err := b.table(sw, 2, o.t("judges.title"), head, rows)
	if err != nil {
		return err
	}
	head, rows = outlierRows(b.js(), o)
	if r, err = b.table(sw, r, o.t("judges.outlierTitle"), head, rows); err != nil {
		return err
	}
	head, rows = patternRows(b.js(), o)
	_, err = b.table(sw, r, o.t("judges.patternTitle"), head, rows)
	return err
}

// trendSheet is 趋势: totals by round (the chart's data), ranks by round,
// the most improved and declined streets and the repeated shortfalls.
func (b *book) trendSheet(sw *excelize.StreamWriter) error {
	st, t, o, c := b.st, b.tr, b.o, b.st.Comp
	if err := sw.SetColWidth(1, 1, 20); err != nil {
		return err
	}
	if err := sw.SetColWidth(2, len(t.Rounds)+1, 16); err != nil {
		return err
	}
	if err := b.row(sw, 1, texts(o.t("trend.note", chartStreets)), styleKey{font: greyFont}); err != nil {
		return err
	}
	head := []cell{text(o.t("col.street"))}
	for k := range t.Rounds {
		head = append(head, text(roundName(t, k)))
	}
	var totals, ranks [][]cell
	for _, row := range st.Rows {
		tr := []cell{text(c.Streets[row.Street].Name)}
		rr := []cell{text(c.Streets[row.Street].Name)}
		for _, p := range t.Points[row.Street] {
			tr = append(tr, trendTotal(st, p))
			rr = append(rr, trendRank(p))
		}
		totals, ranks = append(totals, tr), append(ranks, rr)
	}
	// Totals first, at rows 2–3+n: the chart reads them there.
	r, err := b.table(sw, 2, o.t("trend.totals"), head, totals)
	if err != nil {
		return err
	}
	// The chart goes below the totals, in rows kept free for it, so that it
	// prints with the tables (objects right of the last column do not).
	b.chartRow = r
	r += chartRows
	if r, err = b.table(sw, r, o.t("trend.ranks"), head, ranks); err != nil {
		return err
	}
	moves := func(title string, ms []trend.Move) error {
		var rows [][]cell
		for _, m := range ms {
			rows = append(rows, []cell{text(c.Streets[m.Street].Name), text(t.Rounds[m.FromRound]), integer(m.From), integer(m.To),
				{kind: intCell, n: m.Change(), signed: true}})
		}
		r, err = b.table(sw, r, title, texts(o.t("col.street"), o.t("trend.from"), o.t("trend.fromRank"), o.t("trend.nowRank"), o.t("col.rankChange")), rows)
		return err
	}
	if err := moves(o.t("trend.improved"), t.Improved); err != nil {
		return err
	}
	if err := moves(o.t("trend.declined"), t.Declined); err != nil {
		return err
	}
	var rows [][]cell
	for _, rp := range t.Repeats {
		rows = append(rows, []cell{text(c.Streets[rp.Street].Name), text(c.Items[rp.Item].Name), integer(rp.Rounds)})
	}
	_, err = b.table(sw, r, o.t("trend.repeats"), texts(o.t("col.street"), o.t("col.item"), o.t("trend.rounds")), rows)
	return err
}

// beforeFlush adds what rows cannot say, while the sheet is still being
// streamed (the stream writes the sheet's settings when it is flushed, and
// ignores anything added after): the heatmap's colour scale on 差距 and the
// line chart of totals on 趋势.
func (b *book) beforeFlush(key string) error {
	st, c, o := b.st, b.st.Comp, b.o
	if key == "sheet.gaps" && len(c.Items) > 0 && len(st.Rows) > 0 {
		// The gap cells: columns B.., rows 4.. (see gapSheet). A colour
		// scale per item, red (below) – white (0, the standard) – green
		// (above): items with different full marks each use their own range.
		for i, it := range c.Items {
			if !it.HasStandard {
				continue
			}
			ref := cellName(i+2, 4) + ":" + cellName(i+2, len(st.Rows)+3)
			err := b.f.SetConditionalFormat(o.t("sheet.gaps"), ref, []excelize.ConditionalFormatOptions{{
				Type: "3_color_scale", Criteria: "=",
				MinType: "min", MinColor: "#F8696B",
				MidType: "num", MidValue: "0", MidColor: "#FFFFFF",
				MaxType: "max", MaxColor: "#63BE7B",
			}})
			if err != nil {
				return err
			}
		}
	}
	if key != "sheet.trend" || b.tr == nil || len(st.Rows) == 0 {
		return nil
	}
	sheet := o.t("sheet.trend")
	t := b.tr
	q := quoteSheet(sheet)
	cats := q + "!$B$3:$" + colName(len(t.Rounds)+1) + "$3"
	var series []excelize.ChartSeries
	for i := range min(chartStreets, st.Ranked, len(st.Rows)) {
		r := 4 + i
		series = append(series, excelize.ChartSeries{
			Name:       q + "!$A$" + strconv.Itoa(r),
			Categories: cats,
			Values:     q + "!$B$" + strconv.Itoa(r) + ":$" + colName(len(t.Rounds)+1) + "$" + strconv.Itoa(r),
			Marker:     excelize.ChartMarker{Symbol: "circle", Size: 5},
		})
	}
	if len(series) == 0 {
		return nil
	}
	return b.f.AddChart(sheet, cellName(1, b.chartRow), &excelize.Chart{
		Type:   excelize.Line,
		Series: series,
		Title:  excelize.ChartTitle{Paragraph: []excelize.RichTextRun{{Text: o.t("trend.chart")}}},
		Format: excelize.GraphicOptions{ScaleX: 1.6, ScaleY: 1.4},
		Legend: excelize.ChartLegend{Position: "right"},
		YAxis:  excelize.ChartAxis{MajorGridLines: true, Minimum: b.chartFloor()},
	})
}

func quoteSheet(s string) string { return "'" + s + "'" }

func colName(n int) string {
	s, _ := excelize.ColumnNumberToName(n)
	return s
}

// chartFloor is where the chart's value axis starts: the lowest total drawn,
// down to a multiple of ten (a display setting only), so that the lines do
// not lie flat at the top of an axis from 0.
func (b *book) chartFloor() *float64 {
	lo := int64(-1)
	for i := range min(chartStreets, b.st.Ranked, len(b.st.Rows)) {
		for _, p := range b.tr.Points[b.st.Rows[i].Street] {
			if w := int64(p.Total) / 1_000_000; p.HasTotal && (lo < 0 || w < lo) {
				lo = w
			}
		}
	}
	if lo <= 10 {
		return nil
	}
	f := float64(lo/10*10 - 10*boolInt(lo%10 == 0))
	return &f
}

func boolInt(b bool) int64 {
	if b {
		return 1
	}
	return 0
}
