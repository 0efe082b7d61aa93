package sheet

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"liangsaibi/data"
	"liangsaibi/i18n"
	"liangsaibi/scoring"
)

func demo(t testing.TB) *scoring.Competition {
	t.Helper()
	doc, err := data.Demo()
	if err != nil {
		t.Fatal(err)
	}
	return doc.Comp
}

// write makes a sheet in format "csv" or "xlsx".
func write(t testing.TB, c *scoring.Competition, req Request, format string) []byte {
	t.Helper()
	var b bytes.Buffer
	var err error
	if format == "xlsx" {
		err = WriteXLSX(&b, c, req, WriteOptions{})
	} else {
		err = WriteCSV(&b, c, req, WriteOptions{})
	}
	if err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// edit sets cells (by reference, e.g. "C10") of a sheet as a person would
// in a spreadsheet: numbers as numbers in an XLSX, text otherwise.
func edit(t testing.TB, raw []byte, format string, cells map[string]string) []byte {
	t.Helper()
	if format == "xlsx" {
		f, err := excelize.OpenReader(bytes.NewReader(raw))
		if err != nil {
			t.Fatal(err)
		}
		name := f.GetSheetList()[0]
		for ref, v := range cells {
			if _, err := scoring.ParseDec(v); err == nil {
				f.SetCellValue(name, ref, mustFloat(t, v))
			} else {
				f.SetCellStr(name, ref, v)
			}
		}
		var b bytes.Buffer
		if _, err := f.WriteTo(&b); err != nil {
			t.Fatal(err)
		}
		return b.Bytes()
	}
	recs, err := readCSVRecords(raw)
	if err != nil {
		t.Fatal(err)
	}
	for ref, v := range cells {
		c, r, err := excelize.CellNameToCoordinates(ref)
		if err != nil {
			t.Fatal(err)
		}
		for len(recs) < r {
			recs = append(recs, nil)
		}
		for len(recs[r-1]) < c {
			recs[r-1] = append(recs[r-1], "")
		}
		recs[r-1][c-1] = v
	}
	var b bytes.Buffer
	b.WriteString("\uFEFF")
	w := csv.NewWriter(&b)
	w.WriteAll(recs)
	return b.Bytes()
}

// readCSVRecords reads a CSV keeping blank lines as empty rows, as a
// spreadsheet does.
func readCSVRecords(raw []byte) ([][]string, error) {
	tb, ps := readTable("edit", raw, "")
	if len(ps) > 0 {
		return nil, ps
	}
	out := make([][]string, len(tb))
	for r, row := range tb {
		for _, c := range row {
			out[r] = append(out[r], c.text)
		}
	}
	return out, nil
}

func mustFloat(t testing.TB, s string) float64 {
	var f float64
	if _, err := fmtSscan(s, &f); err != nil {
		t.Fatal(err)
	}
	return f
}

// problemText is every problem in Chinese, one per line.
func problemText(ps Problems) string { return strings.Join(ps.Lines(i18n.Zh), "\n") }

// cleared is c with the given (street, item, judge) slots emptied.
func cleared(c *scoring.Competition, slots [][3]int) *scoring.Competition {
	for _, s := range slots {
		c = c.WithSlot(s[0], s[1], s[2], scoring.Slot{})
	}
	return c
}

func fmtSscan(s string, f *float64) (int, error) { return fmt.Sscan(s, f) }
