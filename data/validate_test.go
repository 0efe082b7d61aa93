package data

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"golang.org/x/text/encoding/simplifiedchinese"

	"liangsaibi/i18n"
)

func TestValidBaseLoads(t *testing.T) {
	if ps := problemsOf(t, validBase, Options{}); ps != nil {
		t.Fatalf("the base file should be valid:\n%s", dumpProblems(ps))
	}
}

// wantProblem is one expected problem: its position and a fragment of its
// Chinese message.
type wantProblem struct {
	line, col int
	zh        string
}

func checkProblems(t *testing.T, ps Problems, want []wantProblem) {
	t.Helper()
	if len(ps) != len(want) {
		t.Fatalf("got %d problems, want %d:\n%s", len(ps), len(want), dumpProblems(ps))
	}
	for i, w := range want {
		p := ps[i]
		msg := p.Msg.In(i18n.Zh)
		if p.File != "c.yaml" || p.Line != w.line || p.Col != w.col || !strings.Contains(msg, w.zh) {
			t.Errorf("problem %d: got %s\nwant c.yaml:%d:%d: …%s…", i, p.In(i18n.Zh), w.line, w.col, w.zh)
		}
		if line := p.In(i18n.Zh); w.line > 0 && !strings.HasPrefix(line, fmt.Sprintf("c.yaml:%d:%d: ", w.line, w.col)) {
			t.Errorf("problem %d is not rendered as FILE:LINE:COL: %s", i, line)
		}
	}
}

