package console

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"liangsaibi/data/round"
	"liangsaibi/data/store"
	"liangsaibi/i18n"
	"liangsaibi/i18n/i18ntest"
	"liangsaibi/web"
)

func start(t *testing.T) (*round.Round, *web.Server, Model) {
	t.Helper()
	dir := t.TempDir()
	for _, f := range []string{"example.yaml", "example.prev.yaml"} {
		raw, err := os.ReadFile(filepath.Join("..", "..", "testdata", "spec", f))
		if err != nil {
			t.Fatal(err)
		}
		os.WriteFile(filepath.Join(dir, f), raw, 0o644)
	}
	r, err := round.Open(filepath.Join(dir, "example.yaml"), round.Options{Operator: "staff"})
	if err != nil {
		t.Fatal(err)
	}
	s, err := web.Start(r, web.Options{Addr: "127.0.0.1:0"})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close(); r.Close() })
	m := New(Options{Server: s, Round: r, SheetPath: filepath.Join(dir, "sheet.html")})
	m, _ = m.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
	return r, s, m
}

func key(m Model, k string) (Model, tea.Cmd) {
	code := rune(k[0])
	switch k {
	case "down":
		code = tea.KeyDown
	case "esc":
		code = tea.KeyEscape
	case "enter":
		code = tea.KeyEnter
	}
	msg := tea.KeyPressMsg{Code: code}
	if len(k) == 1 {
		msg.Text = k
	}
	return m.Update(msg)
}

// run presses k and runs the change it asks for (off the UI goroutine in
// the program), which must be kept.
func run(t *testing.T, m Model, k string) Model {
	t.Helper()
	m, cmd := key(m, k)
	if cmd == nil {
		t.Fatalf("%s asks for no change", k)
	}
	msg, ok := cmd().(keptMsg)
	if !ok || msg.err != nil {
		t.Fatalf("%s: %#v", k, msg)
	}
	m, _ = m.Update(msg)
	return m
}

func TestConsoleOpensClosesReturnsAndDraws(t *testing.T) {
	_, s, m := start(t)
	view := m.View()
	if lines := strings.Split(view, "\n"); len(lines) != 24 {
		t.Fatalf("%d lines", len(lines))
	}
	for _, want := range []string{"评委手机打分", "http://127.0.0.1:", "桐柏路街道", "评委甲", "/j/"} {
		if !strings.Contains(view, want) {
			t.Fatalf("view lacks %q:\n%s", want, view)
		}
	}
	m, _ = key(m, "down")
	m = run(t, m, "o") // close 中原西路街道
	if !s.Status().Closed["zhongyuanxilu"] {
		t.Fatal("o did not close the street")
	}
	m = run(t, m, "s")
	if s.Status().Stage != "zhongyuanxilu" || s.Status().Closed["zhongyuanxilu"] {
		t.Fatal("s did not put the street on stage")
	}
	m, _ = key(m, "b")
	for _, r := range "请核对" {
		m, _ = m.Update(tea.KeyPressMsg{Code: r, Text: string(r)})
	}
	m = run(t, m, "enter")
	if c := s.Status().Cells[[2]string{"j1", "zhongyuanxilu"}]; c.Returned != "请核对" {
		t.Fatalf("b did not return the sheet: %+v", c)
	}
	m, _ = m.Update(changedMsg{})
	if !strings.Contains(m.View(), "退回") {
		t.Fatalf("the console does not show the return:\n%s", m.View())
	}
	m, cmd := key(m, "k")
	if cmd == nil || cmd().(keptMsg).err != nil || !s.Status().Links[0].Revoked {
		t.Fatal("k did not withdraw the link")
	}
	old := s.Status().Links[1].Path
	m, _ = key(m, "N")
	if !strings.Contains(m.View(), "按 y 确认") {
		t.Fatalf("N does not ask first:\n%s", m.View())
	}
	m, cmd = key(m, "x") // any other key: no
	if cmd != nil || s.Status().Links[1].Path != old {
		t.Fatal("N then x renewed the links")
	}
	m, _ = key(m, "N")
	m, cmd = key(m, "y")
	if cmd == nil || cmd().(keptMsg).err != nil || s.Status().Links[1].Path == old || s.Status().Links[0].Revoked {
		t.Fatal("N then y did not give every judge a new link")
	}
	m, _ = key(m, "c")
	if !strings.Contains(m.View(), "▀") {
		t.Fatal("c shows no QR code")
	}
	m, _ = key(m, "x")
	m = run(t, m, "h")
	if !s.Status().Screen.Hold {
		t.Fatal("h did not hold the screen")
	}
	_, cmd = key(m, "P")
	if msg := cmd(); msg.(sheetMsg).err != nil {
		t.Fatal(msg.(sheetMsg).err)
	}
	_, cmd = key(m, "esc")
	if _, ok := cmd().(ExitMsg); !ok {
		t.Fatal("esc does not leave the console")
	}
}

// A change the server could not keep beside the file is said, with what
// it means after a restart.
func TestConsoleSaysAChangeWasNotKept(t *testing.T) {
	r, s, m := start(t)
	links := store.LinksPath(r.State().Path)
	os.Remove(links)
	if err := os.Mkdir(links, 0o700); err != nil { // a folder where the file goes
		t.Fatal(err)
	}
	m, cmd := key(m, "o")
	msg := cmd().(keptMsg)
	if msg.err == nil || !s.Status().Closed["tongbailu"] {
		t.Fatalf("close with an unwritable links file: %v, closed %v", msg.err, s.Status().Closed)
	}
	m, _ = m.Update(msg)
	m, _ = m.Update(changedMsg{})
	if view := m.View(); !strings.Contains(view, "未能存盘：本次有效，重启后可能失效") || !strings.Contains(view, "关闭") {
		t.Fatalf("the console does not say the close was not kept:\n%s", view)
	}
}

// The selected cell's line says when and from which device the judge
// submitted.
func TestConsoleShowsTheDevice(t *testing.T) {
	_, _, m := start(t)
	m.status.Cells = map[[2]string]web.Cell{{"j1", "tongbailu"}: {At: time.Date(2025, 3, 1, 9, 41, 5, 0, time.Local), Addr: "192.168.1.23"}}
	view := m.View()
	if !strings.Contains(view, "评委甲 · 桐柏路街道：09:41:05 从 192.168.1.23 提交") {
		t.Fatalf("the selected cell's device is not shown:\n%s", view)
	}
}

func TestConsoleInEnglishAndSmall(t *testing.T) {
	_, _, m := start(t)
	m.opts.Lang = i18n.En
	lines := strings.Split(m.View(), "\n")
	// Names come from the file (Chinese here); the console's own words are English.
	i18ntest.CheckText(t, i18n.En, "console", strings.Join([]string{lines[0], lines[1], lines[len(lines)-1]}, "\n"))
	if !strings.Contains(lines[3], "Street") || !strings.Contains(lines[4], "open") {
		t.Fatalf("not English:\n%s", m.View())
	}
	m, _ = m.Update(tea.WindowSizeMsg{Width: 60, Height: 20})
	if !strings.Contains(m.View(), "60") && !strings.Contains(m.View(), "80×24") {
		t.Fatalf("too small:\n%s", m.View())
	}
}

func TestCatalog(t *testing.T) { i18ntest.CheckCatalog(t, catalog, ".") }
