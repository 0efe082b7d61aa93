package data

import (
	"bytes"
	"errors"
	"fmt"
	"slices"
	"sort"
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
	e := newEditor(src, comp)
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
	d, got, err := decodeYAML("", text, true, nil)
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

// editor plans the splices that give a file comp's scores. New text is
// written the way the file already is: in its line endings, at the place
// the streets: and criteria: lists put it, in the style (block or flow) and
// indentation of the neighbouring entries, and never on a line that holds
// a comment.
type editor struct {
	src     []byte
	comp    *scoring.Competition
	lines   []int  // byte offset of each line's start
	nl      string // the file's line ending, "\n" or "\r\n"
	splices []splice
}

func newEditor(src []byte, comp *scoring.Competition) *editor {
	e := &editor{src: src, comp: comp, lines: lineStarts(src), nl: "\n"}
	if i := bytes.IndexByte(src, '\n'); i > 0 && src[i-1] == '\r' {
		e.nl = "\r\n"
	}
	return e
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

// lineText is a line without its line ending.
func (e *editor) lineText(line int) []byte {
	return bytes.TrimRight(e.src[e.lines[line-1]:e.lineEnd(line)], "\r")
}

// indentOf is a line's indentation and whether the line is blank or a
// comment only.
func (e *editor) indentOf(line int) (indent int, blank, comment bool) {
	t := e.lineText(line)
	rest := bytes.TrimLeft(t, " ")
	indent = len(t) - len(rest)
	rest = bytes.TrimSpace(rest)
	return indent, len(rest) == 0, len(rest) > 0 && rest[0] == '#'
}

// replaceScalar replaces a scalar's text (or fills an empty list slot).
func (e *editor) replaceScalar(n *yaml.Node, text string) {
	start := e.offset(n.Line, n.Column)
	if n.Value == "" && isNull(n) {
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

// insert adds text at off; text is whole lines when lines is set, and a
// file that ends without a line ending gets one before them.
func (e *editor) insert(off int, text string, lines bool) {
	if lines && off == len(e.src) && off > 0 && e.src[off-1] != '\n' {
		text = e.nl + strings.TrimSuffix(text, e.nl)
	}
	e.splices = append(e.splices, splice{off, off, text})
}

// apply makes the splices; insertions at one offset keep the order they
// were planned in.
func (e *editor) apply() []byte {
	slices.SortStableFunc(e.splices, func(a, b splice) int { return a.start - b.start })
	out := make([]byte, 0, len(e.src)+64)
	last := 0
	for _, s := range e.splices {
		out = append(out, e.src[last:s.start]...)
		out = append(out, s.text...)
		last = s.end
	}
	return append(out, e.src[last:]...)
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
	key, scores := mapValue(body, "scores")
	switch {
	case scores == nil: // no scores: key yet; the template's layout
		if text := e.blockStreets("  ", "  "); text != "" {
			e.insert(len(e.src), "scores:"+e.nl+text, true)
		}
		return nil
	case isNull(scores):
		if text := e.blockStreets("  ", "  "); text != "" {
			return e.fillNull(key, scores, text)
		}
		return nil
	case scores.Kind != yaml.MappingNode:
		return ErrUnsafeEdit
	}
	return e.planScores(key, scores)
}

// blockStreets is every street with a score, in block style.
func (e *editor) blockStreets(indent, child string) string {
	var b strings.Builder
	for s := range e.comp.Streets {
		b.WriteString(e.blockStreet(s, indent, child))
	}
	return b.String()
}

// planScores edits the streets of a scores: mapping and adds the missing
// ones where the streets: order puts them.
func (e *editor) planScores(key, scores *yaml.Node) error {
	ids := make([]string, len(e.comp.Streets))
	for s := range ids {
		ids[s] = e.comp.Streets[s].ID
	}
	keys, vals := present(scores, ids)
	flow := scores.Style&yaml.FlowStyle != 0
	ins := e.inserter(key, scores, keys)
	for s, st := range e.comp.Streets {
		sv := vals[s]
		switch {
		case sv == nil:
			if flow {
				if t := e.flowStreet(s); t != "" {
					ins.add(s, st.ID+": "+t)
				}
				continue
			}
			nflow, child := streetStyle(vals, keys, s)
			indent := strings.Repeat(" ", max(0, scores.Content[0].Column-1))
			if nflow {
				if t := e.flowStreet(s); t != "" {
					ins.add(s, indent+st.ID+": "+t+e.nl)
				}
			} else if t := e.blockStreet(s, indent, child); t != "" {
				ins.add(s, t)
			}
		case isNull(sv):
			nflow, child := streetStyle(vals, keys, s)
			if flow || nflow {
				if t := e.flowStreet(s); t != "" {
					if err := e.setNull(keys[s], sv, t); err != nil {
						return err
					}
				}
				continue
			}
			if t := e.blockItems(s, strings.Repeat(" ", keys[s].Column-1)+child); t != "" {
				if err := e.fillNull(keys[s], sv, t); err != nil {
					return err
				}
			}
		case sv.Kind == yaml.MappingNode:
			if err := e.planStreet(s, keys[s], sv); err != nil {
				return err
			}
		default:
			return ErrUnsafeEdit
		}
	}
	return ins.err
}

// present finds the entries of mapping m whose keys are ids, by index.
func present(m *yaml.Node, ids []string) (keys, vals []*yaml.Node) {
	at := make(map[string]int, len(ids))
	for i, id := range ids {
		at[id] = i
	}
	keys, vals = make([]*yaml.Node, len(ids)), make([]*yaml.Node, len(ids))
	for i := 0; i+1 < len(m.Content); i += 2 {
		if j, ok := at[m.Content[i].Value]; ok {
			keys[j], vals[j] = m.Content[i], m.Content[i+1]
		}
	}
	return keys, vals
}

// streetStyle is how the street nearest to s that has scores is written:
// flow ({…} on one line) or block, and the indentation of its items under
// its key. A file without such a street gets the template's block style.
func streetStyle(vals, keys []*yaml.Node, s int) (flow bool, child string) {
	for d := 1; d < len(vals); d++ {
		for _, n := range []int{s - d, s + d} {
			if n < 0 || n >= len(vals) || vals[n] == nil || vals[n].Kind != yaml.MappingNode {
				continue
			}
			v := vals[n]
			if v.Style&yaml.FlowStyle != 0 {
				return true, ""
			}
			return false, strings.Repeat(" ", max(1, v.Content[0].Column-keys[n].Column))
		}
	}
	return false, "  "
}

// planStreet changes one street's existing mapping of items and adds the
// missing items where the criteria: order puts them.
func (e *editor) planStreet(s int, key, sv *yaml.Node) error {
	ids := make([]string, len(e.comp.Items))
	for i := range ids {
		ids[i] = e.comp.Items[i].ID
	}
	keys, vals := present(sv, ids)
	flow := sv.Style&yaml.FlowStyle != 0
	indent := strings.Repeat(" ", max(0, sv.Content[0].Column-1))
	ins := e.inserter(key, sv, keys)
	for i, it := range e.comp.Items {
		want := e.comp.Scores[s][i]
		if vals[i] == nil {
			switch {
			case allEmpty(want):
			case flow:
				ins.add(i, it.ID+": "+entryText(want, it.Kind))
			default:
				ins.add(i, indent+it.ID+": "+entryText(want, it.Kind)+e.nl)
			}
			continue
		}
		if err := e.planEntry(keys[i], vals[i], want, it.Kind); err != nil {
			return err
		}
	}
	return ins.err
}

func (e *editor) planEntry(key, iv *yaml.Node, want scoring.Entry, kind scoring.ItemKind) error {
	if isNull(iv) { // ~ or nothing, for a value or a whole list
		if allEmpty(want) {
			return nil
		}
		return e.setNull(key, iv, entryText(want, kind))
	}
	if kind != scoring.Judged {
		if iv.Kind != yaml.ScalarNode {
			return ErrUnsafeEdit
		}
		if slotOf(iv) != want[0] {
			e.replaceScalar(iv, slotText(want[0]))
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

// inserter adds entries to a mapping at the place their list's order puts
// them: before the next entry the mapping already has, or after its last.
type inserter struct {
	e         *editor
	parent, m *yaml.Node
	next      []*yaml.Node // per index, the key of the next entry present
	written   bool         // the flow mapping has an entry before the end
	err       error
}

func (e *editor) inserter(parent, m *yaml.Node, keys []*yaml.Node) *inserter {
	in := &inserter{e: e, parent: parent, m: m, next: make([]*yaml.Node, len(keys)), written: len(m.Content) > 0}
	var next *yaml.Node
	for i := len(keys) - 1; i >= 0; i-- {
		in.next[i] = next
		if keys[i] != nil {
			next = keys[i]
		}
	}
	return in
}

// add writes the entry of index i: "key: value" in a flow mapping, whole
// lines in a block one.
func (in *inserter) add(i int, text string) {
	e, k := in.e, in.next[i]
	if in.m.Style&yaml.FlowStyle != 0 {
		if k != nil {
			e.insert(e.offset(k.Line, k.Column), text+", ", false)
			return
		}
		end, ok := e.flowEnd(in.m)
		if !ok {
			in.err = ErrUnsafeEdit
			return
		}
		if in.written {
			text = ", " + text
		}
		in.written = true
		e.insert(end, text, false)
		return
	}
	if k != nil {
		e.insert(e.before(k, in.parent.Line), text, true)
		return
	}
	e.insert(e.after(in.m), text, true)
}

// before is where lines go in front of the entry whose key is k: at the
// start of its line, above the comment lines that lead it (a comment at
// k's indentation or less right above k is about k), never above floor.
func (e *editor) before(k *yaml.Node, floor int) int {
	l := k.Line
	for l-1 > floor {
		indent, _, comment := e.indentOf(l - 1)
		if !comment || indent > k.Column-1 {
			break
		}
		l--
	}
	return e.lines[l-1]
}

// after is where lines go behind the last entry of block mapping m: after
// every line indented deeper than its keys (its value, its comments), so
// a comment at the keys' indentation that follows stays below.
func (e *editor) after(m *yaml.Node) int {
	k := m.Content[len(m.Content)-2]
	last := max(k.Line, lastLine(m.Content[len(m.Content)-1]))
	for l := last + 1; l <= len(e.lines); l++ {
		indent, blank, _ := e.indentOf(l)
		if blank {
			continue
		}
		if indent <= k.Column-1 {
			break
		}
		last = l
	}
	if last < len(e.lines) {
		return e.lines[last]
	}
	return len(e.src)
}

// flowEnd is the offset of the '}' that closes flow mapping m, moved back
// over the blanks before it, so an entry added there follows the last one.
func (e *editor) flowEnd(m *yaml.Node) (int, bool) {
	open := e.offset(m.Line, m.Column)
	if open >= len(e.src) || e.src[open] != '{' {
		return 0, false
	}
	at := matchBrace(e.src[open:])
	if at < 0 {
		return 0, false
	}
	end := open + at
	for end > open+1 && strings.ContainsRune(" \t\r\n", rune(e.src[end-1])) {
		end--
	}
	if e.src[end-1] == '#' || bytes.Contains(e.src[e.lines[lineOf(e.lines, end)-1]:end], []byte(" #")) {
		return 0, false // a comment before the brace: the entry would land in it
	}
	return end, true
}

// lineOf is the 1-based line holding byte offset off.
func lineOf(lines []int, off int) int {
	return sort.Search(len(lines), func(i int) bool { return lines[i] > off })
}

// setNull writes text as the value of key, whose value is ~ or nothing:
// the ~ is replaced; otherwise text goes right after the colon, before any
// comment on the line.
func (e *editor) setNull(key, v *yaml.Node, text string) error {
	if v.Value != "" {
		start := e.offset(v.Line, v.Column)
		if start+len(v.Value) > len(e.src) || string(e.src[start:start+len(v.Value)]) != v.Value {
			return ErrUnsafeEdit
		}
		e.splices = append(e.splices, splice{start, start + len(v.Value), text})
		return nil
	}
	colon, ok := e.colonAfter(key)
	if !ok {
		return ErrUnsafeEdit
	}
	e.insert(colon+1, " "+text, false)
	return nil
}

// fillNull gives key, whose value is ~ or nothing, the lines text below it:
// a ~ on the key's line goes; the key's comment stays where it is.
func (e *editor) fillNull(key, v *yaml.Node, text string) error {
	if v.Value != "" {
		if v.Line != key.Line {
			return ErrUnsafeEdit
		}
		colon, ok := e.colonAfter(key)
		start := e.offset(v.Line, v.Column)
		if !ok || string(e.src[start:start+len(v.Value)]) != v.Value {
			return ErrUnsafeEdit
		}
		e.splices = append(e.splices, splice{colon + 1, start + len(v.Value), ""})
	}
	at := len(e.src)
	if key.Line < len(e.lines) {
		at = e.lines[key.Line]
	}
	e.insert(at, text, true)
	return nil
}

// colonAfter is the offset of the ':' that ends key on its line.
func (e *editor) colonAfter(key *yaml.Node) (int, bool) {
	off := e.offset(key.Line, key.Column)
	end := e.lineEnd(key.Line)
	switch key.Style {
	case 0:
		off += len(key.Value)
	case yaml.DoubleQuotedStyle, yaml.SingleQuotedStyle:
		q := e.src[off]
		for off++; off < end; off++ {
			if e.src[off] == '\\' && q == '"' {
				off++
				continue
			}
			if e.src[off] == q {
				if q == '\'' && off+1 < end && e.src[off+1] == '\'' {
					off++
					continue
				}
				off++
				break
			}
		}
	default:
		return 0, false
	}
	for off < end && e.src[off] == ' ' {
		off++
	}
	return off, off < end && e.src[off] == ':'
}

// matchBrace is the index of the '}' closing the '{' at b[0], or -1.
// Comments (# after a blank) run to the end of their line.
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
		case c == '#' && i > 0 && (b[i-1] == ' ' || b[i-1] == '\t'):
			for i < len(b) && b[i] != '\n' {
				i++
			}
		}
	}
	return -1
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

// blockStreet is a new street in block style: its key at indent, one line
// per item with a score at indent+child; "" when it has none.
func (e *editor) blockStreet(s int, indent, child string) string {
	items := e.blockItems(s, indent+child)
	if items == "" {
		return ""
	}
	return indent + e.comp.Streets[s].ID + ":" + e.nl + items
}

// blockItems is a street's items with a score, one line each.
func (e *editor) blockItems(s int, indent string) string {
	var b strings.Builder
	for i, it := range e.comp.Items {
		if want := e.comp.Scores[s][i]; !allEmpty(want) {
			b.WriteString(indent + it.ID + ": " + entryText(want, it.Kind) + e.nl)
		}
	}
	return b.String()
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
