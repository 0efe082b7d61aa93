package tui

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/exp/teatest/v2"

	"liangsaibi/data/round"
	"liangsaibi/i18n"
	"liangsaibi/scoring"
)

// The entry view against a real round on a copy of the spec example: undo,
// redo and autosave are the round's, and settling conflicts goes through it.

// copySpec copies the spec example into a temp folder.
func copySpec(t testing.TB) string {
	t.Helper()
	dir := t.TempDir()
	for _, f := range []string{"example.yaml", "example.prev.yaml"} {
		raw, err := os.ReadFile(filepath.Join("..", "testdata", "spec", f))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, f), raw, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return filepath.Join(dir, "example.yaml")
}

// roundHarness is an entry harness on a real round. The round's events are
// handed to the model by the harness after every key (no Cmd waits on them).
func roundHarness(t testing.TB, path string, opts round.Options) (*entryHarness, *round.Round) {
	t.Helper()
	if opts.Operator == "" {
		opts.Operator = "张三"
	}
	r, err := round.Open(path, opts)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { r.Close() })
	m := New(Options{Comp: r.State().Comp, Session: r})
	m.entry.waitEvent = func(*round.Sub) tea.Cmd { return nil }
	hs := &entryHarness{t: t, width: 120}
	hs.m = hs.feed(m, tea_size(120, 35))
	hs.m.tab = TabEntry
	hs.events()
	return hs, r
}

// events feeds the round's events waiting now.
func (hs *entryHarness) events() {
	sub := hs.m.entry.sub
	for sub != nil {
		select {
		case ev, ok := <-sub.C():
			if !ok {
				return
			}
			hs.m = hs.feed(hs.m, entryEventMsg{ev})
		default:
			return
		}
	}
}

// await feeds events until ok or 5 s.
func (hs *entryHarness) await(what string, ok func() bool) {
	hs.t.Helper()
	end := time.Now().Add(5 * time.Second)
	for !ok() {
		if time.Now().After(end) {
			hs.t.Fatalf("waited 5 s for %s; screen:\n%s", what, hs.screen())
		}
		time.Sleep(5 * time.Millisecond)
		hs.events()
	}
}

// at selects the cell of street, item and judge (by ID).
func (hs *entryHarness) at(street, item string, judge int) cellRef {
	c := hs.m.ctx()
	ref := cellRef{c.comp.FindStreet(street), c.comp.FindItem(item), judge}
	hs.m.entry.show(c, ref)
	hs.m.entry.done = false // moved, as by the arrow keys
	return ref
}

func (hs *entryHarness) enter(text string) {
	hs.typeText(text)
	hs.keys("enter")
	hs.events()
}

