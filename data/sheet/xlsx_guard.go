package sheet

import (
	"fmt"
	"strings"

	"github.com/xuri/excelize/v2"

	"liangsaibi/i18n"
	"liangsaibi/scoring"
)

// guard keeps slips out of a workbook judges fill in and prints it: each
// value cell accepts only what import accepts (0 to the item's maximum, at
// most 6 decimals, 回避 for judged items, ~, or empty); everything but the
// value cells is locked (no password: against slips, not people); each
// sheet prints on one A4 page with the header rows repeated and a line to
// sign.
func guard(f *excelize.File, name string, g *grid, c *scoring.Competition, req Request, lang i18n.Lang) error {
	t := func(key string, args ...any) string { return messages.T(lang, key, args...) }
	lay := layoutOf(req.Kind)
	items := columnItems(c, req.Kind)
	for n, i := range items {
		// Judge and direct sheets: a column per item; street sheets: a row.
		first, _ := excelize.CoordinatesToCellName(lay.firstCol+1+n, lay.dataStart+1)
		last, _ := excelize.CoordinatesToCellName(lay.firstCol+1+n, lay.dataStart+len(c.Streets))
		if req.Kind == Street {
			first, _ = excelize.CoordinatesToCellName(lay.firstCol+1, lay.dataStart+1+n)
			last, _ = excelize.CoordinatesToCellName(lay.firstCol+len(c.Judges), lay.dataStart+1+n)
		}
		if err := f.AddDataValidation(name, validation(&c.Items[i], first, last, t)); err != nil {
			return err
		}
	}
	if err := f.ProtectSheet(name, &excelize.SheetProtectionOptions{
		SelectLockedCells: true, SelectUnlockedCells: true, FormatColumns: true, FormatRows: true,
	}); err != nil {
		return err
	}
	return printSetup(f, name, g, req, t)
}

// validation is the rule of one item's value cells, first:last.
func validation(it *scoring.Item, first, last string, t func(string, ...any) string) *excelize.DataValidation {
	dv := excelize.NewDataValidation(true)
	dv.Sqref = first + ":" + last
	dv.Type = "custom"
	// Relative to the range's first cell, as Excel reads a custom rule.
	// At most 6 decimals, the file's precision: x is within 1e-7 of x
	// rounded to 6 (a tolerance, as x is a binary float in the workbook).
	number := fmt.Sprintf("AND(ISNUMBER(%[1]s),%[1]s>=0,ABS(ROUND(%[1]s,%[2]d)-%[1]s)<0.0000001", first, scoring.MaxDecimals)
	if it.Kind != scoring.Target {
		number += fmt.Sprintf(",%s<=%s", first, it.Max.String())
	}
	number += ")"
	words := fmt.Sprintf(`%[1]s="~"`, first)
	msg := t("dv.direct", it.Max.String())
	switch it.Kind {
	case scoring.Judged:
		words += fmt.Sprintf(`,%[1]s="回避",%[1]s="recused"`, first)
		msg = t("dv.judged", it.Max.String())
	case scoring.Target:
		msg = t("dv.target")
	}
	// Formula1 goes into the XML as it is: excelize escapes only the
	// formulas it builds itself.
	dv.Formula1 = xmlText.Replace(fmt.Sprintf("OR(%s,%s)", number, words))
	dv.SetError(excelize.DataValidationErrorStyleStop, t("dv.title"), msg)
	dv.SetInput(t("dv.title"), msg)
	return dv
}

// printSetup: one A4 page (landscape when the columns are many), the rows
// above the data repeated should it ever print on more, and a line to sign
// in the footer, out of the grid that import reads.
func printSetup(f *excelize.File, name string, g *grid, req Request, t func(string, ...any) string) error {
	a4, one := 9, 1
	orientation := "portrait"
	if width := 18 + 12*(len(g.rows[headerRow])-1); width > 100 {
		orientation = "landscape"
	}
	if err := f.SetPageLayout(name, &excelize.PageLayoutOptions{
		Size: &a4, Orientation: &orientation, FitToWidth: &one, FitToHeight: &one,
	}); err != nil {
		return err
	}
	fit := true
	if err := f.SetSheetProps(name, &excelize.SheetPropsOptions{FitToPage: &fit}); err != nil {
		return err
	}
	if err := f.SetDefinedName(&excelize.DefinedName{
		Name:     "_xlnm.Print_Titles",
		RefersTo: fmt.Sprintf("'%s'!$1:$%d", name, layoutOf(req.Kind).dataStart),
		Scope:    name,
	}); err != nil {
		return err
	}
	return f.SetHeaderFooter(name, &excelize.HeaderFooterOptions{
		OddFooter: "&L" + t(map[Kind]string{Judge: "sign.judge", Street: "sign.street", Direct: "sign.direct"}[req.Kind]) + "&R" + t("sign.date"),
	})
}

var xmlText = strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;")
