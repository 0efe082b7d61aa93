package main

import (
	"flag"
	"fmt"
	"os"
	"os/signal"
	"path/filepath"
	"strings"
	"syscall"

	"liangsaibi/data"
	"liangsaibi/data/round"
	"liangsaibi/tui"
	"liangsaibi/web"
)

// serveCommand is `liangsaibi serve FILE`: judges score on their phones and
// the big screen runs in a browser, from this computer over the meeting
// room's network; the terminal is the console (the dashboard with its
// phones view open). Without a terminal it serves until stopped.
func serveCommand() *command {
	return &command{
		name:    "serve",
		summary: "serve.summary",
		help:    "serve.help",
		flags: func(fs *flag.FlagSet, e *env, g globals) func([]string) int {
			f := &serveFlags{encoding: g.encoding, operator: g.operator, addr: ":0", pageSeconds: 8}
			fs.Var(encodingFlag{&f.encoding, e}, "encoding", "")
			fs.StringVar(&f.operator, "operator", f.operator, "")
			fs.StringVar(&f.addr, "addr", f.addr, "")
			fs.StringVar(&f.sheet, "sheet", "", "")
			fs.BoolVar(&f.showOthers, "show-others", false, "")
			fs.BoolVar(&f.closed, "closed", false, "")
			fs.BoolVar(&f.newLinks, "new-links", false, "")
			fs.IntVar(&f.pageSeconds, "page-seconds", f.pageSeconds, "")
			return func(args []string) int { return runServe(e, f, args) }
		},
	}
}

// serveFlags are the flags of one serve run.
type serveFlags struct {
	encoding, operator string
	addr, sheet        string
	showOthers, closed bool
	newLinks           bool
	pageSeconds        int
}

func runServe(e *env, f *serveFlags, args []string) int {
	switch {
	case len(args) == 0:
		return e.usageError("serve", "serve.no_file")
	case len(args) > 1:
		return e.usageError("serve", "usage.too_many", strings.Join(args[1:], " "))
	case f.pageSeconds <= 0:
		return e.usageError("serve", "project.page_seconds", f.pageSeconds)
	}
	path := args[0]
	if f.sheet == "" {
		f.sheet = filepath.Join(filepath.Dir(path), strings.TrimSuffix(filepath.Base(path), filepath.Ext(path))+"-评委二维码.html")
	}
	wopts := web.Options{Lang: e.lang, Addr: f.addr, ShowOthers: f.showOthers, Closed: f.closed, NewLinks: f.newLinks, PageSeconds: f.pageSeconds}
	if e.isTerminal == nil || !e.isTerminal() {
		return serveHeadless(e, f, path, wopts)
	}
	var r *round.Round
	var srv *web.Server
	defer func() {
		if srv != nil {
			srv.Close()
		}
		if r != nil {
			r.Close() // save, stop following, release the lock
		}
	}()
	return e.tuiResult(tui.Run(tui.Options{
		Lang:    e.lang,
		Path:    path,
		Version: versionString(),
		Web: &tui.WebOptions{Web: wopts, AtStart: true, SheetPath: f.sheet,
			Started: func(s *web.Server) { srv = s }},
		OpenSession: func() (tui.EntrySession, []string, error) {
			opened, err := round.Open(path, round.Options{Encoding: f.encoding, Operator: f.operator})
			if err != nil {
				return nil, data.ErrorLines(err, e.lang), nil
			}
			r = opened
			return opened, nil, nil
		},
	}))
}

// serveHeadless serves without a console (a service, a test): it prints
// the addresses and the judges' links, writes the QR sheet and runs until
// interrupted.
func serveHeadless(e *env, f *serveFlags, path string, wopts web.Options) int {
	r, err := round.Open(path, round.Options{Encoding: f.encoding, Operator: f.operator})
	if err != nil {
		for _, l := range data.ErrorLines(err, e.lang) {
			fmt.Fprintln(e.stderr, "liangsaibi: "+l)
		}
		return exitFile
	}
	defer r.Close()
	if r.State().Mode != round.Writer {
		e.errorf("serve.not_writer", path)
		return exitFile
	}
	srv, err := web.Start(r, wopts)
	if err != nil {
		e.errorf("serve.listen", f.addr, data.ErrorText(err, e.lang))
		return exitFile
	}
	defer srv.Close()
	urls := srv.BaseURLs()
	fmt.Fprintln(e.stdout, e.t("serve.addresses", strings.Join(urls, "  ")))
	fmt.Fprintln(e.stdout, e.t("serve.screen", urls[0]+"/screen"))
	for _, l := range srv.Links() {
		fmt.Fprintln(e.stdout, e.t("serve.link", l.Name, urls[0]+l.Path))
	}
	if sheet, err := srv.Sheet(urls[0]); err == nil && os.WriteFile(f.sheet, sheet, 0o600) == nil {
		fmt.Fprintln(e.stdout, e.t("serve.sheet", f.sheet))
	} else {
		e.errorf("serve.sheet_failed", f.sheet)
	}
	fmt.Fprintln(e.stdout, e.t("serve.running"))
	stop := make(chan os.Signal, 1)
	signal.Notify(stop, os.Interrupt, syscall.SIGTERM)
	<-stop
	signal.Stop(stop)
	return exitOK
}
