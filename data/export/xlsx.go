package export

import (
	"cmp"
	"io"
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/xuri/excelize/v2"

	"liangsaibi/data/seal"
	"liangsaibi/display"
	"liangsaibi/panel"
	"liangsaibi/scoring"
	"liangsaibi/trend"
)

// XLSX writes a workbook with five sheets: 排名 (the ranking, band
// colours), 差距 (the gap heatmap), 问题清单 (each street's below-standard
// items), 原始分 (every judge's score, dropped ones struck through) and 规则
// (the rules used). Scores are number cells whose format shows exactly the
// published decimals; text cells are neutralised against formula injection.
func XLSX(w io.Writer, st *scoring.Standings, opts Options) error {
	return writeXLSX(w, st, opts, false)
}

// writeXLSX is XLSX; viaSetRow writes the rows through excelize's SetRow,
// the reference that the tests compare the rows' own XML with.
func writeXLSX(w io.Writer, st *scoring.Standings, opts Options, viaSetRow bool) error {
	z := newParallelZip() // xlsx_zip.go
	f := excelize.NewFile().SetZipWriter(z.start)
	defer f.Close()
	defer z.wait() // before Close, which drops the sheets being read
	b := &book{f: f, zip: z, st: st, o: opts, styles: map[styleKey]int{}}
	b.xml.viaSetRow = viaSetRow
	// Figures that only read the competition are made on another core
	// while the first sheets are written.
	b.dig = background(func() string { return seal.Digest(st.Comp) })
	b.js = background(func() *panel.Stats { return panel.Compute(st.Comp) })
	if err := f.SetSheetName(f.GetSheetName(0), opts.t("sheet.ranking")); err != nil {
		return err
	}
	writers := []sheetWriter{
		{"sheet.ranking", b.rankingSheet},
		{"sheet.gaps", b.gapSheet},
		{"sheet.problems", b.problemSheet},
		{"sheet.raw", b.rawSheet},
		{"sheet.rules", b.rulesSheet},
	}
	writers = append(writers, b.insightWriters()...)
	for _, s := range writers[1:] {
		if _, err := f.NewSheet(opts.t(s.key)); err != nil {
			return err
		}
	}
	// The largest sheets first: each is deflated on the other core while
	// the next are made (streamSheet), so the largest is not left to the end.
	slices.SortStableFunc(writers, func(x, y sheetWriter) int {
		return cmp.Compare(writeOrder[y.key], writeOrder[x.key])
	})
	for _, s := range writers {
		err := b.streamSheet(opts.t(s.key), 1, "landscape", func(sw *excelize.StreamWriter) error {
			if err := s.write(sw); err != nil {
				return err
			}
			return b.beforeFlush(s.key) // xlsx_insight.go
		})
		if err != nil {
			return err
		}
	}
	if err := b.printSheets(); err != nil { // xlsx_print.go
		return err
	}
	if err := f.SetDocProps(&excelize.DocProperties{
		Title: st.Comp.Title, Creator: "liangsaibi " + opts.version(), Language: opts.Lang.Pick("zh-CN", "en-US"),
	}); err != nil {
		return err
	}
	return f.WriteZipTo(w) // not first into a buffer, as WriteTo does
}

// writeOrder puts the sheets largest at city first (the others keep their
// order): 原始分 has every judge's score, 问题清单 every shortfall.
var writeOrder = map[string]int{"sheet.raw": 2, "sheet.problems": 1}

// streamSheet writes sheet name's rows with write, laid out for print
// (xlsx_print.go), and has its part deflated while the next sheets are made.
func (b *book) streamSheet(name string, titleRows int, orientation string, write func(*excelize.StreamWriter) error) error {
	// A stream writer takes the page setup the sheet has when it starts;
	// the header and footer, which come after the rows, it takes when it
	// is flushed.
	if err := b.pageLayout(name, titleRows, orientation); err != nil {
		return err
	}
	sw, err := b.f.NewStreamWriter(name)
	if err != nil {
		return err
	}
	if err := write(sw); err != nil {
		return err
	}
	if err := b.headerFooter(name); err != nil {
		return err
	}
	if err := sw.Flush(); err != nil {
		return err
	}
	part, r, err := sw.FlushedPart()
	if err != nil {
		return err
	}
	b.zip.deflateEarly(part, r)
	return nil
}

