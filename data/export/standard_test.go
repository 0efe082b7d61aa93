package export

import (
	"strings"
	"testing"

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
