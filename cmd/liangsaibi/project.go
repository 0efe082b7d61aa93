package main

import (
	"flag"
	"strings"

	"liangsaibi/tui/projector"
)

// projectCommand is `liangsaibi project [FILE]`: the full-screen ranking
// for a projector, following FILE live (the embedded demo without FILE).
func projectCommand() *command {
	return &command{
		name:    "project",
		summary: "project.summary",
		help:    "project.help",
		flags: func(fs *flag.FlagSet, e *env, g globals) func([]string) int {
			f := &projectFlags{encoding: g.encoding, pageSeconds: 8}
			fs.Var(encodingFlag{&f.encoding, e}, "encoding", "")
			fs.IntVar(&f.pageSeconds, "page-seconds", f.pageSeconds, "")
			fs.BoolVar(&f.reveal, "reveal", false, "")
			fs.BoolVar(&f.hold, "hold", false, "")
			fs.BoolVar(&f.light, "light", false, "")
			return func(args []string) int { return runProject(e, f, args) }
		},
	}
}

// projectFlags are the flags of one project run.
type projectFlags struct {
	encoding     string
	pageSeconds  int
	reveal, hold bool
	light        bool
}

func runProject(e *env, f *projectFlags, args []string) int {
	if len(args) > 1 {
		return e.usageError("project", "usage.too_many", strings.Join(args[1:], " "))
	}
	path := ""
	if len(args) == 1 {
		path = args[0]
	}
	if f.pageSeconds <= 0 {
		return e.usageError("project", "project.page_seconds", f.pageSeconds)
	}
	if !e.isTerminal() {
		e.errorf("project.no_terminal")
		return exitUsage
	}
	// A file that is wrong at the start is reported like everywhere else;
	// once running, the projector keeps the last good state instead.
	doc := loadDoc(e, f.encoding, path)
	if doc == nil {
		return exitFile
	}
	theme := projector.Dark
	if f.light {
		theme = projector.Light
	}
	err := projector.Run(projector.Options{
		Lang: e.lang, Path: path, Encoding: f.encoding, Comp: doc.Comp,
		PageSeconds: f.pageSeconds, Reveal: f.reveal,
		Hold: f.hold, Theme: theme,
	})
	if err != nil {
		e.errorf("project.failed", err)
		return exitFile
	}
	return exitOK
}

func init() {
	for k, v := range projectMsgs {
		msgs[k] = v
	}
}

// projectMsgs are the command line texts of `project`.
var projectMsgs = map[string][2]string{
	"project.summary": {"投影模式：大屏幕排名，文件保存后自动更新", "projector mode: the ranking on the big screen, live"},
	"project.help": {`用法：liangsaibi project [文件] [--page-seconds 8] [--reveal] [--hold] [--light]

在投影仪上全屏显示排名：前三名大号数字，其余分页滚动；文件（或录入日志）
保存后一秒内自动更新，文件暂时无法读取时保留上次结果。不写任何文件。
不给文件时显示内置示例数据。

  --page-seconds N  每页停留秒数（默认 8）
  --reveal          揭晓模式：从最后一名起逐个揭晓
  --hold            以“成绩核对中”画面开始，按 h 显示成绩
  --light           白底黑字（默认黑底白字）

按键：←/→ 翻页；R 揭晓模式，空格揭晓下一名，a 全部显示；h 核对画面；
t 切换黑底/白底；q 退出。
`, `Usage: liangsaibi project [FILE] [--page-seconds 8] [--reveal] [--hold] [--light]

Shows the ranking full screen for a projector: the top three in large
digits, the rest paging by itself. It follows FILE (and its entry journal)
within a second of every save, and keeps the last good result while the
file cannot be read. It never writes a file. Without FILE, the demo.

  --page-seconds N  seconds per page (default 8)
  --reveal          reveal mode: from last place up to first
  --hold            start on the "scores being checked" screen; h shows them
  --light           dark text on white (default: light text on black)

Keys: ←/→ turn pages; R reveal mode, space reveals the next, a shows all;
h hold screen; t dark/light; q quits.
`},
	"project.page_seconds": {"--page-seconds 须为正整数，收到 %d", "--page-seconds must be a positive whole number, got %d"},
	"project.no_terminal":  {"投影模式需要在终端窗口中运行", "projector mode needs a terminal window"},
	"project.failed":       {"投影模式出错：%v", "projector mode failed: %v"},
}
