//go:build unix

package data

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"syscall"
	"testing"
	"time"

	"liangsaibi/scoring"
)

// wholeFile are the problems about a file as a whole, which have no line.
var wholeFile = map[string]bool{"file.too_big": true, "file.read": true, "file.not_found": true, "file.too_many_values": true, "file.empty": true, "file.too_many_values_whole": true}

// What one hostile or extreme file may cost. Memory is checked here (the
// allocation count does not depend on the machine's load); the 2 s time
// target is BenchmarkHostileWorst's, and hangGuard only catches a hang.
const (
	hostileBytes = 200 << 20
	hangGuard    = 30 * time.Second
)

// hostileGenerated are the files too large, or too special (devices,
// pipes), to keep in the repository: each writes its file(s) into dir and
// returns the competition file to load and the outcome wanted.
var hostileGenerated = map[string]func(t testing.TB, dir string) (path, want string){
	"sum-of-maxima-1001": func(t testing.TB, dir string) (string, string) {
		var b strings.Builder
		b.WriteString("version: 1\ntitle: t\ncriteria:\n  - id: c\n    name: c\n    weight: 100\n    items:\n")
		for i := range 1001 {
			fmt.Fprintf(&b, "      - {id: i%d, name: i%d, max: 9223372036.854775, judged: false}\n", i, i)
		}
		b.WriteString("streets: [{id: s1, name: s}]\nscores:\n  s1:\n")
		for i := range 1001 {
			fmt.Fprintf(&b, "    i%d: 9223372036.854775\n", i)
		}
		return write(t, dir, "c.yaml", b.String()), "total 100.00"
	},
	"full-mark-1001": func(t testing.TB, dir string) (string, string) {
		var b strings.Builder
		b.WriteString("version: 1\ntitle: t\ncriteria:\n")
		for i := range 1001 {
			fmt.Fprintf(&b, "  - {id: c%d, name: c%d, weight: 9223372036.854775, items: [{id: i%d, name: i%d, max: 1, judged: false}]}\n", i, i, i, i)
		}
		b.WriteString("streets: [{id: s1, name: s}]\n")
		return write(t, dir, "c.yaml", b.String()), "full 9232595408891.63"
	},
	"file-64MiB-sparse": func(t testing.TB, dir string) (string, string) {
		return sparse(t, dir, "c.yaml", MaxFileSize+1), "file.too_big"
	},
	"file-dev-zero": func(t testing.TB, dir string) (string, string) {
		p := filepath.Join(dir, "c.yaml")
		if err := os.Symlink("/dev/zero", p); err != nil {
			t.Fatal(err)
		}
		return p, "file.read"
	},
	"file-9M-entries": func(t testing.TB, dir string) (string, string) {
		return write(t, dir, "c.yaml", "version: 1\nx: ["+strings.Repeat("1,", 9_000_000)+"]\n"), "file.too_many_values"
	},
	"file-4.5M-entries-flow": func(t testing.TB, dir string) (string, string) {
		return write(t, dir, "c.yaml", "version: 1\nx: ["+strings.Repeat("1,", 4_500_000)+"]\n"), "file.too_many_values_whole"
	},
	"file-at-whole-limit": func(t testing.TB, dir string) (string, string) {
		return write(t, dir, "c.yaml", "version: 1\nx: ["+strings.Repeat("1,", maxWholeStructure-10)+"]\n"), "key.unknown"
	},
	"head-4.5M-entries-then-scores": func(t testing.TB, dir string) (string, string) {
		return write(t, dir, "c.yaml", "version: 1\nx: ["+strings.Repeat("1,", 4_500_000)+"]\nscores:\n  s1: {i: 1}\n"), "file.too_many_values_whole"
	},
	"previous-dev-zero": func(t testing.TB, dir string) (string, string) {
		if err := os.Symlink("/dev/zero", filepath.Join(dir, "p.yaml")); err != nil {
			t.Fatal(err)
		}
		return write(t, dir, "c.yaml", unboundedBase+"previous: p.yaml\n"), "previous.read"
	},
	"previous-fifo": func(t testing.TB, dir string) (string, string) {
		if err := syscall.Mkfifo(filepath.Join(dir, "p.yaml"), 0o600); err != nil {
			t.Skip("no FIFOs:", err)
		}
		return write(t, dir, "c.yaml", unboundedBase+"previous: p.yaml\n"), "previous.read"
	},
	"previous-2GiB": func(t testing.TB, dir string) (string, string) {
		sparse(t, dir, "p.yaml", 2<<30)
		return write(t, dir, "c.yaml", unboundedBase+"previous: p.yaml\n"), "previous.read"
	},
	"previous-15MiB-1.9M-entries": func(t testing.TB, dir string) (string, string) {
		write(t, dir, "p.yaml", "streets:\n"+strings.Repeat("- {id: a}\n", 480_000)+strings.Repeat("#", 10<<20)+"\n")
		return write(t, dir, "c.yaml", unboundedBase+"previous: p.yaml\n"), "previous.bad"
	},
	"previous-at-entry-limit": func(t testing.TB, dir string) (string, string) {
		// Just under the limit: 99,000 streets, 396,000 entries, read whole.
		var b strings.Builder
		b.WriteString("streets:\n")
		for i := range 99_000 {
			fmt.Fprintf(&b, "- {id: s%d}\n", i)
		}
		write(t, dir, "p.yaml", b.String())
		return write(t, dir, "c.yaml", unboundedBase+"previous: p.yaml\n"), "ok"
	},
}

