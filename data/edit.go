package data

import (
	"bytes"
	"errors"
	"fmt"
	"slices"
	"strings"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"

	"liangsaibi/scoring"
)

// ErrUnsafeEdit means the scores could not be written into the text
// without risking the file; nothing was written.
var ErrUnsafeEdit = errors.New("the scores could not be written into the file safely")

// render returns src (a valid competition file as UTF-8 text) changed so
// that its scores are those of comp, touching as little text as possible:
// a changed score changes only that number, so the user's comments, key
// order and layout stay as they were. The result is read back and checked;
// when it does not hold exactly comp's scores, render refuses. It also
// says where each score now is in the text.
func render(src []byte, comp *scoring.Competition) ([]byte, *places, error) {
	root, err := parseYAML("", src)
	if err != nil {
		return nil, nil, err
	}
	e := &editor{src: src, comp: comp, lines: lineStarts(src)}
	if err := e.plan(root); err != nil {
		return nil, nil, err
	}
	out := e.apply()
	p, err := checkScores(out, comp)
	if err != nil {
		return nil, nil, err
	}
	return out, p, nil
}

// checkScores reads text back and compares its scores with comp's.
func checkScores(text []byte, comp *scoring.Competition) (*places, error) {
	d, got, err := decodeYAML("", text, true)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrUnsafeEdit, err)
	}
	if len(d.probs) > 0 {
		return nil, fmt.Errorf("%w: %s", ErrUnsafeEdit, d.probs[0].Msg.In(0))
	}
	if !sameScores(got.Scores, comp.Scores) {
		return nil, ErrUnsafeEdit
	}
	return d.places, nil
}

func sameScores(a, b [][]scoring.Entry) bool {
	if len(a) != len(b) {
		return false
	}
	for s := range a {
		for i := range a[s] {
			if !slices.Equal(a[s][i], b[s][i]) {
				return false
			}
		}
	}
	return true
}

type splice struct {
	start, end int
	text       string
}

type editor struct {
	src     []byte
	comp    *scoring.Competition
	lines   []int // byte offset of each line's start
	splices []splice
}

func lineStarts(src []byte) []int {
	out := []int{0}
	for i, b := range src {
		if b == '\n' {
			out = append(out, i+1)
		}
	}
	return out
}

// offset is the byte offset of a node's 1-based line and rune column.
func (e *editor) offset(line, col int) int {
	start := e.lines[line-1]
	end := len(e.src)
	if line < len(e.lines) {
		end = e.lines[line]
	}
	off := start
	for c := 1; c < col && off < end; c++ {
		_, n := utf8.DecodeRune(e.src[off:])
		off += n
	}
	return off
}

func (e *editor) lineEnd(line int) int {
	if line < len(e.lines) {
		return e.lines[line] - 1 // the '\n'
	}
	return len(e.src)
}

// replaceScalar replaces a plain scalar's text (or fills an empty value).
func (e *editor) replaceScalar(n *yaml.Node, text string) {
	start := e.offset(n.Line, n.Column)
	if n.Value == "" && isNull(n) { // `key:` with nothing after it
		if start > e.lineEnd(n.Line) {
			start = e.lineEnd(n.Line)
		}
		if start > 0 && e.src[start-1] == ':' {
			text = " " + text
		}
		e.splices = append(e.splices, splice{start, start, text})
		return
	}
	e.splices = append(e.splices, splice{start, start + len(n.Value), text})
}

func (e *editor) apply() []byte {
	slices.SortFunc(e.splices, func(a, b splice) int { return b.start - a.start })
	out := slices.Clone(e.src)
	for _, s := range e.splices {
		out = slices.Concat(out[:s.start], []byte(s.text), out[s.end:])
	}
	return out
}

func mapValue(m *yaml.Node, key string) (k, v *yaml.Node) {
	for i := 0; i+1 < len(m.Content); i += 2 {
		if m.Content[i].Value == key {
			return m.Content[i], m.Content[i+1]
		}
	}
	return nil, nil
}

// plan finds the splices that make the file's scores equal comp's.
func (e *editor) plan(root *yaml.Node) error {
	body := root
	if body.Kind == yaml.DocumentNode && len(body.Content) == 1 {
		body = body.Content[0]
	}
	if body.Kind != yaml.MappingNode {
		return ErrUnsafeEdit
	}
	_, scores := mapValue(body, "scores")
	var newStreets []string
	for s, st := range e.comp.Streets {
		var sv *yaml.Node
		if scores != nil && scores.Kind == yaml.MappingNode {
			_, sv = mapValue(scores, st.ID)
		}
		if sv == nil || isNull(sv) {
			if text := e.flowStreet(s); text != "" {
				if sv == nil {
					newStreets = append(newStreets, st.ID+": "+text)
				} else {
					e.replaceScalar(sv, text)
				}
			}
			continue
		}
		if sv.Kind != yaml.MappingNode {
			return ErrUnsafeEdit
		}
		if err := e.planStreet(s, sv); err != nil {
			return err
		}
	}
	if len(newStreets) == 0 {
		return nil
	}
	switch {
	case scores == nil:
		e.appendAtEnd("scores:\n  " + strings.Join(newStreets, "\n  ") + "\n")
	case isNull(scores):
		e.replaceScalar(scores, "\n  "+strings.Join(newStreets, "\n  "))
	case scores.Style&yaml.FlowStyle != 0:
		return e.insertInFlow(scores, newStreets)
	default:
		e.insertAfterBlock(scores, newStreets)
	}
	return nil
}

func (e *editor) appendAtEnd(text string) {
	end := len(e.src)
	if end > 0 && e.src[end-1] != '\n' {
		text = "\n" + text
	}
	e.splices = append(e.splices, splice{end, end, text})
}

