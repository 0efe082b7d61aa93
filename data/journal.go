package data

import (
	"errors"

	"liangsaibi/data/store"
	"liangsaibi/i18n"
	"liangsaibi/scoring"
)

// JournalState is what LoadWithJournal found in the file's entry journal:
// readers that rank or show the file (rank, export, the projector) must
// say when scores are counted from it, or when it could not be used.
type JournalState struct {
	Path    string // the journal (beside the resolved file)
	Applied int    // entries not saved into the file yet, counted in
	Skipped int    // entries not counted: made on another version of the file, or naming what the file lacks
	Err     error  // the journal could not be read (damaged, too large, a link): nothing was counted
}

// Warnings are the lines to show a person about the journal; none when it
// is empty and whole.
func (j JournalState) Warnings() []i18n.Message {
	var out []i18n.Message
	if j.Err != nil {
		out = append(out, msgs.M("journal.unread", clean(j.Path), journalWhy(j.Err)))
	}
	if j.Applied > 0 {
		out = append(out, msgs.M("journal.counted", j.Applied, clean(j.Path)))
	}
	if j.Skipped > 0 {
		out = append(out, msgs.M("journal.skipped", j.Skipped))
	}
	return out
}

// journalWhy is why a journal could not be read, without the advice meant
// for opening it for entry.
func journalWhy(err error) i18n.Localizer {
	var corrupt *store.CorruptError
	if errors.As(err, &corrupt) {
		return msgs.M("journal.damaged_at", corrupt.Line, journalReason(corrupt.Reason))
	}
	return Why(err)
}

// replayer applies journal entries by id through maps: a hostile journal
// of many entries on a file of many streets must not cost entries×streets.
type replayer struct {
	streets, items, judges map[string]int
}

func newReplayer(c *scoring.Competition) *replayer {
	r := &replayer{streets: map[string]int{}, items: map[string]int{}, judges: map[string]int{}}
	for i := range c.Streets {
		r.streets[c.Streets[i].ID] = i
	}
	for i := range c.Items {
		r.items[c.Items[i].ID] = i
	}
	for i := range c.Judges {
		r.judges[c.Judges[i].ID] = i
	}
	return r
}

// apply applies one journal entry to the batch e of changes to c.
func (r *replayer) apply(c *scoring.Competition, e *scoring.Edits, rec store.Record) error {
	s, sok := r.streets[rec.Street]
	i, iok := r.items[rec.Item]
	if !sok || !iok {
		return newError(nil, "journal.street", rec.Street, rec.Item)
	}
	slot := 0
	if c.Items[i].Kind == scoring.Judged {
		j, ok := r.judges[rec.Judge]
		if !ok {
			return newError(nil, "journal.judge", rec.Judge)
		}
		slot = j
	}
	v, err := ParseSlot(&c.Items[i], rec.Value)
	if err != nil {
		return newError(err, "journal.value", rec.Value, Explain(err))
	}
	e.Set(s, i, slot, v)
	return nil
}
