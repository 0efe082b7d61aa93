package main

import (
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"liangsaibi/data/store"
	"liangsaibi/i18n"
	"liangsaibi/i18n/i18ntest"
	"liangsaibi/internal/asnobody"
)

// asciiComp is a valid competition whose every name is ASCII, so that the
// English output of its errors must hold no Han character at all.
const asciiComp = `version: 1
title: Test round
rules:
  trim: 1
  tie_break: [show]
  bands:
    - {name: Good, min: 90}
    - {name: Poor, min: 0}
judges:
  - {id: j1, name: Judge A}
  - {id: j2, name: Judge B}
  - {id: j3, name: Judge C}
criteria:
  - id: show
    name: Show
    weight: 60
    items:
      - {id: show.a, name: Work, max: 10, standard: 8}
  - id: test
    name: Test
    weight: 40
    items:
      - {id: test.p, name: Exam, max: 100, judged: false}
streets:
  - {id: s1, name: North}
  - {id: s2, name: South}
scores:
  s1:
    show.a: [8, 9.5, 9]
    test.p: 86
`

// errorCase is one way for the command line to fail. setup prepares the
// current (temporary) folder; it may return a cleanup.
type errorCase struct {
	name  string
	args  []string
	setup func(t *testing.T) func()
	// want is a fragment expected in the Chinese and English output, to
	// prove the case reached the error it is about.
	want [2]string
	// permissions: root would pass the case by ignoring permissions, so as
	// root it runs again as the user nobody.
	permissions bool
}

