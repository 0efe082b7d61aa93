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
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			return plainRunes(s[i:])
		}
		if !plainASCII[c] {
			return false
		}
	}
	return true
}

// plainRunes is Plain for the rest of a string from its first non-ASCII byte.
func plainRunes(s string) bool {
	for i, r := range s {
		switch {
		case r < utf8.RuneSelf:
			if !plainASCII[r] {
				return false
			}
		case r == utf8.RuneError:
			if _, n := utf8.DecodeRuneInString(s[i:]); n == 1 {
				return false // an invalid byte, which json.Marshal replaces
			}
		case r == '\u2028', r == '\u2029':
			return false
		}
	}
	return true
}

// plainASCII says which ASCII bytes json.Marshal writes as they are.
var plainASCII = func() (t [utf8.RuneSelf]bool) {
	for c := 0x20; c < utf8.RuneSelf; c++ {
		t[c] = !strings.ContainsRune(`"\<>&`, rune(c))
	}
	return t
}()
