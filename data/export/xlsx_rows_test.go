package export

import (
	"archive/zip"
	"bytes"
	"io"
	"strconv"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
	"pgregory.net/rapid"

	"liangsaibi/scoring"
)

// awkwardTexts need escaping, neutralising, xml:space or excelize's _xHHHH_
// escape, or are Chinese.
var awkwardTexts = []string{
	`<&>"'`, "=1+1", "+86", "-城乡", "@x", "'quoted", " lead", "trail ", "a\tb",
	"桐柏路街道", "中原西路　街道", "_x0041_", "a_x005F_b", "＝全角", "\u3000=1", "",
}

// TestRowXMLEqualsSetRow: the rows rendered here are byte for byte what
// excelize's SetRow writes for the same values, in every sheet, for
// competitions with awkward names, recused, missing and dropped scores,
// and numbers with many decimals or more digits than a spreadsheet keeps.
func TestRowXMLEqualsSetRow(t *testing.T) {
	rapid.Check(t, func(rt *rapid.T) {
		c := baseCompetition(t)
		name := rapid.OneOf(rapid.SampledFrom(awkwardTexts), rapid.String())
		num := rapid.OneOf(
			rapid.SampledFrom([]string{"~", "回避", "0", "20", "17.5", "0.000001", "19.999999", "10.10"}),
			rapid.Custom(func(t *rapid.T) string {
				return strconv.Itoa(rapid.IntRange(0, 20).Draw(t, "whole")) + "." +
					strconv.Itoa(rapid.IntRange(0, 999999).Draw(t, "frac"))
			}),
			// more than 15 significant digits: excelize rounds the float
			rapid.SampledFrom([]string{"1234567890.123456", "9223372036.854775"}),
		)
		nj := len(c.Judges)
		for s := range rapid.IntRange(1, 6).Draw(rt, "streets") {
			js := func(label string) []string {
				return rapid.SliceOfN(num, nj, nj).Draw(rt, label)
			}
			addStreet(t, c, "s"+strconv.Itoa(s), name.Draw(rt, "street"), name.Draw(rt, "group"),
				js("results"), num.Draw(rt, "renovation"), js("talk"), num.Draw(rt, "paper"))
		}
		c.Items[rapid.IntRange(0, 3).Draw(rt, "item")].Name = name.Draw(rt, "item name")
		c.Judges[rapid.IntRange(0, nj-1).Draw(rt, "judge")].Name = name.Draw(rt, "judge name")
		c.Title = name.Draw(rt, "title")
		st := scoring.Compute(c)

		got, want := xlsxParts(rt, st, false), xlsxParts(rt, st, true)
		if len(got) != len(want) {
			rt.Fatalf("%d parts, SetRow wrote %d", len(got), len(want))
		}
		for path, w := range want {
			if g := got[path]; !bytes.Equal(g, w) {
				rt.Fatalf("%s differs from SetRow's:\n got %.2000s\nwant %.2000s", path, g, w)
			}
		}
	})
}

// xlsxParts are the parts of a workbook written by writeXLSX, by path.
func xlsxParts(t fataler, st *scoring.Standings, viaSetRow bool) map[string][]byte {
	t.Helper()
	var buf bytes.Buffer
	if err := writeXLSX(&buf, st, testOptions(), viaSetRow); err != nil {
		t.Fatalf("writeXLSX: %v", err)
	}
	zr, err := zip.NewReader(bytes.NewReader(buf.Bytes()), int64(buf.Len()))
	if err != nil {
		t.Fatalf("not a zip: %v", err)
	}
	parts := map[string][]byte{}
	for _, f := range zr.File {
		r, err := f.Open()
		if err != nil {
			t.Fatalf("%s: %v", f.Name, err)
		}
		b, err := io.ReadAll(r)
		if err != nil {
			t.Fatalf("%s: %v", f.Name, err)
		}
		parts[f.Name] = b
	}
	if _, err := excelize.OpenReader(&buf); err != nil {
		t.Fatalf("workbook does not open: %v", err)
	}
	return parts
}

// TestNumbersAreWrittenAsSetRowWritesThem: a published score and a
// judge's score read as the float excelize would have written.
func TestNumbersAreWrittenAsSetRowWritesThem(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		digits := rapid.IntRange(1, spreadsheetDigits).Draw(t, "digits")
		max := int64(1)
		for range digits {
			max *= 10
		}
		p := scoring.Published{
			Units:    rapid.Int64Range(-max+1, max-1).Draw(t, "units"),
			Decimals: uint8(rapid.IntRange(0, 6).Draw(t, "decimals")),
			Valid:    true,
		}
		f, _ := strconv.ParseFloat(p.String(), 64)
		if got, want := string(appendPublished(nil, p)), excelize.FormatCellFloat(f); got != want {
			t.Fatalf("%s: wrote %s, SetRow writes %s", p.String(), got, want)
		}
		d := scoring.Dec(rapid.Int64().Draw(t, "dec"))
		f, _ = strconv.ParseFloat(d.String(), 64)
		if got, want := string(appendDec(nil, d)), excelize.FormatCellFloat(f); got != want {
			t.Fatalf("%s: wrote %s, SetRow writes %s", d.String(), got, want)
		}
	})
}

// TestAwkwardTextsReadBack: excelize reads the awkward texts back from the
// rows' own XML as they were written (neutralised).
func TestAwkwardTextsReadBack(t *testing.T) {
	c := baseCompetition(t)
	for i, s := range awkwardTexts {
		addStreet(t, c, "s"+strconv.Itoa(i), s, "",
			[]string{"17", "18.5", "16", "17.5", "19"}, "64.3", []string{"9", "8.5", "9", "8", "9.5"}, "86")
	}
	f := exportXLSX(t, scoring.Compute(c), testOptions())
	raw := testOptions().t("sheet.raw")
	for i, s := range awkwardTexts {
		ref := "A" + strconv.Itoa(3+i*len(c.Items))
		if got, want := valueAt(t, f, raw, ref), xlsxText(s); got != want {
			t.Errorf("%s: read back %q, wrote %q", ref, got, want)
		}
		if s != "" && !isTextType(typeAt(t, f, raw, ref)) {
			t.Errorf("%s: %q is not a text cell", ref, s)
		}
		if strings.HasPrefix(s, "=") && check[string](t)(f.GetCellFormula(raw, ref)) != "" {
			t.Errorf("%s: %q became a formula", ref, s)
		}
	}
}
