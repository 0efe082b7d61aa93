package export

import (
	"bufio"
	"io"
	"strconv"

	"liangsaibi/data/seal"
	"liangsaibi/internal/jsonstr"
	"liangsaibi/scoring"
)

// WriteJSON writes the standings as the machine-readable output of spec
// section 3: scores as strings with exactly the published decimals,
// streets in ranking order, then the incomplete ones. It streams: a city's
// ranking is tens of megabytes of JSON.
func WriteJSON(w io.Writer, st *scoring.Standings) error {
	c := st.Comp
	b := bufio.NewWriterSize(w, 64<<10) // errors stick; Flush reports the first
	b.WriteString("{\n")
	field(b, 1, "title", jstr(c.Title), true)
	field(b, 1, "full_mark", jstr(st.FullMark.String()), true)
	field(b, 1, "digest", jstr(seal.Digest(c)), true) // its first 8 hex digits are the 校验码
	b.WriteString("  \"streets\": [")
	for i := range st.Rows {
		row := st.Rows[i]
		if i > 0 {
			b.WriteString(",")
		}
		b.WriteString("\n    {\n")
		s := c.Streets[row.Street]
		field(b, 3, "id", jstr(s.ID), true)
		field(b, 3, "name", jstr(s.Name), true)
		field(b, 3, "rank", jint(row.Rank, row.Rank > 0), true)
		field(b, 3, "tied", strconv.FormatBool(row.Tied), true)
		field(b, 3, "complete", strconv.FormatBool(row.Complete), true)
		field(b, 3, "total", jpub(row.Total), true)
		band := "null"
		if bd := st.Band(row); bd != nil {
			band = jstr(bd.Name)
		}
		field(b, 3, "band", band, true)
		b.WriteString("      \"categories\": {")
		for ci, cat := range c.Categories {
			sep(b, ci)
			field(b, 4, cat.ID, jpub(row.Categories[ci]), false)
		}
		b.WriteString("\n      },\n      \"items\": {")
		for ii, it := range c.Items {
			sep(b, ii)
			field(b, 4, it.ID, jpub(row.Items[ii]), false)
		}
		b.WriteString("\n      },\n      \"below_standard\": [")
		for k, ii := range row.Below {
			sep(b, k)
			b.WriteString("        " + jstr(c.Items[ii].ID))
		}
		if len(row.Below) > 0 {
			b.WriteString("\n      ")
		}
		b.WriteString("],\n")
		field(b, 3, "gap_to_first", jpub(row.GapToFirst), true)
		field(b, 3, "rank_change", jint(row.RankChange, row.HasRank), true)
		field(b, 3, "total_change", jpub(row.TotalChange), false)
		b.WriteString("\n    }")
	}
	if len(st.Rows) > 0 {
		b.WriteString("\n  ")
	}
	b.WriteString("]")
	writeInsightJSON(b, st) // "judges" and "trend": information only
	b.WriteString("\n}\n")
	return b.Flush()
}

func sep(b *bufio.Writer, i int) {
	if i > 0 {
		b.WriteString(",")
	}
	b.WriteString("\n")
}

func field(b *bufio.Writer, depth int, key, val string, comma bool) {
	for range depth {
		b.WriteString("  ")
	}
	b.WriteString(jstr(key))
	b.WriteString(": ")
	b.WriteString(val)
	if comma {
		b.WriteString(",\n")
	}
}

func jstr(s string) string { return string(jsonstr.Append(nil, s)) }

func jpub(p scoring.Published) string {
	if !p.Valid {
		return "null"
	}
	return jstr(p.String())
}

func jint(n int, ok bool) string {
	if !ok {
		return "null"
	}
	return strconv.Itoa(n)
}
