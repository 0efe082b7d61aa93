package projector

import (
	"liangsaibi/data/seal"
	"liangsaibi/display"
	"liangsaibi/i18n"
	"liangsaibi/scoring"
)

// summary is what every frame needs from the whole standings, worked out
// once per load (in the load command) rather than once per frame: on a
// city-scale file a frame shows a few dozen of thousands of streets.
type summary struct {
	groups [][2]int // rank groups, see Standings.RankGroups
	names  int      // widest street name, in cells
	total  int      // widest published total of a complete street
	band   int      // widest band name
	change int      // widest change text (↑12, 新)
	tie    int      // width of the tie word; 0 when nobody is tied
	digest string   // the competition's short digest (校验码), for the footer
}

func summarize(st *scoring.Standings, lang i18n.Lang) *summary {
	s := &summary{groups: st.RankGroups(), total: 5, change: 2, digest: seal.Short(seal.Digest(st.Comp))}
	for i := range st.Rows {
		row := st.Rows[i]
		s.names = max(s.names, display.Width(streetName(st, row)))
		if row.Tied {
			s.tie = display.Width(catalog.T(lang, "tie"))
		}
		if row.Complete {
			s.total = max(s.total, display.Width(row.Total.String()))
		}
		if b := st.Band(row); b != nil {
			s.band = max(s.band, display.Width(display.Sanitize(b.Name)))
		}
		s.change = max(s.change, display.Width(changeText(st, row, lang)))
	}
	return s
}