// book is one workbook being written, with its shared styles.
type book struct {
	f      *excelize.File
	zip    *parallelZip
	st     *scoring.Standings
	o      Options
	styles map[styleKey]int
	js     func() *panel.Stats // the judges' figures (xlsx_insight.go)
	tr     *trend.Trend        // nil when the file names no earlier round
	// chartRow is the trend chart's row on 趋势
	chartRow int
	dig      func() string // the competition's digest (xlsx_print.go)
	xml      rowXML        // the rows' XML being written (xlsx_rows.go)
	// the looks used last (style)
	recent     [8]recentStyle
	nextRecent int
}

// background starts f on another goroutine; the function returned waits
// for its value.
func background[T any](f func() T) func() T {
	done := make(chan T, 1)
	go func() { done <- f() }()
	return sync.OnceValue(func() T { return <-done })
}

// styleKey is everything a cell style here can vary by.
type styleKey struct {
	numFmt string // "" for General
	fill   string // RGB hex, "" for none
	font   string // RGB hex, "" for default
	bold   bool
	strike bool
	wrap   bool
	// for printed sheets (xlsx_print.go)
	size           float64 // font size; 0 for the default
	center, border bool
}

// style is the id of a style, made once per workbook. The last few looks
// are remembered: a sheet's rows repeat a handful of them half a million
// times, and comparing keys is cheaper than hashing them.
func (b *book) style(k styleKey) (int, error) {
	for _, r := range &b.recent {
		if r.ok && r.k == k {
			return r.id, nil
		}
	}
	id, err := b.newStyle(k)
	if err == nil {
		b.recent[b.nextRecent] = recentStyle{k, id, true}
		b.nextRecent = (b.nextRecent + 1) % len(b.recent)
	}
	return id, err
}

// recentStyle is a look used lately, and its id.
type recentStyle struct {
	k  styleKey
	id int
	ok bool
}

func (b *book) newStyle(k styleKey) (int, error) {
	if id, ok := b.styles[k]; ok {
		return id, nil
	}
	s := &excelize.Style{}
	if k.numFmt != "" {
		f := k.numFmt
		s.CustomNumFmt = &f
	}
	if k.fill != "" {
		s.Fill = excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{k.fill}}
	}
	if k.font != "" || k.bold || k.strike || k.size > 0 {
		s.Font = &excelize.Font{Bold: k.bold, Strike: k.strike, Color: k.font, Size: k.size}
	}
	if k.wrap || k.center {
		s.Alignment = &excelize.Alignment{WrapText: k.wrap, Vertical: "center"}
		if k.center {
			s.Alignment.Horizontal = "center"
		}
	}
	if k.border {
		for _, side := range []string{"left", "right", "top", "bottom"} {
			s.Border = append(s.Border, excelize.Border{Type: side, Color: "808080", Style: 1})
		}
	}
	id, err := b.f.NewStyle(s)
	if err != nil {
		return 0, err
	}
	b.styles[k] = id
	return id, nil
}

// Colours of the sheets.
const (
	headerFill = "D9E1F2"
	belowFill  = "FFC7CE" // below standard
	belowFont  = "9C0006"
	atFill     = "E2EFDA" // exactly at the standard
	aboveFill  = "C6EFCE" // above the standard
	missFill   = "D9D9D9" // no score yet
	greyFont   = "808080"
)

// bandPalette runs from the best band (green) to the worst (red).
var bandPalette = []string{"C6EFCE", "DDEBF7", "FFEB9C", "FFC7CE"}

// bandFill is the colour of band i of n, spread over the palette.
func bandFill(i, n int) string {
	if i < 0 {
		return ""
	}
	if n <= 1 {
		return bandPalette[0]
	}
	last := len(bandPalette) - 1
	return bandPalette[(i*last+(n-1)/2)/(n-1)]
}

// scoreFormats are scoreFormat's answers for every number of decimals a
// score can have, made once: [decimals][signed].
var scoreFormats = func() (t [scoring.MaxDecimals + 1][2]string) {
	for d := range t {
		t[d] = [2]string{makeScoreFormat(d, false), makeScoreFormat(d, true)}
	}
	return t
}()

// scoreFormat shows exactly d decimals: "0", "0.00"; signed adds "+".
func scoreFormat(d int, signed bool) string {
	if d >= 0 && d < len(scoreFormats) {
		return scoreFormats[d][boolInt(signed)]
	}
	return makeScoreFormat(d, signed)
}

