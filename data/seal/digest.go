// Package seal is the fingerprint of a competition: a SHA-256 digest of
// what decides the result (names, rules, items, scores) in a normal form,
// so the same competition gives the same digest however its file is laid
// out (line endings, key order, comments, list order, encoding) and any
// change to a score, a rule or a name gives another. A printed ranking
// carries its short form (校验码) so it can be checked against the file.
package seal

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"io"
	"slices"
	"strings"

	"liangsaibi/internal/jsonstr"
	"liangsaibi/scoring"
)

// ShortLen is how many hex digits a printed digest shows.
const ShortLen = 8

// Digest is the SHA-256 digest of c's normal form, in hex.
//
// The normal form is hashed as it is written, score by score: a city's
// scores would take tens of MB as one document, and exports compute the
// digest while they stream.
func Digest(c *scoring.Competition) string {
	h := sha256.New()
	head, _ := json.Marshal(normal(c)) // plain strings and numbers: cannot fail
	// Scores is the form's last field and still nil: "…,"Scores":null}".
	h.Write(bytes.TrimSuffix(head, []byte("null}")))
	writeScores(h, c)
	h.Write([]byte("}"))
	return hex.EncodeToString(h.Sum(nil))
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

// appendScore appends the record of v as json.Marshal writes
// score{street, item, judge, slotText(v)} (TestAppendScoreIsMarshal),
// without reflection or allocation: a city's digest writes 420,000.
// A value's text (digits, "-", ".", "recused") never needs escaping.
func appendScore(dst []byte, street, item, judge string, v scoring.Slot) []byte {
	return appendRecord(dst, streetPart(street), itemPart(item), judgePart(judge), v)
}

// The parts of a score record, each quoted once for all the records that
// share it: `{"Street":"ID"`, `,"Item":"ID","Judge":`, `"ID","Value":"`.
func streetPart(id string) []byte { return jsonstr.Append([]byte(`{"Street":`), id) }
func itemPart(id string) []byte {
	return append(jsonstr.Append([]byte(`,"Item":`), id), `,"Judge":`...)
}
func judgePart(id string) []byte { return append(jsonstr.Append(nil, id), `,"Value":"`...) }

// appendRecord appends the record of v from its parts.
func appendRecord(dst, street, item, judge []byte, v scoring.Slot) []byte {
	dst = append(append(append(dst, street...), item...), judge...)
	if v.State == scoring.Recused {
		dst = append(dst, "recused"...)
	} else {
		dst = v.Value.Append(dst)
	}
	return append(dst, `"}`...)
}

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
	for _, st := range c.Streets {
		f.Streets = append(f.Streets, [3]string{st.ID, st.Name, st.Group})
	}
	slices.SortFunc(f.Judges, func(a, b [2]string) int { return strings.Compare(a[0], b[0]) })
	slices.SortFunc(f.Categories, func(a, b category) int { return strings.Compare(a.ID, b.ID) })
	slices.SortFunc(f.Items, func(a, b item) int { return strings.Compare(a.ID, b.ID) })
	slices.SortFunc(f.Streets, func(a, b [3]string) int { return strings.Compare(a[0], b[0]) })
	return f
}

// writeScores writes c's scores as the JSON list of the normal form
// (null when there are none), sorted by street, item and judge id: each
// record as appendScore writes it, from ids quoted once, in writes of
// about 64 KB (a city file's scores are 30 MB of records).
func writeScores(w io.Writer, c *scoring.Competition) {
	byID := func(n int, id func(int) string) []int {
		order := make([]int, n)
		for i := range order {
			order[i] = i
		}
		slices.SortFunc(order, func(a, b int) int { return strings.Compare(id(a), id(b)) })
		return order
	}
	streets := byID(len(c.Streets), func(i int) string { return c.Streets[i].ID })
	items := byID(len(c.Items), func(i int) string { return c.Items[i].ID })
	judges := byID(len(c.Judges), func(i int) string { return c.Judges[i].ID })
	itemParts := make([][]byte, len(c.Items))
	for i, it := range c.Items {
		itemParts[i] = itemPart(it.ID)
	}
	judgeParts := make([][]byte, len(c.Judges))
	for k, j := range c.Judges {
		judgeParts[k] = judgePart(j.ID)
	}
	noJudge := judgePart("")
	buf := make([]byte, 0, 80<<10)
	sep := byte('[')
	for _, s := range streets {
		street := streetPart(c.Streets[s].ID)
		for _, i := range items {
			it, slots := &c.Items[i], c.Scores[s][i]
			for k := range slots {
				judge := noJudge
				if it.Kind == scoring.Judged {
					k = judges[k]
					judge = judgeParts[k]
				}
				v := slots[k]
				if v.State == scoring.Empty {
					continue
				}
				buf = appendRecord(append(buf, sep), street, itemParts[i], judge, v)
				sep = ','
				if len(buf) >= 64<<10 {
					w.Write(buf)
					buf = buf[:0]
				}
			}
		}
	}
	if sep == '[' {
		w.Write([]byte("null"))
		return
	}
	w.Write(append(buf, ']'))
}

func kindName(k scoring.ItemKind) string {
	return [...]string{"judged", "direct", "target"}[k]
}

// ScoresDigest is the digest of c's scores alone (by ids), for the audit
// log's start record: it tells later whether a score that no record names
// is still what the file held when the log began.
func ScoresDigest(c *scoring.Competition) string {
	h := sha256.New()
	writeScores(h, c)
	return hex.EncodeToString(h.Sum(nil))
}
