// Package gen writes synthetic but valid competition files of any size, for
// benchmarks and load tests. The same options always give the same bytes.
package gen

import (
	"math/rand/v2"
	"strconv"
	"strings"
)

// Options say how large a competition to make.
type Options struct {
	Seed    int64
	Streets int // ranked units; at least 1
	Judges  int // 0 makes every item direct or target
	Items   int // at least 1
	// Holes is the fraction of slots left empty (~) or, for judges, recused.
	Holes float64
}

// Competition is the text of a valid competition file (YAML, UTF-8).
func Competition(o Options) []byte {
	o.Streets, o.Items = max(o.Streets, 1), max(o.Items, 1)
	o.Judges = max(o.Judges, 0)
	g := &generator{o: o, rnd: rand.New(rand.NewPCG(uint64(o.Seed), 0x6c69616e67736169))}
	g.plan()
	var b strings.Builder
	// About 6 bytes per slot plus the item ids: grow once.
	b.Grow(2048 + o.Items*96 + o.Streets*(64+o.Items*(24+6*max(o.Judges, 1))))
	g.header(&b)
	g.criteria(&b)
	g.streets(&b)
	g.scores(&b)
	return []byte(b.String())
}

type kind uint8

const (
	judged kind = iota
	direct
	target
)

type item struct {
	id, name string
	kind     kind
	maxTenth int // max in tenths, so scores can have one decimal
	std      int // standard in tenths
	target   int // whole units, for target items
	unit     string
}

type category struct {
	id, name string
	weight   int
	items    []item
}

type generator struct {
	o     Options
	rnd   *rand.Rand
	cats  []category
	items []*item
}

var categoryNames = []struct{ id, name string }{
	{"liang", "亮·晒实绩"}, {"sai", "赛·比现场"}, {"task", "重点任务"}, {"test", "测·知识测试"},
}

var judgedNames = []string{"抓党建工作实绩", "基层治理实绩", "为民服务实绩", "特色亮点", "现场汇报", "现场答辩", "精神风貌", "班子建设", "作风建设", "群众满意度"}
var targetNames = []struct{ name, unit string }{
	{"红色物业示范点", "个"}, {"“两新”组织示范点", "个"}, {"党群服务中心示范点", "个"},
	{"老旧小区改造完成率", "%"}, {"无主管楼院治理覆盖率", "%"},
}

// plan decides the rubric: judged items first, a few target items, and one
// direct knowledge test, grouped into up to four categories.
func (g *generator) plan() {
	n := g.o.Items
	nDirect := 0
	if n >= 2 || g.o.Judges == 0 {
		nDirect = 1
	}
	nTarget := 0
	if n >= 4 {
		nTarget = max(1, n/5)
	}
	if g.o.Judges == 0 { // nothing may be judged
		nTarget = n - nDirect
	}
	nJudged := n - nDirect - nTarget
	var judgedItems, targetItems, directItems []item
	for i := range nJudged {
		m := []int{100, 100, 150, 200}[g.rnd.IntN(4)]
		judgedItems = append(judgedItems, item{name: numbered(judgedNames, i), kind: judged, maxTenth: m, std: m * 8 / 10})
	}
	for i := range nTarget {
		tn := targetNames[i%len(targetNames)]
		t := 100
		if tn.unit == "个" {
			t = 2 + g.rnd.IntN(6)
		}
		targetItems = append(targetItems, item{name: numbered([]string{tn.name}, i/len(targetNames)), kind: target, maxTenth: 100, std: 80, target: t, unit: tn.unit})
	}
	for range nDirect {
		directItems = append(directItems, item{name: "闭卷测试", kind: direct, maxTenth: 1000, std: 800})
	}
	// Judged items split between 亮 and 赛; targets in 重点任务; the test alone.
	half := (nJudged + 1) / 2
	groups := [][]item{judgedItems[:half], judgedItems[half:], targetItems, directItems}
	weights := []int{35, 25, 25, 15}
	for ci, items := range groups {
		if len(items) == 0 {
			continue
		}
		cn := categoryNames[ci]
		cat := category{id: cn.id, name: cn.name, weight: weights[ci]}
		for k := range items {
			items[k].id = cn.id + ".i" + strconv.Itoa(k+1)
		}
		cat.items = items
		g.cats = append(g.cats, cat)
	}
	for ci := range g.cats {
		for k := range g.cats[ci].items {
			g.items = append(g.items, &g.cats[ci].items[k])
		}
	}
}

// numbered is the i-th name of the list, with a number once the list runs out.
func numbered(names []string, i int) string {
	name := names[i%len(names)]
	if i >= len(names) {
		name += strconv.Itoa(i/len(names) + 1)
	}
	return name
}