func TestEntryUndoRedoAreTheRounds(t *testing.T) {
	hs, r := roundHarness(t, copySpec(t), round.Options{SaveIdle: time.Hour, SaveEvery: 100})
	a := hs.at("xushui", "compete.talk", 0)
	oldA := hs.slot(a.street, a.item, a.slot)
	hs.enter("1")
	b := hs.at("xushui", "compete.talk", 2)
	oldB := hs.slot(b.street, b.item, b.slot)
	hs.enter("2")
	// Someone else's score (a phone, an import) is not ours to undo.
	c := r.State().Comp
	other := round.Op{Kind: round.Set, Street: c.FindStreet("tongbailu"), Item: c.FindItem("test.paper"),
		Value: num("55"), Operator: "李四", Source: round.Source{Kind: round.Import}}
	if _, err := r.Do(other); err != nil {
		t.Fatal(err)
	}
	hs.at("xushui", "show.results", 0) // somewhere else: undo shows the cell
	hs.keys("u")
	if hs.slot(b.street, b.item, b.slot) != oldB || hs.slot(a.street, a.item, a.slot) != num("1") {
		t.Fatalf("after u: %+v %+v", hs.slot(a.street, a.item, a.slot), hs.slot(b.street, b.item, b.slot))
	}
	if ref, _ := hs.m.entry.selected(hs.m.ctx()); ref != b || !strings.Contains(hs.m.entry.note, "已撤销") {
		t.Errorf("undo selected %+v (want %+v), says %q", ref, b, hs.m.entry.note)
	}
	hs.keys("ctrl+z")
	if hs.slot(a.street, a.item, a.slot) != oldA {
		t.Fatalf("after ctrl+z: %+v, want %+v", hs.slot(a.street, a.item, a.slot), oldA)
	}
	hs.keys("u")
	if !strings.Contains(hs.m.entry.note, "没有可撤销") {
		t.Errorf("a third undo says %q", hs.m.entry.note)
	}
	if got := r.State().Comp.Scores[other.Street][other.Item][0]; got != num("55") {
		t.Errorf("undo took back another operator's score: %+v", got)
	}
	hs.keys("ctrl+r")
	hs.keys("ctrl+y")
	if hs.slot(a.street, a.item, a.slot) != num("1") || hs.slot(b.street, b.item, b.slot) != num("2") {
		t.Errorf("after redo twice: %+v %+v", hs.slot(a.street, a.item, a.slot), hs.slot(b.street, b.item, b.slot))
	}
	// The round's state and the dashboard agree: one history, one owner.
	if r.State().Comp.Scores[a.street][a.item][a.slot] != num("1") || r.State().Unsaved != hs.m.entry.unsaved {
		t.Errorf("round and view differ: unsaved %d vs %d", r.State().Unsaved, hs.m.entry.unsaved)
	}
	// A new entry after an undo drops the redo history.
	hs.keys("u")
	hs.at("xushui", "compete.talk", 4)
	hs.enter("3")
	hs.keys("ctrl+r")
	if !strings.Contains(hs.m.entry.note, "没有可重做") {
		t.Errorf("redo after a new entry says %q", hs.m.entry.note)
	}
}

func TestEntryAutosaveIsTheRounds(t *testing.T) {
	path := copySpec(t)
	hs, _ := roundHarness(t, path, round.Options{SaveIdle: time.Hour, SaveEvery: 5})
	before := mustReadFile(t, path)
	for i := range 4 {
		hs.at("xushui", "compete.talk", i)
		hs.enter(string(rune('1' + i)))
	}
	if !bytes.Equal(mustReadFile(t, path), before) || hs.m.entry.unsaved != 4 {
		t.Fatalf("after 4 commits: file changed %v, %d unsaved", !bytes.Equal(mustReadFile(t, path), before), hs.m.entry.unsaved)
	}
	hs.at("xushui", "compete.talk", 4)
	hs.enter("5")
	hs.await("the fifth commit to save the file", func() bool { return hs.m.entry.unsaved == 0 })
	if !bytes.Contains(mustReadFile(t, path), []byte("compete.talk: [1, 2, 3, 4, 5]")) {
		t.Errorf("the file after 5 commits:\n%s", mustReadFile(t, path))
	}

	// After a quiet moment the round saves on its own.
	path = copySpec(t)
	hs, _ = roundHarness(t, path, round.Options{SaveIdle: 50 * time.Millisecond, SaveEvery: 100})
	hs.at("tongbailu", "test.paper", 0)
	hs.enter("77")
	hs.await("the idle save", func() bool { return hs.m.entry.unsaved == 0 })
	if !bytes.Contains(mustReadFile(t, path), []byte("test.paper: 77")) {
		t.Error("the idle save did not write the score")
	}
}

func TestEntryFailedAutosaveIsVisible(t *testing.T) {
	path := copySpec(t)
	hs, _ := roundHarness(t, path, round.Options{SaveIdle: 30 * time.Millisecond, SaveEvery: 100})
	os.Chmod(path, 0o444) // made read-only meanwhile: never replaced
	hs.at("tongbailu", "test.paper", 0)
	hs.enter("77")
	hs.await("the failed save", func() bool { return strings.Contains(hs.screen(), "写入文件失败") })
	if hs.m.entry.unsaved != 1 {
		t.Errorf("unsaved = %d after a failed save, want 1", hs.m.entry.unsaved)
	}
	hs.keys("tab") // another tab's status line says it too
	if !strings.Contains(hs.screen(), "写入文件失败") {
		t.Errorf("the failed save is not in another tab's status line:\n%s", hs.screen())
	}
}

