package tui

import (
	"bytes"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"syscall"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/charmbracelet/x/exp/golden"
	"golang.org/x/text/encoding/simplifiedchinese"

	"liangsaibi/data/export"
	"liangsaibi/i18n"
	"liangsaibi/scoring"
)

// exportClock is the time export names are proposed at in these tests.
var exportClock = time.Date(2026, 11, 25, 15, 30, 0, 0, time.Local)

// newExportHarness is a dashboard of testComp whose file is in a new
// temporary folder, with a fixed clock.
func newExportHarness(t *testing.T) (*entryHarness, string) {
	t.Helper()
	dir := t.TempDir()
	c := testComp()
	sess := &fakeSession{comp: c}
	m := New(Options{Comp: c, Session: sess, Path: filepath.Join(dir, "比赛.yaml"), Version: "test"})
	m.now = func() time.Time { return exportClock }
	hs := &entryHarness{t: t, sess: sess, width: 120}
	hs.m = hs.feed(m, tea_size(120, 35))
	return hs, dir
}

func TestExportDialogOpensWithATimestampedName(t *testing.T) {
	hs, dir := newExportHarness(t)
	hs.keys("x")
	d := hs.m.export
	if !d.open {
		t.Fatal("x did not open the export dialog")
	}
	if d.dir != dir {
		t.Errorf("the dialog proposes folder %q, want the file's %q", d.dir, dir)
	}
	name := d.input.Value()
	if !strings.Contains(name, "-2026-11-25-15时30分") || !strings.HasSuffix(name, ".xlsx") {
		t.Errorf("proposed name %q: want a timestamp and .xlsx (the default)", name)
	}
	if s := hs.screen(); !strings.Contains(s, "导出排名") || !strings.Contains(s, name) {
		t.Errorf("the dialog is not on screen:\n%s", s)
	}
}

func TestExportFormatKeysChangeTheExtension(t *testing.T) {
	hs, _ := newExportHarness(t)
	hs.keys("x")
	for _, step := range []struct{ key, ext string }{
		{"right", "分.csv"}, {"tab", "分-GBK.csv"}, {"right", "分.yaml"}, {"right", ".md"}, {"right", ".json"},
		{"right", ".xlsx"}, // wraps around
		{"left", ".json"},
	} {
		hs.keys(step.key)
		if got := hs.m.export.input.Value(); !strings.HasSuffix(got, step.ext) {
			t.Errorf("after %s the name is %q, want %s", step.key, got, step.ext)
		}
		if f := exportFormats[hs.m.export.format]; !strings.HasSuffix(step.ext, f.Suffix()) {
			t.Errorf("after %s the format is %s, want %s", step.key, f.Name, step.ext)
		}
	}
}

func TestExportEditedNameWritesTheCurrentStandings(t *testing.T) {
	hs, dir := newExportHarness(t)
	// A score entered just before: the export must include it.
	c2 := hs.m.Competition()
	for j := range c2.Scores[3][0] { // every judge, so trimming cannot hide it
		c2 = c2.WithSlot(3, 0, j, num("1"))
	}
	hs.m = hs.feed(hs.m, StandingsChangedMsg{Comp: c2})
	hs.keys("x", "left") // json
	for range len([]rune(hs.m.export.input.Value())) {
		hs.keys("backspace")
	}
	hs.typeText("通报")
	hs.keys("enter")
	want := filepath.Join(dir, "通报.json")
	if hs.m.export.open {
		t.Error("the dialog stays open after enter")
	}
	if !strings.Contains(hs.m.status, want) || hs.m.statusErr {
		t.Errorf("status %q, want the full path %s", hs.m.status, want)
	}
	got, err := os.ReadFile(want)
	if err != nil {
		t.Fatal(err)
	}
	var now, old bytes.Buffer
	if err := export.WriteJSON(&now, scoring.Compute(c2)); err != nil {
		t.Fatal(err)
	}
	if err := export.WriteJSON(&old, scoring.Compute(testComp())); err != nil {
		t.Fatal(err)
	}
	if bytes.Equal(now.Bytes(), old.Bytes()) {
		t.Fatal("test is void: the entered score does not change the standings")
	}
	if !bytes.Equal(got, now.Bytes()) {
		t.Errorf("the export is not the current standings:\n%s", got)
	}
}

// csv-gbk writes the same table as csv, in the Chinese code page older
// WPS and Excel expect.
func TestExportCSVInGBK(t *testing.T) {
	hs, dir := newExportHarness(t)
	hs.keys("x", "right", "right") // csv-gbk
	if f := exportFormats[hs.m.export.format]; f.Name != "csv-gbk" {
		t.Fatalf("format %s, want csv-gbk", f.Name)
	}
	hs.keys("enter")
	files, _ := filepath.Glob(filepath.Join(dir, "*.csv"))
	if len(files) != 1 {
		t.Fatalf("want one csv, got %v (status %q)", files, hs.m.status)
	}
	raw, err := os.ReadFile(files[0])
	if err != nil {
		t.Fatal(err)
	}
	if utf8.Valid(raw) {
		t.Fatal("the file is UTF-8, not GBK")
	}
	text, err := simplifiedchinese.GB18030.NewDecoder().Bytes(raw)
	if err != nil {
		t.Fatal(err)
	}
	var want bytes.Buffer
	if err := export.CSV(&want, hs.m.Standings(), hs.m.exportOptions()); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(text, bytes.TrimPrefix(want.Bytes(), []byte("\ufeff"))) {
		t.Errorf("decoded GBK differs from the UTF-8 CSV:\n%s", text)
	}
}

