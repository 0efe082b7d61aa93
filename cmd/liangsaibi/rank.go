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
func rankCommand() *command {
	return &command{
		name:    "rank",
		summary: "rank.summary",
		help:    "rank.help",
		flags: func(fs *flag.FlagSet, e *env, g globals) func([]string) int {
			format := "table"
			fs.StringVar(&format, "format", format, "")
			fs.StringVar(&format, "f", format, "")
			encoding := encodingFlags(fs, e, g)
			return func(args []string) int { return runRank(e, format, *encoding, args) }
		},
	}
}

// rankWriter writes the standings in format: the table, or any text
// format of the export registry.
func rankWriter(e *env, format string) (func(io.Writer, *scoring.Standings) error, bool) {
	if strings.EqualFold(format, "table") {
		return func(w io.Writer, st *scoring.Standings) error { return writeTable(w, st, e.lang) }, true
	}
	f, ok := export.LookupFormat(format)
	if !ok || f.Binary {
		return nil, false
	}
	return func(w io.Writer, st *scoring.Standings) error {
		return f.Write(w, st, export.Options{Lang: e.lang, Version: versionString()})
	}, true
}

func runRank(e *env, format, encoding string, args []string) int {
	write, ok := rankWriter(e, format)
	if !ok {
		return e.usageError("rank", "rank.bad_format", format)
	}
	switch {
	case len(args) == 0:
		return e.usageError("rank", "rank.no_file")
	case len(args) > 1:
		return e.usageError("rank", "usage.too_many", strings.Join(args[1:], " "))
	}
	// The table shows the previous round, never the earlier ones (json and
	// md do: their trend insights), so it does not read them.
	table := strings.EqualFold(format, "table")
	doc := loadDocWith(e, args[0], data.Options{Encoding: encoding, SkipHistory: table})
	if doc == nil {
		return exitFile
	}
	journalWarnings(e, doc)
	if err := write(e.stdout, scoring.Compute(doc.Comp)); err != nil {
		e.errorf("write.failed", err)
		return exitFile
	}
	return exitOK
}

// encodingFlags registers --encoding, the competition file's encoding,
// starting from the one given before the command name.
func encodingFlags(fs *flag.FlagSet, e *env, g globals) *string {
	enc := g.encoding
	fs.Var(encodingFlag{&enc, e}, "encoding", "")
	return &enc
}

// outputFlag registers -o and --output, the file a command writes.
func outputFlag(fs *flag.FlagSet) *string {
	var out string
	fs.StringVar(&out, "o", "", "")
	fs.StringVar(&out, "output", "", "")
	return &out
}
