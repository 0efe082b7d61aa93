package export

import (
	"io"
	"path/filepath"
	"strings"

	"liangsaibi/scoring"
)

// Format is one file format the standings can be exported as. The command
// line (export, rank) and the dashboard's export dialog all read this list,
// so a format added here is offered everywhere.
type Format struct {
	Name    string   // as --format takes it and the dialog shows it
	Ext     string   // the extension a new file gets
	Aliases []string // other names and extensions of the format ("yml")
	Binary  bool     // not text: never printed to a terminal
	Write   func(io.Writer, *scoring.Standings, Options) error
}

// formats are every export format; the first is the dialog's default.
var formats = []Format{
	{Name: "xlsx", Ext: ".xlsx", Binary: true, Write: XLSX},
	{Name: "csv", Ext: ".csv", Write: CSV},
	// For older WPS and Excel on Chinese Windows, which read CSV as GBK.
	{Name: "csv-gbk", Ext: ".csv", Write: csvGBK},
	{Name: "yaml", Ext: ".yaml", Aliases: []string{"yml"}, Write: RankedYAML},
	{Name: "md", Ext: ".md", Aliases: []string{"markdown"}, Write: Markdown},
	{Name: "json", Ext: ".json", Write: func(w io.Writer, st *scoring.Standings, _ Options) error {
		return WriteJSON(w, st)
	}},
}

func csvGBK(w io.Writer, st *scoring.Standings, o Options) error {
	o.Encoding = GB18030
	return CSV(w, st, o)
}

// Formats lists every export format, the default first. The slice is the
// caller's own.
func Formats() []Format { return append([]Format(nil), formats...) }

// LookupFormat finds a format by its name or an alias, in any case, with or
// without a leading dot (".yml" is yaml).
func LookupFormat(name string) (Format, bool) {
	name = strings.ToLower(strings.TrimPrefix(strings.TrimSpace(name), "."))
	for _, f := range formats {
		if f.Name == name || strings.TrimPrefix(f.Ext, ".") == name {
			return f, true
		}
		for _, a := range f.Aliases {
			if a == name {
				return f, true
			}
		}
	}
	return Format{}, false
}

// FormatOfPath is the format a file name's extension asks for: the first
// format with that extension (so a .csv is UTF-8 csv).
func FormatOfPath(path string) (Format, bool) {
	ext := filepath.Ext(path)
	if ext == "" {
		return Format{}, false
	}
	return LookupFormat(ext)
}

// HasExt reports whether name already ends with one of f's extensions.
func (f Format) HasExt(name string) bool {
	ext := strings.ToLower(filepath.Ext(name))
	if ext == f.Ext {
		return true
	}
	for _, a := range f.Aliases {
		if ext == "."+a {
			return true
		}
	}
	return false
}
