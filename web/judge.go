package web

import (
	"liangsaibi/scoring"
)

// judgeView is what a judge's page shows: the judge's own sheet per street
// (and, when the organizer allows it, the others' scores and the ranking).
type judgeView struct {
	Version  uint64       `json:"version"`
	Judge    string       `json:"judge"`
	Title    string       `json:"title"`
	Decimals int          `json:"decimals"`
	Stage    string       `json:"stage"`
	Streets  []streetView `json:"streets"`
	Ranking  []screenRow  `json:"ranking,omitempty"`
}

type streetView struct {
	ID       string     `json:"id"`
	Name     string     `json:"name"`
	Open     bool       `json:"open"`
	Stage    bool       `json:"stage"`
	At       string     `json:"at,omitempty"` // time of the last accepted submission
	Returned string     `json:"returned,omitempty"`
	Recused  bool       `json:"recused"`
	Items    []itemView `json:"items"`
}

type itemView struct {
	ID     string   `json:"id"`
	Name   string   `json:"name"`
	Max    string   `json:"max"`
	Value  string   `json:"value"` // what the round holds for this judge ("" none)
	Others []string `json:"others,omitempty"`
}

// phoneDecimals is how many decimals a judge may type: the file's
// published decimals, at least one (8.5 is always a score).
func phoneDecimals(c *scoring.Competition) int { return max(1, c.Rules.Decimals) }

// judgeState builds the judge's view; s.mu is held.
func (s *Server) judgeState(l *link) judgeView {
	st := s.round.State()
	c := st.Comp
	ji := c.FindJudge(l.judge)
	v := judgeView{Version: s.version, Judge: l.name, Title: c.Title, Decimals: phoneDecimals(c), Stage: s.stage}
	if ji < 0 {
		return v // the judge left the file: nothing to score
	}
	for si, street := range c.Streets {
		sv := streetView{ID: street.ID, Name: street.Name, Open: !s.closed[street.ID], Stage: street.ID == s.stage}
		if cell := s.cells[cellKey{l.judge, street.ID}]; cell != nil {
			if !cell.At.IsZero() {
				sv.At = cell.At.Format("15:04:05")
			}
			sv.Returned = cell.Returned
		}
		recused, judged := true, 0
		for ii, it := range c.Items {
			if it.Kind != scoring.Judged {
				continue
			}
			judged++
			slot := c.Scores[si][ii][ji]
			if slot.State != scoring.Recused {
				recused = false
			}
			iv := itemView{ID: it.ID, Name: it.Name, Max: it.Max.String()}
			if slot.State == scoring.Scored {
				iv.Value = slot.Value.String()
			}
			if s.opts.ShowOthers {
				for k, o := range c.Scores[si][ii] {
					if k != ji {
						iv.Others = append(iv.Others, s.slotText(o))
					}
				}
			}
			sv.Items = append(sv.Items, iv)
		}
		sv.Recused = recused && judged > 0
		v.Streets = append(v.Streets, sv)
	}
	if s.opts.ShowOthers {
		v.Ranking = screenRows(st.Standings(), s.opts.Lang)
	}
	return v
}

func (s *Server) slotText(v scoring.Slot) string {
	switch v.State {
	case scoring.Scored:
		return v.Value.String()
	case scoring.Recused:
		return msgs.T(s.opts.Lang, "recused")
	}
	return ""
}