func TestValidationProblems(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []wantProblem
	}{
		{"unknown key with suggestion", edited(t, "title: 测试比赛", "titel: 测试比赛"), []wantProblem{
			{1, 1, "缺少必填字段“title”"},
			{2, 1, "未知的字段“titel”，是不是“title”？"},
		}},
		{"unknown key without a close match", edited(t, "  trim: 1\n", "  trim: 1\n  colour: red\n"), []wantProblem{
			{5, 3, "未知的字段“colour”"},
		}},
		{"duplicate key", edited(t, "title: 测试比赛\n", "title: 测试比赛\ntitle: 又一个\n"), []wantProblem{
			{3, 1, "字段“title”重复出现（第一次在第 2 行）"},
		}},
		{"duplicate judge id", edited(t, "{id: j2, name: 评委乙}", "{id: j1, name: 评委乙}"), []wantProblem{
			{11, 10, "编号“j1”重复（第一次在第 10 行）"},
		}},
		{"category and item ids share one namespace", edited(t, "{id: test.p,", "{id: show,"), []wantProblem{
			{23, 14, "编号“show”重复（第一次在第 13 行）"},
			{31, 5, "细则项“test.p”不存在"},
		}},
		{"missing required name", edited(t, "{id: show.a, name: 工作实绩, max: 10", "{id: show.a, max: 10"), []wantProblem{
			{17, 9, "缺少必填字段“name”"},
		}},
		{"missing criteria and streets", "version: 1\ntitle: 空\n", []wantProblem{
			{1, 1, "缺少必填字段“criteria”"},
			{1, 1, "缺少必填字段“streets”"},
		}},
		{"version must be 1", edited(t, "version: 1", "version: 2"), []wantProblem{
			{1, 10, "version 必须是 1"},
		}},
		{"NaN", edited(t, "test.p: 86", "test.p: .nan"), []wantProblem{
			{31, 13, "不允许 NaN 或无穷大"},
		}},
		{"infinity", edited(t, "weight: 40", "weight: .inf"), []wantProblem{
			{21, 13, "不允许 NaN 或无穷大"},
		}},
		{"exponent", edited(t, "test.p: 86", "test.p: 8.6e1"), []wantProblem{
			{31, 13, "“8.6e1”请写成普通小数，不要用科学计数法"},
		}},
		{"leading zero", edited(t, "test.p: 86", "test.p: 086"), []wantProblem{
			{31, 13, "“086”开头多了 0"},
		}},
		{"more than six decimals", edited(t, "show.t: 64.3", "show.t: 64.3000001"), []wantProblem{
			{30, 13, "小数位太多，最多 6 位"},
		}},
		{"quoted number", edited(t, "test.p: 86", `test.p: "86"`), []wantProblem{
			{31, 13, "数字不要加引号"},
		}},
		{"quoted max", edited(t, "max: 100, judged", "max: '100', judged"), []wantProblem{
			{23, 39, "数字不要加引号"}, // columns count characters, not bytes
		}},
		// A bad max is reported once, not again as "out of range 0 to 0"
		// on every street's score of that item.
		{"bad max reported once", edited(t, "max: 100, judged", "max: 1e2, judged"), []wantProblem{
			{23, 39, "科学计数法"},
		}},
		{"negative max reported once", edited(t, "max: 10, standard: 8}", "max: -10, standard: 8}"), []wantProblem{
			{17, 39, "max（满分）必须大于 0"},
		}},
		{"a word instead of a score", edited(t, "show.a: [8, 9.5]", "show.a: [8, nine]"), []wantProblem{
			{29, 17, "“nine”不是分数"},
		}},
		{"control character in a title", edited(t, "title: 测试比赛", `title: "测试\a比赛"`), []wantProblem{
			{2, 8, "“title”含有控制字符"},
		}},
		{"bidi control in a street name", edited(t, "name: 须水街道", `name: "须水\u202E街道"`), []wantProblem{
			{26, 20, "“name”含有控制字符或不可见的方向控制字符"},
		}},
		{"C1 control in a judge name", edited(t, "name: 评委乙", `name: "评委\u0085乙"`), []wantProblem{
			{11, 20, "含有控制字符"},
		}},
		{"blank name", edited(t, "name: 评委乙", `name: "  "`), []wantProblem{
			{11, 20, "“name”不能为空"},
		}},
		{"id with a space", edited(t, "{id: s1, name: 桐柏路街道}", `{id: "s 1", name: 桐柏路街道}`), []wantProblem{
			{25, 10, "编号“s 1”不能含空格"},
			{28, 3, "评分里的街道“s1”不在 streets 列表中"},
		}},
		{"too many slots", edited(t, "show.a: [8, 9.5]", "show.a: [8, 9.5, 7]"), []wantProblem{
			{29, 13, "需要 2 个评委分（每位评委一个，按 judges 顺序），这里有 3 个"},
		}},
		{"too few slots", edited(t, "show.a: [~, recused]", "show.a: [~]"), []wantProblem{
			{33, 13, "这里有 1 个"},
		}},
		{"judged item given one number", edited(t, "show.a: [8, 9.5]", "show.a: 8"), []wantProblem{
			{29, 13, "应写成列表，例如 [~, ~]"},
		}},
		{"direct item given a list", edited(t, "test.p: 86", "test.p: [86]"), []wantProblem{
			{31, 13, "应填一个数字或 ~，不是列表"},
		}},
		{"recused on a direct item", edited(t, "test.p: 86", "test.p: recused"), []wantProblem{
			{31, 13, "“recused”不是分数"},
		}},
		{"score above max", edited(t, "show.a: [8, 9.5]", "show.a: [8, 10.5]"), []wantProblem{
			{29, 17, "“show.a”的分数 10.5 超出范围，应在 0 到 10 之间"},
		}},
		{"negative score", edited(t, "test.p: 86", "test.p: -1"), []wantProblem{
			{31, 13, "分数 -1 超出范围"},
		}},
		{"negative target figure", edited(t, "show.t: 64.3", "show.t: -5"), []wantProblem{
			{30, 13, "“show.t”的完成值 -5 不能是负数"},
		}},
		{"target figure above the target is fine, standard above max is not", edited(t, "show.t: 64.3", "show.t: 250", "max: 10, standard: 8}", "max: 10, standard: 11}"), []wantProblem{
			{17, 53, "standard（达标线）11 应在 0 到满分 10 之间"},
		}},
		{"target not positive", edited(t, "target: 100,", "target: 0,"), []wantProblem{
			{18, 50, "target（目标值）必须大于 0"},
		}},
		{"judged true with a target", edited(t, `unit: "%"}`, `unit: "%", judged: true}`), []wantProblem{
			{18, 74, "不能同时写 judged: true"},
		}},
		{"judged is YAML 1.2 boolean only", edited(t, "judged: false}", "judged: no}", "    test.p: 86\n", ""), []wantProblem{
			{23, 52, "只能是 true 或 false，这里是“no”"},
		}},
		{"trim_min_judges too small", edited(t, "  trim: 1\n", "  trim: 1\n  trim_min_judges: 2\n"), []wantProblem{
			{5, 20, "trim_min_judges 至少应为 2×trim+1 = 3，这里是 2"},
		}},
		{"decimals out of range", edited(t, "  trim: 1\n", "  trim: 1\n  decimals: 5\n"), []wantProblem{
			{5, 13, "decimals（保留小数位数）应在 0 到 4 之间"},
		}},
		{"rounding misspelt", edited(t, "  trim: 1\n", "  trim: 1\n  rounding: half_upp\n"), []wantProblem{
			{5, 13, "是不是“half_up”"},
		}},
		{"review misspelt", edited(t, "  trim: 1\n", "  trim: 1\n  review: confrim\n"), []wantProblem{
			{5, 11, "review（复核方式）只能是 none、confirm 或 blind，这里是“confrim”，是不是“confirm”？"},
		}},
		{"review unknown", edited(t, "  trim: 1\n", "  trim: 1\n  review: twice\n"), []wantProblem{
			{5, 11, "review（复核方式）只能是 none（不复核）、confirm（他人确认）或 blind（他人盲录核对），这里是“twice”"},
		}},
		{"bands not decreasing", edited(t, "{name: 差, min: 0}", "{name: 差, min: 95}"), []wantProblem{
			{8, 22, "等次的 min 应从高到低排列（95 不小于上一项的 90）"},
		}},
		{"band names repeat", edited(t, "{name: 差, min: 0}", "{name: 好, min: 0}"), []wantProblem{
			{8, 14, "等次名称“好”重复"},
		}},
		{"unknown tie_break id", edited(t, "tie_break: [show]", "tie_break: [shwo]"), []wantProblem{
			{5, 15, "tie_break 中的“shwo”不是任何类别或细则项的编号，是不是“show”？"},
		}},
		{"weight must be positive", edited(t, "weight: 40", "weight: 0"), []wantProblem{
			{21, 13, "weight（类别分值）必须大于 0"},
		}},
		{"unknown street in scores", edited(t, "  s2:\n", "  s22:\n"), []wantProblem{
			{32, 3, "评分里的街道“s22”不在 streets 列表中，是不是“s2”？"},
		}},
		{"unknown item in scores", edited(t, "test.p: 86", "test.q: 86"), []wantProblem{
			{31, 5, "细则项“test.q”不存在，是不是“test.p”？"},
		}},
		{"judged items need judges", edited(t, "judges:\n  - {id: j1, name: 评委甲}\n  - {id: j2, name: 评委乙}\n", "judges: []\n", "    show.a: [8, 9.5]\n", "", "    show.a: [~, recused]\n", ""), []wantProblem{
			{9, 9, "有需要评委打分的细则项，但没有列出评委"},
		}},
		{"anchor", edited(t, "  - {id: j1, name: 评委甲}", "  - &j {id: j1, name: 评委甲}"), []wantProblem{
			{10, 5, "不支持锚点和引用"},
		}},
		{"merge key", edited(t, "  - {id: s2, name: 须水街道}", "  - {<<: {id: s2}, name: 须水街道}"), []wantProblem{
			{26, 6, "不支持合并键 <<"},
		}},
		{"second document", validBase + "---\nversion: 1\n", []wantProblem{
			{34, 1, "文件里只能有一份比赛数据"},
		}},
		{"not a mapping", "- 1\n- 2\n", []wantProblem{
			{1, 1, "文件应由“键: 值”组成"},
		}},
		{"syntax error", edited(t, "  - {id: s1, name: 桐柏路街道}", "  - {id: s1, name: 桐柏路街道"), []wantProblem{
			{0, 0, "格式错误"},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ps := problemsOf(t, tt.text, Options{})
			if tt.want[0].line == 0 { // only the message is checked
				if len(ps) != 1 || !strings.Contains(ps[0].Msg.In(i18n.Zh), tt.want[0].zh) {
					t.Fatalf("got\n%s", dumpProblems(ps))
				}
				return
			}
			checkProblems(t, ps, tt.want)
		})
	}
}

