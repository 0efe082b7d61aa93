package display

import "unicode"

// IsInvisible reports a default-ignorable code point: a character that
// shows nothing (zero-width spaces and joiners U+200B..U+200D, the word
// joiner U+2060, U+FEFF, Hangul fillers U+115F, U+1160, U+3164, U+FFA0,
// tag characters U+E0000..U+E007F, variation selectors, soft hyphen…), so
// two names that differ only by one look the same. As Unicode derives the
// property: Other_Default_Ignorable_Code_Point, format characters (Cf) and
// variation selectors, less the prepended concatenation marks (Arabic
// number signs, which show) and U+FFF9..U+FFFB.
func IsInvisible(r rune) bool {
	switch {
	case r < 0xad:
		return false
	case unicode.Is(unicode.Prepended_Concatenation_Mark, r), r >= 0xfff9 && r <= 0xfffb,
		r >= 0x13430 && r <= 0x1343f:
		return false
	}
	return unicode.Is(unicode.Other_Default_Ignorable_Code_Point, r) || unicode.Is(unicode.Cf, r) ||
		unicode.Is(unicode.Variation_Selector, r)
}

// FirstInvisible is the first invisible character of s and its 1-based
// place among the characters; ok is false when there is none.
func FirstInvisible(s string) (r rune, at int, ok bool) {
	for _, c := range s {
		at++
		if IsInvisible(c) {
			return c, at, true
		}
	}
	return 0, 0, false
}
