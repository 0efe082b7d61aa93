package match

import (
	"slices"
	"testing"
)

var streets = New([]Entry{
	{"xushui", "须水街道"},
	{"xiliuhu", "西流湖街道"},
	{"lianhu", "莲湖街道"},
	{"liuhu", "柳湖街道"},
	{"jianshelu", "建设路街道"},
	{"hanghaixilu", "航海西路街道"},
	{"B2", "第2组"},
})

func name(i int) string {
	if i < 0 {
		return ""
	}
	return streets.entries[i].Name
}

func TestFindEachRule(t *testing.T) {
	for _, c := range []struct {
		query, want string
		rule        Rule
	}{
		{"xushui", "须水街道", ExactID},
		{"XUSHUI ", "须水街道", ExactID},
		{"须水街道", "须水街道", ExactName},
		{"须水", "须水街道", NamePrefix},
		{"xush", "须水街道", IDPrefix},
		{"xs", "须水街道", Pinyin},
		{"xsjd", "须水街道", Pinyin},
		{"xushuijie", "须水街道", Pinyin},
		{"xlh", "西流湖街道", Pinyin},
		{"流湖", "西流湖街道", Substring},
		{"shelu", "建设路街道", Substring},
		{"shuijie", "须水街道", PinyinSubstring},
		{"hhxl", "航海西路街道", Pinyin}, // 航 read háng, not only xíng
		{"d2", "第2组", Pinyin},
	} {
		r := streets.Find(c.query)
		if got := name(r.Index); got != c.want {
			t.Errorf("Find(%q) = %q %v, want %q", c.query, got, r, c.want)
			continue
		}
		if got := streets.Rule(r.Index, c.query); got != c.rule {
			t.Errorf("Find(%q) matched by rule %d, want %d", c.query, got, c.rule)
		}
	}
}

func TestBetterRuleWins(t *testing.T) {
	// "liuhu" is 柳湖街道's id and a substring of xiliuhu: the id wins.
	if r := streets.Find("liuhu"); name(r.Index) != "柳湖街道" {
		t.Fatalf("Find(liuhu) = %+v", r)
	}
}

func TestAmbiguousListsCandidates(t *testing.T) {
	r := streets.Find("湖")
	if r.Index != -1 {
		t.Fatalf("湖 names one street: %v", name(r.Index))
	}
	var got []string
	for _, i := range r.Candidates {
		got = append(got, name(i))
	}
	want := []string{"西流湖街道", "莲湖街道", "柳湖街道"}
	if !slices.Equal(got, want) {
		t.Fatalf("candidates %v, want %v", got, want)
	}
	if r := streets.Find("l"); r.Index != -1 || len(r.Candidates) != 2 {
		t.Fatalf("l: %+v, want lianhu and liuhu", r)
	}
}

func TestNoMatchSuggests(t *testing.T) {
	for q, want := range map[string]string{
		"xushiu":    "须水街道", // a typo of the id
		"须氺街道":      "须水街道", // a wrong character
		"jianshilu": "建设路街道",
	} {
		r := streets.Find(q)
		if r.Index != -1 || len(r.Candidates) != 0 || r.Suggest != want {
			t.Errorf("Find(%q) = %+v, want a suggestion %q", q, r, want)
		}
	}
	if r := streets.Find("qqqqqqq"); r.Suggest != "" || r.Index != -1 {
		t.Errorf("nonsense found %+v", r)
	}
	if r := streets.Find("  "); r.Index != -1 || r.Candidates != nil {
		t.Errorf("an empty query found %+v", r)
	}
}

func TestMatchesIsAnyRule(t *testing.T) {
	var got []string
	for i := range streets.entries {
		if streets.Matches(i, "xs") {
			got = append(got, name(i))
		}
	}
	if !slices.Equal(got, []string{"须水街道"}) {
		t.Fatalf("xs filters %v", got)
	}
}
