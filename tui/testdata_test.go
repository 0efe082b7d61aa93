package tui

import (
	"fmt"
	"testing"

	"liangsaibi/data"
	"liangsaibi/scoring"
)

// mixedName is a long street name mixing ASCII and Chinese.
const mixedName = "Zhongyuan高新区CBD Smart City 管理委员会试点街道"

var zhongyuanStreets = []string{
	"林山寨街道", "建设路街道", "棉纺路街道", "秦岭路街道", "汝河路街道", "绿东村街道", "三官庙街道",
	"须水街道", "莲湖街道", "柳湖街道", "桐柏路街道", "中原西路街道", "航海西路街道", "西流湖街道",
}

func dec(s string) scoring.Dec {
	d, err := scoring.ParseDec(s)
	if err != nil {
		panic(err)
	}
	return d
}

// testComp is a competition built in Go: the 14 streets of 中原区 plus one
// long mixed name, 6 judges, 8 items (two of them target items), standards,
// bands, a tie (林山寨 and 建设路 score alike), an incomplete street
// (西流湖: one judge has not scored) and a previous round.
func testComp() *scoring.Competition {
	c := &scoring.Competition{
		Title:     "2020年第二季度村(社区)党组织书记\"亮赛比\"",
		Organizer: "中共郑州市中原区委组织部",
		Date:      "2020-06-24",
		Round:     "2020年第二季度",
		Rules:     scoring.DefaultRules(),
	}
	c.Rules.TieBreak = []string{"test", "show"}
	c.Rules.Bands = []scoring.Band{{Name: "好", Min: dec("90")}, {Name: "较好", Min: dec("80")},
		{Name: "一般", Min: dec("60")}, {Name: "差", Min: dec("0")}}
	for i, n := range []string{"评委甲", "评委乙", "评委丙", "评委丁", "评委戊", "评委己"} {
		c.Judges = append(c.Judges, scoring.Judge{ID: fmt.Sprintf("j%d", i+1), Name: n})
	}
	type itemDef struct {
		id, name, max, std, target, unit string
		direct                           bool
	}
	cats := []struct {
		id, name, weight string
		items            []itemDef
	}{
		{"show", "亮·工作成效", "40", []itemDef{
			{id: "show.results", name: "工作实绩", max: "20", std: "16"},
			{id: "show.renovation", name: "老旧小区改造完成率", max: "10", std: "8", target: "100", unit: "%"},
			{id: "show.party", name: "党建引领基层治理", max: "10", std: "8"},
		}},
		{"compete", "赛·现场比拼", "30", []itemDef{
			{id: "compete.talk", name: "现场汇报", max: "10", std: "8"},
			{id: "compete.qa", name: "现场答辩", max: "10", std: "7"},
			{id: "compete.red", name: "红色物业示范点", max: "5", std: "4", target: "3", unit: "个"},
		}},
		{"spirit", "比·干劲", "10", []itemDef{
			{id: "spirit.look", name: "精神风貌", max: "5", std: "4"},
		}},
		{"test", "测·知识测试", "20", []itemDef{
			{id: "test.paper", name: "闭卷测试", max: "100", std: "80", direct: true},
		}},
	}
	for ci, cat := range cats {
		cc := scoring.Category{ID: cat.id, Name: cat.name, Weight: dec(cat.weight)}
		for _, it := range cat.items {
			item := scoring.Item{ID: it.id, Name: it.name, Category: ci, Max: dec(it.max),
				Standard: dec(it.std), HasStandard: true, Unit: it.unit}
			switch {
			case it.target != "":
				item.Kind, item.Target = scoring.Target, dec(it.target)
			case it.direct:
				item.Kind = scoring.Direct
			}
			cc.Items = append(cc.Items, len(c.Items))
			c.Items = append(c.Items, item)
		}
		c.Categories = append(c.Categories, cc)
	}
	groups := []string{"城区", "城乡接合部"}
	for i, n := range append(append([]string{}, zhongyuanStreets...), mixedName) {
		c.Streets = append(c.Streets, scoring.Street{ID: fmt.Sprintf("s%02d", i), Name: n, Group: groups[i%3/2]})
	}
	c.Scores = c.EmptyScores()
	for s := range c.Streets {
		seed := s
		if s == 1 { // 建设路 scores exactly like 林山寨: a tie
			seed = 0
		}
		fillScores(c, s, seed)
	}
	// 西流湖街道 (13) is incomplete: the last judge has not scored 现场答辩.
	c.Scores[13][4][5] = scoring.Slot{}
	// One judge recused for 汝河路街道.
	c.Scores[4][0][2] = scoring.Slot{State: scoring.Recused}

	c.Previous = &scoring.PreviousRound{Round: "2020年第一季度", ByStreet: map[string]scoring.PreviousStanding{}}
	for s := range 12 { // 航海西路 and the mixed name are new this round
		c.Previous.ByStreet[c.Streets[s].ID] = scoring.PreviousStanding{
			Rank: (s*5)%12 + 1, Total: dec(fmt.Sprintf("%d.5", 70+s)), HasTotal: true}
	}
	return c
}

// fillScores gives street s deterministic, varied scores from seed.
func fillScores(c *scoring.Competition, s, seed int) {
	for i, it := range c.Items {
		e := c.Scores[s][i]
		switch it.Kind {
		case scoring.Judged:
			maxv := int64(it.Max) / 1_000_000
			for j := range e {
				// between 55% and 100% of max, in halves
				halves := maxv*11/10 + int64((seed*7+i*3+j*5)%int((maxv*9/10)+1))
				v := min(halves, 2*maxv)
				e[j] = scoring.Number(scoring.Dec(v * 500_000))
			}
		case scoring.Target:
			e[0] = scoring.Number(scoring.Dec(int64(it.Target) * int64(40+(seed*13+i*7)%70) / 100))
		default:
			e[0] = scoring.Number(scoring.DecFromInt(int64(60 + (seed*11+i)%40)))
		}
	}
}

// bigComp is a city-scale competition of n streets, for benchmarks.
func bigComp(n int) *scoring.Competition {
	c := testComp()
	c.Streets = nil
	for i := range n {
		name := zhongyuanStreets[i%len(zhongyuanStreets)]
		c.Streets = append(c.Streets, scoring.Street{ID: fmt.Sprintf("x%d", i), Name: fmt.Sprintf("%s%d", name, i)})
	}
	c.Scores = c.EmptyScores()
	for s := range c.Streets {
		fillScores(c, s, s)
	}
	c.Scores[n/2][0][0] = scoring.Slot{}
	return c
}

// demoComp is the embedded demo competition.
func demoComp(tb testing.TB) *scoring.Competition {
	tb.Helper()
	doc, err := data.Demo()
	if err != nil {
		tb.Fatalf("demo: %v", err)
	}
	return doc.Comp
}
