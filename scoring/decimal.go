package scoring

import (
	"errors"
	"math/big"
	"strconv"
	"strings"
)

// MaxDecimals is how many digits after the point a number in a file may have.
const MaxDecimals = 6

// microScale is 10^MaxDecimals: a Dec counts millionths.
const microScale = 1_000_000

// maxDecMagnitude bounds |Dec| so that sums of a few thousand of them
// stay far from int64 overflow (about 9.2e9 in whole units).
const maxDecMagnitude = 9_223_372_036_854_775 // 9.2e18 / 1000

// MaxDec is the largest number a file may hold (and -MaxDec the smallest):
// 9223372036.854775. Sums and products of them are computed exactly.
const MaxDec Dec = maxDecMagnitude

// Dec is an exact decimal number as written in a file: a count of millionths.
// 0.1 is exactly Dec(100000).
type Dec int64

// Errors returned by ParseDec, so that callers can explain them.
var (
	ErrNotNumber      = errors.New("not a plain decimal number")
	ErrTooManyDecimal = errors.New("more than 6 digits after the point")
	ErrLeadingZero    = errors.New("leading zero")
	ErrTooLarge       = errors.New("number too large")
)

// ParseDec reads a plain decimal: optional sign, digits, optionally a point
// and at most six digits. No exponents, no leading zeros, no NaN or Inf.
func ParseDec(s string) (Dec, error) {
	if s == "" {
		return 0, ErrNotNumber
	}
	neg := false
	switch s[0] {
	case '+':
		s = s[1:]
	case '-':
		neg = true
		s = s[1:]
	}
	intPart, frac, hasPoint := strings.Cut(s, ".")
	if intPart == "" || !allDigits(intPart) || (hasPoint && (frac == "" || !allDigits(frac))) {
		return 0, ErrNotNumber
	}
	if len(intPart) > 1 && intPart[0] == '0' {
		return 0, ErrLeadingZero
	}
	if len(frac) > MaxDecimals {
		return 0, ErrTooManyDecimal
	}
	if len(intPart) > 13 {
		return 0, ErrTooLarge
	}
	// Digits are summed by hand: a city file has a million numbers, and
	// strconv plus padding the fraction with zeros allocated for each one.
	// 13 digits fit an int64, so whole cannot overflow here.
	whole := digitsValue(intPart)
	if whole > maxDecMagnitude/microScale {
		return 0, ErrTooLarge // checked before multiplying by microScale
	}
	f := digitsValue(frac)
	for range MaxDecimals - len(frac) {
		f *= 10
	}
	v := whole*microScale + f
	if v > maxDecMagnitude {
		return 0, ErrTooLarge
	}
	if neg {
		v = -v
	}
	return Dec(v), nil
}

// digitsValue is the value of a string of at most 18 ASCII digits.
func digitsValue(s string) int64 {
	var n int64
	for i := 0; i < len(s); i++ {
		n = n*10 + int64(s[i]-'0')
	}
	return n
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// Decimals is how many digits after the point d needs: 0 for 86, 2 for 164.48.
func (d Dec) Decimals() int {
	v := int64(d) % microScale
	if v == 0 {
		return 0
	}
	n := MaxDecimals
	for v%10 == 0 {
		v /= 10
		n--
	}
	return n
}

// DecFromInt is the whole number n.
func DecFromInt(n int64) Dec { return Dec(n * microScale) }

// String writes d in the shortest plain form: 17.5, 86, -0.25.
func (d Dec) String() string {
	var b [24]byte
	return string(d.Append(b[:0]))
}

// Append appends d's String to dst without allocating: the digest writes
// every score of a city.
func (d Dec) Append(dst []byte) []byte {
	v := int64(d)
	if v < 0 {
		dst = append(dst, '-')
		v = -v
	}
	whole, frac := v/microScale, v%microScale
	dst = strconv.AppendInt(dst, whole, 10)
	if frac == 0 {
		return dst
	}
	dst = append(dst, '.')
	at := len(dst)
	dst = strconv.AppendInt(dst, frac+microScale, 10) // "1" then six digits
	dst = append(dst[:at], dst[at+1:]...)
	for dst[len(dst)-1] == '0' {
		dst = dst[:len(dst)-1]
	}
	return dst
}

// Rat is d as an exact rational.
func (d Dec) Rat() *big.Rat { return big.NewRat(int64(d), microScale) }

// sumDecs is the exact sum of n decimals (at(0) … at(n−1)). It adds in
// machine integers and moves to big arithmetic only when a sum would
// overflow, which a thousand numbers near the largest allowed one can do.
func sumDecs(n int, at func(k int) Dec) *big.Rat {
	var sum int64
	for k := range n {
		s, ok := add(sum, int64(at(k)))
		if !ok {
			total := new(big.Int).SetInt64(sum)
			for ; k < n; k++ {
				total.Add(total, new(big.Int).SetInt64(int64(at(k))))
			}
			return new(big.Rat).SetFrac(total, pow10(MaxDecimals))
		}
		sum = s
	}
	return big.NewRat(sum, microScale)
}
