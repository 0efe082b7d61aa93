// Package sheet writes score sheets for judges and streets as CSV or XLSX,
// and reads them back filled in: every cell is checked against the
// competition and located by file, row and column before anything changes.
//
// A sheet has a fixed top block and then a grid:
//
//	A1 kind label     B1 competition title
//	A2 识别码          B2 LSB1-<kind>-<fingerprint>
//	A3 评委/街道        B3 name   C3 id         (judge and street sheets)
//	A4 说明            B4 how to fill it in
//	row 6              header: the grid's column names
//	row 7              ids of the grid's columns (then max/target/standard rows)
//	data rows          one per street (judge, direct sheets) or item (street sheet)
//
// Judge sheet: streets × judged items, one judge. Street sheet: judged
// items × judges, one street. Direct sheet: streets × direct and target
// items (they have no judge, so they never appear on a judge's sheet).
package sheet

import (
	"crypto/sha256"
	"encoding/hex"
	"strings"

	"liangsaibi/scoring"
)

// Kind is the kind of a score sheet.
type Kind uint8

const (
	// Judge is one judge's sheet: a row per street, a column per judged item.
	Judge Kind = iota
	// Street is one street's sheet: a row per judged item, a column per judge.
	Street
	// Direct holds the direct and target items: a row per street.
	Direct
)

// letter is the kind's mark in the sheet's code.
func (k Kind) letter() string { return [...]string{"J", "S", "D"}[k] }

func kindOfLetter(s string) (Kind, bool) {
	for k := Judge; k <= Direct; k++ {
		if k.letter() == s {
			return k, true
		}
	}
	return 0, false
}

// codePrefix starts every sheet's code; the 1 is the layout version.
const codePrefix = "LSB1-"

// Fingerprint is a short hash of what makes a sheet belong to a
// competition: the title and every item's id and max. A sheet of another
// round (another title) or of changed criteria does not match.
func Fingerprint(c *scoring.Competition) string {
	h := sha256.New()
	h.Write([]byte("liangsaibi sheet 1\x00" + c.Title + "\x00"))
	for _, it := range c.Items {
		h.Write([]byte(it.ID + "\x00" + it.Max.String() + "\x00"))
	}
	return hex.EncodeToString(h.Sum(nil))[:8]
}

// Code is the text in cell B2 of a sheet of this kind.
func Code(c *scoring.Competition, k Kind) string {
	return codePrefix + k.letter() + "-" + Fingerprint(c)
}

// parseCode splits a B2 text into kind and fingerprint.
func parseCode(s string) (Kind, string, bool) {
	rest, ok := strings.CutPrefix(strings.TrimSpace(s), codePrefix)
	if !ok {
		return 0, "", false
	}
	l, fp, ok := strings.Cut(rest, "-")
	if !ok {
		return 0, "", false
	}
	k, ok := kindOfLetter(l)
	return k, strings.ToLower(fp), ok
}

// Request says which sheet to write.
type Request struct {
	Kind   Kind
	Judge  int // index of the judge, for a Judge sheet
	Street int // index of the street, for a Street sheet
}

// layout is where the grid of a kind of sheet sits (0-based rows and columns).
type layout struct {
	firstCol  int // first column holding values
	dataStart int // first data row
	idLabel   string
}

const (
	headerRow = 5 // row 6
	idRow     = 6 // row 7
)

func layoutOf(k Kind) layout {
	switch k {
	case Street:
		return layout{firstCol: 4, dataStart: 7, idLabel: "grid.judgeIds"}
	case Direct:
		return layout{firstCol: 2, dataStart: 10, idLabel: "grid.itemIds"}
	}
	return layout{firstCol: 2, dataStart: 9, idLabel: "grid.itemIds"}
}

// columnItems are the items that are columns of a Judge or Direct sheet.
func columnItems(c *scoring.Competition, k Kind) []int {
	var out []int
	for i := range c.Items {
		if (c.Items[i].Kind == scoring.Judged) == (k != Direct) {
			out = append(out, i)
		}
	}
	return out
}
