package data

import (
	"bytes"
	"reflect"
	"testing"

	"pgregory.net/rapid"

	"liangsaibi/data/gen"
	"liangsaibi/scoring"
)

// A file written by hand, with the layouts people use: flow and block
// lists, comments after numbers, Chinese ids, CRLF lines, null spelled out,
// a judged item left as one ~, an item and a street not written at all.
const oddLayout = "version: 1\r\n" +
	"title: 排版各异\r\n" +
	"judges:\r\n  - {id: 甲, name: 评委甲}\r\n  - {id: 乙, name: 评委乙}\r\n" +
	"criteria:\r\n" +
	"  - id: 亮\r\n    name: 亮\r\n    weight: 60\r\n    items:\r\n" +
	"      - {id: 亮.一, name: 展示, max: 10}\r\n" +
	"      - {id: 亮.二, name: 比拼, max: 10}\r\n" +
	"  - id: 测\r\n    name: 测试\r\n    weight: 40\r\n    items:\r\n" +
	"      - {id: 测.一, name: 测试, max: 100, judged: false}\r\n" +
	"streets:\r\n  - {id: 林山寨, name: 林山寨街道}\r\n  - {id: 桐柏路, name: 桐柏路街道}\r\n  - {id: 秦岭路, name: 秦岭路街道}\r\n" +
	"scores:\r\n" +
	"  林山寨:\r\n" +
	"    亮.一:\r\n      - 8.5   # 甲\r\n      - null  # 乙\r\n" +
	"    亮.二: [ 9,\t7.25 ]\r\n" +
	"    测.一: 88 # 卷面\r\n" +
	"  桐柏路: {亮.一: [回避, 6], 亮.二: ~, 测.一: ~}\r\n"

// The in-place save must write exactly what the full render writes, and
// the places it hands on must be where a fresh read finds the scores.
func TestSpliceMatchesRender(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		src := []byte(oddLayout)
		if rapid.Bool().Draw(t, "generated") {
			src = gen.Competition(gen.Options{
				Seed:    rapid.Int64().Draw(t, "seed"),
				Streets: rapid.IntRange(1, 6).Draw(t, "streets"),
				Judges:  rapid.IntRange(0, 4).Draw(t, "judges"),
				Items:   rapid.IntRange(1, 5).Draw(t, "items"),
				Holes:   0.3,
			})
		}
		doc, err := Load("c.yaml", src, Options{Places: true})
		if err != nil {
			t.Fatal(err)
		}
		var sp spare // as Session does: each save writes into the text before the last
		for range rapid.IntRange(1, 4).Draw(t, "saves") {
			comp := doc.Comp
			for range rapid.IntRange(1, 5).Draw(t, "changes") {
				comp = randomChange(t, comp)
			}
			want, err := Render(doc.Source, comp)
			if err != nil {
				t.Fatal(err)
			}
			got, at, err := saveText(doc, comp, sp)
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(got, want) {
				t.Fatalf("in-place save differs from the full render:\n%s\n---\n%s", got, want)
			}
			next, err := Load("c.yaml", got, Options{Places: true})
			if err != nil {
				t.Fatal(err)
			}
			if !sameScores(next.Comp.Scores, comp.Scores) {
				t.Fatal("the saved text does not hold the scores")
			}
			if !reflect.DeepEqual(at, next.places) {
				t.Fatalf("places after the save:\n%v\nfresh read:\n%v", at, next.places)
			}
			sp = spare{text: doc.Source}
			doc = &Doc{Comp: comp, Source: got, places: at}
		}
	})
}

func randomChange(t *rapid.T, c *scoring.Competition) *scoring.Competition {
	s := rapid.IntRange(0, len(c.Streets)-1).Draw(t, "street")
	i := rapid.IntRange(0, len(c.Items)-1).Draw(t, "item")
	it := &c.Items[i]
	slot := rapid.IntRange(0, c.SlotCount(i)-1).Draw(t, "slot")
	v := scoring.Slot{}
	switch rapid.IntRange(0, 4).Draw(t, "kind") {
	case 0: // empty
	case 1:
		if it.Kind == scoring.Judged {
			v.State = scoring.Recused
		}
	default:
		hi := int64(it.Max)
		if it.Kind == scoring.Target {
			hi = int64(scoring.DecFromInt(1000))
		}
		// 0, 1, 2 or 6 decimals, so numbers grow and shrink in the text
		step := []int64{1_000_000, 100_000, 10_000, 1}[rapid.IntRange(0, 3).Draw(t, "decimals")]
		v = scoring.Number(scoring.Dec(rapid.Int64Range(0, hi/step).Draw(t, "value") * step))
	}
	return c.WithSlot(s, i, slot, v)
}

// Saving a score into a place the text already has does not parse the file:
// the places are used, and a street's first score falls back to rendering.
func TestSpliceNeedsAPlace(t *testing.T) {
	doc, err := Load("c.yaml", []byte(oddLayout), Options{Places: true})
	if err != nil {
		t.Fatal(err)
	}
	c := doc.Comp
	ten := scoring.Number(scoring.DecFromInt(10))
	cases := []struct {
		name     string
		street   string
		item     string
		slot     int
		inPlace  bool
		wantText string
	}{
		{"block list null", "林山寨", "亮.一", 1, true, "      - 10  # 乙"},
		{"flow list with a tab", "林山寨", "亮.二", 1, true, "    亮.二: [ 9,\t10 ]"},
		{"recused", "桐柏路", "亮.一", 0, true, "  桐柏路: {亮.一: [10, 6]"},
		{"one ~ for a list", "桐柏路", "亮.二", 0, false, "亮.二: [10, ~]"},
		{"street not written", "秦岭路", "测.一", 0, false, "秦岭路: {测.一: 10}"},
	}
	for _, tc := range cases {
		next := c.WithSlot(c.FindStreet(tc.street), c.FindItem(tc.item), tc.slot, ten)
		_, _, ok := doc.places.splice(doc.Source, c, next, spare{})
		if ok != tc.inPlace {
			t.Errorf("%s: in place = %v, want %v", tc.name, ok, tc.inPlace)
		}
		text, _, err := saveText(doc, next, spare{})
		if err != nil {
			t.Fatalf("%s: %v", tc.name, err)
		}
		if !bytes.Contains(text, []byte(tc.wantText)) {
			t.Errorf("%s: text lacks %q:\n%s", tc.name, tc.wantText, text)
		}
	}
}

// A text that no longer holds the score its places say is never spliced.
func TestSpliceRefusesStalePlaces(t *testing.T) {
	doc, err := Load("c.yaml", []byte(oddLayout), Options{Places: true})
	if err != nil {
		t.Fatal(err)
	}
	c := doc.Comp
	next := c.WithSlot(c.FindStreet("林山寨"), c.FindItem("测.一"), 0, scoring.Number(scoring.DecFromInt(90)))
	stale := bytes.Replace(doc.Source, []byte("测.一: 88"), []byte("测.一: 87"), 1)
	if _, _, ok := doc.places.splice(stale, c, next, spare{}); ok {
		t.Error("spliced into text whose number is not the one loaded")
	}
}
