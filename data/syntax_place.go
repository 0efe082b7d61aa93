package data

import (
	"bytes"
	"strconv"
	"strings"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"
)

// The YAML library names only the line of a syntax error, and for some
// mistakes not even the right one: a full-width colon (easy to type with a
// Chinese input method) or an unclosed quote is reported lines later.
// placeSyntax looks at the text around the reported line for the mistakes
// people make and names the line and column where the fix goes. It only
// ever narrows a real parse error; when nothing matches, the library's
// line stands, at column 1.

// nearLines is how far past the reported line the parser may have read;
// maxTries bounds the parses spent checking suspected causes.
const (
	nearLines = 3
	maxTries  = 6
)

// blockStart are the problems the library reports at the line where the
// enclosing block began, not where it stopped reading.
var blockStart = map[string]bool{"yaml.p.key": true, "yaml.p.dash_missing": true, "yaml.p.flow_seq": true, "yaml.p.flow_map": true}

// placeSyntax returns the line, column (in characters, as editors count)
// and explanation key for a syntax error the library put at line with key why.
func placeSyntax(text []byte, line int, why string) (int, int, string) {
	lines := bytes.Split(text, []byte("\n"))
	get := func(n int) string {
		if n < 1 || n > len(lines) {
			return ""
		}
		return strings.TrimSuffix(string(lines[n-1]), "\r")
	}
	if why == "yaml.too_deep" || why == "yaml.alias" || why == "yaml.p.bytes" || why == "yaml.p.control" {
		return line, atLeast1(line), why
	}
	// An unclosed quote swallows the lines after it; the library reports
	// wherever the scanner gave up, sometimes before the quote itself.
	// Each such cause is named only if fixing it lets the parser get past
	// the error, so a quoted value spanning lines or a "：" inside a value
	// is never blamed by mistake. The library sometimes reports the start
	// of the enclosing block, so the search starts at the top; a cause
	// cannot lie after the lines the parser read.
	tries, last := maxTries, line+nearLines
	if line == 0 || blockStart[why] {
		last = len(lines)
	}
	for n := 1; n <= last && n <= len(lines) && tries > 0; n++ {
		s := get(n)
		if col := openQuote(s); col > 0 {
			tries--
			if fixes(lines, n, s+s[byteAt(s, col):byteAt(s, col)+1], line) {
				return n, col, "yaml.p.quote"
			}
		}
		if col := fullWidthIndent(s); col > 0 {
			tries--
			if fixes(lines, n, strings.ReplaceAll(s, "　", "  "), line) {
				return n, col, "yaml.p.fullwidth_space"
			}
		}
		if col := fullWidthColon(s); col > 0 {
			tries--
			if fixes(lines, n, strings.Replace(s, "：", ": ", 1), line) {
				return n, col, "yaml.p.fullwidth_colon"
			}
		}
	}
	if line < 1 {
		return line, 0, why
	}
	s := get(line)
	if col := tabIndent(s); col > 0 && (why == "yaml.p.tab" || why == "yaml.p.bad_char") {
		return line, col, "yaml.p.tab"
	}
	switch why {
	case "yaml.p.bad_char":
		if col := badStart(s); col > 0 {
			return line, col, why
		}
	case "yaml.p.colon":
		colons := valueColons(s)
		if len(colons) >= 2 {
			return line, colons[1], why
		}
		if prev := previousContent(get, line); prev != "" && indentOf(s) > indentOf(prev) && len(valueColons(prev)) > 0 &&
			!strings.HasSuffix(strings.TrimSpace(stripComment(prev)), ":") {
			return line, indentOf(s) + 1, "yaml.p.indent"
		}
		if len(colons) == 1 {
			return line, colons[0], why
		}
	}
	if col := indentOf(s) + 1; strings.TrimSpace(s) != "" {
		return line, col, why
	}
	return line, 1, why
}

// fixes says whether the text with line n replaced by fixed parses, or
// fails only after line was: the fix lets the parser get further.
func fixes(lines [][]byte, n int, fixed string, line int) bool {
	var b bytes.Buffer
	for i, l := range lines {
		if i > 0 {
			b.WriteByte('\n')
		}
		if i == n-1 {
			b.WriteString(fixed)
		} else {
			b.Write(l)
		}
	}
	var root yaml.Node
	err := yaml.Unmarshal(b.Bytes(), &root)
	if err == nil {
		return true
	}
	m := yamlLineRe.FindStringSubmatch(strings.TrimSpace(err.Error()))
	if m == nil || m[1] == "" {
		return false
	}
	after, _ := strconv.Atoi(m[1])
	return after > line && after > n
}