// Anchors and aliases are refused at the first of them (whether each
// later one is reported again is the loader's choice).
func TestAliasRefusedAtTheAnchor(t *testing.T) {
	text := edited(t, "  - {id: j1, name: 评委甲}", "  - &j {id: j1, name: 评委甲}", "  - {id: j2, name: 评委乙}", "  - *j")
	ps := problemsOf(t, text, Options{})
	if len(ps) == 0 || ps[0].Line != 10 || ps[0].Col != 5 {
		t.Fatalf("got\n%s", dumpProblems(ps))
	}
	for _, p := range ps {
		if p.Msg.Key != "yaml.alias" {
			t.Errorf("unexpected problem %s", p.In(i18n.Zh))
		}
	}
}

func TestValidationMessagesInEnglish(t *testing.T) {
	tests := []struct {
		text string
		want string
	}{
		{edited(t, "  trim: 1", "  trm: 1"), `c.yaml:4:3: unknown field "trm"; did you mean "trim"?`},
		{edited(t, "test.p: 86", "test.p: 8.6e1"), `c.yaml:31:13: write "8.6e1" as a plain decimal, without an exponent`},
		{edited(t, "show.a: [8, 9.5]", "show.a: [8, 10.5]"), `c.yaml:29:17: the score 10.5 of "show.a" is out of range: it should be from 0 to 10`},
		{edited(t, "test.p: 86", "test.q: 86"), `c.yaml:31:5: there is no item "test.q"; did you mean "test.p"?`},
		{edited(t, "{name: 差, min: 0}", "{name: 差, min: 95}"), `c.yaml:8:22: band minimums must go from high to low (95 is not below the previous 90)`},
	}
	for _, tt := range tests {
		ps := problemsOf(t, tt.text, Options{})
		if len(ps) != 1 || ps[0].In(i18n.En) != tt.want {
			t.Errorf("got %q\nwant %q", strings.Join(ps.Lines(i18n.En), " | "), tt.want)
		}
	}
}

