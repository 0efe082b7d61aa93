package export

import (
	"strings"
	"testing"

	"liangsaibi/data/seal"
)

// The workbook opens ready to print: A4 landscape one page wide, the
// header row on every page, the digest and page numbers in the footer.
func TestXLSXPrintsReady(t *testing.T) {
	st := testStandings(t)
	f := exportXLSX(t, st, testOptions())
	defer f.Close()
	short := seal.Short(seal.Digest(st.Comp))
	for _, sheet := range []string{"排名", "原始分", "公示", "确认单-评委甲"} {
		pl, err := f.GetPageLayout(sheet)
		if err != nil {
			t.Fatal(err)
		}
		if *pl.Size != a4 || *pl.FitToWidth != 1 || *pl.FitToHeight != 0 {
			t.Errorf("%s: size %d, fit %d×%d", sheet, *pl.Size, *pl.FitToWidth, *pl.FitToHeight)
		}
		if want := "landscape"; sheet != "公示" && *pl.Orientation != want {
			t.Errorf("%s: %s, want %s", sheet, *pl.Orientation, want)
		}
		hf, err := f.GetHeaderFooter(sheet)
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(hf.OddFooter, "校验码 "+short) || !strings.Contains(hf.OddFooter, "第 &P 页，共 &N 页") {
			t.Errorf("%s footer %q", sheet, hf.OddFooter)
		}
	}
	titles := map[string]string{}
	for _, d := range f.GetDefinedName() {
		if d.Name == "_xlnm.Print_Titles" {
			titles[d.Scope] = d.RefersTo
		}
	}
	if titles["排名"] != "'排名'!$1:$1" || titles["公示"] != "'公示'!$1:$3" {
		t.Errorf("repeated rows %v", titles)
	}
}

func TestXLSXNoticeAndConfirmationSheets(t *testing.T) {
	st := testStandings(t)
	f := exportXLSX(t, st, testOptions())
	defer f.Close()
	d := seal.Digest(st.Comp)
	notice := strings.Join(flatten(rowsOf(t, f, "公示")), "|")
	for _, want := range []string{st.Comp.Title + " 排名公示", "2020年第二季度", "中共郑州市中原区委组织部", "2020-06-24",
		"校验码 " + seal.Short(d) + "（SHA-256 " + d + "）", "统计人：", "复核人：", "监督人：", "日期："} {
		if !strings.Contains(notice, want) {
			t.Errorf("公示 lacks %q:\n%s", want, notice)
		}
	}
	rows := rowsOf(t, f, "确认单-评委甲")
	if !strings.Contains(rows[1][0], "评委：评委甲") || rows[2][0] != "街道" {
		t.Fatalf("confirmation sheet head %q", rows[:3])
	}
	c := st.Comp
	j := c.FindJudge("j1")
	for s := range c.Streets {
		got := rows[3+s]
		if got[0] != xlsxText(c.Streets[s].Name) {
			t.Fatalf("row %d is %q", s, got)
		}
		col := 1
		for i := range c.Items {
			if c.Items[i].Kind != 0 {
				continue
			}
			want := confirmValue(c.Scores[s][i][j], testOptions())
			if col < len(got) && got[col] != want || col >= len(got) && want != "" {
				t.Errorf("%s %s: %q, want %q", c.Streets[s].Name, c.Items[i].Name, got[col], want)
			}
			col++
		}
	}
	if all := strings.Join(flatten(rows), "|"); !strings.Contains(all, "评委签字：") {
		t.Error("no line for the judge to sign")
	}
}

// The Markdown notice and the ranked YAML carry the digest too.
func TestDigestOnEveryPrintedExport(t *testing.T) {
	st := testStandings(t)
	d := seal.Digest(st.Comp)
	var md, y strings.Builder
	if err := Markdown(&md, st, testOptions()); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(md.String(), "校验码 "+seal.Short(d)+"（SHA-256 "+d+"）") {
		t.Error("the Markdown notice has no digest")
	}
	if err := RankedYAML(&y, st, testOptions()); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(y.String(), `digest: "`+d+`"`) {
		t.Errorf("the ranked YAML has no digest:\n%s", y.String()[:300])
	}
}
