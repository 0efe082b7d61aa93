package main

import (
	"bytes"
	"flag"
	"fmt"
	"path/filepath"
	"strings"
	"time"

	"liangsaibi/data/export"
	"liangsaibi/data/match"
	"liangsaibi/data/sheet"
	"liangsaibi/scoring"
)

// sheetCommand is `liangsaibi sheet FILE (--judge J | --street S | --direct) [-o OUT]`.
func sheetCommand() *command {
	return &command{
		name:    "sheet",
		summary: "sheet.summary",
		help:    "sheet.help",
		flags: func(fs *flag.FlagSet, e *env, g globals) func([]string) int {
			f := &sheetFlags{csvFlags: addCSVFlags(fs, e, g)}
			fs.StringVar(&f.output, "o", "", "")
			fs.StringVar(&f.output, "output", "", "")
			fs.StringVar(&f.judge, "judge", "", "")
			fs.StringVar(&f.street, "street", "", "")
			fs.BoolVar(&f.direct, "direct", false, "")
			return func(args []string) int { return runSheet(e, f, args) }
		},
	}
}

// sheetFlags are the flags of one sheet run.
type sheetFlags struct {
	*csvFlags
	output        string
	judge, street string
	direct        bool
}

func runSheet(e *env, f *sheetFlags, args []string) int {
	switch {
	case len(args) == 0:
		return e.usageError("sheet", "sheet.no_file")
	case len(args) > 1:
		return e.usageError("sheet", "usage.too_many", strings.Join(args[1:], " "))
	}
	kinds := 0
	for _, set := range []bool{f.judge != "", f.street != "", f.direct} {
		if set {
			kinds++
		}
	}
	if kinds != 1 {
		return e.usageError("sheet", "sheet.one_kind")
	}
	ext := strings.ToLower(filepath.Ext(f.output))
	if f.output != "" && ext != ".xlsx" && ext != ".csv" {
		return e.usageError("sheet", "sheet.bad_ext", f.output)
	}
	doc := loadDoc(e, f.fileEncoding, args[0])
	if doc == nil {
		return exitFile
	}
	journalWarnings(e, doc)
	c := doc.Comp
	req, subject, ok := sheetRequest(e, f, c)
	if !ok {
		return exitFile
	}
	out := f.output
	if out == "" {
		out = export.ProposeName(".", e.t("sheet.name")+"-"+subject, ".xlsx", time.Now(), e.lang)
		ext = ".xlsx"
	}
	var buf bytes.Buffer
	wo := sheet.WriteOptions{Lang: e.lang, Encoding: f.encoding}
	var err error
	if ext == ".csv" {
		err = sheet.WriteCSV(&buf, c, req, wo)
	} else {
		err = sheet.WriteXLSX(&buf, c, req, wo)
	}
	if err != nil {
		e.errorf("export.make", err)
		return exitFile
	}
	path, ok := writeNew(e, out, buf.Bytes())
	if !ok {
		return exitFile
	}
	if path != out && f.output != "" {
		fmt.Fprintln(e.stdout, e.t("export.renamed", out, path))
	}
	fmt.Fprintln(e.stdout, e.t("sheet.done", path))
	return exitOK
}

// sheetRequest is the sheet the flags ask for, and a name for it.
func sheetRequest(e *env, f *sheetFlags, c *scoring.Competition) (sheet.Request, string, bool) {
	hasJudged, hasDirect := false, false
	for _, it := range c.Items {
		if it.Kind == scoring.Judged {
			hasJudged = true
		} else {
			hasDirect = true
		}
	}
	switch {
	case f.direct:
		if !hasDirect {
			e.errorf("sheet.no_direct")
			return sheet.Request{}, "", false
		}
		return sheet.Request{Kind: sheet.Direct}, e.t("sheet.direct"), true
	case !hasJudged:
		e.errorf("sheet.no_judges")
		return sheet.Request{}, "", false
	case f.judge != "":
		ids, names := make([]string, len(c.Judges)), make([]string, len(c.Judges))
		for i, j := range c.Judges {
			ids[i], names[i] = j.ID, j.Name
		}
		i := pick(e, f.judge, ids, names, "sheet.no_judge")
		if i < 0 {
			return sheet.Request{}, "", false
		}
		return sheet.Request{Kind: sheet.Judge, Judge: i}, names[i], true
	}
	ids, names := make([]string, len(c.Streets)), make([]string, len(c.Streets))
	for i, s := range c.Streets {
		ids[i], names[i] = s.ID, s.Name
	}
	i := pick(e, f.street, ids, names, "sheet.no_street")
	if i < 0 {
		return sheet.Request{}, "", false
	}
	return sheet.Request{Kind: sheet.Street, Street: i}, names[i], true
}

// pick finds the one street or judge want names (id, name, part of the
// name, pinyin: data/match); otherwise it says so, listing the candidates
// or the nearest name, and returns -1.
func pick(e *env, want string, ids, names []string, missing string) int {
	entries := make([]match.Entry, len(ids))
	for i := range ids {
		entries[i] = match.Entry{ID: ids[i], Name: names[i]}
	}
	r := match.New(entries).Find(want)
	switch {
	case r.Index >= 0:
		return r.Index
	case len(r.Candidates) > 0:
		list := make([]string, len(r.Candidates))
		for j, i := range r.Candidates {
			list[j] = e.t("sheet.candidate", names[i], ids[i])
		}
		e.errorf("sheet.ambiguous", want, strings.Join(list, e.t("sheet.list_sep")))
	case r.Suggest != "":
		e.errorf("sheet.hint", e.t(missing, want), r.Suggest)
	default:
		e.errorf(missing, want)
	}
	return -1
}
