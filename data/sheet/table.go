package sheet

import (
	"bytes"
	"encoding/csv"
	"errors"
	"io"
	"math"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/xuri/excelize/v2"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/width"

	"liangsaibi/data/export"
)

// MaxSheetSize is the largest sheet file read; a score sheet is a few KiB.
const MaxSheetSize = 16 << 20

// rcell is one cell as read: its text, and whether a spreadsheet stored it
// as a number (then its text may carry binary floating-point noise).
type rcell struct {
	text    string
	number  bool
	formula bool
}

// table is a sheet's cells, row by row (0-based).
type table [][]rcell

func (t table) at(r, c int) rcell {
	if r < 0 || r >= len(t) || c < 0 || c >= len(t[r]) {
		return rcell{}
	}
	return t[r][c]
}

func (t table) text(r, c int) string { return t.at(r, c).text }

// filled reports a cell with a value or a formula (which may have none).
func (t table) filled(r, c int) bool { rc := t.at(r, c); return rc.text != "" || rc.formula }

// isXLSX tells a workbook (a zip archive) from a CSV by its first bytes.
func isXLSX(raw []byte) bool { return bytes.HasPrefix(raw, []byte("PK\x03\x04")) }

// readTable reads a CSV or XLSX sheet. Text cells lose the ' that
// neutralisation put in front, and surrounding spaces.
func readTable(name string, raw []byte, encoding string) (table, Problems) {
	file := Loc{File: name}
	var ps Problems
	if len(raw) > MaxSheetSize {
		add(&ps, file, "p.read", ">16 MiB")
		return nil, ps
	}
	var t table
	var err error
	if isXLSX(raw) {
		if t, err = readXLSX(raw); err != nil {
			add(&ps, file, "p.xlsx")
			return nil, ps
		}
		return t, nil
	}
	text, key := decodeCSV(raw, encoding)
	if key != "" {
		add(&ps, file, key)
		return nil, ps
	}
	r := csv.NewReader(strings.NewReader(text))
	r.FieldsPerRecord = -1
	r.LazyQuotes = true // hand-edited sheets have bare quotes in names
	next := 1           // the line the next row starts on
	for {
		rec, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			var pe *csv.ParseError
			l := file
			if errors.As(err, &pe) {
				l.Row, l.Col = pe.StartLine, 0
				err = pe.Err
			}
			add(&ps, l, "p.csv")
			return nil, ps
		}
		// The reader skips blank lines, but each is a row in a spreadsheet.
		line, _ := r.FieldPos(0)
		for ; next < line; next++ {
			t = append(t, nil)
		}
		row := make([]rcell, len(rec))
		for i, s := range rec {
			row[i] = rcell{text: cleanText(s)}
			next += strings.Count(s, "\n")
		}
		t = append(t, row)
		next++
	}
	return t, nil
}

// decodeCSV turns the bytes into UTF-8 text; a problem key when it cannot.
func decodeCSV(raw []byte, encoding string) (string, string) {
	if strings.EqualFold(encoding, "gb18030") {
		if bytes.HasPrefix(raw, []byte("\uFEFF")) { // saved as UTF-8 after all
			return string(raw[3:]), ""
		}
		out, err := simplifiedchinese.GB18030.NewDecoder().Bytes(raw)
		if err != nil {
			return "", "p.gb18030"
		}
		return string(out), ""
	}
	raw = bytes.TrimPrefix(raw, []byte("\uFEFF"))
	if !utf8.Valid(raw) {
		return "", "p.notUTF8"
	}
	return string(raw), ""
}

// cleanText undoes neutralisation and trims spaces (also full-width ones).
func cleanText(s string) string {
	return strings.TrimSpace(export.Unneutralize(strings.TrimSpace(s)))
}

// readXLSX reads the first worksheet with raw values (no number formats).
func readXLSX(raw []byte) (t table, err error) {
	defer func() {
		if r := recover(); r != nil { // a hostile workbook must not crash the import
			err = errors.New("damaged workbook")
		}
	}()
	f, err := excelize.OpenReader(bytes.NewReader(raw), excelize.Options{UnzipSizeLimit: 64 << 20, UnzipXMLSizeLimit: 16 << 20})
	if err != nil {
		return nil, err
	}
	defer f.Close()
	sheets := f.GetSheetList()
	if len(sheets) == 0 {
		return nil, errors.New("no worksheet")
	}
	name := sheets[0]
	rows, err := f.GetRows(name, excelize.Options{RawCellValue: true})
	if err != nil {
		return nil, err
	}
	for r, rec := range rows {
		row := make([]rcell, len(rec))
		for c, s := range rec {
			ref, _ := excelize.CoordinatesToCellName(c+1, r+1)
			if s == "" { // a formula never calculated has no value: not a blank
				formula, _ := f.GetCellFormula(name, ref)
				row[c].formula = formula != ""
				continue
			}
			typ, _ := f.GetCellType(name, ref)
			formula, _ := f.GetCellFormula(name, ref)
			cell := rcell{formula: formula != ""}
			if typ == excelize.CellTypeUnset || typ == excelize.CellTypeNumber {
				cell.number, cell.text = true, strings.TrimSpace(s)
			} else {
				cell.text = cleanText(s)
			}
			row[c] = cell
		}
		t = append(t, row)
	}
	return t, nil
}

// numberText is the decimal a person typed into a number cell. Excel
// stores a binary double and may write it with 17 digits ("18.300000000000001");
// the shortest text that reads back as the same double is what was typed.
// The double is only converted, never computed with.
func numberText(s string) string {
	if !strings.ContainsAny(s, "eE") {
		if _, frac, ok := strings.Cut(s, "."); !ok || len(frac) <= 6 {
			return s
		}
	}
	f, err := strconv.ParseFloat(s, 64)
	if err != nil || math.IsInf(f, 0) || math.IsNaN(f) {
		return s
	}
	return strconv.FormatFloat(f, 'f', -1, 64)
}

// normalize maps full-width digits, points and signs to ASCII, as Chinese
// input methods sometimes type them.
// ASCII is left as it is without the transformer (which allocates for
// every cell of a city sheet): it maps nothing below U+0080.
func normalize(s string) string {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return width.Narrow.String(s)
		}
	}
	return s
}
