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

// yamlProblems maps each problem the YAML parser (go.yaml.in/yaml/v3,
// scannerc.go, parserc.go, readerc.go, decode.go) can report to the key of
// a plain-language explanation in the catalog. A problem not listed is
// shown as "yaml.p.unknown"; the parser's English never reaches the user.
var yamlProblems = map[string]string{
	"found character that cannot start any token":                  "yaml.p.bad_char",
	"did not find expected key":                                    "yaml.p.key",
	"mapping values are not allowed in this context":               "yaml.p.colon",
	"could not find expected ':'":                                  "yaml.p.no_colon",
	"found unexpected end of stream":                               "yaml.p.eof",
	"found a tab character that violates indentation":              "yaml.p.tab",
	"found a tab character where an indentation space is expected": "yaml.p.tab",
	"block sequence entries are not allowed in this context":       "yaml.p.dash",
	"did not find expected '-' indicator":                          "yaml.p.dash_missing",
	"mapping keys are not allowed in this context":                 "yaml.p.qmark",
	"did not find expected node content":                           "yaml.p.content",
	"did not find expected ',' or ']'":                             "yaml.p.flow_seq",
	"did not find expected ',' or '}'":                             "yaml.p.flow_map",
	"found unexpected document indicator":                          "yaml.p.docmark",
	"did not find expected <document start>":                       "yaml.p.docstart",
	"did not find expected <stream-start>":                         "yaml.p.docstart",
	"did not find expected alphabetic or numeric character":        "yaml.p.anchor_name",
	"found unknown escape character":                               "yaml.p.escape",
	"did not find expected hexdecimal number":                      "yaml.p.escape",
	"found invalid Unicode character escape code":                  "yaml.p.escape",
	"did not find expected comment or line break":                  "yaml.p.trailing",
	"did not find expected whitespace or line break":               "yaml.p.trailing",
	"found an indentation indicator equal to 0":                    "yaml.p.block_indent",
	"control characters are not allowed":                           "yaml.p.control",
	"invalid Unicode character":                                    "yaml.p.bytes",
	"incomplete UTF-8 octet sequence":                              "yaml.p.bytes",
	"invalid leading UTF-8 octet":                                  "yaml.p.bytes",
	"invalid trailing UTF-8 octet":                                 "yaml.p.bytes",
	"invalid length of a UTF-8 sequence":                           "yaml.p.bytes",
	"found an incorrect leading UTF-8 octet":                       "yaml.p.bytes",
	"found an incorrect trailing UTF-8 octet":                      "yaml.p.bytes",
	"incomplete UTF-16 character":                                  "yaml.p.bytes",
	"incomplete UTF-16 surrogate pair":                             "yaml.p.bytes",
	"expected low surrogate area":                                  "yaml.p.bytes",
	"unexpected low surrogate area":                                "yaml.p.bytes",
	"found unknown directive name":                                 "yaml.p.directive",
	"could not find expected directive name":                       "yaml.p.directive",
	"did not find expected version number":                         "yaml.p.directive",
	"found extremely long version number":                          "yaml.p.directive",
	"did not find expected digit or '.' character":                 "yaml.p.directive",
	"found duplicate %YAML directive":                              "yaml.p.directive",
	"found incompatible YAML document":                             "yaml.p.directive",
	"found duplicate %TAG directive":                               "yaml.p.directive",
	"did not find expected whitespace":                             "yaml.p.directive",
	"found unexpected non-alphabetical character":                  "yaml.p.directive",
	"did not find expected '!'":                                    "yaml.p.tag",
	"did not find expected tag URI":                                "yaml.p.tag",
	"did not find URI escaped octet":                               "yaml.p.tag",
	"did not find the expected '>'":                                "yaml.p.tag",
	"found undefined tag handle":                                   "yaml.p.tag",
	"document contains excessive aliasing":                         "yaml.alias",
}

// yamlProblemKey is the catalog key explaining the parser's problem text.
func yamlProblemKey(problem string) string {
	if k, ok := yamlProblems[problem]; ok {
		return k
	}
	switch {
	case strings.HasPrefix(problem, "unknown anchor"), strings.HasPrefix(problem, "anchor "):
		return "yaml.alias"
	case strings.HasPrefix(problem, "exceeded max depth"):
		return "yaml.too_deep"
	case strings.HasPrefix(problem, "input error"):
		return "yaml.p.input"
	case strings.HasPrefix(problem, "cannot decode"), strings.HasPrefix(problem, "invalid map key"):
		return "yaml.p.value"
	}
	return "yaml.p.unknown"
}

// syntaxProblem turns the YAML library's error into a located problem.
// The library's English is replaced by a catalog message. The library
// gives only a line; with the text at hand, placeSyntax finds the column
// (and for some mistakes the right line); without it the column is 1.
func syntaxProblem(name string, text []byte, err error) Problems {
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
	why := yamlProblemKey(first)
	if text != nil {
		line, col, why = placeSyntax(text, line, why)
	}
	if why == "yaml.alias" {
		return Problems{{File: name, Line: line, Col: col, Msg: msgs.M(why)}}
	}
	return Problems{{File: name, Line: line, Col: col, Msg: msgs.M("yaml.syntax", msgs.M(why))}}
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