func TestExportNeverOverwrites(t *testing.T) {
	hs, dir := newExportHarness(t)
	hs.keys("x", "right") // csv
	wanted := filepath.Join(dir, hs.m.export.input.Value())
	// Someone saves a file under that name while the dialog is open.
	if err := os.WriteFile(wanted, []byte("Excel has it open"), 0o644); err != nil {
		t.Fatal(err)
	}
	hs.keys("enter")
	if b, _ := os.ReadFile(wanted); string(b) != "Excel has it open" {
		t.Error("the existing file was overwritten")
	}
	other := strings.TrimSuffix(wanted, ".csv") + "-1.csv"
	if _, err := os.Stat(other); err != nil {
		t.Errorf("no export under a new name: %v", err)
	}
	if !strings.Contains(hs.m.status, "已存在") || !strings.Contains(hs.m.status, other) {
		t.Errorf("status %q does not say the name was taken and where it went", hs.m.status)
	}
}

func TestExportEscCancels(t *testing.T) {
	hs, dir := newExportHarness(t)
	hs.keys("x", "esc")
	if hs.m.export.open {
		t.Error("esc left the dialog open")
	}
	if !strings.Contains(hs.m.status, "已取消") {
		t.Errorf("status %q, want 已取消导出", hs.m.status)
	}
	if hs.m.ActiveTab() != TabRankings {
		t.Error("esc in the dialog changed the view")
	}
	files, _ := os.ReadDir(dir)
	if len(files) != 0 {
		t.Errorf("cancelling wrote %d files", len(files))
	}
	hs.keys("j") // the dashboard has its keys back
	if hs.m.rankings.sel != 1 {
		t.Error("keys after cancelling do not reach the view")
	}
}

func TestExportEmptyNameIsRefused(t *testing.T) {
	hs, dir := newExportHarness(t)
	hs.keys("x")
	for range len([]rune(hs.m.export.input.Value())) {
		hs.keys("backspace")
	}
	hs.keys("enter")
	if !hs.m.export.open || !hs.m.statusErr {
		t.Errorf("an empty name should keep the dialog open with an error; status %q", hs.m.status)
	}
	if files, _ := os.ReadDir(dir); len(files) != 0 {
		t.Error("an empty name wrote a file")
	}
}

func TestExportErrorsInPlainChinese(t *testing.T) {
	m := newTestModel(testComp(), 80, 24, i18n.Zh)
	for _, tc := range []struct {
		err  error
		want string
	}{
		{&os.PathError{Op: "write", Path: "a.xlsx", Err: syscall.ENOSPC}, "磁盘已满"},
		{&os.PathError{Op: "open", Path: "a.xlsx", Err: syscall.EROFS}, "不可写"},
		{&os.PathError{Op: "open", Path: "a.xlsx", Err: syscall.EACCES}, "不可写"},
	} {
		got := send(m, exportWrittenMsg{wanted: "a.xlsx", err: tc.err})
		if !strings.Contains(got.status, "导出失败") || !strings.Contains(got.status, tc.want) || !got.statusErr {
			t.Errorf("%v: status %q, want 导出失败 … %s", tc.err, got.status, tc.want)
		}
		if !strings.Contains(screen(got), tc.want) {
			t.Errorf("%v: the error is not on screen", tc.err)
		}
	}
}

func TestExportKeyIgnoredWhileTyping(t *testing.T) {
	hs, _ := newExportHarness(t)
	hs.m.tab = TabEntry
	hs.typeText("8x")
	if hs.m.export.open || !hs.m.entry.editing {
		t.Error("x while typing a score opened the export dialog")
	}
	// The filter's cursor blinks forever, so its Cmds are not run here.
	m := typeText(keys(newTestModel(testComp(), 80, 24, i18n.Zh), "/"), "x")
	if m.rankings.filter.Value() != "x" {
		t.Error("x typed into the filter did not reach it")
	}
}

// TestExportDialogGolden draws the dialog at 80×24, in Chinese and English.
func TestExportDialogGolden(t *testing.T) {
	for _, lang := range []i18n.Lang{i18n.Zh, i18n.En} {
		t.Run(lang.String(), func(t *testing.T) {
			m := newTestModel(demoComp(t), 80, 24, lang)
			m = send(m, exportProposedMsg{dir: "/home/办公室/亮赛比/2026年第四季度", name: "排名-2026年第四季度-20261125-1530.xlsx"})
			m = keys(m, "right")
			frame := screen(m)
			checkFrame(t, frame, 80, 24)
			golden.RequireEqual(t, frame)
		})
	}
}

