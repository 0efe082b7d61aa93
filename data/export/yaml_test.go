package export

import (
	"bytes"
	"testing"

	"go.yaml.in/yaml/v3"

	"liangsaibi/scoring"
)

// rankedFile is what a reader of `previous:` and of our extra keys sees.
type rankedFile struct {
	Title      string `yaml:"title"`
	Round      string `yaml:"round"`
	Date       string `yaml:"date"`
	ExportedAt string `yaml:"exported_at"`
	Generator  struct {
		Version string `yaml:"version"`
	} `yaml:"generator"`
	Rules struct {
		Decimals int      `yaml:"decimals"`
		Rounding string   `yaml:"rounding"`
		TieBreak []string `yaml:"tie_break"`
		Bands    []struct {
			Name string `yaml:"name"`
			Min  string `yaml:"min"`
		} `yaml:"bands"`
	} `yaml:"rules"`
	Streets []struct {
		ID            string             `yaml:"id"`
		Name          string             `yaml:"name"`
		Rank          *int               `yaml:"rank"`
		Tied          bool               `yaml:"tied"`
		Complete      bool               `yaml:"complete"`
		Total         *string            `yaml:"total"`
		Band          *string            `yaml:"band"`
		Items         map[string]*string `yaml:"items"`
		BelowStandard []string           `yaml:"below_standard"`
		RankChange    *int               `yaml:"rank_change"`
	} `yaml:"streets"`
}

func exportYAML(t *testing.T, st *scoring.Standings) ([]byte, rankedFile) {
	t.Helper()
	var buf bytes.Buffer
	if err := RankedYAML(&buf, st, testOptions()); err != nil {
		t.Fatalf("RankedYAML: %v", err)
	}
	var f rankedFile
	if err := yaml.Unmarshal(buf.Bytes(), &f); err != nil {
		t.Fatalf("exported YAML does not parse: %v\n%s", err, buf.String())
	}
	return buf.Bytes(), f
}

func TestRankedYAMLReadsBackAsTheStandings(t *testing.T) {
	st := testStandings(t)
	raw, f := exportYAML(t, st)
	c := st.Comp
	if f.Title != c.Title || f.Round != c.Round || f.Date != c.Date || f.Generator.Version != "1.2.3" {
		t.Errorf("metadata = %q %q %q %q", f.Title, f.Round, f.Date, f.Generator.Version)
	}
	if f.ExportedAt != "2020-06-24T15:30:00+08:00" {
		t.Errorf("exported_at = %q", f.ExportedAt)
	}
	if f.Rules.Decimals != 2 || f.Rules.Rounding != "half_up" || len(f.Rules.TieBreak) != 2 ||
		len(f.Rules.Bands) != 4 || f.Rules.Bands[1].Min != "80" {
		t.Errorf("rules = %+v", f.Rules)
	}
	if len(f.Streets) != len(st.Rows) {
		t.Fatalf("%d streets, want %d", len(f.Streets), len(st.Rows))
	}
	for i, s := range f.Streets {
		row := st.Rows[i]
		want := c.Streets[row.Street]
		if s.ID != want.ID || s.Name != want.Name {
			t.Errorf("street %d = %s %q, want %s %q", i, s.ID, s.Name, want.ID, want.Name)
		}
		switch {
		case row.Rank == 0 && s.Rank != nil:
			t.Errorf("%s: unranked street has rank %d", s.ID, *s.Rank)
		case row.Rank > 0 && (s.Rank == nil || *s.Rank != row.Rank):
			t.Errorf("%s: rank %v, want %d", s.ID, s.Rank, row.Rank)
		}
		switch {
		case !row.Complete && s.Total != nil:
			t.Errorf("%s is not fully scored but has the total %q", s.ID, *s.Total)
		case row.Complete && (s.Total == nil || *s.Total != row.Total.String()):
			t.Errorf("%s: total %v, want %q", s.ID, s.Total, row.Total.String())
		}
		if s.Tied != row.Tied || s.Complete != row.Complete || len(s.BelowStandard) != len(row.Below) {
			t.Errorf("%s: tied %v complete %v below %v", s.ID, s.Tied, s.Complete, s.BelowStandard)
		}
		if (s.Band == nil) != (row.Band < 0) {
			t.Errorf("%s: band %v, row band %d", s.ID, s.Band, row.Band)
		}
		for ii, p := range row.Items {
			got := s.Items[c.Items[ii].ID]
			if (got == nil) != !p.Valid || (got != nil && *got != p.String()) {
				t.Errorf("%s item %s = %v, want %q", s.ID, c.Items[ii].ID, got, p.String())
			}
		}
	}
	// Totals are quoted strings, never YAML floats that lose trailing zeros.
	if !bytes.Contains(raw, []byte(`total: "86.48"`)) || !bytes.Contains(raw, []byte(`test.paper: "91.50"`)) {
		t.Errorf("totals not written as quoted published strings:\n%s", raw)
	}
	// Names that look like other YAML types stay strings.
	c2 := testCompetition(t)
	c2.Streets[0].Name = "true"
	c2.Streets[1].Name = "1.50"
	c2.Streets[2].Name = "~"
	_, f2 := exportYAML(t, scoring.Compute(c2))
	names := map[string]string{}
	for _, s := range f2.Streets {
		names[s.ID] = s.Name
	}
	if names["tongbailu"] != "true" || names["zhongyuanxilu"] != "1.50" || names["xushui"] != "~" {
		t.Errorf("names changed type on the way through YAML: %q", names)
	}
}

// TestRankedYAMLServesAsPrevious reads the export the way the loader reads
// `previous:` (id, rank, total) and scores the same round against it: every
// ranked street must show no change.
func TestRankedYAMLServesAsPrevious(t *testing.T) {
	st := testStandings(t)
	_, f := exportYAML(t, st)
	prev := &scoring.PreviousRound{Title: f.Title, Round: f.Round, ByStreet: map[string]scoring.PreviousStanding{}}
	for _, s := range f.Streets {
		p := scoring.PreviousStanding{}
		if s.Rank != nil {
			p.Rank = *s.Rank
		}
		if s.Total != nil {
			d, err := scoring.ParseDec(*s.Total)
			if err != nil {
				t.Fatalf("%s: total %q is not a plain decimal: %v", s.ID, *s.Total, err)
			}
			p.Total, p.HasTotal = d, true
		}
		prev.ByStreet[s.ID] = p
	}
	c := testCompetition(t)
	c.Previous = prev
	again := scoring.Compute(c)
	for i := range again.Rows {
		row := again.Rows[i]
		id := c.Streets[row.Street].ID
		if row.Rank > 0 && (!row.HasRankChange() || row.RankChange != 0) {
			t.Errorf("%s: rank change %d (known %v) against itself", id, row.RankChange, row.HasRankChange())
		}
		if row.Complete && (!row.TotalChange.Valid || row.TotalChange.Units != 0) {
			t.Errorf("%s: total change %q against itself", id, row.TotalChange.String())
		}
		if !row.Complete && row.HasRankChange() {
			t.Errorf("%s: incomplete street has a rank change", id)
		}
	}
}
