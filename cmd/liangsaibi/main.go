// Command liangsaibi scores 亮赛比 competitions: it ranks streets from a
// competition file, checks files for mistakes and writes templates.
//
// Adding a command is one new file with a function that makes its command
// value, plus one line in commands below.
package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"runtime/debug"
	"strings"

	"liangsaibi/data"
	"liangsaibi/i18n"
)

// Exit codes.
const (
	exitOK    = 0 // done
	exitFile  = 1 // a file has errors or could not be written
	exitUsage = 2 // the command line is wrong
	exitPanic = 3 // a bug: recovered from a panic
)

// commands lists every command, in the order `--help` shows them. It is
// a function, not a variable: help reads the list and is in it.
func commands() []*command {
	return []*command{
		rankCommand(),
		validateCommand(),
		initCommand(),
		demoCommand(),
		projectCommand(),
		serveCommand(),
		versionCommand(),
		schemaCommand(),
		auditCommand(),
		sealCommand(),
		verifyCommand(),
		exportCommand(),
		trendCommand(),
		sheetCommand(),
		importCommand(),
		helpCommand(),
		genCommand(),
	}
}

// command is one subcommand. Its texts are catalog keys in messages.go.
type command struct {
	name    string
	summary string // key of the one-line summary shown by `liangsaibi --help`
	help    string // key of the full help shown by `liangsaibi NAME --help`
	// hidden commands (tools for developers) are left out of `liangsaibi --help`
	// and of "did you mean" hints, but run and answer NAME --help as usual.
	hidden bool
	// flags registers the command's flags on fs, into values of this run
	// alone, and returns the run: it does the work with the arguments left
	// after the flags. Runs share nothing, so they may run side by side.
	flags func(fs *flag.FlagSet, e *env, g globals) (run func(args []string) int)
}

// globals are the flags that may stand before the command name; a
// command's own flags start from them.
type globals struct {
	encoding string // input encoding: "" (UTF-8) or gb18030
	operator string // who enters scores, for the audit log ("" = the OS user)
}

// noFlags is the flags of a command that has none of its own.
func noFlags(run func(e *env, args []string) int) func(*flag.FlagSet, *env, globals) func([]string) int {
	return func(_ *flag.FlagSet, e *env, _ globals) func([]string) int {
		return func(args []string) int { return run(e, args) }
	}
}

// env is what a command talks to.
type env struct {
	stdin          io.Reader // import's confirmation; nil reads as no answer
	stdout, stderr io.Writer
	lang           i18n.Lang
	// isTerminal reports whether stdout is an interactive terminal.
	isTerminal func() bool
	// args is the command line as typed (without the program name), so a
	// hint can repeat it with the one thing that was missing.
	args []string
}

// t is a message of this command line in the chosen language.
func (e *env) t(key string, args ...any) string {
	return msgs.T(e.lang, key, cleanArgs(e.lang, args)...)
}

// errorf prints one error line to stderr.
func (e *env) errorf(key string, args ...any) {
	fmt.Fprintln(e.stderr, "liangsaibi: "+e.t(key, args...))
}

// usageError reports a wrong command line and how to get help; exit 2.
func (e *env) usageError(cmd string, key string, args ...any) int {
	e.errorf(key, args...)
	name := "liangsaibi"
	if cmd != "" {
		name += " " + cmd
	}
	fmt.Fprintln(e.stderr, e.t("usage.more", name))
	return exitUsage
}

func main() { os.Exit(realMain()) }

func realMain() int {
	e := &env{stdin: os.Stdin, stdout: os.Stdout, stderr: os.Stderr, isTerminal: stdoutIsTerminal}
	return run(e, os.Args[1:], os.Getenv)
}

// run is the whole program; tests call it through testscript. No panic
// leaves it: a bug prints a short apology and exits 3.
func run(e *env, args []string, getenv func(string) string) int {
	return guard(e, getenv, func() int { return dispatch(e, args, getenv) })
}

// guard runs f, turning a panic (a bug) into an apology and exit 3; the
// stack is printed only with LIANGSAIBI_DEBUG set.
func guard(e *env, getenv func(string) string, f func() int) (code int) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Fprintln(e.stderr, e.t("panic", r))
			if getenv("LIANGSAIBI_DEBUG") != "" {
				fmt.Fprintln(e.stderr, string(debug.Stack()))
			}
			code = exitPanic
		}
	}()
	return f()
}

// dispatch reads the global flags and runs the command, or the dashboard.
func dispatch(e *env, args []string, getenv func(string) string) int {
	if l, ok := i18n.Parse(getenv("LIANGSAIBI_LANG")); ok {
		e.lang = l
	}
	prescanLang(e, args)
	e.args = args
	// Global flags may come before the command name; the command's own
	// flag set reads them again, so they are passed on.
	root := newFlagSet("liangsaibi", e)
	var showVersion bool
	root.BoolVar(&showVersion, "version", false, "")
	var g globals
	root.Var(encodingFlag{&g.encoding, e}, "encoding", "")
	root.StringVar(&g.operator, "operator", "", "")

	i := firstPositional(root, args)
	if i < len(args) {
		if cmd := lookup(args[i]); cmd != nil {
			if err := root.Parse(args[:i]); err != nil {
				return e.flagError("", err)
			}
			if showVersion {
				return printVersion(e, nil)
			}
			return runCommand(e, cmd, g, args[i+1:])
		}
		if looksLikeCommand(args[i]) {
			return e.unknownCommand(args[i])
		}
	}
	// No command: `liangsaibi [FILE]` opens the dashboard.
	rest, err := parseInterspersed(root, args)
	if err != nil {
		return e.flagError("", err)
	}
	switch {
	case showVersion:
		return printVersion(e, nil)
	case len(rest) > 1:
		return e.usageError("", "usage.too_many", strings.Join(rest[1:], " "))
	}
	return dashboard(e, g, rest)
}

// runCommand parses a command's flags (before or after its arguments) and runs it.
func runCommand(e *env, cmd *command, g globals, args []string) int {
	fs := newFlagSet(cmd.name, e)
	run := cmd.flags(fs, e, g)
	rest, err := parseInterspersed(fs, args)
	if err != nil {
		return e.flagError(cmd.name, err)
	}
	return run(rest)
}

// lookup finds a command by name.
func lookup(name string) *command {
	for _, c := range commands() {
		if c.name == name {
			return c
		}
	}
	return nil
}

// looksLikeCommand tells a mistyped command ("rnak") from a file name
// ("my.yaml", "./x", "D:\比赛\x"): a file name has a dot or a separator,
// or exists.
func looksLikeCommand(arg string) bool {
	if strings.ContainsAny(arg, `./\:`) {
		return false
	}
	_, err := os.Stat(arg)
	return err != nil
}

func (e *env) unknownCommand(name string) int {
	var names []string
	for _, c := range commands() {
		if !c.hidden {
			names = append(names, c.name)
		}
	}
	if best, ok := data.Nearest(name, names); ok {
		return e.usageError("", "usage.unknown_hint", name, best)
	}
	return e.usageError("", "usage.unknown", name)
}
