package data

import (
	"os"
	"path/filepath"
	"testing"

	"liangsaibi/scoring"
)

// BenchmarkSave is the atomic save after one committed score: the user's
// text re-rendered with the new score, written to a temporary file, synced
// and renamed over the competition file. The commit itself (journal append
// with fsync) is outside the timer; BenchmarkJournalAppend in data/store
// measures it.
func BenchmarkSave(b *testing.B) {
	eachSize(b, func(b *testing.B, src []byte, doc *Doc) {
		path := filepath.Join(b.TempDir(), "c.yaml")
		if err := os.WriteFile(path, src, 0o644); err != nil {
			b.Fatal(err)
		}
		s, err := Open(path, SessionOptions{Operator: "bench"})
		if err != nil {
			b.Fatal(err)
		}
		defer s.Close()
		c := s.Comp()
		street, item := len(c.Streets)/2, 0
		values := []scoring.Slot{scoring.Number(scoring.DecFromInt(1)), scoring.Number(c.Items[item].Max)}
		b.SetBytes(int64(len(src)))
		b.ResetTimer()
		i := 0
		for b.Loop() {
			b.StopTimer()
			if _, err := s.Commit(street, item, 0, values[i%2]); err != nil {
				b.Fatal(err)
			}
			i++
			b.StartTimer()
			if err := s.Save(); err != nil {
				b.Fatal(err)
			}
		}
	})
}
