package export

import (
	"bytes"
	"fmt"
	"testing"

	"go.yaml.in/yaml/v3"
	"pgregory.net/rapid"

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
