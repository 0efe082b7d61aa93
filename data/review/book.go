// Package review keeps what the audit log says about every score beyond
// its value: who entered it, whether another operator confirmed it (复核),
// returned it or entered it again blind, and whether the round is sealed.
// A Book is built by replaying the audit log, so it survives restarts and
// crashes, and is never changed once built: each record gives a new Book
// that shares what did not change.
package review

import (
	"sync"
	"sync/atomic"
	"time"

	"liangsaibi/data/store"
)

// Notes of the audit records this package writes and reads. A score
// record has no note (or resolve.file, decide when a decision changed the
// value); these are the others.
const (
	NoteConfirm = "review.confirm" // New is the value confirmed
	NoteReturn  = "review.return"  // Reason says why
	NoteCheck   = "review.check"   // blind: New is the second entry
	NoteDecide  = "review.decide"  // New is the value chosen
	NoteSeal    = "seal"           // Digest of the competition sealed
	NoteUnseal  = "unseal"         // Reason says why; Digest as it was
	NoteStart   = "start"          // the chain began here; Digest of the scores then (ScoresDigest)
)

// Key names a slot by ids, as the audit log does.
type Key struct{ Street, Item, Judge string }

// Status is where a score stands in review.
type Status uint8

const (
	None      Status = iota // nothing entered (~)
	Pending                 // 待复核: entered, not yet checked
	Confirmed               // 已复核: another operator confirmed it
	Returned                // 退回: another operator sent it back with a reason
	Mismatch                // 不一致: the blind second entry differs
)

// Cell is one score's review.
type Cell struct {
	Value   string // the value entered, as the audit log writes it
	By      string // who entered it ("" when no record says: the file came so)
	Status  Status
	Checker string // who confirmed, returned, entered again or decided
	Second  string // Mismatch: the second entry
	Reason  string // Returned: why
	Time    time.Time
}

// Seal is a sealed round: when, by whom and the digest it was sealed with.
type Seal struct {
	Time     time.Time
	Operator string
	Digest   string
}

// Unseal is the last time a seal was lifted, and why.
type Unseal struct {
	Time             time.Time
	Operator, Reason string
	Digest           string // the digest the round had been sealed with
}

// Book is the review of every score and the seal. The zero Book is empty.
type Book struct {
	streets map[string]map[Key]Cell // read through cells()
	Seal    *Seal
	Unseal  *Unseal
	Started bool // the log has its start record
	// entered, when set, are scores entered after a base book: streets is
	// built from them when first read (WithEntered).
	entered *pendingScores
}

// pendingScores are a Book's scores entered after its base, not yet in
// its streets. A command that only writes (an import of 45,000 scores)
// never reads them back; a screen reads them at most once.
type pendingScores struct {
	once  sync.Once
	done  atomic.Bool
	base  *Book
	n     int
	at    func(i int) Entered // the i-th of n scores entered
	depth int                 // how many unbuilt books lie behind
}

// maxPendingDepth bounds a chain of unbuilt books: past it the base is
// built first, so nothing older is kept alive for long.
const maxPendingDepth = 32

// cells is b's streets, built first if they are pending.
func (b *Book) cells() map[string]map[Key]Cell {
	if b == nil {
		return nil
	}
	if p := b.entered; p != nil {
		p.once.Do(func() {
			ed := p.base.edit()
			ed.enter(p.n, p.at)
			b.streets = ed.n.streets
			p.base, p.at = nil, nil
			p.done.Store(true)
		})
	}
	return b.streets
}

// Replay builds the Book the audit entries describe, oldest first.
func Replay(entries []store.AuditEntry) *Book {
	b := &Book{streets: map[string]map[Key]Cell{}}
	for _, e := range entries {
		b.apply(e) // b is private until returned: changed in place
	}
	return b
}

// With is b after the audit records es.
func (b *Book) With(es ...store.AuditEntry) *Book {
	ed := b.edit()
	for i, e := range es {
		if e.Street != "" && !ed.copied[e.Street] {
			ed.own(e.Street, streetRun(len(es), i, func(j int) string { return es[j].Street }))
		}
		ed.n.apply(e)
	}
	return ed.n
}

// Entered is a score just entered, as its audit record (with no note)
// tells it; Value as the log writes it.
type Entered struct {
	Key       Key
	Value, By string
}

