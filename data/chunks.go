package data

import (
	"bytes"

	"go.yaml.in/yaml/v3"
)

// The scores section is nearly all of a large file. Parsed whole, its node
// tree costs ~50 bytes of memory per byte of text and keeps the garbage
// collector marking it until decoding ends: 1.1 GB for a 21 MB file. So when
// the section has the plain layout every real file has (a `scores:` line
// at the left margin, the last top-level key, its streets indented below),
// it is cut at street keys into pieces parsed one at a time, and each piece
// is decoded and dropped before the next is parsed.
//
// Cutting is only a way of reading: any doubt (a piece that does not parse,
// is not a mapping, or holds an anchor; a `scores:` line that turns out not
// to be the key) makes Load parse the whole file as one, so problems and
// results are always those of the whole-file parse. TestChunkedLoadMatches
// and FuzzChunkedLoad check that.

// scoresChunkSize is about how many bytes of the scores section one piece
// holds; a variable so that tests can cut at every street.
var scoresChunkSize = 64 << 10

// chunk is one piece of the scores section: text[start:end], whose first
// line is line `line` of the file.
type chunk struct {
	start, end, line int
}

// splitScores finds the scores section of text and cuts it into pieces.
// head is the text up to and including the `scores:` line, which is line
// keyLine. ok is false when the section does not have the plain layout.
func splitScores(text []byte) (head []byte, keyLine int, chunks []chunk, ok bool) {
	start, line := scoresKeyLine(text)
	if start < 0 {
		return nil, 0, nil, false
	}
	bodyStart := start + bytes.IndexByte(text[start:], '\n') + 1
	if bodyStart <= start {
		return nil, 0, nil, false // `scores:` is the last line
	}
	indent := -1
	cur := chunk{start: bodyStart, line: line + 1}
	at, n := bodyStart, line+1
	for at < len(text) {
		end := at + bytes.IndexByte(text[at:], '\n') + 1
		if end <= at {
			end = len(text)
		}
		spaces, content := lineShape(text[at:end])
		switch {
		case !content: // blank or comment
		case spaces == 0:
			return nil, 0, nil, false // another top-level key, or a document marker
		case indent < 0:
			indent = spaces
		case spaces < indent:
			return nil, 0, nil, false
		case spaces == indent && at-cur.start >= scoresChunkSize && plainKeyStart(text[at+spaces]):
			cur.end = at
			chunks = append(chunks, cur)
			cur = chunk{start: at, line: n}
		}
		at, n = end, n+1
	}
	if indent < 0 {
		return nil, 0, nil, false // nothing under `scores:`
	}
	cur.end = len(text)
	return text[:bodyStart], line, append(chunks, cur), true
}

// scoresKeyLine finds the first line that is exactly `scores:` (maybe with
// spaces and a comment after it) at the left margin: its offset and 1-based
// line number, or -1.
func scoresKeyLine(text []byte) (offset, line int) {
	const key = "scores:"
	for at, n := 0, 1; at < len(text); n++ {
		end := at + bytes.IndexByte(text[at:], '\n')
		if end < at {
			end = len(text)
		}
		if l := text[at:end]; bytes.HasPrefix(l, []byte(key)) {
			rest := bytes.TrimRight(l[len(key):], " \r")
			if len(rest) == 0 || (rest[0] == ' ' && bytes.TrimLeft(rest, " ")[0] == '#') {
				return at, n
			}
		}
		at = end + 1
	}
	return -1, 0
}

// lineShape is a line's leading spaces and whether it holds content (not
// blank, not only a comment). A tab before the content counts as content
// at the margin, which sends the file to the whole-file parse.
func lineShape(l []byte) (spaces int, content bool) {
	for spaces < len(l) && l[spaces] == ' ' {
		spaces++
	}
	rest := bytes.TrimRight(l[spaces:], "\r\n")
	if len(rest) == 0 || rest[0] == '#' {
		return spaces, false
	}
	if rest[0] == '\t' {
		return 0, true
	}
	return spaces, true
}

// plainKeyStart reports whether a line starting with c can only be a new
// plain key of the mapping: not an indicator that could continue or
// change a construct ("? key", ": value", "- item", flow brackets, quotes,
// anchors, tags, block scalars).
func plainKeyStart(c byte) bool {
	switch c {
	case '?', ':', '-', ',', '[', ']', '{', '}', '#', '&', '*', '!', '|', '>', '\'', '"', '%', '@', '`':
		return false
	}
	return true
}

// parseChunk parses one piece and moves its lines to where they are in the
// file. ok is false when the piece is not a clean mapping on its own. The
// lines every real file is made of are read by scanScores (chunks_scan.go);
// a piece with any other line goes to the YAML library.
func parseChunk(text []byte, c chunk) (*yaml.Node, bool) {
	if root, ok := scanScores(text[c.start:c.end], c.line); ok {
		return root, true
	}
	root, err := parseYAML("", text[c.start:c.end])
	if err != nil || root.Kind != yaml.DocumentNode || len(root.Content) != 1 || root.Content[0].Kind != yaml.MappingNode {
		return nil, false
	}
	shiftLines(root, c.line-1)
	return root, true
}

func shiftLines(n *yaml.Node, by int) {
	n.Line += by
	for _, c := range n.Content {
		shiftLines(c, by)
	}
}
