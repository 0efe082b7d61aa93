package display

import "testing"

func TestIsInvisible(t *testing.T) {
	for _, r := range []rune{0x200b, 0x200c, 0x200d, 0x2060, 0xfeff, 0x115f, 0x1160, 0x3164, 0xffa0,
		0xe0000, 0xe0001, 0xe0041, 0xe007f, 0xad, 0xfe0f, 0x180e, 0x034f} {
		if !IsInvisible(r) {
			t.Errorf("U+%04X not invisible", r)
		}
	}
	for _, r := range []rune{'a', '街', ' ', 0x3000, '·', '（', 0x0600, 0xfffc, 0x00a0} {
		if IsInvisible(r) {
			t.Errorf("U+%04X invisible", r)
		}
	}
	if r, at, ok := FirstInvisible("桐柏\u200b路"); !ok || r != 0x200b || at != 3 {
		t.Errorf("FirstInvisible = %U, %d, %v", r, at, ok)
	}
}
