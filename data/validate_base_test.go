package data

import (
	"strings"
	"testing"

	"liangsaibi/i18n"
)

// validBase is a small valid competition. Its line numbers are quoted by
// the validation tests, so keep every line where it is.
const validBase = `version: 1
title: 测试比赛
rules:
  trim: 1
  tie_break: [show]
  bands:
    - {name: 好, min: 90}
    - {name: 差, min: 0}
judges:
  - {id: j1, name: 评委甲}
  - {id: j2, name: 评委乙}
criteria:
  - id: show
    name: 亮·工作成效
    weight: 60
    items:
      - {id: show.a, name: 工作实绩, max: 10, standard: 8}
      - {id: show.t, name: 完成率, max: 10, target: 100, unit: "%"}
  - id: test
    name: 测·知识测试
    weight: 40
    items:
      - {id: test.p, name: 闭卷测试, max: 100, judged: false}
streets:
  - {id: s1, name: 桐柏路街道}
  - {id: s2, name: 须水街道}
scores:
  s1:
    show.a: [8, 9.5]
    show.t: 64.3
    test.p: 86
  s2:
    show.a: [~, recused]
`

// edited is validBase with each old text (which must occur exactly once)
// replaced by the new one.
func edited(t *testing.T, pairs ...string) string {
	t.Helper()
	s := validBase
	for i := 0; i+1 < len(pairs); i += 2 {
		if n := strings.Count(s, pairs[i]); n != 1 {
			t.Fatalf("test setup: %q occurs %d times in the base file", pairs[i], n)
		}
		s = strings.Replace(s, pairs[i], pairs[i+1], 1)
	}
	return s
}

// problemsOf loads text as c.yaml and returns its problems (nil when valid).
func problemsOf(t *testing.T, text string, opts Options) Problems {
	t.Helper()
	doc, err := Load("c.yaml", []byte(text), opts)
	if err == nil {
		if doc == nil || doc.Comp == nil {
			t.Fatal("Load returned neither a document nor an error")
		}
		return nil
	}
	ps, ok := err.(Problems)
	if !ok {
		t.Fatalf("Load returned %T, want Problems: %v", err, err)
	}
	return ps
}

func dumpProblems(ps Problems) string {
	return strings.Join(ps.Lines(i18n.Zh), "\n")
}
