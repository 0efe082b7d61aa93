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
