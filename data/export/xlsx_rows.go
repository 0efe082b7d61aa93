package export

import (
	"strconv"

	"github.com/xuri/excelize/v2"

	"liangsaibi/scoring"
)

// The rows of every sheet are rendered here as the XML that excelize's
// StreamWriter.SetRow would write, and handed to SetRowXML (a method of
// the patched copy, third_party/excelize/PATCHES.md). SetRow boxed each
// value, named each cell, escaped each text and allocated several times
// per cell: half of a city's export, whose 原始分 sheet alone has half a
// million cells. Here a text is escaped once per workbook, a column's
// letters are made once, and a row is appended to one reused buffer.
// TestRowXMLEqualsSetRow checks the XML is SetRow's, byte for byte.

// rowXML is the buffer and the caches of the rows being written.
type rowXML struct {
	buf    []byte
	row    int
	rowRef []byte            // the row's number, as cell names end
	col    int               // the next cell's column, 1-based
	cols   []string          // column letters: cols[i] names column i+1
	styles []string          // styles[id] is ` s="id"` (and "" for 0)
	texts  map[string]string // a text → its cell's XML after the attributes

	viaSetRow bool  // tests: write through SetRow instead (writeXLSX)
	vals      []any // the row's values for SetRow
}

// xrow is the row being rendered (one at a time per workbook).
type xrow struct{ b *book }

// startRow begins row r (1-based) at column A.
func (b *book) startRow(r int) xrow {
	x := &b.xml
	x.buf, x.row, x.col, x.vals = x.buf[:0], r, 1, x.vals[:0]
	x.rowRef = strconv.AppendInt(x.rowRef[:0], int64(r), 10)
	return xrow{b}
}

// add appends a table cell with the given look.
func (w xrow) add(c cell, k styleKey) error {
	v, err := w.b.xcell(c, k)
	if err != nil {
		return err
	}
	w.put(v)
	return nil
}

// skip leaves the next column without a cell (SetRow's nil value).
func (w xrow) skip() {
	x := &w.b.xml
	if x.viaSetRow {
		x.vals = append(x.vals, nil)
	}
	x.col++
}

// put appends a decided cell: a styled empty cell, a text or a number.
func (w xrow) put(v xval) {
	x := &w.b.xml
	if x.viaSetRow {
		x.vals = append(x.vals, excelize.Cell{StyleID: v.style, Value: v.value()})
		x.col++
		return
	}
	x.startCell(v.style)
	switch v.kind {
	case textCell:
		x.buf = append(x.buf, x.text(v)...)
	case scoreCell:
		x.buf = append(x.buf, `><v>`...)
		x.buf = appendPublished(x.buf, v.score)
		x.buf = append(x.buf, `</v>`...)
	case intCell:
		x.buf = append(x.buf, `><v>`...)
		x.buf = strconv.AppendInt(x.buf, int64(v.n), 10)
		x.buf = append(x.buf, `</v>`...)
	default:
		x.buf = append(x.buf, '>')
	}
	x.buf = append(x.buf, `</c>`...)
	x.col++
}

// number appends a plain number cell: a judge's score as written in the
// file.
func (w xrow) number(d scoring.Dec, style int) {
	x := &w.b.xml
	if x.viaSetRow {
		n, _ := strconv.ParseFloat(d.String(), 64) // a Dec's string is a plain decimal
		x.vals = append(x.vals, excelize.Cell{StyleID: style, Value: n})
		x.col++
		return
	}
	x.startCell(style)
	x.buf = append(x.buf, `><v>`...)
	x.buf = appendDec(x.buf, d)
	x.buf = append(x.buf, `</v></c>`...)
	x.col++
}

// write hands the row to the sheet's stream.
func (w xrow) write(sw *excelize.StreamWriter) error {
	if x := &w.b.xml; x.viaSetRow {
		return sw.SetRow(cellName(1, x.row), x.vals)
	}
	return sw.SetRowXML(w.b.xml.row, w.b.xml.buf)
}

// startCell appends the next cell's start tag up to its attributes' end:
// `<c r="B12" s="3"`.
func (x *rowXML) startCell(style int) {
	x.buf = append(x.buf, `<c r="`...)
	x.buf = append(x.buf, x.colName(x.col)...)
	x.buf = append(x.buf, x.rowRef...)
	x.buf = append(x.buf, '"')
	x.buf = append(x.buf, x.styleAttr(style)...)
}

// styleAttr is a cell's style attribute, made once per style.
func (x *rowXML) styleAttr(id int) string {
	for len(x.styles) <= id {
		a := ""
		if n := len(x.styles); n != 0 {
			a = ` s="` + strconv.Itoa(n) + `"`
		}
		x.styles = append(x.styles, a)
	}
	return x.styles[id]
}

// colName is the letters of column col, made once.
func (x *rowXML) colName(col int) string {
	for len(x.cols) < col {
		x.cols = append(x.cols, colName(len(x.cols)+1))
	}
	return x.cols[col-1]
}

// text is a text cell's XML after its attributes, escaped once per text.
func (x *rowXML) text(v xval) string {
	if v.xml != "" {
		return v.xml
	}
	if v.plain {
		return excelize.CellInlineStrXML(v.text) // a rare exact score as text
	}
	if s, ok := x.texts[v.text]; ok {
		return s
	}
	if x.texts == nil {
		x.texts = map[string]string{}
	}
	s := excelize.CellInlineStrXML(xlsxText(v.text))
	x.texts[v.text] = s
	return s
}

// appendPublished appends p as SetRow writes the number parsed from
// p.String(): the shortest form, without trailing zeros. p has at most 15
// significant digits (fitsSpreadsheetNumber), so the float is exact.
func appendPublished(dst []byte, p scoring.Published) []byte {
	u := p.Units
	if u < 0 {
		dst = append(dst, '-')
		u = -u
	}
	d := int(p.Decimals)
	var digits [24]byte
	s := strconv.AppendInt(digits[:0], u, 10)
	for len(s) <= d {
		s = append([]byte{'0'}, s...)
	}
	whole, frac := s[:len(s)-d], s[len(s)-d:]
	for len(frac) > 0 && frac[len(frac)-1] == '0' {
		frac = frac[:len(frac)-1]
	}
	dst = append(dst, whole...)
	if len(frac) > 0 {
		dst = append(dst, '.')
		dst = append(dst, frac...)
	}
	return dst
}

// appendDec appends a judge's score as SetRow writes the number parsed
// from its string: the string itself when it has at most 15 significant
// digits (then the float is exact), else excelize's own rounding.
func appendDec(dst []byte, d scoring.Dec) []byte {
	at := len(dst)
	dst = d.Append(dst)
	if significantDigits(dst[at:]) <= spreadsheetDigits {
		return dst
	}
	n, _ := strconv.ParseFloat(string(dst[at:]), 64)
	return append(dst[:at], excelize.FormatCellFloat(n)...)
}

// significantDigits counts the digits of a decimal string from its first
// non-zero one.
func significantDigits(s []byte) int {
	n := 0
	for _, c := range s {
		if c >= '1' && c <= '9' || c == '0' && n > 0 {
			n++
		}
	}
	return n
}
