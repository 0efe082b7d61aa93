package sheet

import (
	"strconv"

	"liangsaibi/data"
	"liangsaibi/display"
	"liangsaibi/i18n"
)

// Loc is a place in a sheet file. Row and Col are 1-based; Col 0 means the
// whole row, Row 0 the whole file. Header names the cell's column.
type Loc struct {
	File   string
	Row    int
	Col    int
	Header string
}

// Cell is the Excel-style reference, such as C7 ("" without a column).
func (l Loc) Cell() string {
	if l.Row == 0 || l.Col == 0 {
		return ""
	}
	return string(l.AppendCell(nil))
}

// AppendCell appends the cell's reference (Cell) to b; the import's
// change table writes one per change.
func (l Loc) AppendCell(b []byte) []byte {
	if l.Row == 0 || l.Col == 0 {
		return b
	}
	b = appendColumnLetter(b, l.Col)
	return strconv.AppendInt(b, int64(l.Row), 10)
}

// at renders msg at this place.
func (l Loc) at(lang i18n.Lang, msg string) string {
	switch {
	case l.Row == 0:
		return messages.T(lang, "loc.file", l.File, msg)
	case l.Col == 0:
		return messages.T(lang, "loc.row", l.File, l.Row, msg)
	}
	return messages.T(lang, "loc.cell", l.File, l.Cell(), l.Row, display.Excerpt(l.Header, data.EchoWidth), msg)
}

// String is the place in Chinese, used inside other messages.
func (l Loc) String() string {
	if c := l.Cell(); c != "" {
		return l.File + " " + c
	}
	return l.File
}

// ColumnLetter is the spreadsheet name of 1-based column n: 1 → A, 27 → AA.
func ColumnLetter(n int) string { return string(appendColumnLetter(nil, n)) }

func appendColumnLetter(b []byte, n int) []byte {
	var rev [16]byte // 26^13 columns are more than an int counts
	i := len(rev)
	for n > 0 {
		n--
		i--
		rev[i] = byte('A' + n%26)
		n /= 26
	}
	return append(b, rev[i:]...)
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	var b []byte
	for ; n > 0; n /= 10 {
		b = append([]byte{byte('0' + n%10)}, b...)
	}
	return string(b)
}

// Problem is one thing wrong in a sheet, with where it is.
type Problem struct {
	Loc
	Key  string
	Args []any
	// Suggest is the nearest valid name or id, for "did you mean".
	Suggest string
}

// In is the problem as a person reads it.
func (p Problem) In(lang i18n.Lang) string {
	args := data.Echo(p.Args) // a 15 MB cell is echoed as its first characters
	for i, a := range args {
		if m, ok := a.(i18n.Message); ok {
			a = m.In(lang)
		}
		args[i] = a
	}
	return p.Loc.at(lang, messages.T(lang, p.Key, args...)+p.hint(lang))
}

func (p Problem) hint(lang i18n.Lang) string {
	if p.Suggest == "" {
		return ""
	}
	return messages.T(lang, "hint.mean", p.Suggest)
}

// word is a catalog word (街道, 细则项, 评委) translated when shown.
func word(key string) i18n.Message { return i18n.Message{Catalog: messages, Key: key} }

// Problems is every problem found in the sheets; it is an error when not
// empty. It is the same list as a competition file's problems.
type Problems = data.ProblemList[Problem]

func add(ps *Problems, l Loc, key string, args ...any) {
	*ps = append(*ps, Problem{Loc: l, Key: key, Args: args})
}
