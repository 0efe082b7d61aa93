package scoring

import (
	"math"
	"math/bits"
)

// frac is an exact fraction n/d (d > 0) in machine integers. Scores of real
// competitions fit comfortably; every operation reports overflow, and the
// caller then computes that street again with big.Rat. This keeps a city of
// thousands of streets fast without ever giving up exactness.
type frac struct{ n, d int64 }

func gcd(a, b int64) int64 {
	if a < 0 {
		a = -a
	}
	for b != 0 {
		a, b = b, a%b
	}
	return a
}

func abs64(a int64) uint64 {
	if a < 0 {
		return uint64(-a)
	}
	return uint64(a)
}

// mul is a×b, or false on overflow.
func mul(a, b int64) (int64, bool) {
	if a == math.MinInt64 || b == math.MinInt64 {
		return 0, false
	}
	hi, lo := bits.Mul64(abs64(a), abs64(b))
	if hi != 0 || lo > math.MaxInt64 {
		return 0, false
	}
	if (a < 0) != (b < 0) {
		return -int64(lo), true
	}
	return int64(lo), true
}

func add(a, b int64) (int64, bool) {
	s := a + b
	if (a > 0 && b > 0 && s < 0) || (a < 0 && b < 0 && s >= 0) {
		return 0, false
	}
	return s, true
}

func reduce(n, d int64) frac {
	if g := gcd(n, d); g > 1 {
		return frac{n / g, d / g}
	}
	return frac{n, d}
}

// plus is x + y.
func (x frac) plus(y frac) (frac, bool) {
	g := gcd(x.d, y.d)
	yd := y.d / g
	a, ok1 := mul(x.n, yd)
	b, ok2 := mul(y.n, x.d/g)
	d, ok3 := mul(x.d, yd)
	n, ok4 := add(a, b)
	if !(ok1 && ok2 && ok3 && ok4) {
		return frac{}, false
	}
	return reduce(n, d), true
}

// times is x × (n/d) for a reduced n/d with d > 0, cross-reducing first.
func (x frac) times(n, d int64) (frac, bool) {
	g1, g2 := gcd(x.n, d), gcd(n, x.d)
	if g1 == 0 {
		g1 = 1
	}
	if g2 == 0 {
		g2 = 1
	}
	a, ok1 := mul(x.n/g1, n/g2)
	b, ok2 := mul(x.d/g2, d/g1)
	if !ok1 || !ok2 {
		return frac{}, false
	}
	return frac{a, b}, true
}

// publishFrac rounds n/d to decimals places like Publish, in machine
// integers (128-bit intermediate), or reports that it cannot.
func publishFrac(x frac, decimals int, mode Rounding) (Published, bool) {
	scale := int64(1)
	for range decimals {
		scale *= 10
	}
	hi, lo := bits.Mul64(abs64(x.n), uint64(scale))
	d := uint64(x.d)
	if hi >= d {
		return Published{}, false
	}
	q, r := bits.Div64(hi, lo, d)
	if q > math.MaxInt64-1 {
		return Published{}, false
	}
	// Round on the remainder: compare r with d−r rather than 2r with d,
	// which could overflow.
	if half := d - r; r != 0 && (r > half || (r == half && (mode == HalfUp || q%2 == 1))) {
		q++
	}
	v := int64(q)
	if x.n < 0 {
		v = -v
	}
	return Published{Units: v, Decimals: uint8(decimals), Valid: true}, true
}
