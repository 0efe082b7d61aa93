package projector

import (
	"testing"

	tea "charm.land/bubbletea/v2"

	"liangsaibi/data"
	"liangsaibi/data/gen"
)

// BenchmarkFrame renders one 160×45 projector frame of a generated
// competition at each size of issue 7 (target: city under 5 ms).
func BenchmarkFrame(b *testing.B) {
	for _, s := range gen.Sizes {
		b.Run("size="+s.Name, func(b *testing.B) {
			if s.Skip() {
				b.Skipf("set %s=1 to run the stress size", gen.StressEnv)
			}
			doc, err := data.Load(s.Name+".yaml", gen.Competition(s.Opts), data.Options{})
			if err != nil {
				b.Fatal(err)
			}
			m := update(b, New(Options{Comp: doc.Comp}), tea.WindowSizeMsg{Width: 160, Height: 45})
			b.ReportAllocs()
			b.ResetTimer()
			for b.Loop() {
				_ = m.View()
			}
		})
	}
}
