package data

import (
	"bytes"
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"

	"liangsaibi/i18n"
)

var yamlLineRe = regexp.MustCompile(`^yaml: (?:line (\d+): )?(.*)$`)

// syntaxProblem turns the YAML library's error into a located problem.
func syntaxProblem(name string, err error) Problems {
	msg := strings.TrimSpace(err.Error())
	first, _, _ := strings.Cut(msg, "\n")
	line := 0
	if m := yamlLineRe.FindStringSubmatch(first); m != nil {
		if m[1] != "" {
			line, _ = strconv.Atoi(m[1])
		}
		first = m[2]
	}
	if strings.Contains(first, "exceeded max depth") {
		return Problems{{File: name, Line: line, Col: 1, Msg: i18n.Message{Catalog: msgs, Key: "yaml.too_deep", Args: []any{maxDepth}}}}
	}
	col := 0
	if line > 0 {
		col = 1
	}
	return Problems{{File: name, Line: line, Col: col, Msg: i18n.Message{Catalog: msgs, Key: "yaml.syntax", Args: []any{first}}}}
}

// controlProblem finds the first character YAML does not allow anywhere in
// a file (NUL, ESC and the other control characters; the same set as the
// YAML library's reader), which the library reports without a place: nil
// when there is none.
func controlProblem(name string, text []byte) Problems {
	for i := 0; i < len(text); {
		b := text[i]
		if b < utf8.RuneSelf {
			if b == '\t' || b == '\n' || b == '\r' || (b >= 0x20 && b <= 0x7e) {
				i++
				continue
			}
		}
		r, n := utf8.DecodeRune(text[i:])
		if b >= utf8.RuneSelf && (r == 0x85 || (r >= 0xa0 && r <= 0xd7ff) || (r >= 0xe000 && r <= 0xfffd) || r >= 0x10000) {
			i += n
			continue
		}
		start := bytes.LastIndexByte(text[:i], '\n') + 1
		line := 1 + bytes.Count(text[:start], []byte{'\n'})
		col := 1 + utf8.RuneCount(text[start:i])
		return Problems{{File: name, Line: line, Col: col, Msg: i18n.Message{Catalog: msgs, Key: "yaml.control", Args: []any{fmt.Sprintf("U+%04X", r)}}}}
	}
	return nil
}
