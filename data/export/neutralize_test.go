package export

import (
	"bytes"
	"strings"
	"testing"

	"pgregory.net/rapid"

	"liangsaibi/scoring"
)

// riskyText draws arbitrary strings, half of them starting with a formula
// trigger or a quote, so the interesting cases come up often.
func riskyText() *rapid.Generator[string] {
	start := rapid.SampledFrom(append([]string{"'", "''", " ", "\n"}, formulaTriggers...))
	return rapid.OneOf(
		rapid.String(),
		rapid.Custom(func(t *rapid.T) string {
			return start.Draw(t, "start") + rapid.String().Draw(t, "rest")
		}),
	)
}

func TestNeutralizeExamples(t *testing.T) {
	for in, want := range map[string]string{
		"桐柏路街道": "桐柏路街道",
		"=1+1":  "'=1+1",
		"-城乡":   "'-城乡",
		"@SUM":  "'@SUM",
		"\tx":   "'\tx",
		"'引号":   "''引号",
		"＝全角":   "'＝全角",
		"":      "",
	} {
		if got := Neutralize(in); got != want {
			t.Errorf("Neutralize(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestNeutralizeProperty(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		s := riskyText().Draw(t, "s")
		n := Neutralize(s)
		if NeedsNeutralizing(n) {
			t.Fatalf("Neutralize(%q) = %q still starts with a formula trigger", s, n)
		}
		if back := Unneutralize(n); back != s {
			t.Fatalf("Unneutralize(Neutralize(%q)) = %q", s, back)
		}
	})
}

// TestCSVNoTextCellIsAFormula writes random street, group, band, category
// and item names and checks that every text cell is safe and reads back
// to the original.
func TestCSVNoTextCellIsAFormula(t *testing.T) {
	base := testCompetition(t)
	rapid.Check(t, func(rt *rapid.T) {
		c := *base
		c.Streets = append([]scoring.Street(nil), base.Streets...)
		for i := range c.Streets {
			c.Streets[i].Name = riskyText().Draw(rt, "street")
			c.Streets[i].Group = riskyText().Draw(rt, "group")
		}
		c.Categories = append([]scoring.Category(nil), base.Categories...)
		c.Categories[0].Name = riskyText().Draw(rt, "category")
		c.Items = append([]scoring.Item(nil), base.Items...)
		c.Items[0].Name = riskyText().Draw(rt, "item")
		c.Rules.Bands = append([]scoring.Band(nil), base.Rules.Bands...)
		c.Rules.Bands[1].Name = riskyText().Draw(rt, "band")
		st := scoring.Compute(&c)

		var buf bytes.Buffer
		if err := CSV(&buf, st, testOptions()); err != nil {
			rt.Fatalf("CSV: %v", err)
		}
		recs := readCSV(t, buf.Bytes())
		nc := len(c.Categories)
		textCols := []int{colTied, colStreet, colGroup, colBand}
		for _, col := range append(textCols, colFirstCategory, colFirstCategory+nc) {
			if NeedsNeutralizing(recs[0][col]) {
				rt.Fatalf("header cell %q starts with a formula trigger", recs[0][col])
			}
		}
		if got := Unneutralize(recs[0][colFirstCategory]); got != csvText(c.Categories[0].Name) {
			rt.Fatalf("category header %q, want %q", got, c.Categories[0].Name)
		}
		for i, rec := range recs[1:] {
			for _, col := range textCols {
				if NeedsNeutralizing(rec[col]) {
					rt.Fatalf("text cell %q starts with a formula trigger", rec[col])
				}
			}
			s := c.Streets[st.Rows[i].Street]
			if got := Unneutralize(rec[colStreet]); got != csvText(s.Name) {
				rt.Fatalf("street name read back as %q, want %q", got, s.Name)
			}
			if got := Unneutralize(rec[colGroup]); got != csvText(s.Group) {
				rt.Fatalf("group read back as %q, want %q", got, s.Group)
			}
		}
	})
}

// csvText is what a text reads back as from a CSV with CRLF line ends:
// encoding/csv cannot carry a carriage return inside a field. Names from
// competition files never hold one (control characters are refused).
func csvText(s string) string { return strings.ReplaceAll(s, "\r", "") }

// Issue 17, item 8: Excel and WPS trim leading blanks before deciding a
// text is a formula; " =HYPERLINK(…)" and "\u3000=1+1" were not neutralized.
func TestNeutralizeAfterLeadingBlanks(t *testing.T) {
	for _, s := range []string{" =HYPERLINK(\"x\")", "\u3000=1+1", "\u00a0+1", "\u2003@SUM(A1)", " \u3000 -1", "\u200b=1", "\ufeff=1", "\u3000＝1"} {
		if got := Neutralize(s); got != quotePrefix+s {
			t.Errorf("Neutralize(%q) = %q", s, got)
		}
		if Unneutralize(Neutralize(s)) != s {
			t.Errorf("round trip of %q", s)
		}
	}
	for _, s := range []string{" 街道", "\u3000桐柏路", "a =1"} {
		if got := Neutralize(s); got != s {
			t.Errorf("Neutralize(%q) = %q, want unchanged", s, got)
		}
	}
}