func makeScoreFormat(d int, signed bool) string {
	f := "0"
	if d > 0 {
		f += "." + strings.Repeat("0", d)
	}
	if signed {
		return "+" + f + ";-" + f + ";" + f
	}
	return f
}

// spreadsheetDigits is how many significant digits a number cell of Excel
// or WPS holds exactly.
const spreadsheetDigits = 15

// fitsSpreadsheetNumber reports whether a number cell can hold p exactly:
// at most 15 significant digits (trailing zeros do not count).
func fitsSpreadsheetNumber(p scoring.Published) bool {
	u := p.Units
	if u < 0 {
		u = -u
	}
	for u != 0 && u%10 == 0 {
		u /= 10
	}
	return 0 <= u && u < 1_000_000_000_000_000 // 10^15: at most 15 digits (spreadsheetDigits)
}

// xval is a table cell as the workbook holds it: a style and a text, a
// number or nothing (a styled empty cell).
type xval struct {
	style int
	kind  cellKind // emptyCell, textCell, or a number: scoreCell, intCell
	text  string   // before xlsxText, unless plain
	plain bool     // text is written as it is (an exact score as text)
	xml   string   // the text's cell XML after the attributes, when known
	score scoring.Published
	n     int
}

// xcell decides how a table cell is written with the given look. Scores
// become numbers that read exactly as published (their number format shows
// the published decimals).
func (b *book) xcell(c cell, k styleKey) (xval, error) {
	x := xval{kind: c.kind}
	switch c.kind {
	case textCell:
		x.text = c.text
	case scoreCell:
		if !fitsSpreadsheetNumber(c.score) {
			// A spreadsheet number keeps 15 significant digits: write the
			// exact published value as text instead (the 规则 sheet says so).
			x.kind, x.text, x.plain = textCell, c.score.String(), true
			if c.signed {
				x.text = c.score.Signed()
			}
			k.numFmt = "@"
			break
		}
		x.score = c.score
		k.numFmt = scoreFormat(int(c.score.Decimals), c.signed)
	case intCell:
		x.n = c.n
		k.numFmt = "0"
		if c.signed {
			k.numFmt = "+0;-0;0"
		}
	}
	var err error
	x.style, err = b.style(k)
	return x, err
}

// value is x's value as excelize takes it in SetCellValue.
func (x xval) value() any {
	switch x.kind {
	case textCell:
		if x.plain {
			return x.text
		}
		return xlsxText(x.text)
	case scoreCell:
		n, _ := strconv.ParseFloat(x.score.String(), 64) // at most 15 digits: exact
		return n
	case intCell:
		return x.n
	}
	return nil
}

// row writes cells with one look into sheet row r (1-based).
func (b *book) row(sw *excelize.StreamWriter, r int, cells []cell, k styleKey) error {
	x := b.startRow(r)
	for _, c := range cells {
		if err := x.add(c, k); err != nil {
			return err
		}
	}
	return x.write(sw)
}

// header writes a bold, shaded header row.
func (b *book) header(sw *excelize.StreamWriter, r int, cells []cell) error {
	return b.row(sw, r, cells, styleKey{fill: headerFill, bold: true, wrap: true})
}

// freeze keeps the first rows and columns in view while scrolling.
func freeze(sw *excelize.StreamWriter, cols, rows int) error {
	pane := "bottomLeft"
	if cols > 0 {
		pane = "bottomRight"
	}
	if rows == 0 {
		pane = "topRight"
	}
	tl := cellName(cols+1, rows+1)
	return sw.SetPanes(&excelize.Panes{
		Freeze: true, XSplit: cols, YSplit: rows, TopLeftCell: tl, ActivePane: pane,
		Selection: []excelize.Selection{{SQRef: tl, ActiveCell: tl, Pane: pane}},
	})
}

func cellName(col, row int) string {
	n, _ := excelize.CoordinatesToCellName(col, row)
	return n
}

// xlsxText is a text as a workbook can hold it: XML cannot carry control
// characters, so they become visible escapes (names from a checked file
// never hold any), then formula triggers are neutralised.
func xlsxText(s string) string { return Neutralize(display.Sanitize(s)) }

// texts is a row of text cells.
func texts(ss ...string) []cell {
	out := make([]cell, len(ss))
	for i, s := range ss {
		out[i] = text(s)
	}
	return out
}
