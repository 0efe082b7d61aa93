package export

import (
	"fmt"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"liangsaibi/scoring"
)

// Issue 17, item 4: with decimals: 0 and standard: 164.48, a score of 164 is
// below standard; the notice and the workbook showed "达标线 164，差距 0".
// Standards and gaps are shown with the standard's own decimals.
func TestBelowStandardNeverShowsGapZero(t *testing.T) {
	c := testCompetition(t)
	c.Rules.Decimals = 0
	c.Items[3].Max, c.Items[3].Standard = dec(t, "200"), dec(t, "164.48")
	for s := range c.Streets {
		c.Scores[s][3] = slots(t, "164")
	}
	st := scoring.Compute(c)
	row := st.Rows[0]
	if len(row.Below) == 0 || row.Gaps[3].String() != "-0.48" || st.PublishedStandard(3).String() != "164.48" {
		t.Fatalf("below %v, gap %s, standard %s; want gap -0.48 and standard 164.48", row.Below, row.Gaps[3], st.PublishedStandard(3))
	}
	md := exportMarkdown(t, st, testOptions())
	if !strings.Contains(md, "164.48") || !strings.Contains(md, "-0.48") {
		t.Errorf("the notice does not show standard 164.48 and gap -0.48:\n%s", md)
	}
	f := exportXLSX(t, st, testOptions())
	defer f.Close()
	found := false
	for _, r := range rowsOf(t, f, "问题清单")[1:] {
		if strings.Contains(strings.Join(r, "|"), "闭卷测试") {
			found = true
			if !strings.Contains(strings.Join(r, "|"), "164.48") || !strings.Contains(strings.Join(r, "|"), "-0.48") {
				t.Errorf("problem row %q: want standard 164.48 and gap -0.48", r)
			}
		}
	}
	if !found {
		t.Errorf("no problem row for the item below standard")
	}
}

// Issue 17, item 5: a total of 108000000001.4815 was stored in a number cell
// as 108000000001.481. Values a number cell cannot hold exactly are text.
func TestXLSXLongNumbersAreText(t *testing.T) {
	c := &scoring.Competition{Title: "t", Rules: scoring.DefaultRules()}
	c.Rules.Decimals = 4
	for i := range 12 {
		w := "9000000000"
		if i == 11 {
			w = "9000000001.4815"
		}
		c.Items = append(c.Items, scoring.Item{ID: fmt.Sprintf("i%d", i), Name: "项", Category: i, Kind: scoring.Direct, Max: dec(t, "1")})
		c.Categories = append(c.Categories, scoring.Category{ID: fmt.Sprintf("c%d", i), Name: "类", Weight: dec(t, w), Items: []int{i}})
	}
	c.Streets = []scoring.Street{{ID: "s", Name: "街道"}}
	c.Scores = c.EmptyScores()
	for i := range c.Items {
		c.Scores[0][i] = slots(t, "1")
	}
	st := scoring.Compute(c)
	if st.Rows[0].Total.String() != "108000000001.4815" {
		t.Fatalf("total %s", st.Rows[0].Total)
	}
	f := exportXLSX(t, st, testOptions())
	defer f.Close()
	texts := 0
	for _, sheet := range []string{"排名", "规则"} {
		rows := rowsOf(t, f, sheet)
		for r, row := range rows {
			for col, v := range row {
				if v != "108000000001.4815" {
					continue
				}
				ref, _ := excelize.CoordinatesToCellName(col+1, r+1)
				if !isTextType(typeAt(t, f, sheet, ref)) {
					t.Errorf("%s!%s holds %s as a number", sheet, ref, v)
				}
				texts++
			}
		}
	}
	if texts < 2 {
		t.Errorf("the total and the full mark were not found as exact text (%d)", texts)
	}
	if !strings.Contains(strings.Join(flatten(rowsOf(t, f, "规则")), "|"), "15 位有效数字") {
		t.Errorf("the 规则 sheet does not explain the text numbers")
	}
	// A number that fits stays a number.
	if !fitsSpreadsheetNumber(scoring.Published{Units: 100000000000000000, Decimals: 2, Valid: true}) ||
		fitsSpreadsheetNumber(scoring.Published{Units: 1080000000014815, Decimals: 4, Valid: true}) {
		t.Errorf("fitsSpreadsheetNumber is wrong")
	}
}

func flatten(rows [][]string) []string {
	var out []string
	for _, r := range rows {
		out = append(out, r...)
	}
	return out
}
