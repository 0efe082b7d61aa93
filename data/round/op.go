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
	// Review and seal (review.go): they change no score, only the audit log.
	Confirm // confirm the score at Street, Item, Slot (复核通过): not one's own
	Return  // send it back with a Reason (退回)
	Check   // blind: a second entry of Value; a Set becomes one under rules.review: blind
	Decide  // choose Value between a blind mismatch's two entries
	Seal    // freeze the results (封存); the seal records the digest
	Unseal  // lift the seal, with a Reason
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
	Reason             string // Return, Unseal: what the operator wrote
}

// Policy is asked before ops are applied, after the review and seal rules;
// an error refuses the whole batch and nothing of it is written. Other
// writers' requests written in the same group are not refused with it. st
// is the round as applying the requests one by one would show it: with
// the earlier requests of the group in it (never published). Per-device
// permissions plug in here.
type Policy func(st *State, ops []Op) error

// Ack is what a batch did once it is on disk.
type Ack struct {
	State   *State
	Applied []Op // Sets as applied (Undo and Redo resolved to the Set they made); shared, never change it
}

func (o Op) change() data.Change {
	return data.Change{Street: o.Street, Item: o.Item, Slot: o.Slot, Value: o.Value}
}

func (o Op) origin() data.Origin {
	return data.Origin{Operator: o.Operator, Source: o.Source.String()}
}
