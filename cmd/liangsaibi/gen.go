package main

import (
	"flag"
	"fmt"
	"strconv"
	"strings"

	"liangsaibi/data/gen"
)

// genCommand is `liangsaibi gen --streets N --judges J --items K [--holes P]
// [--seed S] -o FILE`: a synthetic but valid competition for load tests and
// benchmarks. It is hidden from `liangsaibi --help`: office staff never need it.
func genCommand() *command {
	return &command{
		name:    "gen",
		summary: "gen.summary",
		help:    "gen.help",
		hidden:  true,
		flags: func(fs *flag.FlagSet, e *env, _ globals) func([]string) int {
			opts := &gen.Options{Seed: 1, Streets: 14, Judges: 7, Items: 15}
			output := outputFlag(fs)
			fs.Var(genInt{&opts.Streets, "streets", 1, genMaxStreets, e}, "streets", "")
			fs.Var(genInt{&opts.Judges, "judges", 0, genMaxJudges, e}, "judges", "")
			fs.Var(genInt{&opts.Items, "items", 1, genMaxItems, e}, "items", "")
			fs.Var(genHoles{&opts.Holes, e}, "holes", "")
			fs.Var(genSeed{&opts.Seed, e}, "seed", "")
			return func(args []string) int { return runGen(e, *output, *opts, args) }
		},
	}
}

// Upper bounds keep a typo (--streets 2000000) from filling the disk; the
// largest stays above the 20,000-street stress size.
const (
	genMaxStreets = 100000
	genMaxJudges  = 50
	genMaxItems   = 200
)

func runGen(e *env, output string, opts gen.Options, args []string) int {
	if len(args) > 0 {
		return e.usageError("gen", "usage.too_many", strings.Join(args, " "))
	}
	if output == "" {
		return e.usageError("gen", "gen.no_output")
	}
	body := gen.Competition(opts)
	if output == "-" {
		if _, err := e.stdout.Write(body); err != nil {
			e.errorf("write.failed", err)
			return exitFile
		}
		return exitOK
	}
	if err := createNew(output, body); err != nil {
		reportCreateError(e, output, err)
		return exitFile
	}
	fmt.Fprint(e.stdout, e.t("gen.done", output, opts.Streets, opts.Judges, opts.Items, len(body)))
	return exitOK
}

// genInt is a whole-number flag within [lo, hi], refused in the user's language.
type genInt struct {
	target *int
	name   string
	lo, hi int
	e      *env
}

func (f genInt) String() string {
	if f.target == nil {
		return ""
	}
	return strconv.Itoa(*f.target)
}

func (f genInt) Set(s string) error {
	n, err := strconv.Atoi(strings.TrimSpace(s))
	if err != nil || n < f.lo || n > f.hi {
		return fmt.Errorf("%s", f.e.t("gen.bad_int", f.name, f.lo, f.hi, s))
	}
	*f.target = n
	return nil
}

// genHoles is the fraction of empty or recused slots, 0 to 1.
type genHoles struct {
	target *float64
	e      *env
}

func (f genHoles) String() string {
	if f.target == nil {
		return ""
	}
	return strconv.FormatFloat(*f.target, 'g', -1, 64)
}

func (f genHoles) Set(s string) error {
	p, err := strconv.ParseFloat(strings.TrimSpace(s), 64)
	if err != nil || !(p >= 0 && p <= 1) {
		return fmt.Errorf("%s", f.e.t("gen.bad_holes", s))
	}
	*f.target = p
	return nil
}

// genSeed picks which competition of that size is written.
type genSeed struct {
	target *int64
	e      *env
}

func (f genSeed) String() string {
	if f.target == nil {
		return ""
	}
	return strconv.FormatInt(*f.target, 10)
}

func (f genSeed) Set(s string) error {
	n, err := strconv.ParseInt(strings.TrimSpace(s), 10, 64)
	if err != nil {
		return fmt.Errorf("%s", f.e.t("gen.bad_seed", s))
	}
	*f.target = n
	return nil
}
