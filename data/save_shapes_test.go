package data

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/charmbracelet/x/exp/golden"
	"golang.org/x/text/encoding/simplifiedchinese"
)

// shapeHead is the part of the test files before scores: three judges,
// items a and b scored by judges, c entered directly, streets s1…s4.
const shapeHead = `version: 1
title: 测试
judges: [{id: j1, name: 甲}, {id: j2, name: 乙}, {id: j3, name: 丙}]
criteria:
  - id: k
    name: 类别
    weight: 100
    items:
      - {id: a, name: 甲项, max: 10}
      - {id: b, name: 乙项, max: 10}
      - {id: c, name: 丙项, max: 100, judged: false}
streets:
  - {id: s1, name: 一街}
  - {id: s2, name: 二街}
  - {id: s3, name: 三街}
  - {id: s4, name: 四街}
`

// A save keeps the file the user wrote: the whole text after it is the
// golden one, for every shape of scores: the template and the manual show.
// The golden files are UTF-8 with LF; the CRLF and GB18030 files must be
// exactly the golden text in their own line endings and encoding.
func TestSaveKeepsEveryShape(t *testing.T) {
	shapes := saveShapes(t)
	for _, sh := range shapes {
		t.Run(sh.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "c.yaml")
			if err := os.WriteFile(path, encodeShape(t, sh.text, sh.crlf, sh.encoding), 0o644); err != nil {
				t.Fatal(err)
			}
			s, err := Open(path, SessionOptions{Encoding: sh.encoding})
			if err != nil {
				t.Fatal(ErrorText(err, 0))
			}
			defer s.Close()
			for _, sv := range sh.saves {
				c := s.Comp()
				st, it, j := c.FindStreet(sv.street), c.FindItem(sv.item), 0
				if sv.judge != "" {
					j = c.FindJudge(sv.judge)
				}
				v, err := ParseSlot(&c.Items[it], sv.value)
				if st < 0 || it < 0 || j < 0 || err != nil {
					t.Fatalf("bad save %v: %v", sv, err)
				}
				if _, err := s.Commit(st, it, j, v); err != nil {
					t.Fatal(err)
				}
				if err := s.Save(); err != nil { // one save each: every step must keep the file
					t.Fatalf("save %v: %v", sv, ErrorText(err, 0))
				}
			}
			raw, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			text := decodeShape(t, raw, sh.crlf, sh.encoding)
			golden.RequireEqual(t, text)
			want, err := os.ReadFile(filepath.Join("testdata", t.Name()+".golden"))
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(raw, encodeShape(t, string(want), sh.crlf, sh.encoding)) {
				t.Fatalf("the file's bytes are not the golden text in its line endings and encoding:\n%q", raw)
			}
			doc, err := LoadFile(path, Options{Encoding: sh.encoding})
			if err != nil {
				t.Fatal(ErrorText(err, 0))
			}
			if !sameScores(doc.Comp.Scores, s.Comp().Scores) {
				t.Fatal("the saved file does not hold the scores entered")
			}
		})
	}
}

type save struct {
	street, item, judge string
	value               string
}

// saveShape is a file to save into, and the saves its golden file shows.
type saveShape struct {
	name     string
	text     string
	crlf     bool
	encoding string
	saves    []save
}

