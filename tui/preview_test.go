package tui

import (
	"os"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"liangsaibi/data"
	"liangsaibi/data/framecache"
	"liangsaibi/data/round"
	"liangsaibi/i18n"
)

// demoRound writes the demo and its earlier rounds (previous, history:
// the change and trend columns) into a folder.
func demoRound(t *testing.T) string {
	t.Helper()
	path, err := data.WriteDemo(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	return path
}

// roundOptions open path as the dashboard does, with a cache in a
// folder of the test.
func roundOptions(t *testing.T, path string, lang i18n.Lang, cache *framecache.Cache) Options {
	t.Helper()
	return Options{
		Lang: lang, Path: path, Progress: new(LoadProgress), Frame: cache.For(path, ""),
		OpenSession: func() (EntrySession, []string, error) {
			r, err := round.Open(path, round.Options{})
			if err != nil {
				return nil, data.ErrorLines(err, lang), nil
			}
			t.Cleanup(func() { r.Close() })
			return r, nil, nil
		},
	}
}

// start runs the dashboard's start: the cache lookup, then the load, as
// Init orders them; it returns the model showing the preview (if any)
// and the load's message, not yet sent.
func start(t *testing.T, opts Options, w, h int) (Model, tea.Msg) {
	t.Helper()
	m := send(New(opts), tea.WindowSizeMsg{Width: w, Height: h})
	pm := previewCmd(opts.Frame)().(previewMsg)
	m = send(m, pm)
	return m, loadKeyedCmd(opts, pm.key, pm.keyed)()
}

// loadAndStore is a start with a miss: the load, and what it keeps.
func loadAndStore(t *testing.T, opts Options, w, h int) Model {
	t.Helper()
	m, lm := start(t, opts, w, h)
	if m.phase != phaseLoading {
		t.Fatalf("a preview before anything was stored (phase %d)", m.phase)
	}
	m = send(m, lm)
	if m.phase != phaseReady {
		t.Fatalf("not loaded:\n%s", screen(m))
	}
	if cmd := m.storeAfterLoad(lm.(loadedMsg)); cmd != nil {
		cmd()
	} else {
		t.Fatal("nothing stored after a miss")
	}
	lm.(loadedMsg).sess.(*round.Round).Close() // the next start is the writer again
	return m
}

// A hit draws the frame the load draws: the same views over the cached
// rows; only the status line differs, saying it is still loading.
func TestPreviewIsTheLoadedFrame(t *testing.T) {
	for _, lang := range []i18n.Lang{i18n.Zh, i18n.En} {
		for _, size := range [][2]int{{80, 24}, {160, 45}} {
			w, h := size[0], size[1]
			path := demoRound(t)
			cache := framecache.New(t.TempDir())
			loaded := loadAndStore(t, roundOptions(t, path, lang, cache), w, h)
			m, lm := start(t, roundOptions(t, path, lang, cache), w, h)
			if m.phase != phasePreview {
				t.Fatalf("%v %dx%d: no preview after a load stored it", lang, w, h)
			}
			loadedFrame := loaded.View().Content
			got, want := strings.Split(m.View().Content, "\n"), strings.Split(loadedFrame, "\n")
			checkFrame(t, m.View().Content, w, h)
			status := h - 1 - m.helpLines()
			for i := range want {
				if i != status && got[i] != want[i] {
					t.Errorf("%v %dx%d line %d:\npreview %q\nloaded  %q", lang, w, h, i, got[i], want[i])
				}
			}
			if s := screen(m); !strings.Contains(strings.Split(s, "\n")[status], catalog.T(lang, "loading")) {
				t.Errorf("%v %dx%d: the preview does not say it is loading:\n%s", lang, w, h, s)
			}
			// The real state replaces it.
			m = send(m, lm)
			if m.phase != phaseReady || m.View().Content != loadedFrame {
				t.Errorf("%v %dx%d: after the load:\n%s", lang, w, h, screen(m))
			}
		}
	}
}

func TestAChangedFileShowsNoPreview(t *testing.T) {
	path := demoRound(t)
	cache := framecache.New(t.TempDir())
	loadAndStore(t, roundOptions(t, path, i18n.Zh, cache), 80, 24)
	b, _ := os.ReadFile(path)
	if err := os.WriteFile(path, append(b, "\n# 改过\n"...), 0o644); err != nil {
		t.Fatal(err)
	}
	if m, _ := start(t, roundOptions(t, path, i18n.Zh, cache), 80, 24); m.phase != phaseLoading {
		t.Error("a preview of the file before it changed")
	}
}

// No key acts on the preview: only the cursor moves and q quits; the
// cursor's street stays selected when the real state arrives.
func TestNoKeyActsOnThePreview(t *testing.T) {
	path := demoRound(t)
	cache := framecache.New(t.TempDir())
	loadAndStore(t, roundOptions(t, path, i18n.Zh, cache), 120, 35)
	m, lm := start(t, roundOptions(t, path, i18n.Zh, cache), 120, 35)
	if m.phase != phasePreview {
		t.Fatal("no preview")
	}
	var names []string
	for n := range specialKeys {
		names = append(names, n)
	}
	for _, r := range "123456789xXeEsSuUrRcC/?nNmMwWaAfFoOyYpP " {
		names = append(names, string(r))
	}
	for _, n := range names {
		next, cmd := m.Update(keyMsg(n))
		after := next.(Model)
		if n == "ctrl+c" {
			if !isQuit(cmd) {
				t.Error("ctrl+c does not quit the preview")
			}
			continue
		}
		if cmd != nil || after.phase != phasePreview || after.tab != TabRankings || after.export.open ||
			after.proj.open || after.web.open || after.rankings.filtering || after.help.ShowAll {
			t.Errorf("key %q acted on the preview (cmd %v, tab %d)", n, cmd != nil, after.tab)
		}
	}
	if next, cmd := m.Update(keyMsg("q")); !isQuit(cmd) || next.(Model).phase != phasePreview {
		t.Error("q does not quit the preview")
	}
	m = keys(m, "x")
	if !strings.Contains(screen(m), "正在载入") {
		t.Errorf("a refused key says nothing:\n%s", screen(m))
	}
	m = keys(m, "down", "down", "down")
	want := selectedName(m)
	if want == "" || want == m.comp.Streets[m.st.Rows[0].Street].Name {
		t.Fatalf("the cursor did not move in the preview (%q)", want)
	}
	m = send(m, lm)
	if m.phase != phaseReady || selectedName(m) != want {
		t.Errorf("after the load %q is selected, want %q", selectedName(m), want)
	}
	if strings.Contains(screen(m), "正在载入") {
		t.Error("the preview's note outlives it")
	}
}

func TestAFailedLoadReplacesThePreview(t *testing.T) {
	path := demoRound(t)
	cache := framecache.New(t.TempDir())
	loadAndStore(t, roundOptions(t, path, i18n.Zh, cache), 80, 24)
	m, _ := start(t, roundOptions(t, path, i18n.Zh, cache), 80, 24)
	m = send(m, loadedMsg{problems: []string{"demo.yaml:3:1: 坏了"}})
	if m.phase != phaseFailed || !strings.Contains(screen(m), "demo.yaml:3:1") {
		t.Errorf("error screen:\n%s", screen(m))
	}
}