// The names of 3,000 streets are not worked out again for each score.
func TestDerivedShapeReusedAcrossScores(t *testing.T) {
	m := newTestModel(testComp(), 80, 24, i18n.Zh)
	before := m.d.shape
	c2 := m.comp
	for j := range c2.Scores[3][0] {
		c2 = c2.WithSlot(3, 0, j, num("1"))
	}
	m = send(m, StandingsChangedMsg{Comp: c2})
	if m.d.shape != before {
		t.Error("a score change rebuilt the names")
	}
	if got, want := m.d.belowByItem, newDerived(m.st, nil, nil).belowByItem; !reflect.DeepEqual(got, want) {
		t.Errorf("below counts %v, want %v", got, want)
	}
	// A reloaded file (new slices) with a renamed street is a new shape.
	c3 := *c2
	c3.Streets = append([]scoring.Street(nil), c2.Streets...)
	c3.Streets[0].Name = "新名字街道"
	m = send(m, StandingsChangedMsg{Comp: &c3})
	if m.d.shape == before || m.d.names[0] != "新名字街道" {
		t.Error("a changed structure kept the old names")
	}
}

// A score typed just before x and enter is in the export even when its
// commit is still running: the export waits for it.
func TestExportWaitsForScoresBeingCommitted(t *testing.T) {
	hs, dir := newExportHarness(t)
	hs.m.tab = TabEntry
	hs.hold = true // commits stay in flight until released
	hs.typeText("1")
	hs.keys("enter", "x", "left", "enter")
	files, _ := os.ReadDir(dir)
	if len(files) != 0 {
		t.Fatalf("exported before the typed score was committed: %v", files)
	}
	hs.release()
	files, _ = os.ReadDir(dir)
	if len(files) != 1 {
		t.Fatalf("after the commit: %d files, want the export", len(files))
	}
	got, err := os.ReadFile(filepath.Join(dir, files[0].Name()))
	if err != nil {
		t.Fatal(err)
	}
	var want bytes.Buffer
	if err := export.WriteJSON(&want, hs.m.Standings()); err != nil {
		t.Fatal(err)
	}
	if hs.sess.commits[0].val != num("1") || !bytes.Equal(got, want.Bytes()) {
		t.Error("the export does not hold the score typed before it")
	}
	if !strings.Contains(hs.m.status, files[0].Name()) {
		t.Errorf("status %q does not name the file", hs.m.status)
	}
}

// The proposed base name is selected on opening: typing replaces it and
// the extension stays; then the cursor is drawn in the text.
func TestExportNameTypingReplacesTheBase(t *testing.T) {
	hs, _ := newExportHarness(t)
	hs.keys("x")
	if !strings.Contains(hs.m.View().Content, "\x1b[7m") && !hs.m.export.selected {
		t.Fatal("the base name is not selected on opening")
	}
	hs.typeText("四季度排名")
	if got := hs.m.export.input.Value(); got != "四季度排名.xlsx" {
		t.Errorf("after typing the name is %q, want 四季度排名.xlsx", got)
	}
	hs.keys("right") // csv keeps the typed base
	if got := hs.m.export.input.Value(); got != "四季度排名.csv" {
		t.Errorf("after → the name is %q, want 四季度排名.csv", got)
	}
	line := ""
	for _, l := range strings.Split(hs.m.View().Content, "\n") {
		if strings.Contains(l, "四季度排名") {
			line = l
		}
	}
	// The virtual cursor is a reverse-video cell right after the typed base.
	if !strings.Contains(line, "四季度排名\x1b[7") {
		t.Errorf("no cursor after the typed base in %q", line)
	}
}

func TestExportBackspaceClearsTheSelectedBase(t *testing.T) {
	hs, _ := newExportHarness(t)
	hs.keys("x", "backspace")
	if got := hs.m.export.input.Value(); got != ".xlsx" {
		t.Errorf("⌫ on the selected base left %q, want .xlsx", got)
	}
}

// TestExportOffersAWritableFolder: a file opened view-only because its
// folder cannot be written still exports: the dialog proposes the desktop
// (or home) instead.
func TestExportOffersAWritableFolder(t *testing.T) {
	home := t.TempDir()
	desk := filepath.Join(home, "Desktop")
	os.Mkdir(desk, 0o755)
	t.Setenv("HOME", home)
	t.Setenv("USERPROFILE", home)
	ro := t.TempDir()
	old := dirWritable
	dirWritable = func(d string) bool { return d != ro && old(d) }
	defer func() { dirWritable = old }()
	msg := proposeExportCmd(ro, "排名", ".xlsx", time.Now, i18n.Zh)().(exportProposedMsg)
	if msg.err != nil || msg.dir != desk {
		t.Errorf("proposed %q (%v), want the desktop %q", msg.dir, msg.err, desk)
	}
	// A writable folder is kept.
	msg = proposeExportCmd(home, "排名", ".xlsx", time.Now, i18n.Zh)().(exportProposedMsg)
	if msg.dir != home {
		t.Errorf("a writable folder was replaced by %q", msg.dir)
	}
	if entries, _ := os.ReadDir(home); len(entries) != 1 {
		t.Errorf("the probe left files: %v", entries)
	}
}
