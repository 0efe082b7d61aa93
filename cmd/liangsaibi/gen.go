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
var genCommand = &command{
	name:    "gen",
	summary: "gen.summary",
	help:    "gen.help",
	hidden:  true,
	flags: func(fs *flag.FlagSet, e *env, o *options) {
		genOpts = gen.Options{Seed: 1, Streets: 14, Judges: 7, Items: 15}
		fs.StringVar(&o.output, "o", "", "")
		fs.StringVar(&o.output, "output", "", "")
		fs.Var(genInt{&genOpts.Streets, "streets", 1, genMaxStreets, e}, "streets", "")
		fs.Var(genInt{&genOpts.Judges, "judges", 0, genMaxJudges, e}, "judges", "")
		fs.Var(genInt{&genOpts.Items, "items", 1, genMaxItems, e}, "items", "")
		fs.Var(genHoles{&genOpts.Holes, e}, "holes", "")
		fs.Var(genSeed{&genOpts.Seed, e}, "seed", "")
	},
	run: runGen,
}

// Upper bounds keep a typo (--streets 2000000) from filling the disk; the
// largest stays above the 20,000-street stress size.
const (
	genMaxStreets = 100000
	genMaxJudges  = 50
	genMaxItems   = 200
)

// genOpts are the flags of one gen run, reset whenever its flags are registered.
var genOpts gen.Options

// The gen command's texts join the command line's catalog.
func runGen(e *env, o *options, args []string) int {
	if len(args) > 0 {
		return e.usageError("gen", "usage.too_many", strings.Join(args, " "))
	}
	if o.output == "" {
		return e.usageError("gen", "gen.no_output")
	}
	body := gen.Competition(genOpts)
	if o.output == "-" {
		if _, err := e.stdout.Write(body); err != nil {
			e.errorf("write.failed", err)
			return exitFile
		}
		return exitOK
	}
	if err := createNew(o.output, body); err != nil {
		reportCreateError(e, o.output, err)
		return exitFile
	}
	fmt.Fprint(e.stdout, e.t("gen.done", o.output, genOpts.Streets, genOpts.Judges, genOpts.Items, len(body)))
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
