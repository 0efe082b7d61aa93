package sheet

import (
	"archive/zip"
	"bytes"
	"fmt"
	"io"
	"regexp"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"liangsaibi/data"
	"liangsaibi/display"
	"liangsaibi/i18n"
	"liangsaibi/scoring"
)

// A formula that was never calculated (a sheet filled by a program, or
// saved by an app that does not calculate) has no value; it must not be
// read as a blank while the rest of the sheet imports.
func TestFormulaWithoutValueRefused(t *testing.T) {
	c := demo(t)
	f, err := excelize.OpenReader(bytes.NewReader(write(t, c, Request{Kind: Judge}, "xlsx")))
	if err != nil {
		t.Fatal(err)
	}
	name := f.GetSheetList()[0]
	f.SetCellValue(name, "D12", 8)
	last, _ := excelize.CoordinatesToCellName(9, 13) // beyond the row's last value
	for _, ref := range []string{"E12", last} {
		if err := f.SetCellFormula(name, ref, "=1+1"); err != nil { // no cached value
			t.Fatal(err)
		}
	}
	var b bytes.Buffer
	if _, err := f.WriteTo(&b); err != nil {
		t.Fatal(err)
	}
	vals, ps := Read("表.xlsx", uncalculated(t, b.Bytes()), c, ReadOptions{})
	msg := problemText(ps)
	if vals != nil || !strings.Contains(msg, "E12") || !strings.Contains(msg, "公式") {
		t.Fatalf("formula without a value not refused: %d values, problems %q", len(vals), msg)
	}
}

// uncalculated is the workbook with the cached values of its formulas
// removed, as a program that writes formulas without calculating leaves it.
func uncalculated(t *testing.T, raw []byte) []byte {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(raw), int64(len(raw)))
	if err != nil {
		t.Fatal(err)
	}
	cached := regexp.MustCompile(`(<f>[^<]*</f>)<v>[^<]*</v>`)
	var out bytes.Buffer
	zw := zip.NewWriter(&out)
	for _, f := range zr.File {
		r, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		body, err := io.ReadAll(r)
		if err != nil {
			t.Fatal(err)
		}
		if strings.HasPrefix(f.Name, "xl/worksheets/") {
			body = cached.ReplaceAll(body, []byte("$1"))
		}
		w, err := zw.Create(f.Name)
		if err != nil {
			t.Fatal(err)
		}
		w.Write(body)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return out.Bytes()
}

// A sheet full of bad cells lists the first problems and counts the rest;
// a huge cell is echoed as its first characters.
func TestProblemsCappedAndEchoCut(t *testing.T) {
	c := demo(t)
	raw := write(t, c, Request{Kind: Judge}, "csv")
	judged := 0
	for _, it := range c.Items {
		if it.Kind == scoring.Judged {
			judged++
		}
	}
	cells := map[string]string{}
	for r := 10; r < 10+len(c.Streets); r++ {
		for col := 3; col < 3+judged; col++ {
			ref, _ := excelize.CoordinatesToCellName(col, r)
			cells[ref] = "八分"
		}
	}
	cells["C10"] = strings.Repeat("长", 1<<20)
	vals, ps := Read("表.csv", edit(t, raw, "csv", cells), c, ReadOptions{})
	if vals != nil || len(ps) <= data.MaxListed {
		t.Fatalf("want more than %d problems, got %d", data.MaxListed, len(ps))
	}
	for _, lang := range []i18n.Lang{i18n.Zh, i18n.En} {
		lines := ps.Lines(lang)
		if len(lines) != data.MaxListed+1 {
			t.Fatalf("%d lines for %d problems, want %d", len(lines), len(ps), data.MaxListed+1)
		}
		more := []string{fmt.Sprintf("还有 %d 处问题", len(ps)-data.MaxListed), fmt.Sprintf("and %d more problems", len(ps)-data.MaxListed)}[lang]
		if !strings.Contains(lines[data.MaxListed], more) {
			t.Errorf("last line %q lacks %q", lines[data.MaxListed], more)
		}
		for _, l := range lines {
			if w := display.Width(l); w > 200 {
				t.Errorf("a line of %d cells: %.80q", w, l)
			}
		}
		if !strings.Contains(lines[0], "C10") || !strings.Contains(lines[0], "…") {
			t.Errorf("the huge cell is not echoed cut: %.120q", lines[0])
		}
	}
}

// A name pasted with a zero-width space looks right and matches nothing:
// the cell is named with the character's code.
func TestInvisibleCharacterInSheetName(t *testing.T) {
	c := demo(t)
	for _, format := range formats {
		raw := edit(t, write(t, c, Request{Kind: Judge}, format), format, map[string]string{"A10": "桐柏\u200b路街道", "B10": ""})
		vals, ps := Read("表."+format, raw, c, ReadOptions{})
		zh, en := problemText(ps), strings.Join(ps.Lines(i18n.En), "\n")
		if vals != nil || !strings.Contains(zh, "A10") || !strings.Contains(zh, "U+200B") || !strings.Contains(en, "invisible") {
			t.Errorf("%s: %q / %q", format, zh, en)
		}
	}
}
