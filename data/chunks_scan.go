package data

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"
)

// scanScores reads one piece of the scores section (chunks.go) without the
// YAML library, which spends most of a load building its tree token by
// token. It knows only the lines every real file is made of:
//
//	street:            # a comment
//	  item: 8.5
//	  item: [9, 8.5, ~, recused, 回避]   # a comment
//
// blank lines and comment lines between them, plain keys of letters,
// digits, `.`, `_` and `-` (not starting with a digit, `.` or `-`, and no
// word YAML reads as something else, such as null or true), and values
// whose meaning in YAML is beyond doubt: decimals (-?[0-9]+(\.[0-9]+)?
// without leading zeros in whole numbers), ~, null, and the recusal words.
// For any other line it answers ok=false and the piece goes to the YAML
// library, so the tree is always the one the library would build:
// TestScanScoresMatchesYAML and FuzzFastScores compare them field by field.
//
// firstLine is the file's line number of the piece's first line.
func scanScores(piece []byte, firstLine int) (root *yaml.Node, ok bool) {
	// About as many nodes as keys, values and lists, made in one block.
	nodes := 2 + 2*bytes.Count(piece, []byte(":")) + bytes.Count(piece, []byte(",")) + bytes.Count(piece, []byte("["))
	s := scoresScan{src: string(piece), streetIndent: -1, slab: make([]yaml.Node, nodes), refs: make([]*yaml.Node, 0, nodes)}
	for at, line := 0, firstLine; at < len(s.src); line++ {
		end := strings.IndexByte(s.src[at:], '\n')
		next := at + end + 1
		if end < 0 {
			end, next = len(s.src)-at, len(s.src)
		}
		l := s.src[at : at+end]
		l = strings.TrimSuffix(l, "\r") // a lone CR is a line break to YAML: refused below
		if !s.line(l, line) {
			return nil, false
		}
		at = next
	}
	if s.root == nil || !s.endStreet() {
		return nil, false
	}
	s.root.Content = s.carve(s.streets)
	doc := s.node()
	*doc = yaml.Node{Kind: yaml.DocumentNode, Line: s.root.Line, Column: s.root.Column, Content: s.carve([]*yaml.Node{s.root})}
	return doc, true
}

// scoresScan is scanScores' state between lines.
type scoresScan struct {
	src          string // the piece; every Value is a part of it
	root         *yaml.Node
	street       *yaml.Node // the current street's mapping
	streetIndent int
	itemIndent   int
	// the root's and the current street's keys and values, and a list's
	// values, until they are complete
	streets, items, list []*yaml.Node
	// nodes and Content slices are cut from blocks: a few allocations a
	// piece rather than some per score
	slab []yaml.Node
	refs []*yaml.Node
}

func (s *scoresScan) node() *yaml.Node {
	if len(s.slab) == 0 {
		s.slab = make([]yaml.Node, 256)
	}
	n := &s.slab[0]
	s.slab = s.slab[1:]
	return n
}

// carve copies a complete Content list into the block of references.
func (s *scoresScan) carve(list []*yaml.Node) []*yaml.Node {
	if cap(s.refs)-len(s.refs) < len(list) {
		s.refs = make([]*yaml.Node, 0, max(len(list), 256))
	}
	start := len(s.refs)
	s.refs = append(s.refs, list...)
	return s.refs[start:len(s.refs):len(s.refs)]
}

func (s *scoresScan) scalar(tag, value string, line, col int) *yaml.Node {
	n := s.node()
	*n = yaml.Node{Kind: yaml.ScalarNode, Tag: tag, Value: value, Line: line, Column: col}
	return n
}

// endStreet completes the current street (if any); false when it has no
// items: a street key with nothing under it is a null the library places
// itself.
func (s *scoresScan) endStreet() bool {
	if s.street == nil {
		return true
	}
	if len(s.items) == 0 {
		return false
	}
	s.street.Content = s.carve(s.items)
	s.items = s.items[:0]
	return true
}

// line reads one line l, line number line of the file.
func (s *scoresScan) line(l string, line int) bool {
	spaces := 0
	for spaces < len(l) && l[spaces] == ' ' {
		spaces++
	}
	rest := l[spaces:]
	if rest == "" || rest[0] == '#' {
		return plainComment(rest)
	}
	key, after, ok := plainKey(rest)
	if !ok {
		return false
	}
	keyNode := s.scalar("!!str", key, line, spaces+1)
	col := spaces + 1 + utf8.RuneCountInString(key) + 1 // just after the colon
	switch {
	case s.streetIndent < 0 || spaces == s.streetIndent:
		if !s.endStreet() || !onlyComment(after) {
			return false
		}
		if s.root == nil {
			s.streetIndent = spaces
			s.root = s.node()
			*s.root = yaml.Node{Kind: yaml.MappingNode, Tag: "!!map", Line: line, Column: spaces + 1}
		}
		s.street = s.node()
		*s.street = yaml.Node{Kind: yaml.MappingNode, Tag: "!!map"}
		s.streets = append(s.streets, keyNode, s.street)
		s.itemIndent = -1
		return true
	case spaces > s.streetIndent && s.street != nil && (s.itemIndent < 0 || spaces == s.itemIndent):
		if s.itemIndent < 0 {
			s.itemIndent = spaces
			s.street.Line, s.street.Column = line, spaces+1
		}
		v, ok := s.value(after, line, col)
		if !ok {
			return false
		}
		s.items = append(s.items, keyNode, v)
		return true
	}
	return false
}

