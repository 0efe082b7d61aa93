package review

import (
	"reflect"
	"testing"

	"pgregory.net/rapid"

	"liangsaibi/data/store"
)

// WithEntered is With for score records, whatever the book held before
// (confirmed, returned, sealed cells; streets in runs or scattered).
func TestWithEnteredIsWithOfScoreRecords(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		street := rapid.SampledFrom([]string{"s1", "s2", "s3"})
		item := rapid.SampledFrom([]string{"i1", "i2"})
		judge := rapid.SampledFrom([]string{"", "j1", "j2"})
		value := rapid.SampledFrom([]string{"8", "8.5", "recused", "~"})
		who := rapid.SampledFrom([]string{"甲", "乙"})
		note := rapid.SampledFrom([]string{"", NoteConfirm, NoteReturn, NoteCheck, NoteSeal, NoteStart})
		var before []store.AuditEntry
		for range rapid.IntRange(0, 12).Draw(t, "before") {
			before = append(before, store.AuditEntry{Street: street.Draw(t, "s"), Item: item.Draw(t, "i"), Judge: judge.Draw(t, "j"),
				New: value.Draw(t, "v"), Operator: who.Draw(t, "by"), Note: note.Draw(t, "note"), Reason: "错"})
		}
		base := Replay(before)
		var es []Entered
		var records []store.AuditEntry
		for range rapid.IntRange(0, 20).Draw(t, "entered") {
			e := Entered{Key{street.Draw(t, "s"), item.Draw(t, "i"), judge.Draw(t, "j")}, value.Draw(t, "v"), who.Draw(t, "by")}
			es = append(es, e)
			records = append(records, store.AuditEntry{Street: e.Key.Street, Item: e.Key.Item, Judge: e.Key.Judge,
				New: e.Value, Operator: e.By, Old: "7"})
		}
		snapshot := Replay(before)
		// Entered in several commits, as many as draw: past the bound on
		// unbuilt books too.
		got, want := base, base
		for len(es) > 0 {
			n := rapid.IntRange(1, len(es)).Draw(t, "commit")
			if rapid.IntRange(0, 9).Draw(t, "read") == 0 {
				got.cells() // a screen read this one
			}
			part := es[:n]
			got, want = got.WithEntered(len(part), func(i int) Entered { return part[i] }), want.With(records[:n]...)
			es, records = es[n:], records[n:]
		}
		sameBook(t, got, want)
		sameBook(t, base, snapshot)
	})
}

// sameBook fails unless a and b hold the same cells, seal and start.
func sameBook(t *rapid.T, a, b *Book) {
	if !reflect.DeepEqual(a.cells(), b.cells()) || a.Seal != b.Seal && !reflect.DeepEqual(a.Seal, b.Seal) ||
		!reflect.DeepEqual(a.Unseal, b.Unseal) || a.Started != b.Started {
		t.Fatalf("books differ:\n%+v\n%+v", a.cells(), b.cells())
	}
}

// A long run of commits nobody reads keeps only a bounded chain of
// unbuilt books, and any of them reads right, from any goroutine.
func TestPendingBooksStayBounded(t *testing.T) {
	b := Replay(nil)
	var books []*Book
	for i := range 3 * maxPendingDepth {
		e := Entered{Key{"s" + string(rune('a'+i%7)), "i", "j"}, "8", "甲"}
		b = b.WithEntered(1, func(int) Entered { return e })
		if b.entered.depth > maxPendingDepth {
			t.Fatalf("commit %d: %d unbuilt books behind", i, b.entered.depth)
		}
		books = append(books, b)
	}
	done := make(chan int, 2)
	for range 2 {
		go func() {
			n := 0
			for _, x := range books {
				n += len(x.cells())
			}
			done <- n
		}()
	}
	if a, c := <-done, <-done; a != c || len(b.cells()) != 7 {
		t.Fatalf("two readers counted %d and %d streets, the last book has %d", a, c, len(b.cells()))
	}
}
