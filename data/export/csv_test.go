package export

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"strconv"
	"strings"
	"testing"

	"golang.org/x/text/encoding/simplifiedchinese"

	"liangsaibi/i18n"
	"liangsaibi/scoring"
)

// readCSV parses an exported UTF-8 CSV, checking and removing the BOM.
func readCSV(t *testing.T, b []byte) [][]string {
	t.Helper()
	if !bytes.HasPrefix(b, []byte(utf8BOM)) {
		t.Fatalf("UTF-8 CSV does not start with a BOM: % x", b[:min(len(b), 8)])
	}
	r := csv.NewReader(bytes.NewReader(b[len(utf8BOM):]))
	recs, err := r.ReadAll()
	if err != nil {
		t.Fatalf("exported CSV does not parse: %v", err)
	}
	return recs
}

func exportCSV(t *testing.T, st *scoring.Standings, o Options) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := CSV(&buf, st, o); err != nil {
		t.Fatalf("CSV: %v", err)
	}
	return buf.Bytes()
}

func TestCSVRoundTripKeepsRanksAndPublishedStrings(t *testing.T) {
	st := testStandings(t)
	recs := readCSV(t, exportCSV(t, st, testOptions()))
	c := st.Comp
	wantCols := colFirstCategory + len(c.Categories) + len(c.Items) + 4
	if len(recs) != len(st.Rows)+1 {
		t.Fatalf("got %d lines, want header + %d streets", len(recs), len(st.Rows))
	}
	head := recs[0]
	if len(head) != wantCols || head[0] != "排名" || head[colStatus] != "状态" || head[colStreet] != "街道" || head[colFirstCategory] != c.Categories[0].Name ||
		head[colFirstCategory+len(c.Categories)] != c.Items[0].Name || head[wantCols-1] != "总分变化" {
		t.Fatalf("header = %q", head)
	}
	for i, rec := range recs[1:] {
		row := st.Rows[i]
		s := c.Streets[row.Street]
		if len(rec) != wantCols {
			t.Fatalf("line %d has %d cells, want %d", i+2, len(rec), wantCols)
		}
		if got := Unneutralize(rec[colStreet]); got != s.Name {
			t.Errorf("line %d street %q, want %q", i+2, got, s.Name)
		}
		wantRank := ""
		if row.Rank > 0 {
			wantRank = strconv.Itoa(row.Rank)
		}
		if rec[colRank] != wantRank {
			t.Errorf("%s: rank %q, want %q", s.ID, rec[colRank], wantRank)
		}
		wantTotal := row.Total.String()
		if !row.Complete {
			wantTotal = "" // no partial total: 待评 N/M in the status column
		}
		if rec[colTotal] != wantTotal {
			t.Errorf("%s: total %q, want %q", s.ID, rec[colTotal], wantTotal)
		}
		for ii, p := range row.Items {
			if got := rec[colFirstCategory+len(c.Categories)+ii]; got != p.String() {
				t.Errorf("%s item %s: %q, want %q", s.ID, c.Items[ii].ID, got, p.String())
			}
		}
		if got := rec[wantCols-3]; got != strconv.Itoa(len(row.Below)) {
			t.Errorf("%s: below-standard count %q, want %d", s.ID, got, len(row.Below))
		}
		switch {
		case !row.Complete && (rec[colTied] != "" || rec[colStatus] != fmt.Sprintf("待评 %d/%d", row.DoneItems, len(c.Items))):
			t.Errorf("%s is incomplete but its tie column says %q, its status %q", s.ID, rec[colTied], rec[colStatus])
		case row.Complete && rec[colStatus] != "":
			t.Errorf("%s is complete but its status says %q", s.ID, rec[colStatus])
		case row.Tied && rec[colTied] != "并列":
			t.Errorf("%s is tied but its tie column says %q", s.ID, rec[colTied])
		case !row.Complete && rec[colBand] != "":
			t.Errorf("%s is incomplete but has band %q", s.ID, rec[colBand])
		}
	}
}

func TestCSVMarksTiesIncompleteAndChanges(t *testing.T) {
	st := testStandings(t)
	recs := readCSV(t, exportCSV(t, st, testOptions()))
	byID := map[string][]string{}
	for i, rec := range recs[1:] {
		byID[st.Comp.Streets[st.Rows[i].Street].ID] = rec
	}
	last := len(recs[0]) - 1
	if got := byID["tongbailu"][last-1]; got != "+1" {
		t.Errorf("rank change of a street that moved up = %q, want +1", got)
	}
	if got := byID["linshanzhai"][last-1]; got != "-1" {
		t.Errorf("rank change of a street that moved down = %q, want -1 (a number, not neutralised)", got)
	}
	if got := byID["tongbailu"][last]; got != "+5.46" {
		t.Errorf("total change = %q, want +5.46", got)
	}
	if byID["linshanzhai"][colRank] != byID["sanguanmiao"][colRank] {
		t.Errorf("tied streets have different ranks")
	}
	if got := byID["xushui"][colRank]; got != "" {
		t.Errorf("incomplete street has rank %q", got)
	}
}

