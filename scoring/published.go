package scoring

import (
	"math/big"
	"strconv"
	"strings"
)

// Rounding is how an exact value is rounded to the published decimals.
type Rounding uint8

const (
	// HalfUp is 四舍五入: halves go away from zero.
	HalfUp Rounding = iota
	// HalfEven is GB/T 8170 修约 (四舍六入五成双): halves go to the even digit.
	HalfEven
)

// String is the name used in files.
func (r Rounding) String() string {
	if r == HalfEven {
		return "half_even"
	}
	return "half_up"
}

// Published is a score as shown to people: an exact value rounded once to
// the competition's decimals. The zero value is "missing".
// Two published values of one competition compare by Units.
type Published struct {
	Units    int64 // the value times 10^Decimals
	Decimals uint8
	Valid    bool
}

// Missing is the published form of a value that does not exist.
var Missing = Published{}

// String is the value with exactly Decimals digits after the point, or "".
func (p Published) String() string {
	if !p.Valid {
		return ""
	}
	v := p.Units
	sign := ""
	if v < 0 {
		sign = "-"
		v = -v
	}
	s := strconv.FormatInt(v, 10)
	d := int(p.Decimals)
	if d == 0 {
		return sign + s
	}
	if len(s) <= d {
		s = strings.Repeat("0", d-len(s)+1) + s
	}
	return sign + s[:len(s)-d] + "." + s[len(s)-d:]
}

// Signed is String with a leading "+" on positive values, for changes.
func (p Published) Signed() string {
	if p.Valid && p.Units > 0 {
		return "+" + p.String()
	}
	return p.String()
}

// Rat is the published value as an exact rational (nil when missing).
func (p Published) Rat() *big.Rat {
	if !p.Valid {
		return nil
	}
	return new(big.Rat).SetFrac(big.NewInt(p.Units), pow10(int(p.Decimals)))
}

// Sub is p − q, both published with the same decimals.
func (p Published) Sub(q Published) Published {
	if !p.Valid || !q.Valid {
		return Missing
	}
	return Published{Units: p.Units - q.Units, Decimals: p.Decimals, Valid: true}
}

// Cmp compares two valid values (gaps of different items can have
// different decimals).
func (p Published) Cmp(q Published) int {
	if p.Decimals != q.Decimals {
		return p.Rat().Cmp(q.Rat())
	}
	switch {
	case p.Units < q.Units:
		return -1
	case p.Units > q.Units:
		return 1
	}
	return 0
}

// pow10Cache holds 10^0 … 10^19, made once.
var pow10Cache = func() (c [20]*big.Int) {
	t := big.NewInt(1)
	for i := range c {
		c[i] = new(big.Int).Set(t)
		t.Mul(t, big.NewInt(10))
	}
	return c
}()

func pow10(n int) *big.Int { return pow10Cache[n] }

// Publish rounds the exact value x once to decimals places.
func Publish(x *big.Rat, decimals int, mode Rounding) Published {
	num := new(big.Int).Mul(x.Num(), pow10(decimals))
	den := x.Denom()
	q, r := new(big.Int).QuoRem(num, den, new(big.Int)) // truncates toward zero
	if r.Sign() != 0 {
		twice := new(big.Int).Abs(r)
		twice.Lsh(twice, 1)
		c := twice.Cmp(den)
		away := c > 0 || (c == 0 && (mode == HalfUp || q.Bit(0) == 1))
		if away {
			if num.Sign() < 0 {
				q.Sub(q, big.NewInt(1))
			} else {
				q.Add(q, big.NewInt(1))
			}
		}
	}
	return Published{Units: q.Int64(), Decimals: uint8(decimals), Valid: true}
}
