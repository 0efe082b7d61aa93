package framecache

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"liangsaibi/data"
	"liangsaibi/data/store"
	"liangsaibi/scoring"
)

// demoDir writes the demo and its earlier rounds into a folder.
func demoDir(t *testing.T) string {
	t.Helper()
	path, err := data.WriteDemo(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	return path
}

func load(t *testing.T, path string) *scoring.Standings {
	t.Helper()
	doc, err := data.LoadFile(path, data.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return scoring.Compute(doc.Comp)
}

func testFile(t *testing.T, path string) *File {
	t.Helper()
	c := New(t.TempDir())
	if c == nil {
		t.Fatal("no build identity")
	}
	return c.For(path, "")
}

// stored keeps the file's standings and returns the key.
func stored(t *testing.T, f *File, st *scoring.Standings) Key {
	t.Helper()
	k, err := f.Key()
	if err != nil {
		t.Fatal(err)
	}
	if err := f.Store(k, st); err != nil {
		t.Fatal(err)
	}
	if !f.Has(k) {
		t.Fatal("nothing stored")
	}
	return k
}

func TestLookupGivesTheStoredRows(t *testing.T) {
	path := demoDir(t)
	st := load(t, path)
	if st.Comp.Previous == nil || len(st.Comp.History) == 0 {
		t.Fatal("the demo should name earlier rounds")
	}
	f := testFile(t, path)
	k := stored(t, f, st)
	got, ok := f.Lookup(k)
	if !ok {
		t.Fatal("miss right after Store")
	}
	if got.Ranked != st.Ranked || got.FullMark != st.FullMark || len(got.Rows) != len(st.Rows) {
		t.Fatalf("ranked %d full %v rows %d", got.Ranked, got.FullMark, len(got.Rows))
	}
	for i, r := range st.Rows {
		want := *r
		want.Categories, want.Items, want.Gaps = nil, nil, nil
		if !reflect.DeepEqual(*got.Rows[i], want) {
			t.Errorf("row %d: %+v, want %+v", i, *got.Rows[i], want)
		}
	}
	c := *st.Comp
	c.Scores = nil
	if !reflect.DeepEqual(*got.Comp, c) {
		t.Errorf("competition differs")
	}
}

func TestAChangeMisses(t *testing.T) {
	for name, change := range map[string]func(path string) error{
		"file": func(path string) error {
			b, _ := os.ReadFile(path)
			return os.WriteFile(path, append(b, "\n# 注释\n"...), 0o644)
		},
		"journal appears": func(path string) error {
			return os.WriteFile(store.JournalPath(path), []byte("{}\n"), 0o644)
		},
		"previous round": func(path string) error {
			p := filepath.Join(filepath.Dir(path), data.DemoPrevName)
			b, _ := os.ReadFile(p)
			return os.WriteFile(p, append(b, '\n'), 0o644)
		},
		"history round": func(path string) error {
			p := filepath.Join(filepath.Dir(path), data.DemoHistory()[0].Name)
			return os.Remove(p)
		},
	} {
		t.Run(name, func(t *testing.T) {
			path := demoDir(t)
			f := testFile(t, path)
			k := stored(t, f, load(t, path))
			if err := change(path); err != nil {
				t.Fatal(err)
			}
			k2, err := f.Key()
			if err != nil {
				t.Fatal(err)
			}
			if _, ok := f.Lookup(k2); ok {
				t.Error("hit after the change")
			}
			if k2 == k && (name == "file" || name == "journal appears") {
				t.Error("the key did not change")
			}
		})
	}
}

func TestAnotherEncodingMisses(t *testing.T) {
	path := demoDir(t)
	f := testFile(t, path)
	k := stored(t, f, load(t, path))
	k2, _ := f.c.For(path, "gb18030").Key()
	if k2 == k {
		t.Error("the encoding is not in the key")
	}
}

func TestStoreSkipsAFileChangedSinceTheLoad(t *testing.T) {
	path := demoDir(t)
	f := testFile(t, path)
	st := load(t, path)
	k, _ := f.Key()
	if err := os.WriteFile(path, []byte("title: changed\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := f.Store(k, st); err != nil || f.Has(k) {
		t.Errorf("stored under a key the file no longer has (err %v)", err)
	}
}

func TestReviewRulesAreNotStored(t *testing.T) {
	path := demoDir(t)
	f := testFile(t, path)
	st := load(t, path)
	c := *st.Comp
	c.Rules.Review = scoring.ReviewConfirm
	st = scoring.Compute(&c)
	k, _ := f.Key()
	if err := f.Store(k, st); err != nil || f.Has(k) {
		t.Errorf("standings under review stored (err %v)", err)
	}
}

func TestDamagedEntriesMiss(t *testing.T) {
	path := demoDir(t)
	f := testFile(t, path)
	k := stored(t, f, load(t, path))
	entry := f.c.entryPath(k)
	good, _ := os.ReadFile(entry)
	for name, bad := range map[string][]byte{
		"empty":         nil,
		"truncated":     good[:len(good)/2],
		"one byte off":  append(append([]byte{}, good[:len(good)-10]...), good[len(good)-10]^1, good[len(good)-9]),
		"other version": append([]byte(magic+"0\n"), good[len(magic)+len(formatVersion)+1:]...),
		"not ours":      []byte("street: 1\n"),
	} {
		if err := os.WriteFile(entry, bad, 0o600); err != nil {
			t.Fatal(err)
		}
		if _, ok := f.Lookup(k); ok {
			t.Errorf("%s: hit", name)
		}
	}
	// Another key's entry under this key's name.
	if err := os.WriteFile(entry, good, 0o600); err != nil {
		t.Fatal(err)
	}
	var other Key
	other[0] = 1
	if err := os.Rename(entry, f.c.entryPath(other)); err != nil {
		t.Fatal(err)
	}
	if _, ok := f.Lookup(other); ok {
		t.Error("an entry read under another key")
	}
}

func TestEntriesArePrivateAndBounded(t *testing.T) {
	path := demoDir(t)
	f := testFile(t, path)
	st := load(t, path)
	var first Key
	for i := range maxEntries + 4 {
		b, _ := os.ReadFile(path)
		if err := os.WriteFile(path, append(b, '\n'), 0o644); err != nil {
			t.Fatal(err)
		}
		k := stored(t, f, st)
		if i == 0 {
			first = k
		}
	}
	des, _ := os.ReadDir(f.c.Dir)
	if len(des) != maxEntries {
		t.Errorf("%d entries kept, want %d", len(des), maxEntries)
	}
	if f.Has(first) {
		t.Error("the oldest entry was kept")
	}
	if fi, err := os.Stat(f.c.Dir); err == nil && fi.Mode().Perm()&0o077 != 0 && !isWindows() {
		t.Errorf("cache folder %v", fi.Mode().Perm())
	}
	for _, de := range des {
		fi, _ := de.Info()
		if fi.Mode().Perm()&0o077 != 0 && !isWindows() {
			t.Errorf("%s: %v", de.Name(), fi.Mode().Perm())
		}
	}
}

func TestTurnedOff(t *testing.T) {
	t.Setenv(OffEnv, "1")
	if Default() != nil {
		t.Error("LIANGSAIBI_NO_CACHE=1 leaves the cache on")
	}
}

// FuzzDecode: whatever an entry's payload holds, reading it is a miss or
// standings whose every index is in range, never a panic.
func FuzzDecode(f *testing.F) {
	path, err := data.WriteDemo(f.TempDir())
	if err != nil {
		f.Fatal(err)
	}
	doc, err := data.LoadFile(path, data.Options{})
	if err != nil {
		f.Fatal(err)
	}
	st := scoring.Compute(doc.Comp)
	raw, err := encode(newEntry(Key{}, st))
	if err != nil {
		f.Fatal(err)
	}
	head := len(magic) + len(formatVersion) + 1 + 32
	f.Add(raw[head:])
	f.Add([]byte{})
	f.Fuzz(func(t *testing.T, payload []byte) {
		e, err := decode(wrap(payload))
		if err != nil {
			return
		}
		st, err := e.standings()
		if err != nil {
			return
		}
		for _, r := range st.Rows {
			_ = st.Comp.Streets[r.Street]
			if r.Band >= 0 {
				_ = st.Comp.Rules.Bands[r.Band]
			}
			for _, it := range r.Below {
				_ = st.Comp.Items[it]
			}
		}
	})
}