// value reads what follows an item's colon: at least one space, a value
// or a one-line flow list, and maybe a comment.
func (s *scoresScan) value(rest string, line, col int) (*yaml.Node, bool) {
	sp := leadingSpaces(rest)
	if sp == 0 || sp == len(rest) {
		return nil, false
	}
	rest, col = rest[sp:], col+sp
	if rest[0] != '[' {
		tok := rest[:tokenEnd(rest, " ")]
		n, ok := s.token(tok, line, col)
		return n, ok && onlyComment(rest[len(tok):])
	}
	seq := s.node()
	*seq = yaml.Node{Kind: yaml.SequenceNode, Tag: "!!seq", Style: yaml.FlowStyle, Line: line, Column: col}
	rest, col = rest[1:], col+1
	s.list = s.list[:0]
	for {
		sp := leadingSpaces(rest)
		rest, col = rest[sp:], col+sp
		tok := rest[:tokenEnd(rest, " ,]")]
		n, ok := s.token(tok, line, col)
		if !ok {
			return nil, false
		}
		s.list = append(s.list, n)
		rest, col = rest[len(tok):], col+utf8.RuneCountInString(tok)
		sp = leadingSpaces(rest)
		rest, col = rest[sp:], col+sp
		switch {
		case strings.HasPrefix(rest, ","):
			rest, col = rest[1:], col+1
		case strings.HasPrefix(rest, "]"):
			seq.Content = s.carve(s.list)
			return seq, onlyComment(rest[1:])
		default:
			return nil, false
		}
	}
}

// token makes the node of one value, if it is one whose meaning is sure.
func (s *scoresScan) token(tok string, line, col int) (*yaml.Node, bool) {
	switch {
	case tok == "~" || tok == "null":
		return s.scalar("!!null", tok, line, col), true
	case tok == recusedWord || tok == recusedZh:
		return s.scalar("!!str", tok, line, col), true
	}
	tag := numberTag(tok)
	if tag == "" {
		return nil, false
	}
	return s.scalar(tag, tok, line, col), true
}

// numberTag is the tag YAML gives a decimal: !!int for a whole number of
// at most 18 digits without leading zeros (which would make it octal or a
// float), !!float for one with a fraction; "" for anything else.
func numberTag(tok string) string {
	t := strings.TrimPrefix(tok, "-")
	whole, frac, point := strings.Cut(t, ".")
	if !allDigits(whole) || (point && !allDigits(frac)) || len(t) > 30 {
		return ""
	}
	if point {
		return "!!float"
	}
	if len(whole) > 18 || (whole[0] == '0' && len(whole) > 1) {
		return ""
	}
	return "!!int"
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// plainKey reads `key:` at the start of l: a key that YAML reads as the
// same text, followed by a colon and then a space or the end of the line.
func plainKey(l string) (key, after string, ok bool) {
	i := strings.IndexByte(l, ':')
	if i <= 0 || i > 512 || (i+1 < len(l) && l[i+1] != ' ') {
		return "", "", false
	}
	key = l[:i]
	for j, r := range key {
		switch {
		case r < utf8.RuneSelf && (r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r == '_'):
		case r < utf8.RuneSelf && j > 0 && (r >= '0' && r <= '9' || r == '.' || r == '-'):
		case r >= utf8.RuneSelf && unicode.IsLetter(r):
		default:
			return "", "", false
		}
	}
	switch key {
	case "true", "True", "TRUE", "false", "False", "FALSE", "null", "Null", "NULL":
		return "", "", false
	}
	return key, l[i+1:], true
}

// onlyComment reports whether rest is nothing, spaces, or spaces and a
// comment.
func onlyComment(rest string) bool {
	sp := leadingSpaces(rest)
	return sp == len(rest) || (sp > 0 && rest[sp] == '#' && plainComment(rest[sp:]))
}

// plainComment reports whether a comment holds only characters YAML
// reads as such: none that breaks the line (CR, NEL, U+2028, U+2029),
// none it refuses, no broken UTF-8.
func plainComment(c string) bool {
	for i, r := range c {
		switch {
		case r == utf8.RuneError && !strings.HasPrefix(c[i:], "\uFFFD"): // broken UTF-8
			return false
		case r == '\t' || r >= 0x20 && r <= 0x7E:
		case r < 0xA0 || r == 0x2028 || r == 0x2029 || r >= 0xD800 && r <= 0xDFFF || r == 0xFFFE || r == 0xFFFF:
			return false
		}
	}
	return true
}

func leadingSpaces(s string) int {
	i := 0
	for i < len(s) && s[i] == ' ' {
		i++
	}
	return i
}

// tokenEnd is where the token at the start of s ends: at one of stop or
// at the end of the line.
func tokenEnd(s, stop string) int {
	if i := strings.IndexAny(s, stop); i >= 0 {
		return i
	}
	return len(s)
}