func write(t *testing.T, name, text string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(name), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(name, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
}

func withComp(extra ...string) func(t *testing.T) func() {
	return func(t *testing.T) func() {
		write(t, "c.yaml", asciiComp)
		for i := 0; i+1 < len(extra); i += 2 {
			write(t, extra[i], extra[i+1])
		}
		return nil
	}
}

func withFile(name, text string) func(t *testing.T) func() {
	return func(t *testing.T) func() { write(t, name, text); return nil }
}

func errorCases() []errorCase {
	yamlCase := func(name, text, zh, en string) errorCase {
		return errorCase{name: "yaml " + name, args: []string{"validate", "bad.yaml"},
			setup: withFile("bad.yaml", text), want: [2]string{zh, en}}
	}
	return []errorCase{
		{name: "missing file", args: []string{"rank", "nope.yaml"},
			want: [2]string{"nope.yaml: 找不到这个文件（在文件夹 ", "nope.yaml: no such file (looked in the folder "}},
		{name: "folder instead of file", args: []string{"rank", "adir"},
			setup: func(t *testing.T) func() { os.Mkdir("adir", 0o755); return nil },
			want:  [2]string{"文件夹", "folder"}},
		{name: "path through a file", args: []string{"validate", "plain/x.yaml"},
			setup: func(t *testing.T) func() {
				if runtime.GOOS == "windows" {
					t.Skip("Windows reports a path through a file as a missing path (the missing-file case)")
				}
				return withFile("plain", "x")(t)
			},
			want: [2]string{"路径中间的某一部分是文件", "a part of the path is a file"}},
		{name: "unreadable file", args: []string{"rank", "secret.yaml"},
			setup: func(t *testing.T) func() {
				if runtime.GOOS == "windows" {
					t.Skip("Windows has no read permission bits: os.Chmod sets only the read-only attribute")
				}
				write(t, "secret.yaml", asciiComp)
				os.Chmod("secret.yaml", 0)
				return func() { os.Chmod("secret.yaml", 0o644) }
			},
			want: [2]string{"没有权限", "you are not allowed"}, permissions: true},
		{name: "empty file", args: []string{"rank", "empty.yaml"}, setup: withFile("empty.yaml", "  \n"),
			want: [2]string{"文件是空的", "the file is empty"}},
		yamlCase("unclosed quote", "version: 1\ntitle: \"x\n", "bad.yaml:2:8: 格式错误：这里的引号没有配对", "bad.yaml:2:8: format error: this quote is not closed"),
		yamlCase("full-width colon", "version: 1\ntitle：x\nrules: {}\n", "bad.yaml:2:6: 格式错误：这里用了中文冒号", "bad.yaml:2:6: format error: a full-width colon"),
		yamlCase("tab", "version: 1\n\ttitle: x\n", "bad.yaml:2:1: 格式错误：缩进里有 Tab", "bad.yaml:2:1: format error: a tab is used"),
		yamlCase("missing colon", "version: 1\ntitle x\nrules: {}\n", "缺少冒号", "a colon is missing"),
		yamlCase("colon in value", "version: 1\ntitle: a: b\n", "bad.yaml:2:9: 格式错误：这里不能出现冒号", "bad.yaml:2:9: format error: a colon is not allowed here"),
		yamlCase("bad first character", "version: 1\ntitle: @home\n", "不能作为开头的字符", "cannot begin a value"),
		yamlCase("unclosed list", "version: 1\ntags: [a, b\nx: 1\n", "方括号", "list is not complete"),
		yamlCase("unclosed mapping", "version: 1\nrules: {trim: 1\nx: 1\n", "花括号", "group is not complete"),
		yamlCase("expected key", "version: 1\nrules:\n  trim: 1\n bands: 2\n", "缩进", "indentation"),
		yamlCase("dash", "version: 1\ntitle: x\n- a\n", "缩进", "indentation"),
		yamlCase("escape", "version: 1\ntitle: \"C:\\q\"\n", "反斜杠", "backslash"),
		yamlCase("anchor", "version: 1\ntitle: &a x\nround: *a\n", "锚点", "anchors"),
		yamlCase("second document", "version: 1\n---\nversion: 1\n", "第二个", "second"),
		{name: "validation", args: []string{"validate", "c.yaml"},
			setup: func(t *testing.T) func() {
				write(t, "c.yaml", strings.Replace(strings.Replace(asciiComp, "title:", "titel:", 1), "test.p: 86", "test.p: 186", 1))
				return nil
			},
			want: [2]string{"未知的字段", "unknown field"}},
		{name: "previous missing", args: []string{"rank", "c.yaml"},
			setup: withFile("c.yaml", strings.Replace(asciiComp, "rules:", "previous: prev.yaml\nrules:", 1)),
			want:  [2]string{"无法读取上一轮排名文件 prev.yaml：文件不存在", "cannot read the previous round's ranked file prev.yaml: the file does not exist"}},
		{name: "previous broken", args: []string{"rank", "c.yaml"},
			setup: withComp("c.yaml", strings.Replace(asciiComp, "rules:", "previous: prev.yaml\nrules:", 1),
				"prev.yaml", "streets: [a, b\nx: 1\n"),
			want: [2]string{"上一轮排名文件 prev.yaml 不是有效的排名导出文件：格式错误", "the previous round's file prev.yaml is not a valid ranked export: format error"}},
		{name: "previous is a folder", args: []string{"rank", "c.yaml"},
			setup: func(t *testing.T) func() {
				write(t, "c.yaml", strings.Replace(asciiComp, "rules:", "previous: prev\nrules:", 1))
				os.Mkdir("prev", 0o755)
				return nil
			},
			want: [2]string{"文件夹", "folder"}},
		{name: "locked", args: []string{"import", "c.yaml", "s.csv", "--yes"},
			setup: func(t *testing.T) func() {
				withComp("s.csv", "x\n")(t)
				l, err := store.Lock("c.yaml")
				if err != nil {
					t.Fatal(err)
				}
				return func() { l.Unlock() }
			},
			want: [2]string{"无法导入", "close that dashboard first"}},
		{name: "lock file cannot be made", args: []string{"import", "c.yaml", "s.csv", "--yes"},
			setup: func(t *testing.T) func() {
				withComp("s.csv", "x\n")(t)
				os.Mkdir("c.yaml.lock", 0o755)
				return nil
			},
			want: [2]string{"无法创建锁文件 c.yaml.lock", "cannot create the lock file c.yaml.lock"}},
		{name: "damaged journal", args: []string{"import", "c.yaml", "s.csv", "--yes"},
			setup: withComp("s.csv", "x\n", "c.yaml.journal", "00000000\t{\"seq\":1}\n00000000\t{\"seq\":2}\n"),
			want:  [2]string{"录入日志 c.yaml.journal 第 1 行已损坏（校验和不符", "the entry journal c.yaml.journal is damaged on line 1 (its checksum does not match"}},
		{name: "sheet missing", args: []string{"import", "c.yaml", "nosheet.csv", "--yes"}, setup: withComp(),
			want: [2]string{"无法读取评分表 nosheet.csv：文件不存在", "cannot read the sheet nosheet.csv: the file does not exist"}},
		{name: "sheet is a folder", args: []string{"import", "c.yaml", "sdir", "--yes"},
			setup: func(t *testing.T) func() { withComp()(t); os.Mkdir("sdir", 0o755); return nil },
			want:  [2]string{"文件夹", "folder"}},
		{name: "sheet not a sheet", args: []string{"import", "c.yaml", "s.csv", "--yes"},
			setup: withComp("s.csv", "hello,world\n1,2\n"), want: [2]string{"s.csv", "s.csv"}},
		{name: "sheet broken xlsx", args: []string{"import", "c.yaml", "s.xlsx", "--yes"},
			setup: withComp("s.xlsx", "PK\x03\x04garbage"), want: [2]string{"不是有效的 Excel 文件", "not a valid Excel file"}},
		{name: "export into a missing folder", args: []string{"export", "c.yaml", "-o", "nodir/out.csv"}, setup: withComp(),
			want: [2]string{"无法写入 nodir/out.csv：所在的文件夹不存在", "cannot write nodir/out.csv: its folder does not exist"}},
		{name: "export through a file", args: []string{"export", "c.yaml", "-o", "c.yaml/out.csv"}, setup: withComp(),
			want: [2]string{"c.yaml", "c.yaml"}},
		{name: "init over a file", args: []string{"init", "c.yaml"}, setup: withComp(),
			want: [2]string{"c.yaml", "c.yaml"}},
		{name: "demo into a missing folder", args: []string{"demo", "-o", "nodir/d.yaml"},
			want: [2]string{"nodir", "nodir"}},
		{name: "audit log is a folder", args: []string{"audit", "c.yaml"},
			setup: func(t *testing.T) func() { withComp()(t); os.Mkdir("c.yaml.audit.jsonl", 0o755); return nil },
			want:  [2]string{"c.yaml.audit.jsonl", "c.yaml.audit.jsonl"}},
		{name: "unknown flag", args: []string{"rank", "--bogus", "c.yaml"},
			want: [2]string{"不认识的选项 -bogus", "unknown option -bogus"}},
		{name: "flag without value", args: []string{"demo", "-o"},
			want: [2]string{"选项 -o 后面需要一个值", "the option -o needs a value"}},
		{name: "bad number flag", args: []string{"project", "--page-seconds=x", "c.yaml"},
			want: [2]string{"page-seconds", "page-seconds"}},
		{name: "bad bool flag", args: []string{"--version=maybe"},
			want: [2]string{"version", "version"}},
		{name: "bad encoding", args: []string{"rank", "--encoding", "latin1", "c.yaml"},
			want: [2]string{"--encoding", "--encoding"}},
		{name: "unknown command", args: []string{"rnak"},
			want: [2]string{"是不是“rank”", `did you mean "rank"`}},
		{name: "unknown command without hint", args: []string{"frobnicate"},
			want: [2]string{"frobnicate", "frobnicate"}},
		{name: "too many files", args: []string{"a.yaml", "b.yaml"},
			want: [2]string{"b.yaml", "b.yaml"}},
	}
}

// TestErrorPathsInBothLanguages runs every way the command line can fail,
// in Chinese and in English, and checks what the user reads: no Chinese in
// English, no English sentence in Chinese, no raw error text of Go or a
// library in either (i18ntest.Leaks).
func TestErrorPathsInBothLanguages(t *testing.T) {
	for _, c := range errorCases() {
		for _, l := range []i18n.Lang{i18n.Zh, i18n.En} {
			t.Run(c.name+"/"+l.String(), func(t *testing.T) {
				if c.permissions && os.Geteuid() == 0 {
					asnobody.Rerun(t)
					return
				}
				t.Chdir(t.TempDir())
				if c.setup != nil {
					if done := c.setup(t); done != nil {
						defer done()
					}
				}
				code, stdout, stderr := runArgs(map[string]string{"LIANGSAIBI_LANG": l.String()}, c.args...)
				if code == exitOK || code == exitPanic {
					t.Fatalf("exit %d; stdout %q stderr %q", code, stdout, stderr)
				}
				if want := c.want[l]; !strings.Contains(stderr, want) {
					t.Errorf("stderr lacks %q:\n%s", want, stderr)
				}
				i18ntest.CheckText(t, l, c.name, stderr+stdout)
				if testing.Verbose() {
					t.Logf("%s", stderr)
				}
			})
		}
	}
}
