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
		got, want := base.WithEntered(es), base.With(records...)
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("WithEntered gave\n%+v\nWith gave\n%+v", got, want)
		}
		if !reflect.DeepEqual(base, snapshot) {
			t.Fatal("WithEntered changed the book it started from")
		}
	})
}