// planStreet changes one street's existing mapping of items.
func (e *editor) planStreet(s int, sv *yaml.Node) error {
	var added []string
	for i, it := range e.comp.Items {
		want := e.comp.Scores[s][i]
		_, iv := mapValue(sv, it.ID)
		if iv == nil {
			if !allEmpty(want) {
				added = append(added, it.ID+": "+entryText(want, it.Kind))
			}
			continue
		}
		if err := e.planEntry(iv, want, it.Kind); err != nil {
			return err
		}
	}
	if len(added) == 0 {
		return nil
	}
	if sv.Style&yaml.FlowStyle != 0 {
		return e.insertInFlow(sv, added)
	}
	e.insertAfterBlock(sv, added)
	return nil
}

func (e *editor) planEntry(iv *yaml.Node, want scoring.Entry, kind scoring.ItemKind) error {
	if kind != scoring.Judged {
		if iv.Kind != yaml.ScalarNode {
			return ErrUnsafeEdit
		}
		if slotOf(iv) != want[0] {
			e.replaceScalar(iv, slotText(want[0]))
		}
		return nil
	}
	if iv.Kind == yaml.ScalarNode { // a single ~ for the whole list
		if !allEmpty(want) {
			e.replaceScalar(iv, entryText(want, kind))
		}
		return nil
	}
	if iv.Kind != yaml.SequenceNode || len(iv.Content) != len(want) {
		return ErrUnsafeEdit
	}
	for j, sn := range iv.Content {
		if sn.Kind != yaml.ScalarNode {
			return ErrUnsafeEdit
		}
		if slotOf(sn) != want[j] {
			e.replaceScalar(sn, slotText(want[j]))
		}
	}
	return nil
}

// insertInFlow adds entries to a flow mapping written on one line: {a: 1}.
func (e *editor) insertInFlow(m *yaml.Node, entries []string) error {
	open := e.offset(m.Line, m.Column)
	if open >= len(e.src) || e.src[open] != '{' {
		return ErrUnsafeEdit
	}
	closeAt := matchBrace(e.src[open:e.lineEnd(m.Line)])
	if closeAt < 0 {
		return ErrUnsafeEdit
	}
	text := strings.Join(entries, ", ")
	if len(m.Content) > 0 {
		text = ", " + text
	}
	at := open + closeAt
	e.splices = append(e.splices, splice{at, at, text})
	return nil
}

// matchBrace is the index of the '}' closing the '{' at b[0], or -1.
func matchBrace(b []byte) int {
	depth := 0
	var quote byte
	for i := 0; i < len(b); i++ {
		c := b[i]
		switch {
		case quote != 0:
			if c == quote {
				quote = 0
			}
		case c == '"' || c == '\'':
			quote = c
		case c == '{' || c == '[':
			depth++
		case c == '}' || c == ']':
			depth--
			if depth == 0 {
				return i
			}
		case c == '#' && i > 0 && b[i-1] == ' ':
			return -1
		}
	}
	return -1
}

// insertAfterBlock adds lines after the last line of a block mapping, with
// the indentation of its keys.
func (e *editor) insertAfterBlock(m *yaml.Node, entries []string) {
	indent := strings.Repeat(" ", max(0, m.Content[0].Column-1))
	last := lastLine(m)
	at := e.lineEnd(last)
	var b strings.Builder
	for _, en := range entries {
		b.WriteString("\n" + indent + en)
	}
	e.splices = append(e.splices, splice{at, at, b.String()})
}

// lastLine is the last line any part of n is written on (a flow list that
// closes on a later line is refused by the read-back check).
func lastLine(n *yaml.Node) int {
	line := n.Line
	for _, c := range n.Content {
		line = max(line, lastLine(c))
	}
	return line
}

// flowStreet is a street's scores as a flow mapping, "" when all empty.
func (e *editor) flowStreet(s int) string {
	var parts []string
	for i, it := range e.comp.Items {
		if want := e.comp.Scores[s][i]; !allEmpty(want) {
			parts = append(parts, it.ID+": "+entryText(want, it.Kind))
		}
	}
	if len(parts) == 0 {
		return ""
	}
	return "{" + strings.Join(parts, ", ") + "}"
}

func allEmpty(e scoring.Entry) bool {
	for _, s := range e {
		if s.State != scoring.Empty {
			return false
		}
	}
	return true
}

// SlotText is how a slot is written in a file: a number, ~ or recused.
func SlotText(s scoring.Slot) string { return slotText(s) }

func slotText(s scoring.Slot) string {
	switch s.State {
	case scoring.Scored:
		return s.Value.String()
	case scoring.Recused:
		return recusedWord
	}
	return "~"
}

func entryText(e scoring.Entry, kind scoring.ItemKind) string {
	if kind != scoring.Judged {
		return slotText(e[0])
	}
	var b bytes.Buffer
	b.WriteByte('[')
	for j, s := range e {
		if j > 0 {
			b.WriteString(", ")
		}
		b.WriteString(slotText(s))
	}
	b.WriteByte(']')
	return b.String()
}

// slotOf reads a slot scalar of a valid file.
func slotOf(n *yaml.Node) scoring.Slot {
	switch {
	case isNull(n):
		return scoring.Slot{}
	case n.Value == recusedWord || n.Value == recusedZh:
		return scoring.Slot{State: scoring.Recused}
	}
	v, err := scoring.ParseDec(n.Value)
	if err != nil {
		return scoring.Slot{State: 255} // never equal: forces a rewrite, then the check
	}
	return scoring.Number(v)
}
