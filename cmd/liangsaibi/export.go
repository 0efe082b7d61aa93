package main

import (
	"bytes"
	"flag"
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"liangsaibi/data"
	"liangsaibi/data/export"
	"liangsaibi/data/store"
	"liangsaibi/scoring"
)

// sheetFlags are the flags of export, sheet and import that the shared
// options do not have. Each of those commands resets them before parsing,
// so one run never sees another's.
type sheetFlags struct {
	encoding  string // the encoding of CSVs written or read: "" (UTF-8) or gb18030
	judge     string
	street    string
	direct    bool
	yes       bool
	overwrite bool
}

var more sheetFlags

// addSheetFlags registers what export, sheet and import share: --encoding
// for their CSVs and --file-encoding for the competition file.
func addSheetFlags(fs *flag.FlagSet, e *env, o *options) {
	more = sheetFlags{}
	fs.Var(encodingFlag{&more.encoding, e}, "encoding", "")
	fs.Var(encodingFlag{&o.encoding, e}, "file-encoding", "")
}

// exportCommand is `liangsaibi export FILE -o OUT [--format F]`.
var exportCommand = &command{
	name:    "export",
	summary: "export.summary",
	help:    "export.help",
	flags: func(fs *flag.FlagSet, e *env, o *options) {
		addSheetFlags(fs, e, o)
		fs.StringVar(&o.output, "o", "", "")
		fs.StringVar(&o.output, "output", "", "")
		fs.StringVar(&o.format, "format", "", "")
		fs.StringVar(&o.format, "f", "", "")
	},
	run: runExport,
}

// exportFormats write standings in each format, named as --format takes them.
var exportFormats = map[string]func(w io.Writer, st *scoring.Standings, opts export.Options) error{
	"csv":  export.CSV,
	"xlsx": export.XLSX,
	"yaml": export.RankedYAML,
	"md":   export.Markdown,
	"json": func(w io.Writer, st *scoring.Standings, _ export.Options) error { return data.WriteJSON(w, st) },
}

// formatOf is the export format named by --format or by the file's extension.
func formatOf(flagValue, path string) string {
	f := strings.ToLower(strings.TrimPrefix(flagValue, "."))
	if f == "" {
		f = strings.ToLower(strings.TrimPrefix(filepath.Ext(path), "."))
	}
	switch f {
	case "yml":
		return "yaml"
	case "markdown":
		return "md"
	}
	return f
}

func runExport(e *env, o *options, args []string) int {
	switch {
	case len(args) == 0:
		return e.usageError("export", "export.no_file")
	case len(args) > 1:
		return e.usageError("export", "usage.too_many", strings.Join(args[1:], " "))
	case o.output == "":
		return e.usageError("export", "export.no_output")
	}
	format := formatOf(o.format, o.output)
	write, ok := exportFormats[format]
	if !ok {
		return e.usageError("export", "export.bad_format", format)
	}
	if more.encoding != "" && format != "csv" {
		return e.usageError("export", "export.csv_only")
	}
	doc := loadDoc(e, o, args[0])
	if doc == nil {
		return exitFile
	}
	var buf bytes.Buffer
	opts := export.Options{Lang: e.lang, Encoding: more.encoding, Version: versionString()}
	if err := write(&buf, scoring.Compute(doc.Comp), opts); err != nil {
		e.errorf("export.make", err)
		return exitFile
	}
	path, ok := writeNew(e, o.output, buf.Bytes())
	if !ok {
		return exitFile
	}
	if path != o.output {
		fmt.Fprintln(e.stdout, e.t("export.renamed", o.output, path))
	} else {
		fmt.Fprintln(e.stdout, e.t("export.done", path))
	}
	return exitOK
}

// writeNew writes body atomically to path, or to a new name next to it
// when path exists: nothing is ever overwritten. It returns the name used.
func writeNew(e *env, path string, body []byte) (string, bool) {
	path = export.FreeName(path)
	if err := store.WriteFileAtomic(path, body, 0o644); err != nil {
		e.errorf("export.write", path, data.Why(err))
		return path, false
	}
	return path, true
}
