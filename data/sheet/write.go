package sheet

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/xuri/excelize/v2"
	"golang.org/x/text/encoding/simplifiedchinese"

	"liangsaibi/data/export"
	"liangsaibi/display"
	"liangsaibi/i18n"
	"liangsaibi/scoring"
)

var errIndex = errors.New("sheet: no such judge or street")

// WriteOptions say how to write a sheet.
type WriteOptions struct {
	Lang     i18n.Lang
	Encoding string // CSV only: "" or "utf-8" (with a BOM), or "gb18030"
}

// WriteCSV writes the sheet as CSV: UTF-8 with a BOM (or GB18030), CRLF,
// text cells neutralised against formula injection.
func WriteCSV(w io.Writer, c *scoring.Competition, req Request, opts WriteOptions) error {
	g, err := build(c, req, opts.Lang)
	if err != nil {
		return err
	}
	var buf bytes.Buffer
	cw := csv.NewWriter(&buf)
	cw.UseCRLF = true
	for _, row := range g.rows {
		rec := make([]string, len(row))
		for i, cell := range row {
			rec[i] = cell.csv()
		}
		if err := cw.Write(rec); err != nil {
			return err
		}
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		return err
	}
	switch strings.ToLower(opts.Encoding) {
	case "", "utf-8", "utf8":
		_, err = w.Write(append([]byte("\uFEFF"), buf.Bytes()...))
	case "gb18030":
		var out []byte
		if out, err = simplifiedchinese.GB18030.NewEncoder().Bytes(buf.Bytes()); err != nil {
			return fmt.Errorf("GB18030: %w", err)
		}
		_, err = w.Write(out)
	default:
		return fmt.Errorf("sheet: unknown encoding %q", opts.Encoding)
	}
	return err
}

func (c wcell) csv() string {
	if c.num {
		return c.text
	}
	return export.Neutralize(display.Sanitize(c.text))
}

// Colours: labels shaded, reference cells grey, the cells to fill pale yellow.
const (
	labelFill = "D9E1F2"
	metaFont  = "808080"
	valueFill = "FFF2CC"
)

// WriteXLSX writes the sheet as an Excel workbook with one worksheet: the
// header rows and name columns frozen, values as number cells, value cells
// validated and everything else protected, printed on one A4 page (guard).
func WriteXLSX(w io.Writer, c *scoring.Competition, req Request, opts WriteOptions) error {
	g, err := build(c, req, opts.Lang)
	if err != nil {
		return err
	}
	f := excelize.NewFile()
	defer f.Close()
	name := messages.T(opts.Lang, "kind."+itoa(int(req.Kind)))
	if err := f.SetSheetName(f.GetSheetName(0), name); err != nil {
		return err
	}
	styles, err := newStyles(f)
	if err != nil {
		return err
	}
	for r, row := range g.rows {
		for col, cell := range row {
			ref, _ := excelize.CoordinatesToCellName(col+1, r+1)
			if err := setCell(f, name, ref, cell); err != nil {
				return err
			}
			if st := styles[cell.role]; st != 0 && (cell.text != "" || cell.role == value) {
				if err := f.SetCellStyle(name, ref, ref, st); err != nil {
					return err
				}
			}
		}
	}
	lay := layoutOf(req.Kind)
	last, _ := excelize.ColumnNumberToName(max(lay.firstCol+1, len(g.rows[headerRow])))
	if err := f.SetColWidth(name, "A", "A", 18); err != nil {
		return err
	}
	if err := f.SetColWidth(name, "B", last, 12); err != nil {
		return err
	}
	// Spreadsheets do not grow a row for wrapped text on opening: give the
	// header the lines its longest name needs (about 5 Chinese characters
	// to a line of a 12-wide column).
	lines := 1
	for col, cell := range g.rows[headerRow] {
		room := 10
		if col == 0 {
			room = 16
		}
		lines = max(lines, (display.Width(cell.text)+room-1)/room)
	}
	if err := f.SetRowHeight(name, headerRow+1, float64(15*min(lines, 4))); err != nil {
		return err
	}
	top, _ := excelize.CoordinatesToCellName(lay.firstCol+1, lay.dataStart+1)
	if err := f.SetPanes(name, &excelize.Panes{Freeze: true, XSplit: lay.firstCol, YSplit: lay.dataStart,
		TopLeftCell: top, ActivePane: "bottomRight"}); err != nil {
		return err
	}
	if err := guard(f, name, g, c, req, opts.Lang); err != nil {
		return err
	}
	if err := f.SetDocProps(&excelize.DocProperties{Title: c.Title, Creator: "liangsaibi"}); err != nil {
		return err
	}
	_, err = f.WriteTo(w)
	return err
}

func setCell(f *excelize.File, sheet, ref string, cell wcell) error {
	if cell.num {
		v, err := strconv.ParseFloat(cell.text, 64) // at most 6 decimals: the shortest form reads back exactly
		if err != nil {
			return err
		}
		return f.SetCellFloat(sheet, ref, v, -1, 64)
	}
	if cell.text == "" {
		return nil
	}
	return f.SetCellStr(sheet, ref, export.Neutralize(display.Sanitize(cell.text)))
}

func newStyles(f *excelize.File) (map[role]int, error) {
	out := map[role]int{}
	for r, s := range map[role]*excelize.Style{
		label: {Font: &excelize.Font{Bold: true}, Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{labelFill}},
			Alignment: &excelize.Alignment{WrapText: true, Vertical: "center"}},
		meta: {Font: &excelize.Font{Color: metaFont}},
		value: {Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{valueFill}},
			Alignment:  &excelize.Alignment{Horizontal: "center"}, // 7.5 and 回避 side by side read as one
			Protection: &excelize.Protection{Locked: false}},      // the only cells a protected sheet lets people change
	} {
		id, err := f.NewStyle(s)
		if err != nil {
			return nil, err
		}
		out[r] = id
	}
	return out, nil
}