func write(t testing.TB, dir, name, text string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, []byte(text), 0o600); err != nil {
		t.Fatal(err)
	}
	return p
}

func sparse(t testing.TB, dir, name string, size int64) string {
	t.Helper()
	p := filepath.Join(dir, name)
	f, err := os.Create(p)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if err := f.Truncate(size); err != nil {
		t.Fatal(err)
	}
	return p
}

// TestHostileBatch loads every file of testdata/hostile (whose first line
// says "# want: KEY" or "# want: ok") and every generated one: each is
// refused with the wanted problem, every problem naming its line and
// column (problems about a whole file aside), or scored; each with at most
// 200 MB allocated, and none hangs.
//
//	go test ./data -run TestHostileBatch -v
func TestHostileBatch(t *testing.T) {
	type result struct {
		name  string
		took  time.Duration
		bytes uint64
	}
	var worst []result
	check := func(t *testing.T, path, want string) {
		var doc *Doc
		var err error
		start := time.Now()
		runtime.GC()
		n := allocated(func() { within(t, hangGuard, func() { doc, err = LoadFile(path, Options{}) }) })
		took := time.Since(start)
		worst = append(worst, result{t.Name(), took, n})
		t.Logf("%v, %d MB allocated", took.Round(time.Millisecond), n>>20)
		if n > hostileBytes {
			t.Errorf("%d MB allocated: over the budget of %d MB", n>>20, hostileBytes>>20)
		}
		if err != nil {
			var ps Problems
			if !errors.As(err, &ps) {
				t.Fatalf("not Problems: %v", err)
			}
			found := false
			for _, p := range ps {
				if (p.Line <= 0 || p.Col <= 0) && !wholeFile[p.Msg.Key] {
					t.Errorf("no line and column: %s", p.In(0))
				}
				found = found || p.Msg.Key == want
			}
			if !found {
				t.Errorf("want %s, got:\n%s", want, dumpProblems(ps))
			}
			return
		}
		st := scoring.Compute(doc.Comp)
		switch kind, value, _ := strings.Cut(want, " "); kind {
		case "ok":
		case "total":
			if got := st.Rows[0].Total.String(); got != value {
				t.Errorf("total %s, want %s", got, value)
			}
		case "full":
			if got := st.FullMark.String(); got != value {
				t.Errorf("full mark %s, want %s", got, value)
			}
		default:
			t.Errorf("scored, want %s", want)
		}
	}
	files, _ := filepath.Glob("testdata/hostile/*.yaml")
	if len(files) < 10 {
		t.Fatalf("only %d hostile files", len(files))
	}
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			raw, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			first, _, _ := strings.Cut(string(raw), "\n")
			want, ok := strings.CutPrefix(first, "# want: ")
			if !ok {
				t.Fatalf("first line should be # want: KEY")
			}
			check(t, f, want)
		})
	}
	for name, gen := range hostileGenerated {
		t.Run(name, func(t *testing.T) {
			path, want := gen(t, t.TempDir())
			check(t, path, want)
		})
	}
	var maxTime time.Duration
	var maxBytes uint64
	for _, r := range worst {
		maxTime, maxBytes = max(maxTime, r.took), max(maxBytes, r.bytes)
	}
	t.Logf("%d files: at most %v and %d MB allocated each", len(worst), maxTime.Round(time.Millisecond), maxBytes>>20)
}

// BenchmarkHostileWorst times the costliest file of the hostile batch, a
// file just under the whole-parse entry limit; the target is under 2 s.
//
//	go test ./data -run '^$' -bench HostileWorst -benchtime 3x
func BenchmarkHostileWorst(b *testing.B) {
	path, _ := hostileGenerated["file-at-whole-limit"](b, b.TempDir())
	b.ResetTimer()
	for b.Loop() {
		if _, err := LoadFile(path, Options{}); err == nil {
			b.Fatal("the file should be refused")
		}
	}
}