// WithEntered is b after the score records of n scores entered, the
// i-th given by at(i): With without building the records (an import
// enters 45,000), and without asking at for any until the cells are read.
// at is called on one goroutine at a time.
func (b *Book) WithEntered(n int, at func(i int) Entered) *Book {
	if b == nil {
		b = &Book{}
	}
	depth := 0
	if p := b.entered; p != nil && !p.done.Load() {
		if depth = p.depth + 1; depth > maxPendingDepth {
			b.cells()
			depth = 0
		}
	}
	return &Book{Seal: b.Seal, Unseal: b.Unseal, Started: b.Started, entered: &pendingScores{base: b, n: n, at: at, depth: depth}}
}

// enter puts the score records of n scores entered in the new book.
func (ed bookEdit) enter(n int, at func(i int) Entered) {
	for i := range n {
		e := at(i)
		m := ed.n.streets[e.Key.Street]
		if !ed.copied[e.Key.Street] {
			m = ed.own(e.Key.Street, streetRun(n, i, func(j int) string { return at(j).Key.Street }))
		}
		m[e.Key] = Cell{Value: e.Value, By: e.By, Status: Pending}
	}
}

// bookEdit is a Book being made from another: it shares the other's
// streets until it is given its own copy of one.
type bookEdit struct {
	n      *Book
	copied map[string]bool
}

func (b *Book) edit() bookEdit {
	streets := b.cells()
	n := &Book{streets: make(map[string]map[Key]Cell, len(streets)+1), Seal: b.Seal, Unseal: b.Unseal, Started: b.Started}
	for k, v := range streets {
		n.streets[k] = v
	}
	return bookEdit{n, map[string]bool{}}
}

// own gives the new Book its own copy of street's cells, with room for
// more: the map is not grown record by record.
func (ed bookEdit) own(street string, more int) map[Key]Cell {
	old := ed.n.streets[street]
	m := make(map[Key]Cell, len(old)+more)
	for k, v := range old {
		m[k] = v
	}
	ed.n.streets[street] = m
	ed.copied[street] = true
	return m
}

// streetRun is how many of n records from the i-th on are of the i-th's
// street (an import's are together).
func streetRun(n, i int, street func(j int) string) int {
	run, first := 1, street(i)
	for i+run < n && street(i+run) == first {
		run++
	}
	return run
}

// Cell is the review of the slot at k holding value (as the audit log
// writes it: "~", "recused", a number). A value no record gave (the file
// came with it, or it was changed outside the program) is Pending with
// nobody named as its author.
func (b *Book) Cell(k Key, value string) Cell {
	if value == "~" || value == "" {
		return Cell{Value: "~"}
	}
	if b != nil {
		if c, ok := b.cells()[k.Street][k]; ok && c.Value == value {
			return c
		}
	}
	return Cell{Value: value, Status: Pending}
}

// Sealed says whether the round is sealed.
func (b *Book) Sealed() bool { return b != nil && b.Seal != nil }

func (b *Book) apply(e store.AuditEntry) {
	switch e.Note {
	case NoteSeal:
		b.Seal = &Seal{Time: e.Time, Operator: e.Operator, Digest: e.Digest}
		return
	case NoteUnseal:
		b.Seal = nil
		b.Unseal = &Unseal{Time: e.Time, Operator: e.Operator, Reason: e.Reason, Digest: e.Digest}
		return
	case NoteStart:
		b.Started = true
		return
	case "merge", "resolve.mine":
		return
	}
	if e.Street == "" {
		return
	}
	k := Key{e.Street, e.Item, e.Judge}
	m := b.streets[e.Street]
	if m == nil {
		m = map[Key]Cell{}
		b.streets[e.Street] = m
	}
	c, had := m[k]
	switch e.Note {
	case "", "resolve.file":
		m[k] = Cell{Value: e.New, By: e.Operator, Status: Pending, Time: e.Time}
		return
	case "decide":
		return // the score a decision chose: the decision record follows
	}
	if !had || c.Value == "" {
		c = Cell{Value: e.Old, Status: Pending}
	}
	c.Time = e.Time
	switch e.Note {
	case NoteConfirm:
		if c.Value == e.New {
			c.Status, c.Checker, c.Reason, c.Second = Confirmed, e.Operator, "", ""
		}
	case NoteReturn:
		if c.Value == e.New {
			c.Status, c.Checker, c.Reason = Returned, e.Operator, e.Reason
		}
	case NoteCheck:
		if e.New == c.Value {
			c.Status, c.Checker, c.Second = Confirmed, e.Operator, ""
		} else {
			c.Status, c.Checker, c.Second = Mismatch, e.Operator, e.New
		}
	case NoteDecide:
		if e.New == c.Second && e.New != c.Value {
			c.By = c.Checker // the chosen value was the second entry
		}
		c.Value, c.Status, c.Checker, c.Second = e.New, Confirmed, e.Operator, ""
	}
	m[k] = c
}
