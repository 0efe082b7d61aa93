package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"regexp"
	"strings"

	"liangsaibi/i18n"
)

// newFlagSet makes the flag set of one command. Every command accepts
// --lang and -h/--help; the flag package's own messages are silenced so
// that ours, in the user's language, are the only ones printed.
func newFlagSet(name string, e *env) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.Usage = func() {}
	fs.Var(langFlag{e}, "lang", "")
	return fs
}

// langFlag sets the language of everything printed after it.
type langFlag struct{ e *env }

func (f langFlag) String() string {
	if f.e == nil {
		return ""
	}
	return f.e.lang.String()
}

func (f langFlag) Set(s string) error {
	l, ok := i18n.Parse(s)
	if !ok {
		return fmt.Errorf("%s", msgs.T(f.e.lang, "flag.lang", s))
	}
	f.e.lang = l
	return nil
}

// encodingFlag is the input encoding: UTF-8 unless the user says gb18030.
// The encoding is never guessed.
type encodingFlag struct {
	target *string
	e      *env
}

func (f encodingFlag) String() string {
	if f.target == nil {
		return ""
	}
	return *f.target
}

func (f encodingFlag) Set(s string) error {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "utf-8", "utf8":
		*f.target = ""
	case "gb18030", "gbk", "gb2312":
		*f.target = "gb18030"
	default:
		return fmt.Errorf("%s", msgs.T(f.e.lang, "flag.encoding", s))
	}
	return nil
}

// parseInterspersed parses flags wherever they stand among the
// arguments, so `rank demo.yaml --format json` works as people type it.
// Everything after "--" is an argument.
func parseInterspersed(fs *flag.FlagSet, args []string) ([]string, error) {
	var flags, positional []string
	for i := 0; i < len(args); i++ {
		a := args[i]
		if a == "--" {
			positional = append(positional, args[i+1:]...)
			break
		}
		if !isFlag(a) {
			positional = append(positional, a)
			continue
		}
		flags = append(flags, a)
		if takesValue(fs, a) && i+1 < len(args) {
			i++
			flags = append(flags, args[i])
		}
	}
	if err := fs.Parse(flags); err != nil {
		return nil, err
	}
	return append(fs.Args(), positional...), nil
}

// firstPositional is the index of the first argument that is not a flag
// or a flag's value (len(args) when there is none).
func firstPositional(fs *flag.FlagSet, args []string) int {
	for i := 0; i < len(args); i++ {
		a := args[i]
		if a == "--" {
			return i + 1
		}
		if !isFlag(a) {
			return i
		}
		if takesValue(fs, a) {
			i++
		}
	}
	return len(args)
}

func isFlag(a string) bool { return len(a) > 1 && a[0] == '-' }

// takesValue reports whether the flag a ("-o", "--format") is a known
// non-boolean flag written without "=", so the next argument is its value.
func takesValue(fs *flag.FlagSet, a string) bool {
	name := strings.TrimLeft(a, "-")
	if strings.Contains(name, "=") {
		return false
	}
	f := fs.Lookup(name)
	if f == nil {
		return false
	}
	if b, ok := f.Value.(interface{ IsBoolFlag() bool }); ok && b.IsBoolFlag() {
		return false
	}
	return true
}

// prescanLang applies --lang before anything is parsed, so that even an
// error in an earlier flag, or --help, speaks the chosen language.
func prescanLang(e *env, args []string) {
	for i, a := range args {
		if a == "--" {
			return
		}
		var v string
		switch {
		case a == "--lang" || a == "-lang":
			if i+1 < len(args) {
				v = args[i+1]
			}
		case strings.HasPrefix(a, "--lang="):
			v = strings.TrimPrefix(a, "--lang=")
		case strings.HasPrefix(a, "-lang="):
			v = strings.TrimPrefix(a, "-lang=")
		default:
			continue
		}
		if l, ok := i18n.Parse(v); ok {
			e.lang = l
		}
	}
}

// flagError handles what the flag package returned: help was asked for
// (exit 0), or the command line is wrong (exit 2).
func (e *env) flagError(cmd string, err error) int {
	if errors.Is(err, flag.ErrHelp) {
		printHelp(e, cmd)
		return exitOK
	}
	return e.usageError(cmd, "usage.flag", localFlagError(e, err))
}

// localFlagError rewords the flag package's English messages.
func localFlagError(e *env, err error) string {
	s := err.Error()
	switch {
	case strings.HasPrefix(s, "flag provided but not defined: "):
		return e.t("flag.unknown", strings.TrimPrefix(s, "flag provided but not defined: "))
	case strings.HasPrefix(s, "flag needs an argument: "):
		return e.t("flag.needs_value", strings.TrimLeft(strings.TrimPrefix(s, "flag needs an argument: "), "-"))
	case strings.HasPrefix(s, "invalid boolean value "), strings.HasPrefix(s, "invalid value "):
		// invalid value "x" for flag -lang: <our message>, or the flag
		// package's own "parse error" / "value out of range".
		m := flagValueRe.FindStringSubmatch(s)
		if m == nil {
			break
		}
		switch m[3] {
		case "parse error", "value out of range", "":
			return e.t("flag.bad_value", m[2], m[1])
		}
		return m[3]
	case strings.HasPrefix(s, "bad flag syntax: "):
		return e.t("flag.syntax", strings.TrimPrefix(s, "bad flag syntax: "))
	}
	return e.t("flag.other")
}

// flagValueRe takes apart the flag package's "invalid value" message.
var flagValueRe = regexp.MustCompile(`^invalid (?:boolean )?value "(.*)" for (?:flag )?-([^:]*)(?:: (.*))?$`)