func saveShapes(t testing.TB) []saveShape {
	return []saveShape{
		{name: "template", text: string(templateText(t)), saves: []save{
			{"xushui", "compete.answer", "j1", "8"},   // a new item between two, below a comment
			{"xushui", "compete.talk", "j2", "7.5"},   // a number in place
			{"tongbailu", "show.results", "j3", "18"}, // recused → a score
		}},
		{name: "block", text: shapeHead + `scores:
  s1:
    a: [8, 9, 7]
    # c: 考完再填
    c: 90
  # 三街下午补录
  s3:
    b: [6, ~, ~]   # 乙、丙未评
`, saves: []save{
			{"s2", "a", "j1", "5"},   // a street between two that have scores
			{"s1", "b", "j2", "6"},   // an item between two
			{"s3", "c", "", "70"},    // an item after the last
			{"s4", "a", "j3", "9.5"}, // a street after the last
		}},
		{name: "flow", text: shapeHead + `scores:
  s1: {a: [8, 9, 7], c: 90}   # 一街
  s3: {b: [6, ~, ~]}
`, saves: []save{
			{"s2", "c", "", "66"},
			{"s1", "b", "j1", "6"},
			{"s3", "c", "", "70"},
		}},
		{name: "flow-scores", text: shapeHead + `scores: {s1: {a: [8, 9, 7]}, s4: {c: 1}}   # 全部写在一行
`, saves: []save{
			{"s2", "c", "", "66"},
			{"s1", "c", "", "5"},
			{"s4", "a", "j2", "3"},
		}},
		{name: "empty", text: shapeHead + "scores:\n", saves: []save{{"s2", "a", "j1", "5"}, {"s1", "c", "", "50"}}},
		{name: "empty-comment", text: shapeHead + "scores:             # 得分，可以先空着，边评边填\n\n# 文件结束\n",
			saves: []save{{"s2", "a", "j1", "5"}, {"s2", "c", "", "50"}}},
		{name: "tilde", text: shapeHead + "scores: ~   # 还没有分数\n", saves: []save{{"s3", "b", "j3", "4"}}},
		{name: "no-scores", text: shapeHead + "# 分数以后再填\n", saves: []save{{"s1", "a", "j1", "5"}, {"s4", "c", "", "1"}}},
		{name: "no-final-newline", text: shapeHead + "scores:\n  s1:\n    c: 1", saves: []save{{"s1", "a", "j1", "5"}, {"s2", "c", "", "2"}}},
		{name: "null-street", text: shapeHead + `scores:
  s1:
    c: 90
  s2: ~        # 待评
  s3:          # 也待评
  s4: {c: 1}
`, saves: []save{{"s2", "a", "j1", "5"}, {"s3", "c", "", "3"}}},
		{name: "crlf", crlf: true, text: shapeHead + `scores:             # 得分
  s1:
    a: [8, 9, 7]
  # 三街
  s3:
    c: 1
`, saves: []save{{"s2", "c", "", "2"}, {"s1", "b", "j1", "6"}, {"s4", "a", "j1", "1"}}},
		{name: "gb18030", encoding: "gb18030", text: shapeHead + `scores:
  s1:
    a: [8, 9, 7]   # 一街的评委分
  s3:
    c: 1
`, saves: []save{{"s2", "c", "", "2"}, {"s1", "c", "", "60"}}},
	}
}

func templateText(t testing.TB) []byte {
	t.Helper()
	raw, err := os.ReadFile(filepath.Join("embed", "template.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	return raw
}

// fataler is what the helpers need of a *testing.T or a *rapid.T.
type fataler interface {
	Helper()
	Fatal(...any)
	Fatalf(string, ...any)
}

// encodeShape is text (UTF-8, LF) in the given line endings and encoding.
func encodeShape(t fataler, text string, crlf bool, encoding string) []byte {
	t.Helper()
	if crlf {
		text = strings.ReplaceAll(text, "\n", "\r\n")
	}
	if encoding != "gb18030" {
		return []byte(text)
	}
	out, err := simplifiedchinese.GB18030.NewEncoder().Bytes([]byte(text))
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// decodeShape is the inverse of encodeShape; a CRLF file must have no
// bare LF left.
func decodeShape(t fataler, raw []byte, crlf bool, encoding string) string {
	t.Helper()
	if encoding == "gb18030" {
		var err error
		if raw, err = simplifiedchinese.GB18030.NewDecoder().Bytes(raw); err != nil {
			t.Fatal(err)
		}
	}
	text := string(raw)
	if crlf {
		if strings.Count(text, "\n") != strings.Count(text, "\r\n") {
			t.Fatalf("mixed line endings:\n%q", text)
		}
		text = strings.ReplaceAll(text, "\r\n", "\n")
	}
	return text
}
