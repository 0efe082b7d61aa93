package main

import (
	"flag"
	"fmt"
	"strconv"
	"strings"

	"liangsaibi/display"
	"liangsaibi/scoring"
	"liangsaibi/trend"
)

// trendCommand is `liangsaibi trend FILE`: every street's total and rank in
// the rounds named by history: and previous: and in this one, then the
// most improved and declined streets and the items below standard in
// consecutive rounds.
func trendCommand() *command {
	return &command{
		name:    "trend",
		summary: "trend.summary",
		help:    "trend.help",
		flags: func(fs *flag.FlagSet, e *env, g globals) func([]string) int {
			encoding := encodingFlags(fs, e, g)
			return func(args []string) int { return runTrend(e, *encoding, args) }
		},
	}
}

func runTrend(e *env, encoding string, args []string) int {
	switch {
	case len(args) == 0:
		return e.usageError("trend", "trend.no_file")
	case len(args) > 1:
		return e.usageError("trend", "usage.too_many", strings.Join(args[1:], " "))
	}
	doc := loadDoc(e, encoding, args[0])
	if doc == nil {
		return exitFile
	}
	c := doc.Comp
	if !trend.Has(c) {
		fmt.Fprintln(e.stdout, e.t("trend.none"))
		return exitOK
	}
	st := scoring.Compute(c)
	t := trend.Compute(st, 5)
	for k, r := range t.Rounds {
		fmt.Fprintf(e.stdout, "%d. %s\n", k+1, display.Sanitize(r))
	}
	fmt.Fprintln(e.stdout)
	head := []string{e.t("trend.col.rank"), e.t("trend.col.street")}
	for k := range t.Rounds {
		head = append(head, strconv.Itoa(k+1))
	}
	head = append(head, e.t("trend.col.change"))
	rows := [][]string{head}
	for _, row := range st.Rows {
		r := []string{trendRank(row.Rank), display.Sanitize(c.Streets[row.Street].Name)}
		pts := t.Points[row.Street]
		for _, p := range pts {
			s := "-"
			if p.HasTotal {
				s = st.PublishDec(p.Total).String()
			}
			if p.Rank > 0 {
				s += " (" + strconv.Itoa(p.Rank) + ")"
			}
			r = append(r, s)
		}
		r = append(r, moveText(pts))
		rows = append(rows, r)
	}
	writeAligned(e, rows)
	moves := func(title string, ms []trend.Move) {
		fmt.Fprintln(e.stdout)
		fmt.Fprintln(e.stdout, title)
		if len(ms) == 0 {
			fmt.Fprintln(e.stdout, "  "+e.t("trend.nothing"))
		}
		for _, m := range ms {
			fmt.Fprintln(e.stdout, "  "+e.t("trend.move", display.Sanitize(c.Streets[m.Street].Name), display.Sanitize(t.Rounds[m.FromRound]), m.From, m.To, signedInt(m.Change())))
		}
	}
	moves(e.t("trend.improved"), t.Improved)
	moves(e.t("trend.declined"), t.Declined)
	fmt.Fprintln(e.stdout)
	fmt.Fprintln(e.stdout, e.t("trend.repeats"))
	if len(t.Repeats) == 0 {
		fmt.Fprintln(e.stdout, "  "+e.t("trend.nothing"))
	}
	for _, r := range t.Repeats {
		fmt.Fprintln(e.stdout, "  "+e.t("trend.repeat", display.Sanitize(c.Streets[r.Street].Name), display.Sanitize(c.Items[r.Item].Name), r.Rounds))
	}
	return exitOK
}

func trendRank(r int) string {
	if r == 0 {
		return "-"
	}
	return strconv.Itoa(r)
}

func signedInt(n int) string {
	if n > 0 {
		return "+" + strconv.Itoa(n)
	}
	return strconv.Itoa(n)
}

// moveText is the change of rank from the first round the street was
// ranked in to this one: "+3", "-2", "0", or "-" when not comparable.
func moveText(pts []trend.Point) string {
	now := pts[len(pts)-1]
	if now.Rank == 0 {
		return "-"
	}
	for _, p := range pts[:len(pts)-1] {
		if p.Rank > 0 {
			return signedInt(p.Rank - now.Rank)
		}
	}
	return "-"
}