// editFile replaces old with new in the file, as another program would.
func editFile(t testing.TB, path, old, new string) {
	t.Helper()
	raw := mustReadFile(t, path)
	if !bytes.Contains(raw, []byte(old)) {
		t.Fatalf("%q not in the file", old)
	}
	if err := os.WriteFile(path, bytes.Replace(raw, []byte(old), []byte(new), 1), 0o644); err != nil {
		t.Fatal(err)
	}
}

func mustReadFile(t testing.TB, p string) []byte {
	t.Helper()
	raw, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	return raw
}

func TestSettleConflictsPerSlotAndAll(t *testing.T) {
	path := copySpec(t)
	hs, r := roundHarness(t, path, round.Options{SaveIdle: time.Hour, SaveEvery: 100})
	tp := hs.at("tongbailu", "test.paper", 0)
	hs.enter("90")
	zt := hs.at("zhongyuanxilu", "test.paper", 0)
	hs.enter("95")
	xs := hs.at("xushui", "compete.talk", 0)
	hs.enter("6")
	if strings.Contains(hs.screen(), "b 处理冲突") {
		t.Error("the settle key is in the footer with nothing to settle")
	}
	// The same two slots change in the file, and another one too.
	raw := mustReadFile(t, path)
	raw = bytes.Replace(raw, []byte("test.paper: 86"), []byte("test.paper: 70"), 1)
	raw = bytes.Replace(raw, []byte("test.paper: 91.5"), []byte("test.paper: 60"), 1)
	os.WriteFile(path, raw, 0o644)
	hs.await("2 conflicts", func() bool { return len(hs.m.entry.info.conflicts) == 2 })
	s := hs.screen()
	if !strings.Contains(s, "2 处分数在文件中也被改过") || !strings.Contains(s, "b 处理冲突") {
		t.Fatalf("no banner or key for the conflicts:\n%s", s)
	}
	hs.keys("b")
	s = hs.screen()
	for _, want := range []string{"桐柏路街道 · 闭卷测试：我的 90 / 文件中 70", "中原西路街道 · 闭卷测试：我的 95 / 文件中 60",
		"a 保留我的", "f 采用文件中的"} {
		if !strings.Contains(s, want) {
			t.Errorf("the settle panel lacks %q:\n%s", want, s)
		}
	}
	if strings.Contains(s, "O 用当前内容覆盖文件") {
		t.Error("the overwrite key is shown though the file is valid")
	}
	// Nothing is saved while they wait.
	if err := r.Save(); err == nil {
		t.Error("saved over unsettled conflicts")
	}
	hs.keys("f") // the first (桐柏路) takes the file's 70
	hs.await("one conflict left", func() bool { return len(hs.m.entry.info.conflicts) == 1 })
	if got := hs.slot(tp.street, tp.item, 0); got != num("70") {
		t.Errorf("take the file's: the dashboard shows %+v", got)
	}
	hs.keys("A") // all that is left: keep mine (95)
	hs.await("no conflict", func() bool { return len(hs.m.entry.info.conflicts) == 0 })
	hs.await("the file saved", func() bool { return r.State().Unsaved == 0 })
	got := mustReadFile(t, path)
	for _, want := range []string{"test.paper: 70", "test.paper: 95", "compete.talk: [6,"} {
		if !bytes.Contains(got, []byte(want)) {
			t.Errorf("the file lacks %q:\n%s", want, got)
		}
	}
	if hs.m.entry.settle.open || strings.Contains(hs.screen(), "b 处理冲突") {
		t.Errorf("the panel or its key stayed:\n%s", hs.screen())
	}
	if hs.slot(zt.street, zt.item, 0) != num("95") || hs.slot(xs.street, xs.item, 0) != num("6") {
		t.Error("the kept scores are not on screen")
	}
	audit := mustReadFile(t, path+".audit.jsonl")
	if !bytes.Contains(audit, []byte("resolve.file")) || !bytes.Contains(audit, []byte("resolve.mine")) {
		t.Errorf("the audit log lacks the resolutions:\n%s", audit)
	}
}

