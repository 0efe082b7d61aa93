package export

import (
	"strconv"
	"strings"
	"unicode/utf16"

	"github.com/xuri/excelize/v2"

	"liangsaibi/data/seal"
	"liangsaibi/display"
	"liangsaibi/scoring"
)

// Printing: every sheet prints on A4 landscape, one page wide, its header
// rows repeated on every page, page numbers and the digest (校验码) in the
// footer. 公示 is the ranking for posting and signing; one 评分确认单 per
// judge lists that judge's own scores for the judge to sign.

// maxConfirmCells bounds the judges' confirmation sheets (judges ×
// streets): a city-sized file gets none rather than a huge workbook.
const maxConfirmCells = 20_000

// a4 is the paper size code of A4 in SpreadsheetML.
const a4 = 9

// digest is the short digest every printed page carries.
func (b *book) digest() string { return b.dig() }

// printSetup makes sheet print well: A4 landscape, fit to one page wide,
// rows 1..titleRows repeated on each page, the digest and page numbers in
// the footer, the title in the header.
func (b *book) printSetup(sheet string, titleRows int) error {
	return b.pageSetup(sheet, titleRows, "landscape")
}

// pageSetup is printSetup with the page's orientation.
func (b *book) pageSetup(sheet string, titleRows int, orientation string) error {
	if err := b.pageLayout(sheet, titleRows, orientation); err != nil {
		return err
	}
	return b.headerFooter(sheet)
}

// pageLayout is pageSetup without the header and footer: all that a stream
// writer takes when it starts (XLSX adds those before the stream's Flush,
// once the digest made on another core is ready).
func (b *book) pageLayout(sheet string, titleRows int, orientation string) error {
	f := b.f
	size, land, wide, tall, fit := a4, orientation, 1, 0, true
	if err := f.SetSheetProps(sheet, &excelize.SheetPropsOptions{FitToPage: &fit}); err != nil {
		return err
	}
	if err := f.SetPageLayout(sheet, &excelize.PageLayoutOptions{Size: &size, Orientation: &land,
		FitToWidth: &wide, FitToHeight: &tall}); err != nil {
		return err
	}
	if titleRows > 0 {
		return f.SetDefinedName(&excelize.DefinedName{Name: "_xlnm.Print_Titles", Scope: sheet,
			RefersTo: "'" + strings.ReplaceAll(sheet, "'", "''") + "'!$1:$" + itoa(titleRows)})
	}
	return nil
}

// headerFooter puts the title in the page header, and the digest, page
// numbers and export time in the footer.
func (b *book) headerFooter(sheet string) error {
	o := b.o
	footer := "&L" + hf(o.t("print.digest", seal.Short(b.digest()))) + "&C" + o.t("print.page") +
		"&R" + hf(o.exportedAt())
	return b.f.SetHeaderFooter(sheet, &excelize.HeaderFooterOptions{
		OddHeader: "&C" + hf(b.st.Comp.Title), OddFooter: footer})
}

// hf is text for a page header or footer: & starts a code there.
func hf(s string) string {
	return strings.ReplaceAll(display.Sanitize(s), "&", "&&")
}

// noticeSheet is 公示: title, round, organizer and date, the final ranking,
// the digest and how to check it, and the lines to sign.
func (b *book) noticeSheet() error {
	name := b.o.t("sheet.notice")
	if _, err := b.f.NewSheet(name); err != nil {
		return err
	}
	return b.streamSheet(name, 3, "portrait", b.writeNotice)
}

func (b *book) writeNotice(sw *excelize.StreamWriter) error {
	st, o := b.st, b.o
	c := st.Comp
	cols := []string{o.t("col.rank"), o.t("col.street"), o.t("col.total"), o.t("col.band"), o.t("col.status")}
	last := colName(len(cols))
	title, _ := b.style(styleKey{bold: true, size: 16, center: true, wrap: true})
	sub, _ := b.style(styleKey{center: true, wrap: true})
	head, _ := b.style(styleKey{fill: headerFill, bold: true, border: true, center: true})
	for i, w := range []float64{10, 30, 14, 12, 14} {
		if err := sw.SetColWidth(i+1, i+1, w); err != nil {
			return err
		}
	}
	// line is a text across the columns (merged, every cell styled).
	line := func(r int, text any, style int, height float64) error {
		if err := sw.MergeCell("A"+itoa(r), last+itoa(r)); err != nil {
			return err
		}
		vals := make([]any, len(cols))
		for i := range vals {
			vals[i] = excelize.Cell{StyleID: style}
		}
		vals[0] = excelize.Cell{StyleID: style, Value: text}
		return sw.SetRow("A"+itoa(r), vals, excelize.RowOpts{Height: height})
	}
	if err := line(1, xlsxText(c.Title+" "+o.t("print.notice_title")), title, 48); err != nil {
		return err
	}
	var meta []string
	for _, s := range []string{c.Round, c.Organizer, c.Date} {
		if s != "" {
			meta = append(meta, s)
		}
	}
	if err := line(2, xlsxText(strings.Join(meta, "　")), sub, 0); err != nil {
		return err
	}
	heads := make([]any, len(cols))
	for i, h := range cols {
		heads[i] = excelize.Cell{StyleID: head, Value: h}
	}
	if err := sw.SetRow("A3", heads); err != nil {
		return err
	}
	r := 4
	for _, row := range st.Rows {
		pending := !row.Complete || row.Rank == 0
		cells := []cell{integer(row.Rank), text(c.Streets[row.Street].Name), score(row.Total), {}, text(o.t("print.final"))}
		if bd := st.Band(row); bd != nil && !pending {
			cells[3] = text(bd.Name)
		}
		switch {
		case pending:
			cells[0], cells[2], cells[4] = cell{}, cell{}, text(Progress(st, row, o.Lang))
		case row.Tied:
			cells[4] = text(o.t("mark.tied"))
		}
		if err := b.row(sw, r, cells, styleKey{border: true, center: true}); err != nil {
			return err
		}
		r++
	}
	r++
	if err := line(r, xlsxText(o.t("print.digest_full", seal.Short(b.digest()), b.digest())), sub, 32); err != nil {
		return err
	}
	if err := line(r+1, xlsxText(o.t("print.check", seal.Short(b.digest()))), sub, 32); err != nil {
		return err
	}
	// the lines officials sign: 统计人、复核人、监督人、日期
	wrap, _ := b.style(styleKey{wrap: true})
	return line(r+3, o.t("print.sign"), wrap, 48)
}

