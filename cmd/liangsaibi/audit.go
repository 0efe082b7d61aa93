package main

import (
	"flag"
	"fmt"
	"strings"

	"liangsaibi/data"
	"liangsaibi/data/store"
	"liangsaibi/display"
	"liangsaibi/scoring"
)

// auditCommand is `liangsaibi audit FILE`: every score entered into FILE,
// from its audit log, as a table (time, operator, street, item, judge,
// old → new).
func auditCommand() *command {
	return &command{
		name:    "audit",
		summary: "audit.summary",
		help:    "audit.help",
		flags: func(fs *flag.FlagSet, e *env, g globals) func([]string) int {
			encoding := encodingFlags(fs, e, g)
			check := fs.Bool("verify", false, "")
			return func(args []string) int {
				if *check && len(args) == 1 {
					return runAuditVerify(e, *encoding, args[0])
				}
				return runAudit(e, *encoding, args)
			}
		},
	}
}

func runAudit(e *env, encoding string, args []string) int {
	switch {
	case len(args) == 0:
		return e.usageError("audit", "audit.no_file")
	case len(args) > 1:
		return e.usageError("audit", "usage.too_many", strings.Join(args[1:], " "))
	}
	path := args[0]
	entries, err := store.ReadAudit(store.AuditPath(path))
	if err != nil {
		e.errorf("audit.read", store.AuditPath(path), data.Why(err))
		return exitFile
	}
	if len(entries) == 0 {
		fmt.Fprintln(e.stdout, e.t("audit.empty", path))
		return exitOK
	}
	// Names come from the file when it loads; otherwise the ids are shown.
	var comp *scoring.Competition
	if doc, err := data.LoadFile(path, data.Options{Encoding: encoding}); err == nil {
		comp = doc.Comp
	}
	rows := [][]string{{e.t("audit.col.time"), e.t("audit.col.operator"), e.t("audit.col.street"),
		e.t("audit.col.item"), e.t("audit.col.judge"), e.t("audit.col.change"), e.t("audit.col.source")}}
	for _, a := range entries {
		street, item, judge := names(comp, a)
		rows = append(rows, []string{
			a.Time.Local().Format("2006-01-02 15:04:05"), display.Sanitize(a.Operator),
			street, item, judge, auditChange(e, a), auditSource(e, a.Source),
		})
	}
	writeAligned(e, rows)
	return exitOK
}

// names are the street, item and judge of an entry, by name when known.
func names(c *scoring.Competition, a store.AuditEntry) (street, item, judge string) {
	street, item, judge = a.Street, a.Item, a.Judge
	if c != nil {
		if i := c.FindStreet(a.Street); i >= 0 {
			street = c.Streets[i].Name
		}
		if i := c.FindItem(a.Item); i >= 0 {
			item = c.Items[i].Name
		}
		if i := c.FindJudge(a.Judge); i >= 0 {
			judge = c.Judges[i].Name
		}
	}
	if judge == "" {
		judge = "-"
	}
	return display.Sanitize(street), display.Sanitize(item), display.Sanitize(judge)
}

// auditValue is a journaled value as people read it.
func auditValue(e *env, v string) string {
	switch v {
	case "", "~":
		return e.t("audit.empty_value")
	case "recused", "回避":
		return e.t("audit.recused")
	}
	return display.Sanitize(v)
}

// writeAligned prints rows as columns aligned by display width.
func writeAligned(e *env, rows [][]string) {
	widths := make([]int, len(rows[0]))
	for _, r := range rows {
		for i, cell := range r {
			widths[i] = max(widths[i], display.Width(cell))
		}
	}
	for _, r := range rows {
		var b strings.Builder
		for i, cell := range r {
			if i == len(r)-1 {
				b.WriteString(cell)
				break
			}
			b.WriteString(display.PadRight(cell, widths[i]) + "  ")
		}
		fmt.Fprintln(e.stdout, strings.TrimRight(b.String(), " "))
	}
}

// auditSource says where a change came from in words: the dashboard, an
// imported sheet, a judge's phone (with its address), a merged outside edit.
func auditSource(e *env, src string) string {
	kind, addr, _ := strings.Cut(src, "@")
	switch kind {
	case "", "keyboard": // entries written before sources were recorded came from the dashboard
		return e.t("audit.src.keyboard")
	case "import":
		return e.t("audit.src.import")
	case "phone":
		return e.t("audit.src.phone", display.Sanitize(addr))
	case "merge":
		return e.t("audit.src.merge")
	}
	return display.Sanitize(src)
}
