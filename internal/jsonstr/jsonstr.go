// Package jsonstr writes a string as encoding/json does, without its
// reflection for the strings that need no escaping (every id and most
// names): the digest and the JSON report write hundreds of thousands.
package jsonstr

import (
	"encoding/json"
	"strings"
	"unicode/utf8"
)

// Append appends s to dst exactly as json.Marshal(s) writes it.
func Append(dst []byte, s string) []byte {
	if Plain(s) {
		dst = append(dst, '"')
		dst = append(dst, s...)
		return append(dst, '"')
	}
	out, _ := json.Marshal(s) // a string: cannot fail
	return append(dst, out...)
}

// Plain reports whether json.Marshal would write s unchanged between
// quotes: valid UTF-8 with no control characters, quotes, backslashes, the
// HTML characters it escapes (< > &) or U+2028/U+2029.
func Plain(s string) bool {
	high := false
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c < 0x20, c == '"', c == '\\', c == '<', c == '>', c == '&':
			return false
		case c >= 0x80:
			high = true
		}
	}
	return !high || (utf8.ValidString(s) && !strings.ContainsAny(s, "\u2028\u2029"))
}
