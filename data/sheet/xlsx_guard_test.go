package sheet

import (
	"archive/zip"
	"bytes"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"liangsaibi/i18n"
)

func open(t *testing.T, raw []byte) (*excelize.File, string) {
	t.Helper()
	f, err := excelize.OpenReader(bytes.NewReader(raw))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { f.Close() })
	return f, f.GetSheetList()[0]
}

// Every value cell has a rule; the rule accepts what import accepts and
// refuses the rest. The rules are evaluated by putting them in a cell.
func TestValidationAcceptsWhatImportAccepts(t *testing.T) {
	c := demo(t)
	for _, tc := range []struct {
		req   Request
		cell  string // a value cell of the first item of the sheet
		good  []any
		bad   []any
		rules int
	}{
		{Request{Kind: Judge, Judge: 0}, "C10", []any{0, 10, 7.25, 9.123456, "回避", "recused", "~", ""}, []any{10.5, -1, 8.1234567, "八", "x"}, 7},
		{Request{Kind: Street, Street: 0}, "E8", []any{8, "回避", ""}, []any{11, "abc"}, 7},
		// Direct: target items (0 or more, no maximum, no 回避), 知识测试 (0–100).
		{Request{Kind: Direct}, "C11", []any{0, 3, 250, ""}, []any{-0.5, "回避"}, 6},
		{Request{Kind: Direct}, "H11", []any{0, 100, 80.5}, []any{100.5, "回避"}, 6},
	} {
		f, name := open(t, write(t, c, tc.req, "xlsx"))
		dvs, err := f.GetDataValidations(name)
		if err != nil || len(dvs) != tc.rules {
			t.Fatalf("%v: %d rules (%v), want one per item: %d", tc.req, len(dvs), err, tc.rules)
		}
		var rule string
		for _, dv := range dvs {
			if strings.HasPrefix(dv.Sqref, tc.cell+":") {
				rule = dv.Formula1
			}
			if dv.Type != "custom" || dv.ErrorStyle == nil || *dv.ErrorStyle != "stop" || dv.Error == nil || !strings.Contains(*dv.Error, "6 位小数") {
				t.Errorf("%v: rule %s: %+v", tc.req, dv.Sqref, dv)
			}
		}
		if rule == "" {
			t.Fatalf("%v: no rule starts at %s", tc.req, tc.cell)
		}
		check := func(v any, want bool) {
			t.Helper()
			if err := f.SetCellValue(name, tc.cell, v); err != nil {
				t.Fatal(err)
			}
			if err := f.SetCellFormula(name, "Z1", rule); err != nil {
				t.Fatal(err)
			}
			got, err := f.CalcCellValue(name, "Z1")
			if err != nil {
				t.Fatalf("%v: %s: %v", tc.req, rule, err)
			}
			// An empty cell never reaches the rule: allowBlank.
			if ok := got == "TRUE" || v == ""; ok != want {
				t.Errorf("%v: %#v in %s: rule %s says %s, want accepted=%v", tc.req, v, tc.cell, rule, got, want)
			}
		}
		for _, v := range tc.good {
			check(v, true)
		}
		for _, v := range tc.bad {
			check(v, false)
		}
	}
}