func TestCSVNeutralisesFormulaLikeNames(t *testing.T) {
	st := testStandings(t)
	recs := readCSV(t, exportCSV(t, st, testOptions()))
	for _, rec := range recs {
		for _, col := range []int{colTied, colStreet, colGroup, colBand} {
			if NeedsNeutralizing(rec[col]) {
				t.Errorf("text cell %q starts with a formula trigger", rec[col])
			}
		}
	}
	var found bool
	for _, rec := range recs {
		if strings.HasPrefix(rec[colStreet], "'=HYPERLINK") {
			found = true
			if rec[colGroup] != "'-城乡" {
				t.Errorf("group %q not neutralised", rec[colGroup])
			}
		}
	}
	if !found {
		t.Errorf("the formula-like street name was not written with a leading '")
	}
}

func TestCSVInEnglish(t *testing.T) {
	o := testOptions()
	o.Lang = i18n.En
	recs := readCSV(t, exportCSV(t, testStandings(t), o))
	if recs[0][0] != "Rank" || recs[0][colStatus] != "Status" || recs[0][colStreet] != "Street" {
		t.Errorf("English header = %q", recs[0])
	}
	if got := recs[len(recs)-1][colStatus]; !strings.HasPrefix(got, "pending ") || !strings.Contains(got, "/") {
		t.Errorf("English pending status = %q", got)
	}
}

func TestCSVUsesCRLF(t *testing.T) {
	b := exportCSV(t, testStandings(t), testOptions())
	if n, m := bytes.Count(b, []byte("\r\n")), bytes.Count(b, []byte("\n")); n != m || n == 0 {
		t.Errorf("%d CRLF of %d line ends", n, m)
	}
}

func TestCSVHonoursDecimals(t *testing.T) {
	for _, d := range []int{0, 1, 4} {
		c := testCompetition(t)
		c.Rules.Decimals = d
		c.Rules.Rounding = scoring.HalfEven
		st := scoring.Compute(c)
		recs := readCSV(t, exportCSV(t, st, testOptions()))
		for i, rec := range recs[1:] {
			if !st.Rows[i].Complete {
				continue // no total
			}
			total := rec[colTotal]
			_, frac, hasPoint := strings.Cut(total, ".")
			if (d == 0 && hasPoint) || (d > 0 && len(frac) != d) {
				t.Errorf("decimals %d: total written as %q", d, total)
			}
		}
	}
}

func TestCSVGB18030DecodesToTheSameText(t *testing.T) {
	st := testStandings(t)
	o := testOptions()
	utf := exportCSV(t, st, o)
	o.Encoding = "GB18030"
	gb := exportCSV(t, st, o)
	if bytes.HasPrefix(gb, []byte(utf8BOM)) {
		t.Fatalf("GB18030 output starts with a UTF-8 BOM")
	}
	if bytes.Equal(gb, utf[len(utf8BOM):]) {
		t.Fatalf("GB18030 output is identical to UTF-8: not encoded")
	}
	back, err := simplifiedchinese.GB18030.NewDecoder().Bytes(gb)
	if err != nil {
		t.Fatal(err)
	}
	if string(back) != string(utf[len(utf8BOM):]) {
		t.Errorf("GB18030 export decodes to different text:\n%s\nwant\n%s", back, utf[len(utf8BOM):])
	}
}

func TestCSVGB18030RefusesInvalidTextNamingIt(t *testing.T) {
	c := testCompetition(t)
	c.Streets[0].Name = "桐柏\xff路"
	o := testOptions()
	o.Encoding = "gb18030"
	err := CSV(&bytes.Buffer{}, scoring.Compute(c), o)
	if err == nil || !strings.Contains(err.Error(), "UTF-8") {
		t.Errorf("invalid text in GB18030: err = %v", err)
	}
}

func TestCSVRefusesUnknownEncoding(t *testing.T) {
	o := testOptions()
	o.Encoding = "big5"
	var buf bytes.Buffer
	err := CSV(&buf, testStandings(t), o)
	if err == nil || !strings.Contains(err.Error(), "big5") {
		t.Errorf("unknown encoding: err = %v", err)
	}
	if buf.Len() != 0 {
		t.Errorf("wrote %d bytes before refusing", buf.Len())
	}
}