// A file with many mistakes reports all of them, in file order, in one run.
func TestManyProblemsInFileOrder(t *testing.T) {
	text := edited(t,
		"show.a: [8, 9.5]", "show.a: [8, 10.5]",
		"title: 测试比赛", "titel: 测试比赛",
		"test.p: 86", "test.p: 1e2",
		"name: 须水街道", `name: "须水\u202E街道"`,
		"weight: 40", "weight: -1",
		"tie_break: [show]", "tie_break: [shwo]",
	)
	want := []wantProblem{
		{1, 1, "缺少必填字段“title”"},
		{2, 1, "是不是“title”"},
		{5, 15, "是不是“show”"},
		{21, 13, "必须大于 0"},
		{26, 20, "方向控制字符"},
		{29, 17, "超出范围"},
		{31, 13, "科学计数法"},
	}
	checkProblems(t, problemsOf(t, text, Options{}), want)
}

func TestGB18030(t *testing.T) {
	gb, err := simplifiedchinese.GB18030.NewEncoder().String(validBase)
	if err != nil {
		t.Fatal(err)
	}
	ps := problemsOf(t, gb, Options{})
	if len(ps) != 1 || ps[0].Line != 0 {
		t.Fatalf("want one file-level problem, got\n%s", dumpProblems(ps))
	}
	for _, frag := range []string{"GBK/GB18030", "--encoding gb18030", "UTF-8"} {
		if !strings.Contains(ps[0].Msg.In(i18n.Zh), frag) {
			t.Errorf("hint lacks %q: %s", frag, ps[0].Msg.In(i18n.Zh))
		}
	}
	if !strings.HasPrefix(ps[0].In(i18n.Zh), "c.yaml: ") {
		t.Errorf("the hint should name the file: %s", ps[0].In(i18n.Zh))
	}
	if !strings.Contains(ps[0].In(i18n.En), "GBK/GB18030") {
		t.Errorf("English hint: %s", ps[0].In(i18n.En))
	}

	doc, err := Load("c.yaml", []byte(gb), Options{Encoding: "gb18030"})
	if err != nil {
		t.Fatalf("--encoding gb18030 refused the file: %v", err)
	}
	if doc.Comp.Title != "测试比赛" || doc.Comp.Streets[1].Name != "须水街道" || doc.Encoding != "gb18030" {
		t.Errorf("decoded title %q, street %q, encoding %q", doc.Comp.Title, doc.Comp.Streets[1].Name, doc.Encoding)
	}

	// Bytes that are neither UTF-8 nor GB18030 say on which line they are.
	bad := strings.Replace(validBase, "须水街道", "须水\xff\xfe", 1)
	ps = problemsOf(t, bad, Options{})
	if len(ps) != 1 || !strings.Contains(ps[0].Msg.In(i18n.Zh), "第 26 行") {
		t.Errorf("got\n%s", dumpProblems(ps))
	}
	if _, err := Load("c.yaml", []byte(validBase), Options{Encoding: "latin1"}); err == nil || !strings.Contains(err.Error(), "不支持的编码") {
		t.Errorf("unknown encoding: %v", err)
	}
}