func TestSettleInvalidFileOverwriteAsksFirst(t *testing.T) {
	path := copySpec(t)
	hs, r := roundHarness(t, path, round.Options{SaveIdle: time.Hour, SaveEvery: 100})
	hs.at("tongbailu", "test.paper", 0)
	hs.enter("90")
	editFile(t, path, "test.paper: 86", "test.paper: [oops")
	hs.await("the invalid file", func() bool { return len(hs.m.entry.info.invalid) > 0 })
	if !strings.Contains(hs.screen(), "被改坏了") {
		t.Fatalf("no banner for the invalid file:\n%s", hs.screen())
	}
	hs.keys("b")
	s := hs.screen()
	if !strings.Contains(s, "现在有以下错误") || !strings.Contains(s, "O 用当前内容覆盖文件") || strings.Contains(s, "冲突 0 处") {
		t.Fatalf("the panel shows no problems or no overwrite key:\n%s", s)
	}
	hs.keys("O", "n") // any key but y cancels
	hs.events()
	if !bytes.Contains(mustReadFile(t, path), []byte("[oops")) || !strings.Contains(hs.m.entry.note, "未覆盖") {
		t.Fatalf("overwritten without y (note %q)", hs.m.entry.note)
	}
	hs.keys("O")
	if !strings.Contains(hs.screen(), "按 y 确定") {
		t.Fatalf("no confirmation asked:\n%s", hs.screen())
	}
	hs.keys("y")
	hs.await("the overwrite", func() bool { return r.State().Invalid == nil && r.State().Unsaved == 0 })
	hs.events()
	if got := mustReadFile(t, path); !bytes.Contains(got, []byte("test.paper: 90")) || bytes.Contains(got, []byte("oops")) {
		t.Errorf("the file after overwrite:\n%s", got)
	}
	if hs.m.entry.settle.open || !strings.Contains(hs.m.entry.note, "已用当前内容覆盖文件") {
		t.Errorf("after the overwrite: panel open %v, note %q", hs.m.entry.settle.open, hs.m.entry.note)
	}
}

// TestFlowSettleConflict runs the dashboard as a program (events through
// its own Cmds): a conflict appears, c lists it, f takes the file's.
func TestFlowSettleConflict(t *testing.T) {
	path := copySpec(t)
	r, err := round.Open(path, round.Options{Operator: "张三", SaveIdle: time.Hour, SaveEvery: 100})
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	c := r.State().Comp
	m := New(Options{Lang: i18n.Zh, Comp: c, Session: r})
	tm := teatest.NewTestModel(t, m, teatest.WithInitialTermSize(120, 35))
	press(tm, "4")
	waitFor(t, tm, "按街道录入")
	tb, tp := c.FindStreet("tongbailu"), c.FindItem("test.paper")
	if _, err := r.Commit(tb, tp, 0, scoring.Number(scoring.DecFromInt(90))); err != nil {
		t.Fatal(err)
	}
	editFile(t, path, "test.paper: 86", "test.paper: 70")
	waitFor(t, tm, "按 b 逐项比较处理")
	press(tm, "b")
	waitFor(t, tm, "我的 90 / 文件中 70")
	press(tm, "f")
	waitFor(t, tm, "冲突已处理")
	final := finalModel(t, tm)
	if got := final.Competition().Scores[tb][tp][0]; got != num("70") {
		t.Errorf("after f the dashboard holds %+v", got)
	}
}
