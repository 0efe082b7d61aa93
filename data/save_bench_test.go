package data

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"liangsaibi/scoring"
)

// BenchmarkSave is the atomic save after one committed score into a slot
// the file already writes (a number or ~): the number changed in place,
// the text written to a temporary file, synced and renamed over the
// competition file. The commit itself (journal append with fsync) is
// outside the timer; BenchmarkJournalAppend in data/store measures it.
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

// BenchmarkSaveNewItem is the text of a save whose score has no place in
// the file yet (the street has not written that item): the whole text is
// rendered, read back and checked, as for a street's first score. It is
// the path every save took before the in-place splice.
func BenchmarkSaveNewItem(b *testing.B) {
	eachSize(b, func(b *testing.B, src []byte, doc *Doc) {
		c := doc.Comp
		street, item := len(c.Streets)/2, 0
		key := fmt.Sprintf("\n    %s: ", c.Items[item].ID)
		block := bytes.Index(src, []byte("\n  "+c.Streets[street].ID+":\n"))
		at := block + bytes.Index(src[block:], []byte(key))
		end := at + 1 + bytes.IndexByte(src[at+1:], '\n')
		trimmed := slices.Concat(src[:at], src[end:]) // the item's line removed
		d, err := Load("c.yaml", trimmed, Options{Places: true})
		if err != nil {
			b.Fatal(err)
		}
		next := d.Comp.WithSlot(street, item, 0, scoring.Number(scoring.DecFromInt(1)))
		if _, _, ok := d.places.splice(d.Source, d.Comp, next, spare{}); ok {
			b.Fatal("the score has a place: this would measure the in-place path")
		}
		b.SetBytes(int64(len(trimmed)))
		b.ResetTimer()
		for b.Loop() {
			if _, _, err := saveText(d, next, spare{}); err != nil {
				b.Fatal(err)
			}
		}
	})
}