// byteAt is the byte offset of 1-based character column col in s.
func byteAt(s string, col int) int {
	i := 0
	for n := 1; n < col && i < len(s); n++ {
		_, w := utf8.DecodeRuneInString(s[i:])
		i += w
	}
	return i
}

func atLeast1(line int) int {
	if line > 0 {
		return 1
	}
	return 0
}

// indentOf counts the leading spaces of s.
func indentOf(s string) int { return len(s) - len(strings.TrimLeft(s, " ")) }

// column is the 1-based character column of byte offset i in s.
func column(s string, i int) int { return utf8.RuneCountInString(s[:i]) + 1 }

// previousContent is the nearest line before n that is neither blank nor
// only a comment.
func previousContent(get func(int) string, n int) string {
	for m := n - 1; m >= 1 && m >= n-20; m-- {
		t := strings.TrimSpace(get(m))
		if t != "" && !strings.HasPrefix(t, "#") {
			return get(m)
		}
	}
	return ""
}

// keyStart is where a key would begin on line s: after the indentation
// and any "- " list markers.
func keyStart(s string) int {
	i := indentOf(s)
	for strings.HasPrefix(s[i:], "- ") {
		i += 2
		i += indentOf(s[i:])
	}
	return i
}

// fullWidthColon finds a key written with "：" instead of ": " (a key made
// of anything but spaces, quotes, colons and "#", at the start of a line).
func fullWidthColon(s string) int {
	i := keyStart(s)
	j := strings.Index(s[i:], "：")
	if j <= 0 {
		return 0
	}
	if strings.ContainsAny(s[i:i+j], " \t\"'#:") {
		return 0
	}
	return column(s, i+j)
}

// fullWidthIndent finds an ideographic space (U+3000) in the indentation.
func fullWidthIndent(s string) int {
	lead := len(s) - len(strings.TrimLeft(s, " \t　"))
	if j := strings.Index(s[:lead], "　"); j >= 0 {
		return column(s, j)
	}
	return 0
}

// tabIndent finds a tab in the indentation.
func tabIndent(s string) int {
	lead := len(s) - len(strings.TrimLeft(s, " \t"))
	if j := strings.IndexByte(s[:lead], '\t'); j >= 0 {
		return column(s, j)
	}
	return 0
}

// badStart finds a value beginning with a character that cannot start one.
func badStart(s string) int {
	for i := 0; i < len(s); i++ {
		if (s[i] == '@' || s[i] == '`') && (i == 0 || s[i-1] == ' ') {
			return column(s, i)
		}
	}
	return 0
}

// unquoted calls f with each byte offset of s outside quotes (a quote
// opens at the start of a word) until f says stop.
func unquoted(s string, f func(i int) (stop bool)) {
	var quote byte
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case quote != 0:
			if c == quote {
				quote = 0
			}
		case (c == '"' || c == '\'') && (i == 0 || s[i-1] == ' '):
			quote = c
		case f(i):
			return
		}
	}
}

// stripComment cuts a "#" comment that is not inside quotes.
func stripComment(s string) string {
	end := len(s)
	unquoted(s, func(i int) bool {
		if s[i] == '#' && (i == 0 || s[i-1] == ' ') {
			end = i
			return true
		}
		return false
	})
	return s[:end]
}

// valueColons are the columns of the ": " (or final ":") outside quotes
// and comments on line s.
func valueColons(s string) []int {
	s = stripComment(s)
	var cols []int
	unquoted(s, func(i int) bool {
		if s[i] == ':' && (i+1 == len(s) || s[i+1] == ' ') {
			cols = append(cols, column(s, i))
		}
		return false
	})
	return cols
}

// openQuote finds a value on line s that opens a quote and never closes
// it on the line: the column of the opening quote, or 0. Only a quote
// right after "key: " or "- " counts, the places a value begins.
func openQuote(s string) int {
	body := stripComment(s) // a "#" inside an open quote stays
	i := keyStart(body)
	rest := body[i:]
	if k := strings.Index(rest, ": "); k >= 0 && !strings.ContainsAny(rest[:k], "\"'") {
		i += k + 2
		i += indentOf(body[i:])
	} else if i == indentOf(body) {
		return 0 // no key and no list marker: not the start of a value
	}
	if i >= len(body) || (body[i] != '"' && body[i] != '\'') {
		return 0
	}
	q := body[i]
	for j := i + 1; j < len(body); j++ {
		switch {
		case q == '"' && body[j] == '\\':
			j++
		case body[j] == q && q == '\'' && j+1 < len(body) && body[j+1] == '\'':
			j++
		case body[j] == q:
			return 0
		}
	}
	return column(body, i)
}
