package review

import (
	"liangsaibi/data"
	"liangsaibi/data/seal"
	"liangsaibi/data/store"
	"liangsaibi/scoring"
)

// Unexplained is a score in the file that the audit log does not explain:
// the last record for it says another value, or no record names it (an
// edit made by hand, outside the program).
type Unexplained struct {
	Street, Item, Slot int // in the competition checked
	File               string
	Log                string // the value the last record gave; "" when none did
}

// isScore says whether an audit record changed a score.
func isScore(e store.AuditEntry) bool {
	return e.Street != "" && (e.Note == "" || e.Note == "resolve.file" || e.Note == "decide")
}

// Explain checks every score of c against the audit log. Only records
// after the log's start record count; the scores no record names are
// checked as a whole against the start's digest: startOK is false when
// they changed since (the unnamed scores are then listed as suspects). A
// log without a start record explains only what its records name.
func Explain(c *scoring.Competition, entries []store.AuditEntry) (out []Unexplained, startOK bool) {
	from, start := 0, ""
	for i, e := range entries {
		if e.Note == NoteStart {
			from, start = i+1, e.Digest
			break
		}
	}
	last, first := map[Key]string{}, map[Key]string{}
	for _, e := range entries[from:] {
		if !isScore(e) {
			continue
		}
		k := Key{e.Street, e.Item, e.Judge}
		if _, ok := first[k]; !ok {
			first[k] = e.Old
		}
		last[k] = e.New
	}
	var unnamed []Unexplained
	base := c
	for s := range c.Streets {
		for i := range c.Items {
			for j := range c.Scores[s][i] {
				k := KeyOf(c, s, i, j)
				v := data.SlotText(c.Scores[s][i][j])
				if l, ok := last[k]; ok {
					if l != v {
						out = append(out, Unexplained{s, i, j, v, l})
					}
					if old, err := slotOf(c, i, first[k]); err == nil {
						base = base.WithSlot(s, i, j, old)
					}
				} else if v != "~" {
					unnamed = append(unnamed, Unexplained{s, i, j, v, ""})
				}
			}
		}
	}
	// Scores no record names are explained by the start when, every
	// recorded score put back as it was, the scores are those of the start.
	if start == "" {
		return append(out, unnamed...), true
	}
	if seal.ScoresDigest(base) == start {
		return out, true
	}
	return append(out, unnamed...), false
}

func slotOf(c *scoring.Competition, item int, text string) (scoring.Slot, error) {
	if text == "" || text == "~" {
		return scoring.Slot{}, nil
	}
	return data.ParseSlot(&c.Items[item], text)
}
