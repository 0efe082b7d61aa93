package data

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"liangsaibi/display"
)

// problemKeys are the message keys of a load error, for asserting kinds.
func problemKeys(t *testing.T, err error) []string {
	t.Helper()
	var ps Problems
	if !errors.As(err, &ps) {
		t.Fatalf("want Problems, got %T %v", err, err)
	}
	keys := make([]string, len(ps))
	for i, p := range ps {
		keys[i] = p.Msg.Key
	}
	return keys
}

func wantKey(t *testing.T, err error, key string) {
	t.Helper()
	keys := problemKeys(t, err)
	for _, k := range keys {
		if k == key {
			return
		}
	}
	t.Fatalf("want a %q problem, got %v", key, keys)
}

// allocated is how many bytes fn allocates (TotalAlloc is cumulative, so
// other goroutines can only make it larger, never hide a blow-up).
func allocated(fn func()) uint64 {
	var a, b runtime.MemStats
	runtime.ReadMemStats(&a)
	fn()
	runtime.ReadMemStats(&b)
	return b.TotalAlloc - a.TotalAlloc
}

func TestLimitFileSize(t *testing.T) {
	path := filepath.Join(t.TempDir(), "big.yaml")
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	// A sparse file: costs no disk, reads as zeros.
	if err := f.Truncate(MaxFileSize + 1); err != nil {
		t.Fatal(err)
	}
	f.Close()
	_, err = LoadFile(path, Options{})
	wantKey(t, err, "file.too_big")

	_, err = Load("big.yaml", make([]byte, MaxFileSize+1), Options{})
	wantKey(t, err, "file.too_big")
}

func TestLimitAliasBomb(t *testing.T) {
	var err error
	n := allocated(func() { _, err = Load("bomb.yaml", billionLaughs(), Options{}) })
	wantKey(t, err, "yaml.alias")
	if n > 16<<20 {
		t.Errorf("the alias bomb allocated %d MiB: aliases were expanded", n>>20)
	}
}

// TestManyAliasesReportedOnce: half a million aliases must not turn into
// half a million messages (and seconds of work to sort and print them).
func TestManyAliasesReportedOnce(t *testing.T) {
	raw := "- &a x\n" + strings.Repeat("- *a\n", 50_000)
	_, err := Load("aliases.yaml", []byte(raw), Options{})
	keys := problemKeys(t, err)
	if len(keys) == 0 || keys[0] != "yaml.alias" {
		t.Fatalf("want an alias problem first, got %v", keys[:min(len(keys), 5)])
	}
	if len(keys) > maxSameShape {
		t.Errorf("%d problems for one kind of mistake; a few are enough", len(keys))
	}
}

func TestLimitNesting(t *testing.T) {
	cases := map[string][]byte{
		"flow-seq-20000":  []byte(strings.Repeat("[", 20_000)),
		"flow-map-20000":  []byte(strings.Repeat("{a: ", 20_000)),
		"closed-seq-9999": []byte(strings.Repeat("[", 9_999) + strings.Repeat("]", 9_999)),
		"block-map-2000":  deepBlockMap(2_000),
		"block-seq-20000": []byte(strings.Repeat("- ", 20_000) + "x\n"),
		"keys-20000":      []byte(strings.Repeat("? ", 20_000) + "x\n"),
	}
	for name, raw := range cases {
		t.Run(name, func(t *testing.T) {
			var err error
			n := allocated(func() { _, err = Load(name, raw, Options{}) })
			wantKey(t, err, "yaml.too_deep")
			if n > 64<<20 {
				t.Errorf("allocated %d MiB", n>>20)
			}
		})
	}
}

// competition writes a valid file with the given counts and name length.
func competition(streets, judges, items, nameLen int) []byte {
	var b strings.Builder
	b.WriteString("version: 1\ntitle: 限额测试\njudges:\n")
	for j := range judges {
		fmt.Fprintf(&b, "  - {id: j%d, name: 评委%d}\n", j, j)
	}
	b.WriteString("criteria:\n  - id: c\n    name: 类别\n    weight: 100\n    items:\n")
	for i := range items {
		fmt.Fprintf(&b, "      - {id: i%d, name: 细则%d, max: 10}\n", i, i)
	}
	b.WriteString("streets:\n")
	for s := range streets {
		name := fmt.Sprintf("街道%d", s)
		if s == 0 {
			name = strings.Repeat("长", nameLen)
		}
		fmt.Fprintf(&b, "  - {id: s%d, name: %s}\n", s, name)
	}
	return []byte(b.String())
}

func TestLimitCounts(t *testing.T) {
	if _, err := Load("ok.yaml", competition(3, 5, 3, maxTextLen), Options{}); err != nil {
		t.Fatalf("a file at the name limit is valid: %v", err)
	}
	cases := []struct {
		name                           string
		streets, judges, items, length int
		key                            string
	}{
		{"streets", maxStreets + 1, 1, 1, 4, "limit.streets"},
		{"judges", 1, maxJudges + 1, 1, 4, "limit.judges"},
		{"items", 1, 1, maxItems + 1, 4, "limit.items"},
		{"name", 1, 1, 1, maxTextLen + 1, "text.too_long"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := Load(c.name+".yaml", competition(c.streets, c.judges, c.items, c.length), Options{})
			wantKey(t, err, c.key)
		})
	}
}

// TestLongNameTruncatedForDisplay: the longest valid name still fits a column.
func TestLongNameTruncatedForDisplay(t *testing.T) {
	got := display.Name(strings.Repeat("长", maxTextLen), 20)
	if w := display.Width(got); w > 20 || !strings.HasSuffix(got, "…") {
		t.Fatalf("display.Name gave %q (width %d)", got, w)
	}
}

// BenchmarkHostile measures how fast each troublemaker is refused.
func BenchmarkHostile(b *testing.B) {
	for name, raw := range troublemakers() {
		b.Run(name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				Load(name, raw, Options{})
			}
		})
	}
}

// BenchmarkNodeFlood is a file of nothing but tiny list items, the most
// YAML nodes per byte: its cost per MiB tells what MaxFileSize allows.
func BenchmarkNodeFlood(b *testing.B) {
	raw := []byte("[" + strings.Repeat("1,", 1<<19) + "]") // 1 MiB
	b.SetBytes(int64(len(raw)))
	b.ReportAllocs()
	for b.Loop() {
		Load("flood.yaml", raw, Options{})
	}
}

// TestLimitNodeFlood: a file of nothing but tiny list items, below the
// size cap, is refused before the parser builds millions of nodes.
func TestLimitNodeFlood(t *testing.T) {
	raw := []byte("[" + strings.Repeat("1,", maxStructure) + "1]")
	if len(raw) > MaxFileSize {
		t.Fatalf("the flood (%d bytes) should fit under MaxFileSize to test this guard", len(raw))
	}
	var err error
	n := allocated(func() { _, err = Load("flood.yaml", raw, Options{}) })
	wantKey(t, err, "file.too_many_values")
	if n > 16<<20 {
		t.Errorf("refusing the flood allocated %d MiB", n>>20)
	}
}
