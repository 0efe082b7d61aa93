package export

import (
	"bytes"
	"fmt"
	"strings"
	"testing"

	"go.yaml.in/yaml/v3"

	"liangsaibi/scoring"
)

// pendingRow is the testStandings' street not fully scored, and its status.
func pendingRow(t *testing.T, st *scoring.Standings) (*scoring.Row, string) {
	t.Helper()
	for _, row := range st.Rows {
		if !row.Complete {
			return row, fmt.Sprintf("待评 %d/%d", row.DoneItems, len(st.Comp.Items))
		}
	}
	t.Fatal("the fixture has no street that is not fully scored")
	return nil, ""
}

// TestMarkdownPendingStreetHasStatusNoTotal: an unfinished street shows
// 待评 N/M in the status column and no number as its total, band or rank.
func TestMarkdownPendingStreetHasStatusNoTotal(t *testing.T) {
	st := testStandings(t)
	row, status := pendingRow(t, st)
	name := st.Comp.Streets[row.Street].Name
	md := exportMarkdown(t, st, testOptions())
	var head, line []string
	for _, l := range strings.Split(md, "\n") {
		cells := strings.Split(strings.Trim(l, "| "), " | ")
		if head == nil && strings.HasPrefix(l, "| 排名") {
			head = cells
		}
		if head != nil && len(cells) == len(head) && len(cells) > 2 && cells[2] == name {
			line = cells
		}
	}
	if head == nil || line == nil {
		t.Fatalf("no table line for %s:\n%s", name, md)
	}
	col := map[string]int{}
	for i, h := range head {
		col[h] = i
	}
	if got := line[col["状态"]]; got != status {
		t.Errorf("status %q, want %q", got, status)
	}
	for _, h := range []string{"排名", "总分", "等次", "与第一名差距"} {
		if got := line[col[h]]; strings.ContainsAny(got, "0123456789") {
			t.Errorf("%s of an unfinished street: %q", h, got)
		}
	}
	if strings.Contains(md, row.Total.String()) && row.Total.String() != "0.00" {
		t.Errorf("the floor %s of the unfinished street is published", row.Total.String())
	}
}

// TestRankedYAMLPendingStreetHasStatusNoTotal: total and category scores
// are null for an unfinished street; status says 待评 N/M.
func TestRankedYAMLPendingStreetHasStatusNoTotal(t *testing.T) {
	st := testStandings(t)
	row, status := pendingRow(t, st)
	var buf bytes.Buffer
	if err := RankedYAML(&buf, st, testOptions()); err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Streets []struct {
			ID         string             `yaml:"id"`
			Status     *string            `yaml:"status"`
			Total      *string            `yaml:"total"`
			Band       *string            `yaml:"band"`
			Categories map[string]*string `yaml:"categories"`
		} `yaml:"streets"`
	}
	if err := yaml.Unmarshal(buf.Bytes(), &doc); err != nil {
		t.Fatal(err)
	}
	for _, s := range doc.Streets {
		if s.ID != st.Comp.Streets[row.Street].ID {
			if s.Status != nil {
				t.Errorf("%s is complete but has status %q", s.ID, *s.Status)
			}
			continue
		}
		if s.Status == nil || *s.Status != status || s.Total != nil || s.Band != nil {
			t.Errorf("%s: status %v total %v band %v, want %q and no total or band", s.ID, s.Status, s.Total, s.Band, status)
		}
		for id, v := range s.Categories {
			if v != nil {
				t.Errorf("%s: category %s = %q, a partial sum", s.ID, id, *v)
			}
		}
	}
}
