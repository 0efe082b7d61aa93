// Package seal is the fingerprint of a competition: a SHA-256 digest of
// what decides the result (names, rules, items, scores) in a normal form,
// so the same competition gives the same digest however its file is laid
// out (line endings, key order, comments, list order, encoding) and any
// change to a score, a rule or a name gives another. A printed ranking
// carries its short form (校验码) so it can be checked against the file.
package seal

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"slices"
	"strings"

	"liangsaibi/scoring"
)

// ShortLen is how many hex digits a printed digest shows.
const ShortLen = 8

// Digest is the SHA-256 digest of c's normal form, in hex.
func Digest(c *scoring.Competition) string {
	b, _ := json.Marshal(normal(c)) // plain strings and numbers: cannot fail
	sum := sha256.Sum256(b)
	return hex.EncodeToString(sum[:])
}

// Short is the printed form of a digest: its first ShortLen hex digits.
func Short(digest string) string {
	if len(digest) > ShortLen {
		return digest[:ShortLen]
	}
	return digest
}

// Matches says whether printed (as a person types it from paper: any case,
// spaces, dashes or an ellipsis) is the start of digest, with at least
// ShortLen digits.
func Matches(digest, printed string) bool {
	p := Clean(printed)
	return len(p) >= ShortLen && strings.HasPrefix(digest, p)
}

// Clean is printed in lower case with everything but hex digits dropped.
func Clean(printed string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(printed) {
		if (r >= '0' && r <= '9') || (r >= 'a' && r <= 'f') {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// form is the normal form: every list sorted by id (the order of lines
// in a file is layout), scores by street, item and judge id.
type form struct {
	Title, Organizer, Date, Round string
	Rules                         rules
	Judges                        [][2]string
	Categories                    []category
	Items                         []item
	Streets                       [][3]string
	Scores                        []score
}

type rules struct {
	Decimals, Trim, TrimMin int
	Rounding, Review        string
	TieBreak                []string
	Bands                   [][2]string
}

type category struct {
	ID, Name, Weight string
	Items            []string
}

type item struct {
	ID, Name, Category, Kind, Max, Standard, Target, Unit string
}

type score struct{ Street, Item, Judge, Value string }

func normal(c *scoring.Competition) form {
	f := form{Title: c.Title, Organizer: c.Organizer, Date: c.Date, Round: c.Round}
	r := c.Rules
	f.Rules = rules{Decimals: r.Decimals, Trim: r.Trim, TrimMin: r.TrimMinJudges, Rounding: r.Rounding.String(),
		Review: r.Review.String(), TieBreak: r.TieBreak}
	for _, b := range r.Bands {
		f.Rules.Bands = append(f.Rules.Bands, [2]string{b.Name, b.Min.String()})
	}
	for _, j := range c.Judges {
		f.Judges = append(f.Judges, [2]string{j.ID, j.Name})
	}
	for _, cat := range c.Categories {
		k := category{ID: cat.ID, Name: cat.Name, Weight: cat.Weight.String()}
		for _, i := range cat.Items {
			k.Items = append(k.Items, c.Items[i].ID)
		}
		slices.Sort(k.Items)
		f.Categories = append(f.Categories, k)
	}
	for _, it := range c.Items {
		x := item{ID: it.ID, Name: it.Name, Category: c.Categories[it.Category].ID, Kind: kindName(it.Kind),
			Max: it.Max.String(), Target: it.Target.String(), Unit: it.Unit}
		if it.HasStandard {
			x.Standard = it.Standard.String()
		}
		f.Items = append(f.Items, x)
	}
	for s, st := range c.Streets {
		f.Streets = append(f.Streets, [3]string{st.ID, st.Name, st.Group})
		for i, it := range c.Items {
			for k, v := range c.Scores[s][i] {
				if v.State == scoring.Empty {
					continue
				}
				judge := ""
				if it.Kind == scoring.Judged {
					judge = c.Judges[k].ID
				}
				f.Scores = append(f.Scores, score{st.ID, it.ID, judge, slotText(v)})
			}
		}
	}
	slices.SortFunc(f.Judges, func(a, b [2]string) int { return strings.Compare(a[0], b[0]) })
	slices.SortFunc(f.Categories, func(a, b category) int { return strings.Compare(a.ID, b.ID) })
	slices.SortFunc(f.Items, func(a, b item) int { return strings.Compare(a.ID, b.ID) })
	slices.SortFunc(f.Streets, func(a, b [3]string) int { return strings.Compare(a[0], b[0]) })
	slices.SortFunc(f.Scores, func(a, b score) int {
		return strings.Compare(a.Street+"\x00"+a.Item+"\x00"+a.Judge, b.Street+"\x00"+b.Item+"\x00"+b.Judge)
	})
	return f
}

func kindName(k scoring.ItemKind) string {
	return [...]string{"judged", "direct", "target"}[k]
}

func slotText(s scoring.Slot) string {
	if s.State == scoring.Recused {
		return "recused"
	}
	return s.Value.String()
}

// ScoresDigest is the digest of c's scores alone (by ids), for the audit
// log's start record: it tells later whether a score that no record names
// is still what the file held when the log began.
func ScoresDigest(c *scoring.Competition) string {
	b, _ := json.Marshal(normal(c).Scores)
	sum := sha256.Sum256(b)
	return hex.EncodeToString(sum[:])
}