// The sheet is protected without a password; only the value cells are
// unlocked; the names stay in view; it prints on one A4 page with the
// header rows repeated and a line to sign.
func TestSheetProtectedAndPrintable(t *testing.T) {
	c := demo(t)
	f, name := open(t, write(t, c, Request{Kind: Judge, Judge: 0}, "xlsx"))
	locked := func(ref string) bool {
		id, err := f.GetCellStyle(name, ref)
		if err != nil {
			t.Fatal(err)
		}
		st, err := f.GetStyle(id)
		if err != nil {
			t.Fatal(err)
		}
		return st.Protection == nil || st.Protection.Locked
	}
	for _, ref := range []string{"B2", "A6", "C6", "C7", "C8", "A10", "B10"} { // code, headers, ids, max, names
		if !locked(ref) {
			t.Errorf("%s is not locked", ref)
		}
	}
	for _, ref := range []string{"C10", "I23"} {
		if locked(ref) {
			t.Errorf("value cell %s is locked", ref)
		}
	}
	raw := write(t, c, Request{Kind: Judge, Judge: 0}, "xlsx")
	xml := sheetXML(t, raw)
	for _, want := range []string{`<sheetProtection sheet="true"`, `fitToPage="true"`, `paperSize="9"`,
		`fitToHeight="1"`, `fitToWidth="1"`, `orientation="landscape"`, `state="frozen"`, `topLeftCell="C10"`, "评委签名：", "日期："} {
		if !strings.Contains(xml, want) {
			t.Errorf("the worksheet has no %s", want)
		}
	}
	if strings.Contains(xml, "password") {
		t.Error("the protection has a password")
	}
	names := f.GetDefinedName()
	if len(names) != 1 || names[0].Name != "_xlnm.Print_Titles" || !strings.HasSuffix(names[0].RefersTo, "!$1:$9") {
		t.Errorf("print titles: %+v", names)
	}
	// A street sheet (4 + 7 columns) is wide too; a narrow one is upright.
	small := demo(t)
	small.Judges = small.Judges[:2]
	for i := range small.Scores {
		for j := range small.Scores[i] {
			if len(small.Scores[i][j]) > 2 {
				small.Scores[i][j] = small.Scores[i][j][:2]
			}
		}
	}
	if xml := sheetXML(t, write(t, small, Request{Kind: Street, Street: 0}, "xlsx")); !strings.Contains(xml, `orientation="portrait"`) {
		t.Error("a sheet of 6 columns is not printed upright")
	}
}

func sheetXML(t *testing.T, raw []byte) string {
	t.Helper()
	z, err := zip.NewReader(bytes.NewReader(raw), int64(len(raw)))
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range z.File {
		if f.Name == "xl/worksheets/sheet1.xml" {
			r, err := f.Open()
			if err != nil {
				t.Fatal(err)
			}
			defer r.Close()
			b, err := io.ReadAll(r)
			if err != nil {
				t.Fatal(err)
			}
			return string(b)
		}
	}
	t.Fatal("no worksheet")
	return ""
}

// A sheet filled in and saved by LibreOffice reads back: the protection
// and the rules do not get in import's way.
func TestLibreOfficeRoundTrip(t *testing.T) {
	soffice, err := exec.LookPath("soffice")
	if err != nil {
		t.Skip("LibreOffice is not installed")
	}
	full := demo(t)
	blank := cleared(full, [][3]int{{0, 0, 0}, {1, 0, 0}})
	raw := edit(t, write(t, blank, Request{Kind: Judge, Judge: 0}, "xlsx"), "xlsx", map[string]string{"C10": "7.25", "C11": "回避"})
	dir := t.TempDir()
	in := filepath.Join(dir, "in", "j1.xlsx")
	os.MkdirAll(filepath.Dir(in), 0o755)
	if err := os.WriteFile(in, raw, 0o644); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(soffice, "--headless", "-env:UserInstallation=file://"+filepath.Join(dir, "profile"),
		"--convert-to", "xlsx", "--outdir", filepath.Join(dir, "out"), in)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Skipf("LibreOffice could not convert: %v %s", err, out)
	}
	saved, err := os.ReadFile(filepath.Join(dir, "out", "j1.xlsx"))
	if err != nil {
		t.Fatal(err)
	}
	vals, ps := Read("j1.xlsx", saved, blank, ReadOptions{})
	if len(ps) > 0 {
		t.Fatal(problemText(ps))
	}
	changes, _ := Plan(blank, vals)
	got := map[[2]int]string{}
	for _, ch := range changes {
		got[[2]int{ch.Street, ch.Item}] = SlotText(ch.New, i18n.Zh)
	}
	if len(got) != 2 || got[[2]int{0, 0}] != "7.25" || got[[2]int{1, 0}] != "回避" {
		t.Errorf("after LibreOffice: changes %v", got)
	}
	f, name := open(t, saved)
	if dvs, _ := f.GetDataValidations(name); len(dvs) == 0 {
		t.Error("LibreOffice dropped the rules")
	}
	if !strings.Contains(sheetXML(t, saved), "<sheetProtection") {
		t.Error("LibreOffice dropped the protection")
	}
}
