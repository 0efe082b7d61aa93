package export

import (
	"bytes"
	"testing"

	"golang.org/x/text/encoding/simplifiedchinese"
)

func TestLookupFormat(t *testing.T) {
	for in, want := range map[string]string{
		"xlsx": "xlsx", "CSV": "csv", ".csv": "csv", "csv-gbk": "csv-gbk", "yml": "yaml", ".YAML": "yaml",
		"markdown": "md", ".md": "md", "json": "json",
	} {
		if f, ok := LookupFormat(in); !ok || f.Name != want {
			t.Errorf("LookupFormat(%q) = %q, %v; want %q", in, f.Name, ok, want)
		}
	}
	for _, in := range []string{"", "pdf", "table", "."} {
		if f, ok := LookupFormat(in); ok {
			t.Errorf("LookupFormat(%q) = %q, want none", in, f.Name)
		}
	}
	if f, ok := FormatOfPath("排名.2026.Yml"); !ok || f.Name != "yaml" {
		t.Errorf("FormatOfPath(.Yml) = %q, %v", f.Name, ok)
	}
	if _, ok := FormatOfPath("排名"); ok {
		t.Error("a name without extension has a format")
	}
}

// Every format has a unique name and writes something; csv-gbk is the csv
// table in GB18030.
func TestEveryFormatWrites(t *testing.T) {
	st := testStandings(t)
	seen := map[string]bool{}
	for _, f := range Formats() {
		if seen[f.Name] || f.Ext == "" || !f.HasExt("x"+f.Ext) {
			t.Errorf("format %+v: duplicate name or bad extension", f)
		}
		seen[f.Name] = true
		var b bytes.Buffer
		if err := f.Write(&b, st, testOptions()); err != nil || b.Len() == 0 {
			t.Errorf("%s: %d bytes, %v", f.Name, b.Len(), err)
		}
	}
	var utf, gbk bytes.Buffer
	csv, _ := LookupFormat("csv")
	g, _ := LookupFormat("csv-gbk")
	if err := csv.Write(&utf, st, testOptions()); err != nil {
		t.Fatal(err)
	}
	if err := g.Write(&gbk, st, testOptions()); err != nil {
		t.Fatal(err)
	}
	text, err := simplifiedchinese.GB18030.NewDecoder().Bytes(gbk.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	if want := bytes.TrimPrefix(utf.Bytes(), []byte(utf8BOM)); !bytes.Equal(text, want) {
		t.Errorf("csv-gbk decodes to\n%s\nwant the csv table\n%s", text, want)
	}
}
