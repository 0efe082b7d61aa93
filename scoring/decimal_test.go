package scoring

import (
	"errors"
	"math/big"
	"testing"
)

func TestParseDec(t *testing.T) {
	tests := []struct {
		in   string
		want Dec
		err  error
	}{
		{"0", 0, nil},
		{"86", 86_000_000, nil},
		{"17.5", 17_500_000, nil},
		{"0.1", 100_000, nil},
		{"0.000001", 1, nil},
		{"+3.25", 3_250_000, nil},
		{"-0.25", -250_000, nil},
		{"-0", 0, nil},
		{"80.000000", 80_000_000, nil},
		{"100", 100_000_000, nil},
		{"1000000", 1_000_000_000_000, nil},

		{"", 0, ErrNotNumber},
		{"+", 0, ErrNotNumber},
		{"-", 0, ErrNotNumber},
		{".5", 0, ErrNotNumber},
		{"5.", 0, ErrNotNumber},
		{"1e3", 0, ErrNotNumber},
		{"1.5E2", 0, ErrNotNumber},
		{".nan", 0, ErrNotNumber},
		{".inf", 0, ErrNotNumber},
		{"-.inf", 0, ErrNotNumber},
		{"0x1F", 0, ErrNotNumber},
		{"1_000", 0, ErrNotNumber},
		{"1,5", 0, ErrNotNumber},
		{" 1", 0, ErrNotNumber},
		{"1 ", 0, ErrNotNumber},
		{"--1", 0, ErrNotNumber},
		{"+-1", 0, ErrNotNumber},
		{"1.2.3", 0, ErrNotNumber},
		{"８６", 0, ErrNotNumber}, // full-width digits

		{"010", 0, ErrLeadingZero},
		{"00", 0, ErrLeadingZero},
		{"-07.5", 0, ErrLeadingZero},

		{"80.0000000", 0, ErrTooManyDecimal},
		{"0.1234567", 0, ErrTooManyDecimal},

		{"99999999999999", 0, ErrTooLarge},
		{"9223372036855", 0, ErrTooLarge}, // would overflow int64 millionths
		{"9999999999999", 0, ErrTooLarge},
		{"-9999999999999", 0, ErrTooLarge},
		{"123456789012345678901234567890", 0, ErrTooLarge},
	}
	for _, tt := range tests {
		got, err := ParseDec(tt.in)
		if !errors.Is(err, tt.err) {
			t.Errorf("ParseDec(%q) error = %v, want %v (value %v)", tt.in, err, tt.err, got)
			continue
		}
		if err == nil && got != tt.want {
			t.Errorf("ParseDec(%q) = %d, want %d", tt.in, got, tt.want)
		}
	}
}

// Every accepted number is within the documented magnitude, and its sign
// matches what was written: no overflow can turn a large figure negative.
func TestParseDecNeverWraps(t *testing.T) {
	for _, s := range []string{"9223372036854", "9223372036854.775807", "9999999999999.999999", "9300000000000"} {
		v, err := ParseDec(s)
		if err == nil && (v < 0 || v > maxDecMagnitude) {
			t.Errorf("ParseDec(%q) = %d, outside [0, %d]", s, v, maxDecMagnitude)
		}
	}
}

func TestDecStringRoundTrip(t *testing.T) {
	for _, s := range []string{"0", "17.5", "-0.25", "86", "0.000001", "-12.345678", "100"} {
		v, err := ParseDec(s)
		if err != nil {
			t.Fatalf("ParseDec(%q): %v", s, err)
		}
		if got := v.String(); got != s {
			t.Errorf("Dec(%q).String() = %q", s, got)
		}
	}
}

func TestDecRatIsExact(t *testing.T) {
	v, _ := ParseDec("0.1")
	if v.Rat().Cmp(big.NewRat(1, 10)) != 0 {
		t.Errorf("0.1 = %v, want exactly 1/10", v.Rat())
	}
}