func (g *generator) header(b *strings.Builder) {
	b.WriteString("# 生成的测试数据（示例数据），由 liangsaibi gen 写出；seed ")
	b.WriteString(strconv.FormatInt(g.o.Seed, 10))
	b.WriteString("\nversion: 1\ntitle: 生成的测试比赛（示例数据）\norganizer: 测试单位\ndate: \"2026-12-18\"\nround: 测试轮次\n\n")
	b.WriteString("rules:\n  decimals: 2\n  rounding: half_up\n  trim: 1\n  trim_min_judges: 5\n")
	b.WriteString("  tie_break: [")
	b.WriteString(g.cats[len(g.cats)-1].id)
	if len(g.cats) > 1 {
		b.WriteString(", ")
		b.WriteString(g.cats[0].id)
	}
	b.WriteString("]\n  bands:\n    - {name: 好, min: 90}\n    - {name: 较好, min: 80}\n    - {name: 一般, min: 60}\n    - {name: 差, min: 0}\n\n")
	if g.o.Judges > 0 {
		b.WriteString("judges:\n")
		for j := range g.o.Judges {
			id := "j" + strconv.Itoa(j+1)
			b.WriteString("  - {id: " + id + ", name: 评委" + strconv.Itoa(j+1) + "}\n")
		}
		b.WriteString("\n")
	}
}

func (g *generator) criteria(b *strings.Builder) {
	b.WriteString("criteria:\n")
	for _, c := range g.cats {
		b.WriteString("  - id: " + c.id + "\n    name: " + c.name + "\n    weight: " + strconv.Itoa(c.weight) + "\n    items:\n")
		for _, it := range c.items {
			b.WriteString("      - {id: " + it.id + ", name: " + it.name + ", max: " + tenths(it.maxTenth) + ", standard: " + tenths(it.std))
			switch it.kind {
			case direct:
				b.WriteString(", judged: false")
			case target:
				b.WriteString(", target: " + strconv.Itoa(it.target) + ", unit: \"" + it.unit + "\"")
			}
			b.WriteString("}\n")
		}
	}
	b.WriteString("\n")
}

func streetID(s int) string { return "s" + strconv.Itoa(s+1) }

var placeNames = []string{"林山寨", "建设路", "棉纺路", "秦岭路", "汝河路", "绿东村", "三官庙", "须水", "莲湖", "柳湖", "桐柏路", "中原西路", "航海西路", "西流湖"}

func (g *generator) streets(b *strings.Builder) {
	b.WriteString("streets:\n")
	for s := range g.o.Streets {
		name := placeNames[s%len(placeNames)]
		if s >= len(placeNames) {
			name += strconv.Itoa(s/len(placeNames)+1) + "社区"
		} else {
			name += "街道"
		}
		b.WriteString("  - {id: " + streetID(s) + ", name: " + name + "}\n")
	}
	b.WriteString("\n")
}

// scores writes every street's entries. Each street has a level around the
// standards and each judge a small bias, so totals spread like real ones
// and some items fall below standard.
func (g *generator) scores(b *strings.Builder) {
	bias := make([]float64, g.o.Judges)
	for j := range bias {
		bias[j] = (g.rnd.Float64() - 0.5) * 0.08
	}
	b.WriteString("scores:\n")
	for s := range g.o.Streets {
		level := 0.82 + g.rnd.NormFloat64()*0.07
		b.WriteString("  " + streetID(s) + ":\n")
		for _, it := range g.items {
			b.WriteString("    " + it.id + ": ")
			switch it.kind {
			case judged:
				b.WriteString("[")
				for j := range g.o.Judges {
					if j > 0 {
						b.WriteString(", ")
					}
					if g.hole() {
						if g.rnd.IntN(2) == 0 {
							b.WriteString("~")
						} else {
							b.WriteString("recused")
						}
						continue
					}
					b.WriteString(g.score(it.maxTenth, level+bias[j]))
				}
				b.WriteString("]")
			case direct:
				if g.hole() {
					b.WriteString("~")
				} else {
					b.WriteString(g.score(it.maxTenth, level))
				}
			case target:
				if g.hole() {
					b.WriteString("~")
				} else {
					// A figure around the level of the target; it may exceed
					// it. Counts (个) are whole numbers, rates have a decimal.
					v := g.score(it.target*10*115/100, level*0.9)
					if it.unit == "个" {
						v, _, _ = strings.Cut(v, ".")
					}
					b.WriteString(v)
				}
			}
			b.WriteString("\n")
		}
	}
}

func (g *generator) hole() bool { return g.o.Holes > 0 && g.rnd.Float64() < g.o.Holes }

// score is a value in tenths near level×max, clamped to [0, max]. Floats
// only pick synthetic input; nothing published is computed here.
func (g *generator) score(maxTenth int, level float64) string {
	v := int((level + g.rnd.NormFloat64()*0.05) * float64(maxTenth))
	return tenths(min(max(v, 0), maxTenth))
}

// tenths writes n/10 as a plain decimal: 175 → 17.5, 80 → 8.
func tenths(n int) string {
	if n%10 == 0 {
		return strconv.Itoa(n / 10)
	}
	return strconv.Itoa(n/10) + "." + strconv.Itoa(n%10)
}
