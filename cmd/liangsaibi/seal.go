package main

import (
	"flag"
	"fmt"
	"strings"
	"time"

	"liangsaibi/data"
	"liangsaibi/data/round"
	"liangsaibi/data/seal"
	"liangsaibi/display"
)

// sealCommand is `liangsaibi seal FILE`: freeze the results and record
// their digest; `--unseal --reason TEXT` lifts the seal, the reason kept.
func sealCommand() *command {
	return &command{
		name:    "seal",
		summary: "seal.summary",
		help:    "seal.help",
		flags: func(fs *flag.FlagSet, e *env, g globals) func([]string) int {
			encoding := encodingFlags(fs, e, g)
			operator := g.operator
			fs.StringVar(&operator, "operator", operator, "")
			unseal := fs.Bool("unseal", false, "")
			reason := fs.String("reason", "", "")
			return func(args []string) int {
				switch {
				case len(args) == 0:
					return e.usageError("seal", "seal.no_file")
				case len(args) > 1:
					return e.usageError("seal", "usage.too_many", strings.Join(args[1:], " "))
				case *unseal && strings.TrimSpace(*reason) == "":
					return e.usageError("seal", "seal.need_reason")
				}
				return runSeal(e, *encoding, operator, args[0], *unseal, *reason)
			}
		},
	}
}

func runSeal(e *env, encoding, operator, path string, unseal bool, reason string) int {
	r, code := openWriter(e, path, round.Options{Encoding: encoding, Operator: operator, SaveIdle: time.Hour})
	if r == nil {
		return code
	}
	defer r.Close()
	op := round.Op{Kind: round.Seal, Operator: r.Operator(), Source: round.Source{Kind: round.Keyboard}}
	if unseal {
		op.Kind, op.Reason = round.Unseal, reason
	}
	ack, err := r.Do(op)
	if err != nil {
		fmt.Fprintln(e.stderr, "liangsaibi: "+display.Sanitize(data.ErrorText(err, e.lang)))
		return exitFile
	}
	if err := r.Close(); err != nil {
		printProblems(e, err)
		return exitFile
	}
	if unseal {
		fmt.Fprintln(e.stdout, e.t("seal.unsealed", path, reason))
		return exitOK
	}
	d := ack.State.Review.Seal.Digest
	fmt.Fprintln(e.stdout, e.t("seal.sealed", path, seal.Short(d), d))
	fmt.Fprintln(e.stdout, e.t("seal.next", path, seal.Short(d)))
	return exitOK
}
