package scoring

import (
	"strconv"
	"testing"

	"pgregory.net/rapid"
)

// The limits data enforces on a file; scoring must be exact up to them.
const (
	limitItems  = 2_000
	limitJudges = 200
)

// A category of 1,001 items at the largest max overflowed the int64 sum of
// maxima: its total came out as -100.20 instead of 100.00 (issue 17).
func TestSumOfMaximaAtTheLimit(t *testing.T) {
	c := &Competition{Title: "limits", Rules: DefaultRules()}
	cat := Category{ID: "c", Name: "c", Weight: DecFromInt(100)}
	for i := range 1001 {
		c.Items = append(c.Items, Item{ID: "i" + strconv.Itoa(i), Name: "i", Kind: Direct, Max: maxDecMagnitude})
		cat.Items = append(cat.Items, i)
	}
	c.Categories = []Category{cat}
	c.Streets = []Street{{ID: "s", Name: "s"}}
	c.Scores = c.EmptyScores()
	for i := range c.Items {
		c.Scores[0][i] = Entry{Number(maxDecMagnitude)}
	}
	st := Compute(c)
	if got := st.Rows[0].Total.String(); got != "100.00" {
		t.Fatalf("total %s, want 100.00", got)
	}
	if got := st.Rows[0].Categories[0].String(); got != "100.00" {
		t.Fatalf("category %s, want 100.00", got)
	}
	checkExact(t, c)
}

// The full mark of 1,001 categories at the largest weight overflowed to a
// negative number.
func TestFullMarkAtTheLimit(t *testing.T) {
	c := &Competition{Title: "limits", Rules: DefaultRules()}
	for i := range 1001 {
		c.Items = append(c.Items, Item{ID: "i" + strconv.Itoa(i), Name: "i", Category: i, Kind: Direct, Max: DecFromInt(1)})
		c.Categories = append(c.Categories, Category{ID: "c" + strconv.Itoa(i), Name: "c", Weight: maxDecMagnitude, Items: []int{i}})
	}
	c.Streets = []Street{{ID: "s", Name: "s"}}
	c.Scores = c.EmptyScores()
	for i := range c.Items {
		c.Scores[0][i] = Entry{Number(DecFromInt(1))}
	}
	st := Compute(c)
	if got, want := st.FullMark.String(), "9232595408891.63"; got != want {
		t.Fatalf("full mark %s, want %s", got, want)
	}
	checkExact(t, c)
}

// limitDec draws a decimal at or near the numeric limits.
func limitDec(t *rapid.T, label string) Dec {
	return rapid.SampledFrom([]Dec{maxDecMagnitude, maxDecMagnitude - 1, maxDecMagnitude / 2, maxDecMagnitude/3 + 1,
		1, 999_999, DecFromInt(100), 7}).Draw(t, label)
}

// Values at the limits (largest numbers, most items in one category, most
// judges) are published exactly.
func TestPropertyExactAtTheLimits(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		c := &Competition{Title: "limits", Rules: DefaultRules()}
		c.Rules.Decimals = rapid.IntRange(0, 4).Draw(t, "decimals")
		c.Rules.Rounding = rapid.SampledFrom([]Rounding{HalfUp, HalfEven}).Draw(t, "rounding")
		c.Rules.Trim = rapid.IntRange(0, 2).Draw(t, "trim")
		c.Rules.TrimMinJudges = DefaultTrimMinJudges(c.Rules.Trim)
		for j := range rapid.SampledFrom([]int{1, 7, limitJudges}).Draw(t, "judges") { // at most 200 judges
			c.Judges = append(c.Judges, Judge{ID: "j" + strconv.Itoa(j), Name: "j"})
		}
		for ci := range rapid.IntRange(1, 3).Draw(t, "categories") {
			cat := Category{ID: "c" + strconv.Itoa(ci), Name: "c", Weight: limitDec(t, "weight")}
			sizes := []int{1, 2, 1001} // past the int64 overflow of Σ max
			if len(c.Judges) == limitJudges {
				sizes = sizes[:2] // keep the run short
			}
			n := rapid.SampledFrom(sizes).Draw(t, "items")
			for range n {
				it := Item{ID: "i" + strconv.Itoa(len(c.Items)), Name: "i", Category: ci,
					Kind: ItemKind(rapid.IntRange(0, 2).Draw(t, "kind")), Max: limitDec(t, "max")}
				if it.Kind == Target {
					it.Target = limitDec(t, "target")
				}
				if rapid.Bool().Draw(t, "hasStandard") {
					it.Standard, it.HasStandard = it.Max-Dec(rapid.Int64Range(0, int64(it.Max)).Draw(t, "std")), true
				}
				cat.Items = append(cat.Items, len(c.Items))
				c.Items = append(c.Items, it)
			}
			c.Categories = append(c.Categories, cat)
		}
		c.Streets = []Street{{ID: "a", Name: "a"}, {ID: "b", Name: "b"}}
		c.Scores = c.EmptyScores()
		for s := range c.Streets {
			for i := range c.Items {
				it := &c.Items[i]
				top := it.Max
				if it.Kind == Target {
					top = maxDecMagnitude
				}
				// One draw per entry (a thousand items × 200 judges is too
				// many draws); the judges' scores step down from it.
				v := rapid.SampledFrom([]Dec{top, top - 1, top / 2, 1}).Draw(t, "v")
				for k := range c.Scores[s][i] {
					c.Scores[s][i][k] = Number(max(v-Dec(k%3), 0))
				}
			}
		}
		checkExact(t, c)
	})
}
