package main

import (
	"flag"
	"io"
	"strings"

	"liangsaibi/data"
	"liangsaibi/data/export"
	"liangsaibi/scoring"
)

// rankCommand is `liangsaibi rank FILE [--format table|json|csv|yaml]`.
var rankCommand = &command{
	name:    "rank",
	summary: "rank.summary",
	help:    "rank.help",
	flags: func(fs *flag.FlagSet, e *env, o *options) {
		o.format = "table"
		fs.StringVar(&o.format, "format", "table", "")
		fs.StringVar(&o.format, "f", "table", "")
		addEncodingFlag(fs, e, o)
	},
	run: runRank,
}

// rankFormats are the output formats of rank, each writing the standings to w.
var rankFormats = map[string]func(e *env, w io.Writer, st *scoring.Standings) error{
	"table": func(e *env, w io.Writer, st *scoring.Standings) error {
		return writeTable(w, st, e.lang)
	},
	"json": func(_ *env, w io.Writer, st *scoring.Standings) error {
		return data.WriteJSON(w, st)
	},
	"csv": func(e *env, w io.Writer, st *scoring.Standings) error {
		return export.CSV(w, st, export.Options{Lang: e.lang, Version: versionString()})
	},
	"yaml": func(e *env, w io.Writer, st *scoring.Standings) error {
		return export.RankedYAML(w, st, export.Options{Lang: e.lang, Version: versionString()})
	},
}

func runRank(e *env, o *options, args []string) int {
	write, ok := rankFormats[strings.ToLower(o.format)]
	if !ok {
		return e.usageError("rank", "rank.bad_format", o.format)
	}
	switch {
	case len(args) == 0:
		return e.usageError("rank", "rank.no_file")
	case len(args) > 1:
		return e.usageError("rank", "usage.too_many", strings.Join(args[1:], " "))
	}
	doc := loadDoc(e, o, args[0])
	if doc == nil {
		return exitFile
	}
	if err := write(e, e.stdout, scoring.Compute(doc.Comp)); err != nil {
		e.errorf("write.failed", err)
		return exitFile
	}
	return exitOK
}

// addEncodingFlag registers --encoding for commands that read competition files.
func addEncodingFlag(fs *flag.FlagSet, e *env, o *options) {
	fs.Var(encodingFlag{&o.encoding, e}, "encoding", "")
}
