package tui

import (
	"sync"
	"testing"

	"liangsaibi/data"
	"liangsaibi/data/gen"
	"liangsaibi/scoring"
)

// Generated competitions of issue 7's sizes, made once per process.
var (
	scaleOnce  sync.Map // size name → *sync.Once
	scaleComps sync.Map // size name → *scoring.Competition
)

func scaleComp(b *testing.B, s gen.Size) *scoring.Competition {
	b.Helper()
	once, _ := scaleOnce.LoadOrStore(s.Name, new(sync.Once))
	once.(*sync.Once).Do(func() {
		doc, err := data.Load(s.Name+".yaml", gen.Competition(s.Opts), data.Options{})
		if err == nil {
			scaleComps.Store(s.Name, doc.Comp)
		}
	})
	c, ok := scaleComps.Load(s.Name)
	if !ok {
		b.Fatalf("generated %s competition does not load", s.Name)
	}
	return c.(*scoring.Competition)
}

// eachScale runs fn as BenchmarkX/size=NAME for every size of issue 7.
func eachScale(b *testing.B, fn func(b *testing.B, c *scoring.Competition)) {
	for _, s := range gen.Sizes {
		b.Run("size="+s.Name, func(b *testing.B) {
			if s.Skip() {
				b.Skipf("set %s=1 to run the stress size", gen.StressEnv)
			}
			fn(b, scaleComp(b, s))
		})
	}
}

// BenchmarkFrame renders one 160×45 frame of each dashboard view (target:
// city under 5 ms). Names: BenchmarkFrame/size=city/view=rankings.
func BenchmarkFrame(b *testing.B) {
	eachScale(b, func(b *testing.B, c *scoring.Competition) {
		m := newTestModel(c, 160, 45, 0)
		for tab := range tabCount {
			m.tab = tab
			b.Run("view="+tabSlug(tab), func(b *testing.B) {
				b.ReportAllocs()
				for b.Loop() {
					_ = m.View()
				}
			})
		}
	})
}

// tabSlug is the view's name in a benchmark: "tab.rankings" → "rankings".
func tabSlug(t Tab) string { return tabNames[t][len("tab."):] }
