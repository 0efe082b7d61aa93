package round

import (
	"liangsaibi/data"
	"liangsaibi/scoring"
)

// Source says where a change came from. Addr is the device for a phone.
type Source struct {
	Kind SourceKind
	Addr string
}

// SourceKind names a kind of writer.
type SourceKind string

const (
	Keyboard SourceKind = "keyboard" // the dashboard's entry view
	Import   SourceKind = "import"   // liangsaibi import
	Phone    SourceKind = "phone"    // a judge's phone (later)
	Merge    SourceKind = "merge"    // resolving an outside edit
)

func (s Source) String() string {
	if s.Addr != "" {
		return string(s.Kind) + "@" + s.Addr
	}
	return string(s.Kind)
}

// OpKind is what an Op does.
type OpKind uint8

const (
	Set  OpKind = iota // Street, Item, Slot := Value (a score, ~ or recused)
	Undo               // take back Operator's last Set
	Redo               // put back Operator's last Undo
)

// Op is one change to the round, as data: every writer (keyboard, import,
// phone) sends the same thing, with who and from where. Slots are indexes
// into the State's competition the writer looked at.
type Op struct {
	Kind               OpKind
	Street, Item, Slot int
	Value              scoring.Slot
	Operator           string
	Source             Source
}

// Policy is asked before ops are applied; an error refuses the whole batch
// (that Do's ops) and nothing of it is written; other writers' requests
// committed in the same group are not affected. st holds the changes of
// the requests ahead in the group. Review (复核), sealing and per-device
// permissions plug in here.
type Policy func(st *State, ops []Op) error

// Ack is what a batch did once it is on disk.
type Ack struct {
	State   *State
	Applied []Op // Sets as applied (Undo and Redo resolved to the Set they made)
}

func (o Op) change() data.Change {
	return data.Change{Street: o.Street, Item: o.Item, Slot: o.Slot, Value: o.Value}
}

func (o Op) origin() data.Origin {
	return data.Origin{Operator: o.Operator, Source: o.Source.String()}
}
