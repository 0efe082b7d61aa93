package data

import (
	"liangsaibi/data/store"
	"liangsaibi/scoring"
)

// Conflict is a slot changed both here (Mine, not yet saved) and in the
// file by someone else (Theirs). Names are IDs, so they survive a reload
// that moves streets around; Ref is the slot in the current competition.
type Conflict struct {
	Street, Item, Judge string
	Ref                 Change // Value is Mine
	Mine, Theirs        scoring.Slot
}

// Merged is what a merge with the file on disk did.
type Merged struct {
	Before, File *scoring.Competition // as last read, and as the file is now
	Comp         *scoring.Competition // the file with every entry of ours on top
	Kept         int                  // our unsaved entries carried over
	Dropped      int                  // entries for streets, items or judges the file no longer has
	Conflicts    []Conflict
}

// merged is mergeRecords's result.
type merged struct {
	comp      *scoring.Competition
	conflicts []Conflict
	dropped   int
}

// mergeRecords applies our unsaved entries on top of the file's
// competition. Per slot, the first entry's Old is what we typed over and
// the last entry's Value is ours: when the file still holds what we typed
// over (or already holds ours), ours applies; otherwise both changed the
// slot and it is a conflict. Ours is shown meanwhile, marked.
func mergeRecords(file *scoring.Competition, recs []store.Record) merged {
	type slotKey struct{ street, item, judge string }
	first := map[slotKey]store.Record{}
	last := map[slotKey]store.Record{}
	var order []slotKey
	for _, r := range recs {
		k := slotKey{r.Street, r.Item, r.Judge}
		if _, ok := first[k]; !ok {
			order = append(order, k)
			first[k] = r
		}
		if r.Kept { // settled by keeping ours: the file's value then is the base
			first[k] = r
		}
		last[k] = r
	}
	m := merged{}
	next := file.Edit()
	for _, k := range order {
		ch, ok := changeOf(file, last[k])
		if !ok {
			m.dropped++
			continue
		}
		theirs := file.Scores[ch.Street][ch.Item][ch.Slot]
		base, _ := ParseSlot(&file.Items[ch.Item], first[k].Old)
		if theirs != base && theirs != ch.Value {
			m.conflicts = append(m.conflicts, Conflict{Street: k.street, Item: k.item, Judge: k.judge,
				Ref: ch, Mine: ch.Value, Theirs: theirs})
		}
		next.Set(ch.Street, ch.Item, ch.Slot, ch.Value)
	}
	m.comp = next.Done()
	return m
}

// changeOf places a journal entry in c; false when c has no such slot or
// the value no longer fits the item.
func changeOf(c *scoring.Competition, r store.Record) (Change, bool) {
	s, i := c.FindStreet(r.Street), c.FindItem(r.Item)
	if s < 0 || i < 0 {
		return Change{}, false
	}
	slot := 0
	if c.Items[i].Kind == scoring.Judged {
		if slot = c.FindJudge(r.Judge); slot < 0 {
			return Change{}, false
		}
	}
	v, err := ParseSlot(&c.Items[i], r.Value)
	if err != nil {
		return Change{}, false
	}
	return Change{Street: s, Item: i, Slot: slot, Value: v}, true
}

// Merge reads the file again after someone else changed it and puts every
// unsaved entry of ours on top (see mergeRecords); the journal is rebased
// onto the new file so no entry is left dangling. It returns nil when the
// file is what was last read or written. A file that became invalid keeps
// the last good state: the error is its problems, and saving waits.
func (s *Session) Merge(o Origin) (*Merged, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.ReadOnly || s.journal == nil {
		return nil, nil
	}
	h, err := store.HashFile(s.Path)
	if err != nil {
		return nil, err
	}
	if h == hashHex(s.doc.Hash) {
		s.invalid, s.overwrite = nil, false
		return nil, nil
	}
	doc, err := LoadFile(s.Path, Options{Encoding: s.encoding, Places: true})
	if err != nil {
		s.invalid = err
		return nil, err
	}
	pending := s.journal.Pending()
	m := mergeRecords(doc.Comp, pending)
	if err := s.journal.Rebase(s.savedUpTo, hashHex(doc.Hash)); err != nil {
		return nil, err
	}
	before := s.doc.Hash
	out := &Merged{Before: s.doc.Comp, File: doc.Comp, Comp: m.comp, Kept: len(pending) - m.dropped,
		Dropped: m.dropped, Conflicts: m.conflicts}
	s.doc, s.comp, s.conflicts = doc, m.comp, m.conflicts
	s.spare, s.invalid, s.overwrite = spare{}, nil, false
	s.unsaved = len(pending)
	return out, s.audit([]store.AuditEntry{{Operator: o.Operator, Source: o.Source,
		Note: "merge", Old: hashHex(before)[:12], New: h[:12]}})
}

// Resolve settles a conflict: keep ours (the next save writes it) or take
// the file's value, which is committed like any change so the journal and
// the audit log say what happened.
func (s *Session) Resolve(c Conflict, keepMine bool, o Origin) (*scoring.Competition, error) {
	s.mu.Lock()
	at := -1
	for i, x := range s.conflicts {
		if x.Street == c.Street && x.Item == c.Item && x.Judge == c.Judge {
			at = i
		}
	}
	if at < 0 {
		defer s.mu.Unlock()
		return s.comp, nil
	}
	c = s.conflicts[at]
	s.conflicts = append(s.conflicts[:at:at], s.conflicts[at+1:]...)
	s.mu.Unlock()
	if keepMine {
		// Journaled, so that a crash before the next save does not offer
		// the settled slot again (see store.Record.Kept).
		s.mu.Lock()
		defer s.mu.Unlock()
		if s.journal == nil {
			return s.comp, ErrReadOnly
		}
		rec := recordOf(s.comp, c.Ref, slotText(c.Mine), slotText(c.Theirs))
		rec.Kept = true
		stored, err := s.journal.AppendBatch([]store.Record{rec})
		if err != nil {
			s.conflicts = append(s.conflicts, c) // still waiting
			return s.comp, err
		}
		s.unsaved += len(stored)
		return s.comp, s.audit([]store.AuditEntry{{Operator: o.Operator, Source: o.Source,
			Street: c.Street, Item: c.Item, Judge: c.Judge, Old: slotText(c.Theirs), New: slotText(c.Mine), Note: "resolve.mine"}})
	}
	ch := c.Ref
	ch.Value = c.Theirs
	o.Note = "resolve.file"
	return s.CommitAll([]Change{ch}, o)
}
