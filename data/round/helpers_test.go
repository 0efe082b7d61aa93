package round

import (
	"os"
	"path/filepath"
	"testing"
	"time"

	"liangsaibi/data/review"
	"liangsaibi/data/store"
	"liangsaibi/scoring"
)

// copyExample copies the spec example into a temp folder.
func copyExample(t testing.TB) string {
	t.Helper()
	dir := t.TempDir()
	for _, f := range []string{"example.yaml", "example.prev.yaml"} {
		raw, err := os.ReadFile(filepath.Join(specDir(), f))
		if err != nil {
			t.Fatal(err)
		}
		name := f
		if f == "example.yaml" {
			name = "比赛.yaml"
		}
		if err := os.WriteFile(filepath.Join(dir, name), raw, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return filepath.Join(dir, "比赛.yaml")
}

func open(t testing.TB, path string, opts Options) *Round {
	t.Helper()
	r, err := Open(path, opts)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { r.Close() })
	return r
}

// cell is the n-th judged slot of the example, cycling through
// xushui and zhongyuanxilu's compete.talk and show.results.
func cell(c *scoring.Competition, n int) (street, item, slot int) {
	streets := []string{"xushui", "zhongyuanxilu"}
	items := []string{"compete.talk", "show.results"}
	street = c.FindStreet(streets[n/10%2])
	item = c.FindItem(items[n/5%2])
	return street, item, n % 5
}

// value is the score entered n-th: 1 to 9.5 in halves, never what the
// file holds in a row.
func value(n int) scoring.Slot {
	return scoring.Number(scoring.Dec(int64(2+n%16) * 500_000))
}

// waitFor polls the round's state until ok or the deadline.
func waitFor(t testing.TB, r *Round, d time.Duration, ok func(*State) bool) bool {
	t.Helper()
	end := time.Now().Add(d)
	for time.Now().Before(end) {
		if ok(r.State()) {
			return true
		}
		time.Sleep(2 * time.Millisecond)
	}
	return ok(r.State())
}

// startWritten waits until r's audit log at path holds its start record,
// which a writer writes once its digest is ready (Session.Begin), and the
// write is over: the log is closed again (Windows cannot remove an open
// file).
func startWritten(t testing.TB, r *Round, path string) {
	t.Helper()
	end := time.Now().Add(10 * time.Second)
	for time.Now().Before(end) {
		if entries, _ := store.ReadAudit(path); len(entries) > 0 && entries[0].Note == review.NoteStart {
			r.sess.Unsaved() // takes the session's lock, which the write holds until it is over
			return
		}
		time.Sleep(5 * time.Millisecond)
	}
	t.Fatal("no start record within 10 s")
}

// specDir is the spec examples' folder; a test run again as nobody
// (asnobody) runs elsewhere and finds it through LIANGSAIBI_SPEC_DIR.
func specDir() string {
	if d := os.Getenv("LIANGSAIBI_SPEC_DIR"); d != "" {
		return d
	}
	d, _ := filepath.Abs(filepath.Join("..", "..", "testdata", "spec"))
	return d
}
