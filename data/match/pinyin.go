package match

import (
	"sort"
	"strings"
)

//go:generate go run ../../internal/cmd/pinyintable -o pinyin_table.go

// pinyinOf is every reading of r without tones (行: xing, hang, …), or
// nil when r has none: what go-pinyin's SinglePinyin gives with
// Heteronym set, read from constant tables (pinyin_table.go) so that no
// dictionary is built when the program starts.
func pinyinOf(r rune) []string {
	i := sort.Search(len(hanRunes), func(i int) bool { return hanRunes[i] >= r })
	if i == len(hanRunes) || hanRunes[i] != r {
		return nil
	}
	start := uint32(0)
	if i > 0 {
		start = readingEnds[i-1]
	}
	return strings.Split(hanReadings[start:readingEnds[i]], ",")
}
