package sheet

import (
	"errors"
	"slices"
	"strings"

	"liangsaibi/data"
	"liangsaibi/i18n"
	"liangsaibi/scoring"
)

// Value is one filled cell of a sheet, resolved against the competition.
type Value struct {
	Street, Item, Slot int // Slot is the judge's index for a judged item, else 0
	New                scoring.Slot
	Loc                Loc
	Text               string // as written in the sheet, for messages
}

// ReadOptions say how to read a sheet.
type ReadOptions struct {
	Encoding string // CSV only: "" for UTF-8 (a BOM is allowed) or "gb18030"
}

// Read checks every cell of the sheet file name (CSV or XLSX, told apart
// by content) against c and returns the values it holds. Empty cells are
// not values: a blank never clears a score. With any problem, the values
// are nil. Read never panics.
func Read(name string, raw []byte, c *scoring.Competition, opts ReadOptions) (vals []Value, ps Problems) {
	defer func() {
		if r := recover(); r != nil {
			vals, ps = nil, Problems{{Loc: Loc{File: name}, Key: "p.internal"}}
		}
	}()
	t, ps := readTable(name, raw, opts.Encoding)
	if len(ps) > 0 {
		return nil, ps
	}
	r := &reader{file: name, t: t, c: c}
	r.read()
	if len(r.ps) > 0 {
		return nil, r.ps
	}
	return r.vals, nil
}

type reader struct {
	file string
	t    table
	c    *scoring.Competition
	kind Kind
	lay  layout
	ps   Problems
	vals []Value
}

// loc is the place of 0-based cell (r, c), its column named by the header row.
func (rd *reader) loc(r, c int) Loc {
	h := rd.t.text(headerRow, c)
	if r < headerRow {
		h = rd.t.text(r, 0) // the top block: the row's label names the cell
	}
	if h == "" {
		h = ColumnLetter(c + 1)
	}
	return Loc{File: rd.file, Row: r + 1, Col: c + 1, Header: h}
}

func (rd *reader) read() {
	if len(rd.t) == 0 {
		add(&rd.ps, Loc{File: rd.file}, "p.empty")
		return
	}
	kind, fp, ok := parseCode(rd.t.text(1, 1))
	if !ok {
		add(&rd.ps, Loc{File: rd.file, Row: 2, Col: 2, Header: rd.t.text(1, 0)}, "p.noCode", "LSB1-…")
		return
	}
	rd.kind, rd.lay = kind, layoutOf(kind)
	if fp != Fingerprint(rd.c) {
		add(&rd.ps, rd.loc(1, 1), "p.otherComp", rd.t.text(0, 1), rd.c.Title)
		return
	}
	if got := rd.t.text(idRow, 0); !isLabel(got, rd.lay.idLabel) {
		add(&rd.ps, rd.loc(idRow, 0), "p.layout", messages.T(i18n.Zh, rd.lay.idLabel))
		return
	}
	switch kind {
	case Street:
		rd.readStreet()
	default:
		rd.readStreets()
	}
}

// isLabel reports whether s is the catalog label key in either language.
func isLabel(s, key string) bool {
	return s == messages.T(i18n.Zh, key) || strings.EqualFold(s, messages.T(i18n.En, key))
}

// subject resolves the judge or street of the top block (B3 name, C3 id).
func (rd *reader) subject(rv resolver) int {
	return rv.find(rd.t.text(2, 1), rd.t.text(2, 2), rd.loc(2, 1), rd.loc(2, 2), &rd.ps)
}

// columns resolves every column key of the grid from its header (name) and
// id cells; -1 for a column that names nothing (fine when it is empty).
func (rd *reader) columns(rv resolver) []int {
	width := 0
	for _, row := range rd.t {
		width = max(width, len(row))
	}
	cols := make([]int, width)
	for c := range cols {
		cols[c] = -1
		if c < rd.lay.firstCol {
			continue
		}
		name, id := rd.t.text(headerRow, c), rd.t.text(idRow, c)
		if name == "" && id == "" {
			if rd.columnHasValues(c) {
				add(&rd.ps, rd.loc(headerRow, c), "p.noKey", word(rv.what))
			}
			continue
		}
		cols[c] = rv.find(name, id, rd.loc(headerRow, c), rd.loc(idRow, c), &rd.ps)
	}
	return cols
}

func (rd *reader) columnHasValues(c int) bool {
	for r := rd.lay.dataStart; r < len(rd.t); r++ {
		if rd.t.filled(r, c) {
			return true
		}
	}
	return false
}

func (rd *reader) rowHasValues(r int) bool {
	for c := rd.lay.firstCol; c < len(rd.t[r]); c++ {
		if rd.t.filled(r, c) {
			return true
		}
	}
	return false
}

