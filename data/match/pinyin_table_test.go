package match

import (
	"slices"
	"testing"

	"github.com/mozillazg/go-pinyin"
)

// The generated table gives, for every character of go-pinyin's
// dictionary, the readings go-pinyin gives; run go generate after
// updating go-pinyin.
func TestPinyinTableEqualsGoPinyin(t *testing.T) {
	args := pinyin.NewArgs()
	args.Heteronym = true
	if len(hanRunes) != len(pinyin.PinyinDict) {
		t.Errorf("table has %d characters, go-pinyin %d: run go generate ./data/match", len(hanRunes), len(pinyin.PinyinDict))
	}
	for k := range pinyin.PinyinDict {
		r := rune(k)
		if got, want := pinyinOf(r), pinyin.SinglePinyin(r, args); !slices.Equal(got, want) {
			t.Errorf("%c (%#x): table %q, go-pinyin %q: run go generate ./data/match", r, r, got, want)
		}
	}
	for _, r := range []rune{'a', '1', '，', 0x33ff, 0x10ffff} {
		if got, want := pinyinOf(r), pinyin.SinglePinyin(r, args); len(got) != 0 || len(want) != 0 {
			t.Errorf("%q: table %q, go-pinyin %q, want none", r, got, want)
		}
	}
}
