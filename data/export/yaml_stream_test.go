package export

import (
	"bytes"
	"fmt"
	"runtime"
	"runtime/debug"
	"testing"

	"go.yaml.in/yaml/v3"
	"pgregory.net/rapid"

	"liangsaibi/data"
	"liangsaibi/data/gen"
	"liangsaibi/scoring"
)

// The streamed YAML is byte for byte the encoding of the whole tree, for
// any number of streets (none, within a group, across groups) and names
// that need quoting, escaping or a block scalar.
func TestRankedYAMLStreamsTheWholeTree(t *testing.T) {
	rapid.Check(t, func(rt *rapid.T) {
		c := baseCompetition(t)
		name := rapid.OneOf(rapid.String(), rapid.SampledFrom([]string{
			"桐柏路街道", " leading", "two\nlines\n", "- dash", "#hash", "a: b", "'q'", "\"d\"", "null", "12", "  \n x",
			"\u2028A", "a\u2029b", "x\u0085y", "yes", "Off", "linshanzhai", "task.red_property", "林山寨112社区", "s1-2",
		}))
		for i := range rapid.IntRange(0, 3*yamlGroup+1).Draw(rt, "streets") {
			addStreet(t, c, fmt.Sprintf("s%d", i), name.Draw(rt, "name"), name.Draw(rt, "group"),
				[]string{"17", "18.5", "~", "17.5", "回避"}, "64.3", []string{"9", "8.5", "9", "8", "9.5"}, "86")
		}
		st := scoring.Compute(c)
		var got bytes.Buffer
		if err := RankedYAML(&got, st, testOptions()); err != nil {
			rt.Fatal(err)
		}
		want := wholeTreeYAML(rt, st, testOptions())
		if !bytes.Equal(got.Bytes(), want) {
			rt.Fatalf("streamed YAML differs from the whole tree's:\n%s\n---\n%s", got.Bytes(), want)
		}
	})
}

// wholeTreeYAML is the ranked YAML as one node tree encoded at once (how
// RankedYAML wrote it before it streamed).
func wholeTreeYAML(t *rapid.T, st *scoring.Standings, opts Options) []byte {
	var head bytes.Buffer
	if err := RankedYAML(&head, &scoring.Standings{Comp: st.Comp, FullMark: st.FullMark}, opts); err != nil {
		t.Fatal(err)
	}
	var doc yaml.Node
	if err := yaml.Unmarshal(head.Bytes(), &doc); err != nil {
		t.Fatal(err)
	}
	m := doc.Content[0]
	streets := m.Content[len(m.Content)-1]
	streets.Style = 0
	for _, row := range st.Rows {
		streets.Content = append(streets.Content, streetNode(st, row, opts))
	}
	var out bytes.Buffer
	if err := encodeYAML(&out, m); err != nil {
		t.Fatal(err)
	}
	return out.Bytes()
}

// The YAML export of a city holds a group of streets at a time, not a
// tree of the whole file: the heap grows by less than three times the output
// (2.7 MB at city; the whole tree grew it by 221 MB).
func TestRankedYAMLMemoryDoesNotGrowWithTheOutput(t *testing.T) {
	if testing.Short() {
		t.Skip("loads a generated city file")
	}
	doc, err := data.Load("city.yaml", gen.Competition(gen.Sizes[1].Opts), data.Options{})
	if err != nil {
		t.Fatal(err)
	}
	st := scoring.Compute(doc.Comp)
	// Collect often, so that the heap measures what is live, not garbage
	// the collector has not reached yet.
	defer debug.SetGCPercent(debug.SetGCPercent(5))
	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	w := &heapWatch{base: ms.HeapAlloc}
	if err := RankedYAML(w, st, testOptions()); err != nil {
		t.Fatal(err)
	}
	if grew := w.peak - w.base; grew > 3*uint64(w.n) {
		t.Fatalf("the heap grew by %d KB while writing %d KB", grew>>10, w.n>>10)
	}
	t.Logf("wrote %d KB, heap grew by at most %d KB", w.n>>10, (w.peak-w.base)>>10)
}

// heapWatch counts what is written and samples the heap every 256 KB.
type heapWatch struct {
	n, next    int
	base, peak uint64
}

func (h *heapWatch) Write(p []byte) (int, error) {
	h.n += len(p)
	if h.n >= h.next {
		h.next = h.n + 256<<10
		var ms runtime.MemStats
		runtime.ReadMemStats(&ms)
		h.peak = max(h.peak, ms.HeapAlloc)
	}
	return len(p), nil
}