// rowKey resolves a data row's street or item from its first two cells.
func (rd *reader) rowKey(r int, rv resolver) int {
	name, id := rd.t.text(r, 0), rd.t.text(r, 1)
	if name == "" && id == "" {
		if rd.rowHasValues(r) {
			add(&rd.ps, rd.loc(r, 0), "p.noRowKey", word(rv.what))
		}
		return -1
	}
	return rv.find(name, id, rd.loc(r, 0), rd.loc(r, 1), &rd.ps)
}

func (rd *reader) itemResolver() resolver {
	c := rd.c
	return resolver{all: itemsOf(c), what: "what.item", withUnit: func(i int) string {
		it := &c.Items[i]
		if it.Unit == "" {
			return it.Name
		}
		return messages.T(i18n.Zh, "grid.withUnit", it.Name, it.Unit)
	}}
}

// readStreets reads a Judge or Direct sheet: a row per street, a column per item.
func (rd *reader) readStreets() {
	judge := 0
	if rd.kind == Judge {
		if judge = rd.subject(resolver{all: judgesOf(rd.c), what: "what.judge"}); judge < 0 {
			return
		}
	}
	items := rd.columns(rd.itemResolver())
	for c, i := range items {
		if i >= 0 && !rd.kindFits(i, rd.loc(headerRow, c)) {
			items[c] = -1
		}
	}
	streets := resolver{all: streetsOf(rd.c), what: "what.street"}.indexed()
	cells := 0 // a value per cell of an item column, at most: room for them at once
	for r := rd.lay.dataStart; r < len(rd.t); r++ {
		cells += min(len(rd.t[r]), len(items))
	}
	rd.vals = slices.Grow(rd.vals, cells)
	for r := rd.lay.dataStart; r < len(rd.t); r++ {
		s := rd.rowKey(r, streets)
		for c, i := range items {
			if i >= 0 && s >= 0 {
				rd.cell(r, c, s, i, judge)
			}
		}
	}
}

// kindFits checks that item i belongs on this kind of sheet.
func (rd *reader) kindFits(i int, at Loc) bool {
	judged := rd.c.Items[i].Kind == scoring.Judged
	switch {
	case rd.kind == Direct && judged:
		add(&rd.ps, at, "p.judged", rd.c.Items[i].Name)
		return false
	case rd.kind != Direct && !judged:
		add(&rd.ps, at, "p.notJudged", rd.c.Items[i].Name)
		return false
	}
	return true
}

// readStreet reads a Street sheet: a row per judged item, a column per judge.
func (rd *reader) readStreet() {
	street := rd.subject(resolver{all: streetsOf(rd.c), what: "what.street"})
	if street < 0 {
		return
	}
	judges := rd.columns(resolver{all: judgesOf(rd.c), what: "what.judge"})
	items := rd.itemResolver()
	for r := rd.lay.dataStart; r < len(rd.t); r++ {
		i := rd.rowKey(r, items)
		if i >= 0 && !rd.kindFits(i, rd.loc(r, 0)) {
			continue
		}
		for c, j := range judges {
			if i >= 0 && j >= 0 {
				rd.cell(r, c, street, i, j)
			}
		}
	}
}

// cell checks one value cell and records it.
func (rd *reader) cell(r, c, street, item, slot int) {
	rc := rd.t.at(r, c)
	if !rd.t.filled(r, c) {
		return
	}
	at := rd.loc(r, c)
	if rc.formula {
		add(&rd.ps, at, "p.formula")
		return
	}
	text := normalize(rc.text)
	if rc.number {
		text = numberText(text)
	}
	it := &rd.c.Items[item]
	v, key := parseSlot(it, text)
	switch key {
	case "":
	case "p.recusedOnly":
		add(&rd.ps, at, key)
		return
	case "p.range":
		add(&rd.ps, at, key, text, it.Max.String())
		return
	default:
		add(&rd.ps, at, key, text)
		return
	}
	rd.vals = append(rd.vals, Value{Street: street, Item: item, Slot: slot, New: v, Loc: at, Text: rc.text})
}

// parseSlot reads a filled cell: a number, 回避/recused or ~. The second
// result is the catalog key of what is wrong, "" when fine.
func parseSlot(it *scoring.Item, text string) (scoring.Slot, string) {
	switch strings.ToLower(text) {
	case "~":
		return scoring.Slot{}, ""
	case "回避", "recused":
		if it.Kind != scoring.Judged {
			return scoring.Slot{}, "p.recusedOnly"
		}
		return scoring.Slot{State: scoring.Recused}, ""
	}
	v, err := scoring.ParseDec(text)
	switch {
	case errors.Is(err, scoring.ErrTooManyDecimal):
		return scoring.Slot{}, "p.decimals"
	case err != nil:
		return scoring.Slot{}, "p.notNumber"
	}
	switch data.CheckValue(it, v) {
	case "range":
		return scoring.Slot{}, "p.range"
	case "negative":
		return scoring.Slot{}, "p.negative"
	}
	return scoring.Number(v), ""
}