func TestUTF8BOMAccepted(t *testing.T) {
	doc, err := Load("c.yaml", append([]byte("\xEF\xBB\xBF"), validBase...), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if !doc.BOM || doc.Comp.Title != "测试比赛" {
		t.Errorf("BOM %v, title %q", doc.BOM, doc.Comp.Title)
	}
}

func TestPreviousRoundProblems(t *testing.T) {
	withPrev := edited(t, "title: 测试比赛\n", "title: 测试比赛\nprevious: prev.yaml\n")
	files := func(content string) func(string) ([]byte, error) {
		return func(p string) ([]byte, error) {
			if p != "prev.yaml" {
				return nil, fmt.Errorf("unexpected path %q", p)
			}
			if content == "" {
				return nil, os.ErrNotExist
			}
			return []byte(content), nil
		}
	}
	tests := []struct {
		name, prev, want string
	}{
		{"missing file", "", "无法读取上一轮排名文件 prev.yaml：文件不存在"},
		{"no streets", "title: 上一轮\n", "不是有效的排名导出文件：缺少 streets 列表"},
		{"bad rank", "streets:\n  - {id: s1, rank: 0, total: 80}\n", "第 2 行的 rank 应是不小于 1 的整数"},
		{"bad total", "streets:\n  - {id: s1, rank: 1, total: abc}\n", "第 2 行的 total 应是数字"},
		{"repeated id", "streets:\n  - {id: s1, rank: 1}\n  - {id: s1, rank: 2}\n", "第 3 行缺少 id 或 id 重复"},
		{"not YAML", "streets: [\n", "不是有效的排名导出文件"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ps := problemsOf(t, withPrev, Options{ReadFile: files(tt.prev)})
			checkProblems(t, ps, []wantProblem{{3, 11, tt.want}})
		})
	}

	doc, err := Load("c.yaml", []byte(withPrev), Options{ReadFile: files("title: x\nstreets:\n  - {id: s1, rank: 2, total: \"79.5\", band: 差}\n  - {id: gone, rank: null, total: null}\n")})
	if err != nil {
		t.Fatal(err)
	}
	p := doc.Comp.Previous
	if p == nil || p.ByStreet["s1"].Rank != 2 || p.ByStreet["s1"].Total != dec(t, "79.5") || p.ByStreet["gone"].HasTotal {
		t.Errorf("previous round read as %+v", p)
	}
}
