package export

import (
	"bytes"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
	"pgregory.net/rapid"

	"liangsaibi/display"
	"liangsaibi/i18n"
	"liangsaibi/scoring"
)

// fataler is what the helpers need of a *testing.T or a *rapid.T.
type fataler interface {
	Helper()
	Fatal(args ...any)
	Fatalf(format string, args ...any)
}

func exportXLSX(t fataler, st *scoring.Standings, o Options) *excelize.File {
	t.Helper()
	var buf bytes.Buffer
	if err := XLSX(&buf, st, o); err != nil {
		t.Fatalf("XLSX: %v", err)
	}
	f, err := excelize.OpenReader(&buf)
	if err != nil {
		t.Fatalf("exported workbook does not open: %v", err)
	}
	return f
}

func isTextType(ct excelize.CellType) bool {
	return ct == excelize.CellTypeInlineString || ct == excelize.CellTypeSharedString
}

func check[T any](t fataler) func(T, error) T {
	return func(v T, err error) T {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
}

func valueAt(t fataler, f *excelize.File, sheet, ref string, opts ...excelize.Options) string {
	t.Helper()
	return check[string](t)(f.GetCellValue(sheet, ref, opts...))
}

func typeAt(t fataler, f *excelize.File, sheet, ref string) excelize.CellType {
	t.Helper()
	return check[excelize.CellType](t)(f.GetCellType(sheet, ref))
}

func styleAt(t fataler, f *excelize.File, sheet, ref string) *excelize.Style {
	t.Helper()
	id := check[int](t)(f.GetCellStyle(sheet, ref))
	return check[*excelize.Style](t)(f.GetStyle(id))
}

func rowsOf(t fataler, f *excelize.File, sheet string) [][]string {
	t.Helper()
	return check[[][]string](t)(f.GetRows(sheet))
}

// fillOf is the fill colour of a cell, "" when it has none.
func fillOf(t fataler, f *excelize.File, sheet, ref string) string {
	t.Helper()
	s := styleAt(t, f, sheet, ref)
	if len(s.Fill.Color) == 0 {
		return ""
	}
	return strings.ToUpper(strings.TrimPrefix(s.Fill.Color[0], "#"))
}

func TestXLSXSheetNames(t *testing.T) {
	st := testStandings(t)
	f := exportXLSX(t, st, testOptions())
	defer f.Close()
	if got, want := f.GetSheetList(), []string{"排名", "差距", "问题清单", "原始分", "规则", "评委", "趋势", "公示",
		"确认单-评委甲", "确认单-评委乙", "确认单-评委丙", "确认单-评委丁", "确认单-评委戊"}; !slices.Equal(got, want) {
		t.Errorf("sheets = %q, want %q", got, want)
	}
	o := testOptions()
	o.Lang = i18n.En
	f.Close()
	f = exportXLSX(t, st, o)
	defer f.Close()
	if got, want := f.GetSheetList(), []string{"Ranking", "Gaps", "Problems", "Raw scores", "Rules", "Judges", "Trend", "Notice",
		"Confirm-评委甲", "Confirm-评委乙", "Confirm-评委丙", "Confirm-评委丁", "Confirm-评委戊"}; !slices.Equal(got, want) {
		t.Errorf("English sheets = %q, want %q", got, want)
	}
}

func TestXLSXRankingHasFrozenHeaderNumbersAndBands(t *testing.T) {
	st := testStandings(t)
	f := exportXLSX(t, st, testOptions())
	defer f.Close()
	const sh = "排名"
	p := check[excelize.Panes](t)(f.GetPanes(sh))
	if !p.Freeze || p.YSplit != 1 {
		t.Errorf("header row not frozen: %+v", p)
	}
	if v := valueAt(t, f, sh, "C1"); v != "状态" {
		t.Errorf("C1 = %q", v)
	}
	if v := valueAt(t, f, sh, "D1"); v != "街道" {
		t.Errorf("D1 = %q", v)
	}
	nc, ni := len(st.Comp.Categories), len(st.Comp.Items)
	for i := range st.Rows {
		row := st.Rows[i]
		r := i + 2
		check := func(col int, want string) {
			t.Helper()
			ref := cellName(col+1, r)
			if want == "" {
				return
			}
			if ct := typeAt(t, f, sh, ref); isTextType(ct) {
				t.Errorf("%s holds a score as text", ref)
			}
			if got := valueAt(t, f, sh, ref); got != want {
				t.Errorf("%s shows %q, want the published %q", ref, got, want)
			}
			raw := valueAt(t, f, sh, ref, excelize.Options{RawCellValue: true})
			if _, err := strconv.ParseFloat(raw, 64); err != nil {
				t.Errorf("%s raw value %q is not a number", ref, raw)
			}
		}
		if !row.Complete {
			// No partial total, band or category score: 待评 N/M as status.
			for _, col := range []int{colTotal, colBand, colFirstCategory} {
				if got := valueAt(t, f, sh, cellName(col+1, r)); got != "" {
					t.Errorf("incomplete %s: %s shows %q", st.Comp.Streets[row.Street].ID, cellName(col+1, r), got)
				}
			}
			want := fmt.Sprintf("待评 %d/%d", row.DoneItems, ni)
			if got := valueAt(t, f, sh, cellName(colStatus+1, r)); got != want {
				t.Errorf("incomplete street's status %q, want %q", got, want)
			}
		} else {
			check(colTotal, row.Total.String())
			for ci, pc := range row.Categories {
				check(colFirstCategory+ci, pc.String())
			}
		}
		for ii, pi := range row.Items {
			check(colFirstCategory+nc+ii, pi.String())
		}
		check(colFirstCategory+nc+ni, row.GapToFirst.String())
		check(colFirstCategory+nc+ni+3, row.TotalChange.Signed())
		if row.Rank > 0 {
			check(colRank, strconv.Itoa(row.Rank))
		}
		want := bandFill(row.Band, len(st.Comp.Rules.Bands))
		if got := fillOf(t, f, sh, cellName(colStreet+1, r)); got != want {
			t.Errorf("row %d (band %d) fill %q, want %q", r, row.Band, got, want)
		}
	}
	// The street that moved up shows +1.
	for i := range st.Rows {
		if st.Comp.Streets[st.Rows[i].Street].ID == "tongbailu" {
			ref := cellName(colFirstCategory+nc+ni+3, i+2)
			if got := valueAt(t, f, sh, ref); got != "+1" {
				t.Errorf("rank change of tongbailu shows %q, want +1", got)
			}
		}
	}
}

func TestXLSXDecimalFormatsFollowTheRules(t *testing.T) {
	for _, d := range []int{0, 3} {
		c := testCompetition(t)
		c.Rules.Decimals = d
		st := scoring.Compute(c)
		f := exportXLSX(t, st, testOptions())
		defer f.Close()
		for i := range st.Rows {
			ref := cellName(colTotal+1, i+2)
			want := st.Rows[i].Total.String()
			if !st.Rows[i].Complete {
				want = ""
			}
			if got := valueAt(t, f, "排名", ref); got != want {
				t.Errorf("decimals %d: %s shows %q, want %q", d, ref, got, want)
			}
		}
	}
}

func TestXLSXGapHeatmapFills(t *testing.T) {
	st := testStandings(t)
	f := exportXLSX(t, st, testOptions())
	defer f.Close()
	const sh = "差距"
	c := st.Comp
	for i := range st.Rows {
		row := st.Rows[i]
		r := i + 4
		if got := Unneutralize(valueAt(t, f, sh, cellName(1, r))); got != c.Streets[row.Street].Name {
			t.Fatalf("row %d street %q", r, got)
		}
		for ii := range c.Items {
			ref := cellName(ii+2, r)
			var want string
			switch {
			case !row.Items[ii].Valid:
				want = missFill
			case slices.Contains(row.Below, ii):
				want = belowFill
			case row.Gaps[ii].Units == 0:
				want = atFill
			default:
				want = aboveFill
			}
			if got := fillOf(t, f, sh, ref); got != want {
				t.Errorf("%s (%s, %s) fill %q, want %q", ref, c.Streets[row.Street].ID, c.Items[ii].ID, got, want)
			}
			if row.Items[ii].Valid {
				if got := valueAt(t, f, sh, ref); got != row.Gaps[ii].Signed() {
					t.Errorf("%s shows %q, want %q", ref, got, row.Gaps[ii].Signed())
				}
			}
		}
		if got := valueAt(t, f, sh, cellName(len(c.Items)+2, r)); got != strconv.Itoa(len(row.Below)) {
			t.Errorf("row %d below count %q, want %d", r, got, len(row.Below))
		}
	}
	last := len(st.Rows) + 4
	for ii := range c.Items {
		if got := valueAt(t, f, sh, cellName(ii+2, last)); got != strconv.Itoa(st.BelowCount(ii)) {
			t.Errorf("item %s: count row says %q, want %d", c.Items[ii].ID, got, st.BelowCount(ii))
		}
	}
}

func TestXLSXProblemsLargestGapFirst(t *testing.T) {
	st := testStandings(t)
	f := exportXLSX(t, st, testOptions())
	defer f.Close()
	rows := rowsOf(t, f, "问题清单")
	want := 0
	for i := range st.Rows {
		want += len(st.Rows[i].Below)
	}
	if len(rows)-1 != want {
		t.Fatalf("%d problem rows, want %d", len(rows)-1, want)
	}
	for i := 2; i < len(rows); i++ {
		prev, cur := rows[i-1], rows[i]
		if prev[1] == cur[1] {
			a, _ := strconv.ParseFloat(prev[6], 64)
			b, _ := strconv.ParseFloat(cur[6], 64)
			if a > b {
				t.Errorf("%s: gap %s listed before the larger shortfall %s", cur[1], prev[6], cur[6])
			}
		}
	}
}

func TestXLSXRawScoresMarkDroppedOnes(t *testing.T) {
	st := testStandings(t)
	f := exportXLSX(t, st, testOptions())
	defer f.Close()
	const sh = "原始分"
	c := st.Comp
	r := 3
	struck := 0
	for s := range c.Streets {
		for i := range c.Items {
			e := c.Scores[s][i]
			if c.Items[i].Kind == scoring.Judged {
				kept := c.Kept(e)
				for j, slot := range e {
					ref := cellName(j+3, r)
					style := styleAt(t, f, sh, ref)
					isStruck := style.Font != nil && style.Font.Strike
					wantStruck := slot.State == scoring.Scored && !kept[j]
					if isStruck != wantStruck {
						t.Errorf("%s (%s %s judge %d) struck %v, want %v", ref, c.Streets[s].ID, c.Items[i].ID, j+1, isStruck, wantStruck)
					}
					if isStruck {
						struck++
					}
					if slot.State == scoring.Scored {
						if got := valueAt(t, f, sh, ref); got != slot.Value.String() {
							t.Errorf("%s = %q, want %q", ref, got, slot.Value.String())
						}
					}
				}
			}
			r++
		}
	}
	if struck == 0 {
		t.Errorf("no dropped score was marked")
	}
}

func TestXLSXRulesSheet(t *testing.T) {
	f := exportXLSX(t, testStandings(t), testOptions())
	defer f.Close()
	rows := rowsOf(t, f, "规则")
	found := map[string]string{}
	for _, r := range rows {
		if len(r) == 2 {
			found[r[0]] = r[1]
		}
	}
	for k, want := range map[string]string{
		"小数位数": "2", "修约方式": "四舍五入", "去掉最高分、最低分各": "1", "去分所需最少评分数": "5",
		"同分比较顺序": "测·知识测试 → 亮·工作成效", "等次：较好": "总分 ≥ 80",
		"生成程序版本": "1.2.3", "导出时间": "2020-06-24 15:30:00 +08:00",
	} {
		if found[k] != want {
			t.Errorf("rules %s = %q, want %q", k, found[k], want)
		}
	}
}

// TestXLSXNoTextCellIsAFormula fills names with random text and checks
// every text cell of every sheet.
func TestXLSXNoTextCellIsAFormula(t *testing.T) {
	base := testCompetition(t)
	rapid.Check(t, func(rt *rapid.T) {
		c := *base
		c.Streets = append([]scoring.Street(nil), base.Streets...)
		for i := range c.Streets {
			c.Streets[i].Name = riskyText().Draw(rt, "street")
		}
		c.Items = append([]scoring.Item(nil), base.Items...)
		c.Items[2].Name = riskyText().Draw(rt, "item")
		c.Judges = append([]scoring.Judge(nil), base.Judges...)
		c.Judges[0].Name = riskyText().Draw(rt, "judge")
		st := scoring.Compute(&c)
		f := exportXLSX(rt, st, testOptions())
		defer f.Close()
		for _, sh := range f.GetSheetList() {
			rows := rowsOf(rt, f, sh)
			for r, cells := range rows {
				for col, v := range cells {
					ref := cellName(col+1, r+1)
					if ct := typeAt(rt, f, sh, ref); isTextType(ct) && NeedsNeutralizing(v) {
						rt.Fatalf("%s!%s text %q starts with a formula trigger", sh, ref, v)
					}
				}
			}
		}
		for i := range st.Rows {
			want := display.Sanitize(c.Streets[st.Rows[i].Street].Name)
			got := Unneutralize(valueAt(rt, f, "排名", cellName(colStreet+1, i+2)))
			if got != want {
				rt.Fatalf("street name read back as %q, want %q", got, want)
			}
		}
	})
}
