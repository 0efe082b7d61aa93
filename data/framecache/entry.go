package framecache

import (
	"bytes"
	"crypto/sha256"
	"encoding/json"
	"errors"
	"fmt"

	"liangsaibi/scoring"
)

// formatVersion changes whenever what an entry holds changes: entries of
// another version are never read.
const formatVersion = "2"

// magic starts every entry, before the version and the payload's hash.
const magic = "liangsaibi-frame\n"

// entry is what the rankings need to be drawn: the competition without
// its scores and each street's published row without its per-item values.
type entry struct {
	Key      Key
	Deps     []dep
	Comp     scoring.Competition
	FullMark scoring.Published
	Ranked   int
	Rows     []scoring.Row
}

// dep is a file the standings read besides the competition file.
type dep struct {
	Path string
	Sum  [32]byte
}

func newEntry(k Key, st *scoring.Standings) *entry {
	c := *st.Comp
	c.Scores = nil // only the published rows are kept
	e := &entry{Key: k, Comp: c, FullMark: st.FullMark, Ranked: st.Ranked, Rows: make([]scoring.Row, len(st.Rows))}
	for i, r := range st.Rows {
		row := *r
		row.Categories, row.Items, row.Gaps = nil, nil, nil
		e.Rows[i] = row
	}
	return e
}

// encode is magic, version, the payload's SHA-256, the payload (JSON:
// encoding/json is linked anyway, and encoding/gob would cost every
// start-up of the program its package initialisation, ~0.25 ms).
func encode(e *entry) ([]byte, error) {
	var payload bytes.Buffer
	if err := json.NewEncoder(&payload).Encode(e); err != nil {
		return nil, err
	}
	sum := sha256.Sum256(payload.Bytes())
	out := make([]byte, 0, len(magic)+len(formatVersion)+1+len(sum)+payload.Len())
	out = append(out, magic...)
	out = append(out, formatVersion+"\n"...)
	out = append(out, sum[:]...)
	return append(out, payload.Bytes()...), nil
}

var errBadEntry = errors.New("not a cache entry of this version")

// decode reads an entry written by encode; anything else is an error,
// never a panic.
func decode(raw []byte) (e *entry, err error) {
	head := magic + formatVersion + "\n"
	if !bytes.HasPrefix(raw, []byte(head)) || len(raw) < len(head)+sha256.Size {
		return nil, errBadEntry
	}
	sum, payload := raw[len(head):len(head)+sha256.Size], raw[len(head)+sha256.Size:]
	if s := sha256.Sum256(payload); !bytes.Equal(s[:], sum) {
		return nil, errBadEntry
	}
	defer func() {
		if r := recover(); r != nil {
			e, err = nil, fmt.Errorf("%w: %v", errBadEntry, r)
		}
	}()
	e = new(entry)
	if err := json.Unmarshal(payload, e); err != nil {
		return nil, err
	}
	return e, nil
}

// standings are the entry's rows over its competition, when every index
// in them is in range: the renderer trusts them.
func (e *entry) standings() (*scoring.Standings, error) {
	c := &e.Comp
	if err := checkComp(c); err != nil {
		return nil, err
	}
	c.Scores = nil
	return scoring.Shown(c, e.FullMark, e.Ranked, e.Rows)
}

// checkComp checks what the renderer indexes by: categories and items
// point at each other in range, the decimals and rounding are ones the
// loader allows, and no review rule applies (never stored).
func checkComp(c *scoring.Competition) error {
	r := &c.Rules
	if r.Decimals < 0 || r.Decimals > scoring.MaxDecimals || r.Rounding > scoring.HalfEven || r.Review != scoring.ReviewNone {
		return errBadEntry
	}
	for _, it := range c.Items {
		if it.Category < 0 || it.Category >= len(c.Categories) {
			return errBadEntry
		}
	}
	for _, cat := range c.Categories {
		for _, i := range cat.Items {
			if i < 0 || i >= len(c.Items) {
				return errBadEntry
			}
		}
	}
	for _, h := range c.History {
		if h == nil {
			return errBadEntry
		}
	}
	return nil
}
