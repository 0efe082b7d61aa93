package main

import (
	"flag"
	"fmt"
	"strings"

	"liangsaibi/data/review"
	"liangsaibi/data/seal"
)

// verifyCommand is `liangsaibi verify FILE --digest 3f9a1c2e`: does the
// file give the digest printed on a ranking?
func verifyCommand() *command {
	return &command{
		name:    "verify",
		summary: "verify.summary",
		help:    "verify.help",
		flags: func(fs *flag.FlagSet, e *env, g globals) func([]string) int {
			encoding := encodingFlags(fs, e, g)
			digest := fs.String("digest", "", "")
			return func(args []string) int {
				switch {
				case len(args) == 0:
					return e.usageError("verify", "verify.no_file")
				case len(args) > 1:
					return e.usageError("verify", "usage.too_many", strings.Join(args[1:], " "))
				case len(seal.Clean(*digest)) < seal.ShortLen:
					return e.usageError("verify", "verify.no_digest", seal.ShortLen)
				}
				return runVerify(e, *encoding, args[0], *digest)
			}
		},
	}
}

func runVerify(e *env, encoding, path, printed string) int {
	doc := loadDoc(e, encoding, path)
	if doc == nil {
		return exitFile
	}
	journalWarnings(e, doc)
	d := seal.Digest(doc.Comp)
	p := seal.Clean(printed)
	if rep, err := review.Verify(path, doc.Comp); err == nil && rep.Book.Sealed() {
		s := rep.Book.Seal
		fmt.Fprintln(e.stdout, e.t("verify.sealed", s.Time.Local().Format("2006-01-02 15:04"), s.Operator, seal.Short(s.Digest)))
	}
	if !seal.Matches(d, p) {
		fmt.Fprintln(e.stdout, e.t("verify.mismatch", path, seal.Short(d), p))
		return exitFile
	}
	fmt.Fprintln(e.stdout, e.t("verify.match", path, seal.Short(d), d))
	return exitOK
}
