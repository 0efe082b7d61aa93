package export

import (
	"bufio"
	"strconv"
	"strings"

	"liangsaibi/panel"
	"liangsaibi/scoring"
	"liangsaibi/trend"
)

// writeInsightJSON writes the keys "judges" (the judges' figures) and,
// when the file names earlier rounds, "trend", after the fields of spec
// section 3 (format doc section "Judges and trend in the JSON"). They are
// information only; nothing in them changes "streets".
func writeInsightJSON(b *bufio.Writer, st *scoring.Standings) {
	c := st.Comp
	js := panel.Compute(c)
	b.WriteString(",\n  \"judges\": {\n")
	b.WriteString("    \"rule\": {\"outlier_sds\": " + strconv.Itoa(panel.OutlierSDs) +
		", \"outlier_min_share_of_max\": \"1/" + strconv.Itoa(panel.OutlierMinDiv) +
		"\", \"pattern_min_items\": " + strconv.Itoa(panel.PatternMinItems) +
		", \"pattern_share\": \"" + strconv.Itoa(panel.PatternNum) + "/" + strconv.Itoa(panel.PatternDen) + "\"},\n")
	b.WriteString("    \"judges\": [")
	for i, j := range js.Judges {
		sep(b, i)
		f := func(x float64, signed bool) string {
			if j.Compared == 0 {
				return "null"
			}
			p := displayFloat(x)
			if signed {
				return jstr(p.Signed())
			}
			return jstr(p.String())
		}
		parts := []string{
			"\"id\": " + jstr(c.Judges[j.Judge].ID), "\"name\": " + jstr(c.Judges[j.Judge].Name),
			"\"scores\": " + strconv.Itoa(j.Scored), "\"recused\": " + strconv.Itoa(j.Recused),
			"\"trimmed_high\": " + strconv.Itoa(j.TrimmedHigh), "\"trimmed_low\": " + strconv.Itoa(j.TrimmedLow),
			"\"compared\": " + strconv.Itoa(j.Compared), "\"above\": " + strconv.Itoa(j.Above), "\"below\": " + strconv.Itoa(j.Below),
			"\"outliers\": " + strconv.Itoa(j.Outliers), "\"high_streets\": " + strconv.Itoa(j.High), "\"low_streets\": " + strconv.Itoa(j.Low),
			"\"mean\": " + f(j.Mean, false), "\"others_mean\": " + f(j.PanelMean, false),
			"\"mean_diff\": " + f(j.MeanDiff, true), "\"spread\": " + f(j.Spread, false),
		}
		b.WriteString("      {" + strings.Join(parts, ", ") + "}")
	}
	closeList(b, len(js.Judges), 4)
	b.WriteString(",\n    \"outliers\": [")
	outs := js.Outliers()
	for i, o := range outs {
		sep(b, i)
		dir := "low"
		if o.High {
			dir = "high"
		}
		b.WriteString("      {\"street\": " + jstr(c.Streets[o.Street].ID) + ", \"item\": " + jstr(c.Items[o.Item].ID) +
			", \"judge\": " + jstr(c.Judges[o.Judge].ID) + ", \"score\": " + jstr(o.Value.String()) +
			", \"others_median\": " + jstr(o.MedianString()) + ", \"direction\": \"" + dir + "\"}")
	}
	closeList(b, len(outs), 4)
	b.WriteString(",\n    \"patterns\": [")
	pats := js.Patterns()
	for i, p := range pats {
		sep(b, i)
		dir := "low"
		if p.Pattern == panel.High {
			dir = "high"
		}
		b.WriteString("      {\"street\": " + jstr(c.Streets[p.Street].ID) + ", \"judge\": " + jstr(c.Judges[p.Judge].ID) +
			", \"pattern\": \"" + dir + "\", \"compared\": " + strconv.Itoa(p.Compared) +
			", \"above\": " + strconv.Itoa(p.Above) + ", \"below\": " + strconv.Itoa(p.Below) + "}")
	}
	closeList(b, len(pats), 4)
	b.WriteString("\n  }")
	if !trend.Has(c) {
		return
	}
	t := trend.Compute(st, trendTop)
	b.WriteString(",\n  \"trend\": {\n    \"rounds\": [")
	for i, r := range t.Rounds {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(jstr(r))
	}
	b.WriteString("],\n    \"streets\": [")
	for i, row := range st.Rows {
		sep(b, i)
		var ranks, totals []string
		for _, p := range t.Points[row.Street] {
			ranks = append(ranks, jint(p.Rank, p.Rank > 0))
			if p.HasTotal {
				totals = append(totals, jstr(st.PublishDec(p.Total).String()))
			} else {
				totals = append(totals, "null")
			}
		}
		b.WriteString("      {\"id\": " + jstr(c.Streets[row.Street].ID) + ", \"ranks\": [" + strings.Join(ranks, ", ") +
			"], \"totals\": [" + strings.Join(totals, ", ") + "]}")
	}
	closeList(b, len(st.Rows), 4)
	moves := func(key string, ms []trend.Move) {
		b.WriteString(",\n    \"" + key + "\": [")
		for i, m := range ms {
			sep(b, i)
			b.WriteString("      {\"street\": " + jstr(c.Streets[m.Street].ID) + ", \"from_round\": " + jstr(t.Rounds[m.FromRound]) +
				", \"from_rank\": " + strconv.Itoa(m.From) + ", \"rank\": " + strconv.Itoa(m.To) + ", \"change\": " + strconv.Itoa(m.Change()) + "}")
		}
		closeList(b, len(ms), 4)
	}
	moves("improved", t.Improved)
	moves("declined", t.Declined)
	b.WriteString(",\n    \"repeated_below\": [")
	for i, r := range t.Repeats {
		sep(b, i)
		b.WriteString("      {\"street\": " + jstr(c.Streets[r.Street].ID) + ", \"item\": " + jstr(c.Items[r.Item].ID) +
			", \"rounds\": " + strconv.Itoa(r.Rounds) + "}")
	}
	closeList(b, len(t.Repeats), 4)
	b.WriteString("\n  }")
}

// closeList ends a JSON list of n elements opened with "[" at depth.
func closeList(b *bufio.Writer, n, depth int) {
	if n > 0 {
		b.WriteString("\n" + strings.Repeat(" ", depth))
	}
	b.WriteString("]")
}
