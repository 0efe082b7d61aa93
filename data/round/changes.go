package round

import (
	"strings"

	"liangsaibi/data"
	"liangsaibi/i18n"
	"liangsaibi/scoring"
)

// Changes counts what an outside edit changed, for the operator.
type Changes struct {
	Scores   int // slots whose value changed
	Names    int // streets renamed
	Streets  int // streets added or removed
	Settings bool
}

// diff compares two versions of a file by IDs.
func diff(a, b *scoring.Competition) Changes {
	var ch Changes
	for s, st := range b.Streets {
		as := a.FindStreet(st.ID)
		if as < 0 {
			ch.Streets++
			continue
		}
		if a.Streets[as].Name != st.Name {
			ch.Names++
		}
		for i, it := range b.Items {
			ai := a.FindItem(it.ID)
			if ai < 0 {
				continue
			}
			for k, v := range b.Scores[s][i] {
				ak := k
				if it.Kind == scoring.Judged {
					ak = a.FindJudge(b.Judges[k].ID)
				}
				if ak < 0 || ak >= len(a.Scores[as][ai]) || a.Scores[as][ai][ak] != v {
					ch.Scores++
				}
			}
		}
	}
	for _, st := range a.Streets {
		if b.FindStreet(st.ID) < 0 {
			ch.Streets++
		}
	}
	ch.Settings = a.Title != b.Title || a.Rules.Decimals != b.Rules.Decimals || len(a.Items) != len(b.Items) ||
		len(a.Judges) != len(b.Judges) || !sameNames(a, b)
	return ch
}

func sameNames(a, b *scoring.Competition) bool {
	for i := range a.Items {
		if a.Items[i].ID != b.Items[i].ID || a.Items[i].Name != b.Items[i].Name {
			return false
		}
	}
	for i := range a.Judges {
		if a.Judges[i].ID != b.Judges[i].ID || a.Judges[i].Name != b.Judges[i].Name {
			return false
		}
	}
	return true
}

// summary says what an outside edit changed and what became of ours, as
// "文件已被外部修改：3 处分数、1 个街道名称已更新".
type summary struct {
	ch            Changes
	kept, dropped int
}

func summarize(m *data.Merged) i18n.Message {
	return msgs.M("round.merged", summary{diff(m.Before, m.File), m.Kept, m.Dropped})
}

// In renders the summary (an i18n.Localizer).
func (s summary) In(l i18n.Lang) string {
	var parts []string
	if s.ch.Scores > 0 {
		parts = append(parts, msgs.T(l, "round.n_scores", s.ch.Scores))
	}
	if s.ch.Names > 0 {
		parts = append(parts, msgs.T(l, "round.n_names", s.ch.Names))
	}
	if s.ch.Streets > 0 {
		parts = append(parts, msgs.T(l, "round.n_streets", s.ch.Streets))
	}
	if s.ch.Settings {
		parts = append(parts, msgs.T(l, "round.settings"))
	}
	if len(parts) == 0 {
		parts = append(parts, msgs.T(l, "round.layout"))
	}
	text := strings.Join(parts, msgs.T(l, "round.sep")) + msgs.T(l, "round.updated")
	if s.kept > 0 {
		text += msgs.T(l, "round.kept", s.kept)
	}
	if s.dropped > 0 {
		text += msgs.T(l, "round.dropped", s.dropped)
	}
	return text
}
