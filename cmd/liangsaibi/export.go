package main

import (
	"errors"
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

// csvFlags are the flags export, sheet and import share: --encoding of
// their CSVs and --file-encoding of the competition file.
type csvFlags struct {
	encoding     string // of the CSVs written or read: "" (UTF-8) or gb18030
	fileEncoding string // of the competition file
}

func addCSVFlags(fs *flag.FlagSet, e *env, g globals) *csvFlags {
	f := &csvFlags{fileEncoding: g.encoding}
	fs.Var(encodingFlag{&f.encoding, e}, "encoding", "")
	fs.Var(encodingFlag{&f.fileEncoding, e}, "file-encoding", "")
	return f
}

// exportCommand is `liangsaibi export FILE -o OUT [--format F]`.
func exportCommand() *command {
	return &command{
		name:    "export",
		summary: "export.summary",
		help:    "export.help",
		flags: func(fs *flag.FlagSet, e *env, g globals) func([]string) int {
			f := &exportFlags{csvFlags: addCSVFlags(fs, e, g)}
			fs.StringVar(&f.output, "o", "", "")
			fs.StringVar(&f.output, "output", "", "")
			fs.StringVar(&f.format, "format", "", "")
			fs.StringVar(&f.format, "f", "", "")
			return func(args []string) int { return runExport(e, f, args) }
		},
	}
}

// exportFlags are the flags of one export run.
type exportFlags struct {
	*csvFlags
	output string
	format string // a name of the export registry; "" = by the output's extension
}

// formatOf is the export format named by --format, else by the extension
// of the file written.
func formatOf(flagValue, path string) (export.Format, bool) {
	if flagValue != "" {
		return export.LookupFormat(flagValue)
	}
	return export.FormatOfPath(path)
}

func runExport(e *env, f *exportFlags, args []string) int {
	switch {
	case len(args) == 0:
		return e.usageError("export", "export.no_file")
	case len(args) > 1:
		return e.usageError("export", "usage.too_many", strings.Join(args[1:], " "))
	case f.output == "":
		return e.usageError("export", "export.no_output")
	}
	format, ok := formatOf(f.format, f.output)
	if !ok {
		name := f.format
		if name == "" {
			name = strings.TrimPrefix(filepath.Ext(f.output), ".")
		}
		return e.usageError("export", "export.bad_format", name)
	}
	if f.encoding != "" && format.Ext != ".csv" {
		return e.usageError("export", "export.csv_only")
	}
	doc := loadDoc(e, f.fileEncoding, args[0])
	if doc == nil {
		return exitFile
	}
	journalWarnings(e, doc)
	opts := export.Options{Lang: e.lang, Encoding: f.encoding, Version: versionString(), ForPeople: true}
	st := scoring.Compute(doc.Comp)
	path, ok := writeNewStream(e, f.output, func(w io.Writer) error { return format.Write(w, st, opts) })
	if !ok {
		return exitFile
	}
	if path != f.output {
		fmt.Fprintln(e.stdout, e.t("export.renamed", f.output, path))
	} else {
		fmt.Fprintln(e.stdout, e.t("export.done", path))
	}
	return exitOK
}

// writeNew writes body atomically to path, or to a new name next to it
// when path exists: nothing is ever overwritten. It returns the name used.
func writeNew(e *env, path string, body []byte) (string, bool) {
	return writeNewStream(e, path, func(w io.Writer) error {
		_, err := w.Write(body)
		return err
	})
}

// writeNewStream is writeNew for content written as it is made, so that
// memory does not grow with the file (an export of 30,000 streets).
func writeNewStream(e *env, path string, write func(io.Writer) error) (string, bool) {
	path = export.FreeName(path)
	err := store.WriteFileStream(path, 0o644, write)
	var fe *store.FileError
	switch {
	case errors.As(err, &fe):
		e.errorf("export.write", path, data.Why(err))
		return path, false
	case err != nil:
		e.errorf("export.make", err)
		return path, false
	}
	return path, true
}