// confirmSheets are the 评分确认单: one per judge, that judge's own scores
// for every street and judged item, with the line the judge signs.
func (b *book) confirmSheets() error {
	c, o := b.st.Comp, b.o
	if len(c.Judges)*len(c.Streets) > maxConfirmCells {
		return nil
	}
	var items []int
	for i := range c.Items {
		if c.Items[i].Kind == scoring.Judged {
			items = append(items, i)
		}
	}
	if len(items) == 0 {
		return nil
	}
	head, _ := b.style(styleKey{fill: headerFill, bold: true, border: true, center: true, wrap: true})
	body, _ := b.style(styleKey{border: true, center: true})
	title, _ := b.style(styleKey{bold: true, size: 14, center: true})
	used := map[string]bool{}
	for j, judge := range c.Judges {
		name := sheetName(o.t("print.confirm_sheet", judge.Name), used)
		if _, err := b.f.NewSheet(name); err != nil {
			return err
		}
		last := colName(len(items) + 1)
		b.f.MergeCell(name, "A1", last+"1")
		b.f.SetCellValue(name, "A1", xlsxText(o.t("print.confirm_title", c.Title)))
		b.f.SetCellStyle(name, "A1", last+"1", title)
		b.f.MergeCell(name, "A2", last+"2")
		b.f.SetCellValue(name, "A2", xlsxText(o.t("print.confirm_judge", judge.Name, c.Round)))
		row := []any{o.t("col.street")}
		for _, i := range items {
			row = append(row, xlsxText(c.Items[i].Name))
		}
		b.f.SetSheetRow(name, "A3", &row)
		b.f.SetCellStyle(name, "A3", last+"3", head)
		b.f.SetRowHeight(name, 1, 28)
		b.f.SetRowHeight(name, 3, 32)
		for s, st := range c.Streets {
			row := []any{xlsxText(st.Name)}
			for _, i := range items {
				row = append(row, confirmValue(c.Scores[s][i][j], o))
			}
			ref := "A" + itoa(s+4)
			b.f.SetSheetRow(name, ref, &row)
			b.f.SetCellStyle(name, ref, last+itoa(s+4), body)
		}
		r := len(c.Streets) + 5
		b.f.MergeCell(name, "A"+itoa(r), last+itoa(r))
		b.f.SetCellValue(name, "A"+itoa(r), o.t("print.confirm_statement"))
		b.f.MergeCell(name, "A"+itoa(r+2), last+itoa(r+2))
		b.f.SetCellValue(name, "A"+itoa(r+2), o.t("print.confirm_sign"))
		b.f.SetColWidth(name, "A", "A", 16)
		b.f.SetColWidth(name, "B", last, 12)
		if err := b.printSetup(name, 3); err != nil {
			return err
		}
	}
	return nil
}

// confirmValue is a judge's slot as the judge reads it on paper.
func confirmValue(s scoring.Slot, o Options) any {
	switch s.State {
	case scoring.Scored:
		return s.Value.String()
	case scoring.Recused:
		return o.t("mark.recused")
	}
	return ""
}

// sheetName is a valid, unused sheet name: at most 31 characters, none of
// : \ / ? * [ ].
func sheetName(s string, used map[string]bool) string {
	s = strings.Map(func(r rune) rune {
		if strings.ContainsRune(`:\/?*[]`, r) {
			return '_'
		}
		return r
	}, display.Sanitize(s))
	// Excel counts a sheet name in UTF-16 units (a character beyond U+FFFF
	// is two) and allows 31: keep 28, room for a "-NN" that tells two apart.
	units := 0
	for i, r := range s {
		if units += utf16.RuneLen(r); units > 28 {
			s = s[:i]
			break
		}
	}
	s = strings.Trim(s, "'")
	base := s
	for n := 2; used[s]; n++ {
		s = base + "-" + itoa(n)
	}
	used[s] = true
	return s
}

func itoa(n int) string { return strconv.Itoa(n) }

// printSheets adds 公示 and the judges' 评分确认单.
func (b *book) printSheets() error {
	if err := b.noticeSheet(); err != nil {
		return err
	}
	return b.confirmSheets()
}
