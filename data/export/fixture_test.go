package export

import (
	"fmt"
	"testing"
	"time"

	"liangsaibi/scoring"
)

func dec(t testing.TB, s string) scoring.Dec {
	t.Helper()
	d, err := scoring.ParseDec(s)
	if err != nil {
		t.Fatalf("ParseDec(%q): %v", s, err)
	}
	return d
}

// slots turns "17", "~" (not scored) and "回避" (recused) into slots.
func slots(t testing.TB, vals ...string) scoring.Entry {
	t.Helper()
	e := make(scoring.Entry, len(vals))
	for i, v := range vals {
		switch v {
		case "~":
		case "回避":
			e[i] = scoring.Slot{State: scoring.Recused}
		default:
			e[i] = scoring.Number(dec(t, v))
		}
	}
	return e
}

// fixedNow is the export time used by every test, so outputs are stable.
var fixedNow = time.Date(2020, 6, 24, 15, 30, 0, 0, time.FixedZone("CST", 8*3600))

func testOptions() Options { return Options{Now: fixedNow, Version: "1.2.3"} }

// baseCompetition is the criteria, judges and rules of cases/example.yaml,
// with no streets yet.
func baseCompetition(t testing.TB) *scoring.Competition {
	c := &scoring.Competition{
		Title:     `2020年第二季度村(社区)党组织书记"亮赛比"`,
		Organizer: "中共郑州市中原区委组织部",
		Date:      "2020-06-24",
		Round:     "2020年第二季度",
		Rules:     scoring.DefaultRules(),
	}
	c.Rules.TieBreak = []string{"test", "show"}
	c.Rules.Bands = []scoring.Band{
		{Name: "好", Min: dec(t, "90")}, {Name: "较好", Min: dec(t, "80")},
		{Name: "一般", Min: dec(t, "60")}, {Name: "差", Min: dec(t, "0")},
	}
	for i, n := range []string{"评委甲", "评委乙", "评委丙", "评委丁", "评委戊"} {
		c.Judges = append(c.Judges, scoring.Judge{ID: fmt.Sprintf("j%d", i+1), Name: n})
	}
	c.Categories = []scoring.Category{
		{ID: "show", Name: "亮·工作成效", Weight: dec(t, "40"), Items: []int{0, 1}},
		{ID: "compete", Name: "赛·现场比拼", Weight: dec(t, "40"), Items: []int{2}},
		{ID: "test", Name: "测·知识测试", Weight: dec(t, "20"), Items: []int{3}},
	}
	c.Items = []scoring.Item{
		{ID: "show.results", Name: "工作实绩", Category: 0, Kind: scoring.Judged, Max: dec(t, "20"), Standard: dec(t, "16"), HasStandard: true},
		{ID: "show.renovation", Name: "老旧小区改造完成率", Category: 0, Kind: scoring.Target, Max: dec(t, "10"), Standard: dec(t, "8"), HasStandard: true, Target: dec(t, "100"), Unit: "%"},
		{ID: "compete.talk", Name: "现场汇报", Category: 1, Kind: scoring.Judged, Max: dec(t, "10"), Standard: dec(t, "8"), HasStandard: true},
		{ID: "test.paper", Name: "闭卷测试", Category: 2, Kind: scoring.Direct, Max: dec(t, "100"), Standard: dec(t, "80"), HasStandard: true},
	}
	return c
}

// addStreet appends a street with its four entries (results, renovation,
// talk, paper).
func addStreet(t testing.TB, c *scoring.Competition, id, name, group string, results []string, renovation string, talk []string, paper string) {
	t.Helper()
	c.Streets = append(c.Streets, scoring.Street{ID: id, Name: name, Group: group})
	c.Scores = append(c.Scores, []scoring.Entry{
		slots(t, results...), slots(t, renovation), slots(t, talk...), slots(t, paper),
	})
}

// testCompetition has Chinese names, a tie, an incomplete street, a
// target item, bands, a previous round, and names that need escaping.
func testCompetition(t testing.TB) *scoring.Competition {
	c := baseCompetition(t)
	addStreet(t, c, "tongbailu", "桐柏路街道", "",
		[]string{"17", "18.5", "16", "17.5", "19"}, "64.3", []string{"9", "8.5", "9", "8", "9.5"}, "86")
	addStreet(t, c, "zhongyuanxilu", "中原西路街道", "",
		[]string{"18", "18", "17.5", "19", "16"}, "88", []string{"8", "8.5", "8", "7.5", "9"}, "91.5")
	addStreet(t, c, "xushui", "须水街道", "城乡接合部",
		[]string{"15", "~", "16", "回避", "14"}, "71", []string{"~", "~", "~", "~", "~"}, "79")
	// Two streets with identical scores: a tie that the tie-break cannot split.
	addStreet(t, c, "linshanzhai", "林山寨街道", "",
		[]string{"15", "16", "15.5", "14", "17"}, "120", []string{"7", "7.5", "8", "7", "6"}, "75")
	addStreet(t, c, "sanguanmiao", "三官庙|街道", "城区",
		[]string{"15", "16", "15.5", "14", "17"}, "120", []string{"7", "7.5", "8", "7", "6"}, "75")
	addStreet(t, c, "hangkong", "=HYPERLINK(\"x\")*街道", "-城乡",
		[]string{"12", "13", "11", "12.5", "10"}, "40", []string{"6", "6", "5.5", "6.5", "7"}, "60")
	c.Previous = &scoring.PreviousRound{
		Title: "2020年第一季度", Round: "2020年第一季度",
		ByStreet: map[string]scoring.PreviousStanding{
			"tongbailu":     {Rank: 3, Total: dec(t, "79.2"), HasTotal: true},
			"zhongyuanxilu": {Rank: 1, Total: dec(t, "88"), HasTotal: true},
			"linshanzhai":   {Rank: 2, Total: dec(t, "80.5"), HasTotal: true},
			"xushui":        {Rank: 4, Total: dec(t, "70"), HasTotal: true},
		},
	}
	return c
}

func testStandings(t testing.TB) *scoring.Standings { return scoring.Compute(testCompetition(t)) }
