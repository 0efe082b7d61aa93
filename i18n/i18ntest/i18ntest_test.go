package i18ntest

import (
	"testing"

	"liangsaibi/i18n"
)

// TestLeaks: the checker catches what it is for, and lets file names,
// flags and quoted names pass.
func TestLeaks(t *testing.T) {
	bad := []struct {
		l    i18n.Lang
		text string
	}{
		{i18n.En, "x.yaml: 文件不存在"},
		{i18n.Zh, "store: lock x.yaml.lock: open x.yaml.lock: permission denied"},
		{i18n.Zh, "x.yaml: 无法读取文件：no such file or directory"},
		{i18n.En, "yaml: line 3: could not find expected ':'"},
		{i18n.Zh, "x.yaml:3:1: 格式错误：found character that cannot start any token"},
		{i18n.Zh, "导出失败：the disk is full"},
		{i18n.En, "read adir: is a directory"},
	}
	for _, c := range bad {
		if len(Leaks(c.l, c.text)) == 0 {
			t.Errorf("%s: no leak found in %q", c.l, c.text)
		}
	}
	good := []struct {
		l    i18n.Lang
		text string
	}{
		{i18n.Zh, "运行 liangsaibi rank --help 查看用法。"},
		{i18n.Zh, "bad.yaml:2:1: 格式错误：缺少冒号“:”；每一行应写成“键: 值”"},
		{i18n.Zh, "--encoding 只能是 utf-8 或 gb18030，这里是“latin1”"},
		{i18n.En, "nope.yaml: cannot read the file: the file does not exist"},
		{i18n.En, "cannot write c.yaml: the disk is full"},
	}
	for _, c := range good {
		if l := Leaks(c.l, c.text); len(l) > 0 {
			t.Errorf("%s: %q flagged: %v", c.l, c.text, l)
		}
	}
}

func TestVerbs(t *testing.T) {
	if a, b := verbs("“%s”应是数字，这里是“%s”"), verbs("%q should be a number, not %q"); len(a) != 2 || len(b) != 2 || a[0] != b[0] {
		t.Errorf("%v %v", a, b)
	}
	if a, b := verbs("选项 -%s 的值“%s”无效"), verbs("the value %[2]q of the option -%[1]s"); len(a) != len(b) {
		t.Errorf("%v %v", a, b)
	}
	if a, b := verbs("%d 个"), verbs("%s items"); a[0] == b[0] {
		t.Errorf("%%d and %%s must differ: %v %v", a, b)
	}
}
