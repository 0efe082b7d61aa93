package data

import (
	"errors"
	"io/fs"
	"path"
	"strings"
	"testing"

	"liangsaibi/i18n"
)

// loadDemoWith loads the demo with its history: block replaced by block,
// reading the named files from the embedded demo (missing ones are not
// there).
func loadDemoWith(t *testing.T, block string) (*Doc, error) {
	t.Helper()
	demo, _ := DemoFiles()
	src := string(demo)
	i := strings.Index(src, "history:")
	j := strings.Index(src, "\nrules:")
	src = src[:i] + block + "\n" + src[j:]
	return Load("demo.yaml", []byte(src), Options{ReadFile: func(p string) ([]byte, error) {
		b, err := embedded.ReadFile("embed/" + path.Base(p))
		if err != nil {
			return nil, &fs.PathError{Op: "open", Path: p, Err: fs.ErrNotExist}
		}
		return b, nil
	}})
}

func TestHistoryLoads(t *testing.T) {
	doc, err := Demo()
	if err != nil {
		t.Fatal(err)
	}
	h := doc.Comp.History
	if len(h) != 3 || h[0].Round != "2025年第四季度" || h[2].Round != "2026年第二季度" {
		t.Fatalf("history = %+v", h)
	}
	if ps := doc.Comp.Previous.ByStreet["xushui"]; !ps.HasBelow || len(ps.Below) == 0 {
		t.Errorf("below_standard of the previous round not read: %+v", ps)
	}
}

func TestHistoryProblems(t *testing.T) {
	for _, tc := range []struct {
		block, where, zh, en string
	}{
		{"history:\n  - demo.hist1.yaml\n  - nothere.yaml", "demo.yaml:11:5:", "无法读取历史排名文件 nothere.yaml", "cannot read the earlier round's ranked file nothere.yaml"},
		{"history:\n  - demo.hist1.yaml\n  - demo.hist1.yaml", "demo.yaml:11:5:", "已经列过", "already listed"},
		{"history:\n  - demo.prev.yaml", "demo.yaml:10:5:", "已经列过", "already listed"},
		{"history: demo.hist1.yaml", "demo.yaml:9:10:", "history 应是", "history should be a list"},
		{"history: [" + strings.Repeat("a.yaml, ", MaxHistory) + "b.yaml]", "demo.yaml:9:10:", "最多列出 12 个", "at most 12 files"},
	} {
		_, err := loadDemoWith(t, tc.block)
		var ps Problems
		if !errors.As(err, &ps) || len(ps) == 0 {
			t.Errorf("%q: no problem (%v)", tc.block, err)
			continue
		}
		zh, en := ps[0].In(i18n.Zh), ps[0].In(i18n.En)
		if !strings.HasPrefix(zh, tc.where) || !strings.Contains(zh, tc.zh) || !strings.Contains(en, tc.en) {
			t.Errorf("%q:\n  %s\n  %s", tc.block, zh, en)
		}
	}
}

// A command that never shows earlier rounds reads none of them: not even
// a missing one stops it. The previous round is still read.
func TestSkipHistoryReadsNoHistoryFile(t *testing.T) {
	demo, _ := DemoFiles()
	var read []string
	doc, err := Load("demo.yaml", demo, Options{SkipHistory: true, ReadFile: func(p string) ([]byte, error) {
		read = append(read, path.Base(p))
		if path.Base(p) != DemoPrevName {
			return nil, &fs.PathError{Op: "open", Path: p, Err: fs.ErrNotExist}
		}
		return embedded.ReadFile("embed/" + path.Base(p))
	}})
	if err != nil {
		t.Fatal(err)
	}
	if len(read) != 1 || read[0] != DemoPrevName || doc.Comp.Previous == nil || len(doc.Comp.History) != 0 {
		t.Fatalf("read %v, previous %v, history %d rounds", read, doc.Comp.Previous != nil, len(doc.Comp.History))
	}
	// The list itself is still checked.
	src := string(demo)
	bad := src[:strings.Index(src, "history:")] + "history: demo.hist1.yaml" + src[strings.Index(src, "\nrules:"):]
	_, err = Load("demo.yaml", []byte(bad), Options{SkipHistory: true, ReadFile: ReadPrevious})
	var ps Problems
	if !errors.As(err, &ps) || len(ps) != 1 || ps[0].Msg.Key != "history.list" {
		t.Fatalf("history: that is not a list: %v", err)
	}
}
