package scoring

import (
	"errors"
	"math/big"
	"regexp"
	"strings"
	"testing"
)

// plainDecimal is the spec's number syntax: optional sign, digits without
// a leading zero, optionally a point and one to six digits.
var plainDecimal = regexp.MustCompile(`^[+-]?(0|[1-9][0-9]*)(\.[0-9]{1,6})?$`)

// refParse is a reference reading of s as millionths with math/big: ok is
// false when s is not a plain decimal.
func refParse(s string) (*big.Int, bool) {
	if !plainDecimal.MatchString(s) {
		return nil, false
	}
	if whole, _, _ := strings.Cut(strings.TrimLeft(s, "+-"), "."); len(whole) > 20 {
		return tooLarge, true // far beyond int64: no need for big arithmetic
	}
	r, ok := new(big.Rat).SetString(s)
	if !ok {
		return nil, false
	}
	m := new(big.Rat).Mul(r, big.NewRat(microScale, 1))
	if !m.IsInt() {
		return nil, false
	}
	return new(big.Int).Set(m.Num()), true
}

// tooLarge stands for any value with more than 20 integer digits.
var tooLarge = new(big.Int).Exp(big.NewInt(10), big.NewInt(27), nil)

func FuzzParseDec(f *testing.F) {
	for _, s := range []string{"0", "-0", "+0", "17.5", "-0.25", "80.0000000", "010", "1e400", "1E3",
		".nan", ".inf", "-.inf", "0x10", "1_000", "9999999999999", "9223372036854.775807", "9223372036.854775",
		"9223372036.854776", "-9223372036.854775", "1.", ".5", "+-1", "１２", "٣", "", " 1", "1 ", "00", "0.000001"} {
		f.Add(s)
	}
	limit := big.NewInt(maxDecMagnitude)
	f.Fuzz(func(t *testing.T, s string) {
		got, err := ParseDec(s)
		want, ok := refParse(s)
		switch {
		case !ok:
			if err == nil {
				t.Fatalf("ParseDec(%q) = %v, want an error: not a plain decimal", s, got)
			}
			return
		case new(big.Int).Abs(want).Cmp(limit) > 0:
			if !errors.Is(err, ErrTooLarge) {
				t.Fatalf("ParseDec(%q) = %v, %v; want ErrTooLarge", s, got, err)
			}
			return
		case err != nil:
			t.Fatalf("ParseDec(%q) refused a plain decimal: %v", s, err)
		case big.NewInt(int64(got)).Cmp(want) != 0:
			t.Fatalf("ParseDec(%q) = %d millionths, want %s", s, int64(got), want)
		}
		back, err := ParseDec(got.String())
		if err != nil || back != got {
			t.Fatalf("ParseDec(%q).String() = %q re-parses to %v, %v", s, got.String(), back, err)
		}
	})
}

// FuzzScoringAtLimits builds a competition from the fuzzer's bytes with
// numbers at the limits (the largest decimal, 1,001 items in a category,
// many judges) and checks every published value against big.Rat.
func FuzzScoringAtLimits(f *testing.F) {
	f.Add([]byte{0, 0, 0, 0})
	f.Add([]byte{250, 1, 0, 3, 3, 3, 3})
	f.Add([]byte{255, 2, 7, 0, 1, 2, 3, 4, 5, 6, 7})
	values := []Dec{maxDecMagnitude, maxDecMagnitude - 1, maxDecMagnitude / 2, maxDecMagnitude/7 + 3, 1, 999_999, DecFromInt(100), 0}
	f.Fuzz(func(t *testing.T, b []byte) {
		at := 0
		next := func() int {
			if at >= len(b) {
				return 0
			}
			at++
			return int(b[at-1])
		}
		pick := func() Dec { return values[next()%len(values)] }
		c := &Competition{Title: "fuzz", Rules: DefaultRules()}
		items := 1 + next()*1001/256 // up to 1,001 items: past Σ max overflow
		flags := next()
		c.Rules.Decimals = flags % 5
		c.Rules.Rounding = Rounding(flags / 5 % 2)
		c.Rules.Trim = flags / 10 % 2
		c.Rules.TrimMinJudges = DefaultTrimMinJudges(c.Rules.Trim)
		for j := range 1 + next()%9 {
			c.Judges = append(c.Judges, Judge{ID: "j" + string(rune('a'+j)), Name: "j"})
		}
		cats := min(1+flags%3, items) // a category has at least one item
		for ci := range cats {
			w := pick()
			if w <= 0 {
				w = maxDecMagnitude
			}
			c.Categories = append(c.Categories, Category{ID: "c" + string(rune('a'+ci)), Name: "c", Weight: w})
		}
		for i := range items {
			ci := i % cats
			it := Item{ID: "i", Name: "i", Category: ci, Kind: ItemKind(next() % 3), Max: pick()}
			if it.Max <= 0 {
				it.Max = maxDecMagnitude
			}
			if it.Kind == Target {
				if it.Target = pick(); it.Target <= 0 {
					it.Target = 1
				}
			}
			if s := pick(); s <= it.Max && next()%2 == 0 {
				it.Standard, it.HasStandard = s, true
			}
			c.Categories[ci].Items = append(c.Categories[ci].Items, i)
			c.Items = append(c.Items, it)
		}
		c.Streets = []Street{{ID: "a", Name: "a"}, {ID: "b", Name: "b"}}
		c.Scores = c.EmptyScores()
		for s := range c.Streets {
			for i := range c.Items {
				for k := range c.Scores[s][i] {
					v := min(pick(), c.Items[i].Max)
					if c.Items[i].Kind == Target {
						v = pick()
					}
					c.Scores[s][i][k] = Number(v)
				}
			}
		}
		checkExact(t, c)
	})
}
