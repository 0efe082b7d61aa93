package web

import (
	"encoding/json"

	"liangsaibi/display"
	"liangsaibi/i18n"
	"liangsaibi/scoring"
)

// Screen is what the console drives on the big screen, like the terminal
// projector: hold ("成绩核对中"), reveal from last place up, and pages.
type Screen struct {
	Hold     bool
	Reveal   bool
	Revealed int // rank groups shown while revealing, from the last up
	Page     int // a page turn asked by the console (the screen also turns by itself)
}

// ScreenDo changes the big screen: "hold", "reveal" (start or stop),
// "next", "back", "all", "page+", "page-". Hold and reveal are kept as
// SetOpen keeps a closed street: a restart during a reveal must not show
// the whole ranking. Pages are not kept (the screen turns them itself).
func (s *Server) ScreenDo(what string) error {
	s.keepMu.Lock()
	defer s.keepMu.Unlock()
	s.mu.Lock()
	sc := &s.screen
	groups := len(s.round.State().Standings().RankGroups())
	kept := true
	switch what {
	case "hold":
		sc.Hold = !sc.Hold
	case "reveal":
		sc.Reveal, sc.Revealed = !sc.Reveal, 0
	case "next":
		if sc.Reveal && sc.Revealed < groups {
			sc.Revealed++
		}
	case "back":
		if sc.Revealed > 0 {
			sc.Revealed--
		}
	case "all":
		sc.Reveal, sc.Revealed = false, 0
	case "page+":
		sc.Page++
		kept = false
	case "page-":
		sc.Page--
		kept = false
	default:
		s.mu.Unlock()
		return nil
	}
	if !kept {
		s.bump()
		s.mu.Unlock()
		return nil
	}
	s.mu.Unlock()
	return s.keep("")
}

// screenView is what /screen shows. Rows not revealed yet are not sent:
// anyone in the room can read the page's data.
type screenView struct {
	Version     uint64      `json:"version"`
	Gen         uint64      `json:"gen"` // the round's state shown
	Title       string      `json:"title"`
	Round       string      `json:"round"`
	Hold        bool        `json:"hold"`
	Reveal      bool        `json:"reveal"`
	Revealed    int         `json:"revealed"`
	Groups      int         `json:"groups"`
	Page        int         `json:"page"`
	PageSeconds int         `json:"pageSeconds"`
	Rows        []screenRow `json:"rows"`
}

type screenRow struct {
	Rank     int    `json:"rank"` // 0 when not ranked yet
	Name     string `json:"name"`
	Total    string `json:"total,omitempty"`
	Band     string `json:"band,omitempty"`
	Tied     bool   `json:"tied,omitempty"`
	Pending  string `json:"pending,omitempty"` // 待评 3/5
	Change   int    `json:"change,omitempty"`  // ranks gained since the previous round
	New      bool   `json:"new,omitempty"`
	Latest   bool   `json:"latest,omitempty"` // revealed last
	Position int    `json:"-"`
}

// screenJSON is the big screen's data, made once per change for every
// screen connected; s.mu is held.
func (s *Server) screenJSON() []byte {
	if s.screenCache != nil && s.screenVer == s.version {
		return s.screenCache
	}
	st := s.round.State()
	c := st.Comp
	v := screenView{Version: s.version, Gen: st.Gen, Title: display.Sanitize(c.Title), Round: display.Sanitize(c.Round),
		Hold: s.screen.Hold, Reveal: s.screen.Reveal, Page: s.screen.Page, PageSeconds: s.opts.PageSeconds, Rows: []screenRow{}}
	if !v.Hold {
		rows := screenRows(st.Standings(), s.opts.Lang)
		groups := st.Standings().RankGroups()
		v.Groups = len(groups)
		if v.Reveal {
			k := min(s.screen.Revealed, len(groups))
			v.Revealed = k
			from := 0
			if k < len(groups) {
				from = groups[len(groups)-k-1][1]
			}
			latest := -1
			if k > 0 {
				latest = groups[len(groups)-k][0]
			}
			var shown []screenRow
			for _, r := range rows {
				if r.Rank > 0 && r.Position < from {
					continue
				}
				r.Latest = latest >= 0 && r.Rank == st.Standings().Rows[latest].Rank && r.Rank > 0
				shown = append(shown, r)
			}
			rows = shown
		}
		v.Rows = append(v.Rows, rows...)
	}
	s.screenCache, _ = json.Marshal(v)
	s.screenVer = s.version
	return s.screenCache
}

// screenRows are the standings as the screen shows them, in ranking order.
func screenRows(st *scoring.Standings, lang i18n.Lang) []screenRow {
	if st == nil {
		return nil
	}
	c := st.Comp
	out := make([]screenRow, 0, len(st.Rows))
	for p, row := range st.Rows {
		r := screenRow{Rank: row.Rank, Name: display.Sanitize(c.Streets[row.Street].Name), Tied: row.Tied, Position: p}
		if row.Complete {
			r.Total = row.Total.String()
			if b := st.Band(row); b != nil {
				r.Band = display.Sanitize(b.Name)
			}
			if c.Previous != nil {
				r.New = !row.HasPrevious
				if row.HasRank {
					r.Change = row.RankChange
				}
			}
		} else {
			r.Pending = msgs.T(lang, "pending", row.DoneItems, len(c.Items))
		}
		out = append(out, r)
	}
	return out
}
