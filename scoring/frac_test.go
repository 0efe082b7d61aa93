package scoring

import (
	"slices"
	"testing"

	"pgregory.net/rapid"
)

// The machine-integer path and the big.Rat path publish the same figures,
// for ordinary competitions and for ones with huge numbers (where the fast
// path must either agree or step aside).
func TestPropertyFastPathEqualsExact(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		c := genCompetition(t)
		if rapid.Bool().Draw(t, "huge") {
			for i := range c.Items {
				c.Items[i].Max = Dec(rapid.Int64Range(1, maxDecMagnitude).Draw(t, "hugeMax"))
				if c.Items[i].Kind == Target {
					c.Items[i].Target = Dec(rapid.Int64Range(1, maxDecMagnitude).Draw(t, "hugeTarget"))
				}
			}
			for s := range c.Streets {
				for i := range c.Items {
					for k := range c.Scores[s][i] {
						if c.Scores[s][i][k].State == Scored {
							c.Scores[s][i][k].Value = Dec(rapid.Int64Range(0, int64(c.Items[i].Max)).Draw(t, "hugeScore"))
						}
					}
				}
			}
		}
		for s := range c.Streets {
			vals := make([]itemValue, len(c.Items))
			for i := range c.Items {
				vals[i] = itemParts(c, &c.Items[i], c.Scores[s][i])
			}
			fast := streetResult{items: make([]Published, len(c.Items)), cats: make([]Published, len(c.Categories))}
			exact := streetResult{items: make([]Published, len(c.Items)), cats: make([]Published, len(c.Categories))}
			exact.publishExact(c, vals)
			if !fast.publishFast(c, vals) {
				continue
			}
			if !slices.Equal(fast.items, exact.items) || !slices.Equal(fast.cats, exact.cats) || fast.total != exact.total {
				t.Fatalf("street %d: fast %+v %+v %+v, exact %+v %+v %+v", s, fast.items, fast.cats, fast.total, exact.items, exact.cats, exact.total)
			}
		}
	})
}

func TestPublishFracRoundsHalves(t *testing.T) {
	cases := []struct {
		n, d int64
		dec  int
		mode Rounding
		want string
	}{
		{8345, 1000, 2, HalfUp, "8.35"},
		{8345, 1000, 2, HalfEven, "8.34"},
		{8355, 1000, 2, HalfEven, "8.36"},
		{-8345, 1000, 2, HalfUp, "-8.35"},
		{-8345, 1000, 2, HalfEven, "-8.34"},
		{1, 3, 4, HalfUp, "0.3333"},
		{2, 3, 0, HalfUp, "1"},
		{1, 2, 0, HalfEven, "0"},
	}
	for _, c := range cases {
		got, ok := publishFrac(frac{c.n, c.d}, c.dec, c.mode)
		if !ok || got.String() != c.want {
			t.Errorf("publishFrac(%d/%d, %d, %v) = %q, %v; want %q", c.n, c.d, c.dec, c.mode, got.String(), ok, c.want)
		}
	}
}
