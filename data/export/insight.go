package export

import (
	"math"
	"strconv"

	"liangsaibi/panel"
	"liangsaibi/scoring"
	"liangsaibi/trend"
)

// trendTop is how many streets the most improved and declined lists hold.
const trendTop = 5

// chartStreets is how many streets (the top of the ranking) the workbook's
// trend chart draws: more lines than this cannot be read.
const chartStreets = 10

// displayFloat is a display-only float64 (a judge's mean or spread) as a
// two-decimal published value, for a table cell. It never feeds a ranking.
func displayFloat(x float64) scoring.Published {
	return scoring.Published{Units: int64(math.Round(x * 100)), Decimals: 2, Valid: true}
}

// judgeRows are the judges' table: one row per judge.
func judgeRows(js *panel.Stats, o Options) (head []cell, rows [][]cell) {
	c := js.Comp
	head = texts(o.t("judges.judge"), o.t("judges.scored"), o.t("judges.mean"), o.t("judges.others"), o.t("judges.diff"),
		o.t("judges.spread"), o.t("judges.trimhigh"), o.t("judges.trimlow"), o.t("judges.recused"), o.t("judges.outliers"),
		o.t("judges.highStreets"), o.t("judges.lowStreets"))
	for _, j := range js.Judges {
		r := []cell{text(c.Judges[j.Judge].Name), integer(j.Scored)}
		if j.Compared > 0 {
			r = append(r, score(displayFloat(j.Mean)), score(displayFloat(j.PanelMean)), change(displayFloat(j.MeanDiff)), score(displayFloat(j.Spread)))
		} else {
			r = append(r, cell{}, cell{}, cell{}, cell{})
		}
		r = append(r, integer(j.TrimmedHigh), integer(j.TrimmedLow), integer(j.Recused), integer(j.Outliers), integer(j.High), integer(j.Low))
		rows = append(rows, r)
	}
	return head, rows
}

// outlierRows are the flagged scores.
func outlierRows(js *panel.Stats, o Options) (head []cell, rows [][]cell) {
	c := js.Comp
	head = texts(o.t("col.street"), o.t("col.item"), o.t("judges.judge"), o.t("col.score"), o.t("judges.median"), o.t("judges.direction"))
	for _, x := range js.Outliers() {
		dir := o.t("judges.low")
		if x.High {
			dir = o.t("judges.high")
		}
		rows = append(rows, []cell{text(c.Streets[x.Street].Name), text(c.Items[x.Item].Name), text(c.Judges[x.Judge].Name),
			text(x.Value.String()), text(x.MedianString()), text(dir)})
	}
	return head, rows
}

// patternRows are the judges who sit above or below the others on a street.
func patternRows(js *panel.Stats, o Options) (head []cell, rows [][]cell) {
	c := js.Comp
	head = texts(o.t("col.street"), o.t("judges.judge"), o.t("judges.pattern"), o.t("judges.compared"), o.t("judges.above"), o.t("judges.below"))
	for _, p := range js.Patterns() {
		dir := o.t("judges.low")
		if p.Pattern == panel.High {
			dir = o.t("judges.high")
		}
		rows = append(rows, []cell{text(c.Streets[p.Street].Name), text(c.Judges[p.Judge].Name), text(dir),
			integer(p.Compared), integer(p.Above), integer(p.Below)})
	}
	return head, rows
}

// trendTotal is a street's total in one round of a trend, published with
// the competition's decimals (the exports wrote it so).
func trendTotal(st *scoring.Standings, p trend.Point) cell {
	if !p.HasTotal {
		return cell{}
	}
	return score(st.PublishDec(p.Total))
}

func trendRank(p trend.Point) cell {
	if p.Rank == 0 {
		return cell{}
	}
	return integer(p.Rank)
}

// roundName is the name of round k of t, numbered for a column header.
func roundName(t *trend.Trend, k int) string { return strconv.Itoa(k+1) + ". " + t.Rounds[k] }
