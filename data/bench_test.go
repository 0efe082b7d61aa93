package data

import (
	"io"
	"os"
	"sync"
	"testing"

	"go.yaml.in/yaml/v3"

	"liangsaibi/data/export"
	"liangsaibi/data/gen"
	"liangsaibi/scoring"
)

// benchSize is a generated competition of one size, made once per process
// and outside every timer.
type benchSize struct {
	name string
	opts gen.Options
	once sync.Once
	src  []byte
	doc  *Doc
}

// Sizes of issue 7. Stress (20,000 × 9 × 20) takes long; it runs only with
// LIANGSAIBI_BENCH_STRESS=1.
var benchSizes = []*benchSize{
	{name: "district", opts: gen.Options{Seed: 1, Streets: 14, Judges: 7, Items: 15}},
	{name: "city", opts: gen.Options{Seed: 1, Streets: 3000, Judges: 7, Items: 20}},
	{name: "stress", opts: gen.Options{Seed: 1, Streets: 20000, Judges: 9, Items: 20}},
}

func (s *benchSize) load(b *testing.B) ([]byte, *Doc) {
	b.Helper()
	s.once.Do(func() {
		s.src = gen.Competition(s.opts)
		doc, err := Load(s.name+".yaml", s.src, Options{})
		if err != nil {
			b.Fatalf("generated %s file is invalid: %v", s.name, err)
		}
		s.doc = doc
	})
	if s.doc == nil {
		b.Fatalf("generated %s file is invalid", s.name)
	}
	return s.src, s.doc
}

// eachSize runs fn as a sub-benchmark per size, e.g. BenchmarkLoad/size=city.
func eachSize(b *testing.B, fn func(b *testing.B, src []byte, doc *Doc)) {
	for _, s := range benchSizes {
		b.Run("size="+s.name, func(b *testing.B) {
			if s.name == "stress" && os.Getenv("LIANGSAIBI_BENCH_STRESS") == "" {
				b.Skip("set LIANGSAIBI_BENCH_STRESS=1 to run the stress size")
			}
			src, doc := s.load(b)
			b.ReportAllocs()
			b.ResetTimer()
			fn(b, src, doc)
		})
	}
}

// BenchmarkParseNode is the floor: the YAML library building its node tree,
// with no validation and no scoring.
func BenchmarkParseNode(b *testing.B) {
	eachSize(b, func(b *testing.B, src []byte, _ *Doc) {
		b.SetBytes(int64(len(src)))
		for b.Loop() {
			var n yaml.Node
			if err := yaml.Unmarshal(src, &n); err != nil {
				b.Fatal(err)
			}
		}
	})
}

// BenchmarkLoad is parse + validation into a scoring.Competition.
func BenchmarkLoad(b *testing.B) {
	eachSize(b, func(b *testing.B, src []byte, _ *Doc) {
		b.SetBytes(int64(len(src)))
		for b.Loop() {
			if _, err := Load("bench.yaml", src, Options{}); err != nil {
				b.Fatal(err)
			}
		}
	})
}

// BenchmarkCompute is scoring and ranking only, after parsing (target: city
// under 30 ms).
func BenchmarkCompute(b *testing.B) {
	eachSize(b, func(b *testing.B, _ []byte, doc *Doc) {
		for b.Loop() {
			scoring.Compute(doc.Comp)
		}
	})
}

// BenchmarkLoadAndRank is what `rank --format json` does after reading the
// file (target: under 1.3× BenchmarkParseNode).
func BenchmarkLoadAndRank(b *testing.B) {
	eachSize(b, func(b *testing.B, src []byte, _ *Doc) {
		b.SetBytes(int64(len(src)))
		for b.Loop() {
			doc, err := Load("bench.yaml", src, Options{})
			if err != nil {
				b.Fatal(err)
			}
			if err := export.WriteJSON(io.Discard, scoring.Compute(doc.Comp)); err != nil {
				b.Fatal(err)
			}
		}
	})
}

// BenchmarkRescore is the entry path: one committed score, then re-ranking
// (target: city under 1 ms).
func BenchmarkRescore(b *testing.B) {
	eachSize(b, func(b *testing.B, _ []byte, doc *Doc) {
		c := doc.Comp
		st := scoring.Compute(c)
		street, item := len(c.Streets)/2, 0
		values := []scoring.Slot{scoring.Number(scoring.DecFromInt(1)), scoring.Number(c.Items[item].Max)}
		b.ResetTimer()
		i := 0
		for b.Loop() {
			c2 := c.WithSlot(street, item, 0, values[i%2])
			st2 := st.Rescore(c2, street)
			c, st = c2, st2
			i++
		}
	})
}

// BenchmarkLoadDemo is the load of `rank demo.yaml`: the demo and its
// previous round, no history.
func BenchmarkLoadDemo(b *testing.B) {
	demo, prev := DemoFiles()
	opts := Options{ReadFile: func(string) ([]byte, error) { return prev, nil }, SkipHistory: true}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Load("demo.yaml", demo, opts); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkScoresPiece reads one 64 KB piece of a city file's scores with
// the scanner and with the YAML library.
func BenchmarkScoresPiece(b *testing.B) {
	src, _ := benchSizes[1].load(b)
	_, _, chunks, ok := splitScores(src)
	if !ok {
		b.Fatal("the city file's scores are not cut")
	}
	c := chunks[len(chunks)/2]
	piece := src[c.start:c.end]
	b.Run("scan", func(b *testing.B) {
		b.SetBytes(int64(len(piece)))
		b.ReportAllocs()
		for b.Loop() {
			if _, ok := scanScores(piece, c.line); !ok {
				b.Fatal("not scanned")
			}
		}
	})
	b.Run("yaml", func(b *testing.B) {
		b.SetBytes(int64(len(piece)))
		b.ReportAllocs()
		for b.Loop() {
			if _, err := parseYAML("", piece); err != nil {
				b.Fatal(err)
			}
		}
	})
}
