// Package scoring is the domain of a 亮赛比 competition: its criteria,
// judges, streets and scores, and the exact standings and gaps computed
// from them. It does no I/O and uses no floating point.
package scoring

import "math/big"

// Competition is one round, as read from its file.
type Competition struct {
	Title     string
	Organizer string
	Date      string // YYYY-MM-DD or ""
	Round     string
	Previous  *PreviousRound // nil when the file names no earlier round
	// History are the rounds before Previous named by `history:`, oldest
	// first (for trends only; nothing here changes the ranking).
	History []*PreviousRound

	Rules      Rules
	Judges     []Judge
	Categories []Category
	Items      []Item // every item of every category, in file order
	Streets    []Street

	// Scores[street][item] holds one slot per judge for a judged item and a
	// single slot for a direct or target item.
	Scores [][]Entry
}

// Rules are the rounding, trimming, tie-break and band settings.
type Rules struct {
	Decimals      int
	Rounding      Rounding
	Trim          int      // k highest and k lowest dropped per judged item
	TrimMinJudges int      // trimming only with at least this many scores
	TieBreak      []string // category or item ids, tried in order
	Bands         []Band   // highest Min first
	Review        Review   // who must check an entered score (复核); never changes a result
}

// Review is how entered scores are checked before they count as final.
type Review uint8

const (
	ReviewNone    Review = iota // scores count as entered (the default)
	ReviewConfirm               // another operator confirms each score
	ReviewBlind                 // another operator enters the scores again without seeing them
)

// ReviewNames are the words of the file for each Review, in order.
var ReviewNames = []string{"none", "confirm", "blind"}

func (r Review) String() string { return ReviewNames[r] }

// DefaultRules are the rules of a file that gives none.
func DefaultRules() Rules {
	return Rules{Decimals: 2, Rounding: HalfUp, Trim: 1, TrimMinJudges: 5}
}

// DefaultTrimMinJudges is max(5, 2k+1).
func DefaultTrimMinJudges(trim int) int { return max(5, 2*trim+1) }

// Band is an 等次: a street whose published total is at least Min gets it.
type Band struct {
	Name string
	Min  Dec
}

// Judge is a 评委. Judges' order is the order of the slots in a score list.
type Judge struct {
	ID   string
	Name string
}

// Category is a group of items with a weight: its points in the total.
type Category struct {
	ID     string
	Name   string
	Weight Dec
	Items  []int // indexes into Competition.Items
}

// ItemKind says how an item is scored.
type ItemKind uint8

const (
	// Judged items get one score per judge, trimmed and averaged.
	Judged ItemKind = iota
	// Direct items take the entered value as the score.
	Direct
	// Target items score min(value/target, 1) × max.
	Target
)

// Item is one line of the 评分细则.
type Item struct {
	ID          string
	Name        string
	Category    int // index into Competition.Categories
	Kind        ItemKind
	Max         Dec
	Standard    Dec
	HasStandard bool
	Target      Dec // for Target items: the figure that earns the full mark
	Unit        string
}

// Street is a ranked unit (街道).
type Street struct {
	ID    string
	Name  string
	Group string
}

// SlotState says what a slot holds.
type SlotState uint8

const (
	// Empty is not scored yet (~ in the file).
	Empty SlotState = iota
	// Scored holds a number.
	Scored
	// Recused means the judge stands aside (recused or 回避).
	Recused
)

// Slot is one judge's score, or the single value of a direct or target item.
type Slot struct {
	State SlotState
	Value Dec
}

// Number is a scored slot holding v.
func Number(v Dec) Slot { return Slot{State: Scored, Value: v} }

// Entry is the slots of one street and one item.
type Entry []Slot

// PreviousRound is the earlier round named by `previous:`, for 纵向比.
type PreviousRound struct {
	Title    string
	Round    string
	ByStreet map[string]PreviousStanding
	// Path is the file it was read from, as opened; the standings depend
	// on its bytes (the dashboard's cache of them checks it).
	Path string
}

// PreviousStanding is one street's result in the earlier round.
type PreviousStanding struct {
	Rank     int // 0 when it had none
	Total    Dec
	HasTotal bool
	// Below are the ids of the items below standard (below_standard), when
	// the export lists them (HasBelow).
	Below    []string
	HasBelow bool
}

// SlotCount is how many slots an item has: one per judge when judged.
func (c *Competition) SlotCount(item int) int {
	if c.Items[item].Kind == Judged {
		return len(c.Judges)
	}
	return 1
}

// FindStreet is the index of the street with the id, or -1.
func (c *Competition) FindStreet(id string) int {
	for i := range c.Streets {
		if c.Streets[i].ID == id {
			return i
		}
	}
	return -1
}

// FindItem is the index of the item with the id, or -1.
func (c *Competition) FindItem(id string) int {
	for i := range c.Items {
		if c.Items[i].ID == id {
			return i
		}
	}
	return -1
}

// FindCategory is the index of the category with the id, or -1.
func (c *Competition) FindCategory(id string) int {
	for i := range c.Categories {
		if c.Categories[i].ID == id {
			return i
		}
	}
	return -1
}

// FindJudge is the index of the judge with the id, or -1.
func (c *Competition) FindJudge(id string) int {
	for i := range c.Judges {
		if c.Judges[i].ID == id {
			return i
		}
	}
	return -1
}

// EmptyScores is a score table of the right shape with nothing scored.
func (c *Competition) EmptyScores() [][]Entry {
	per := 0
	for i := range c.Items {
		per += c.SlotCount(i)
	}
	// Three allocations, not one per entry: a city file has 60,000 entries.
	out := make([][]Entry, len(c.Streets))
	entries := make([]Entry, len(c.Streets)*len(c.Items))
	slots := make([]Slot, len(c.Streets)*per)
	for s := range out {
		out[s] = entries[s*len(c.Items) : (s+1)*len(c.Items) : (s+1)*len(c.Items)]
		at := s * per
		for i := range c.Items {
			n := c.SlotCount(i)
			out[s][i] = slots[at : at+n : at+n]
			at += n
		}
	}
	return out
}

// WithSlot is a copy of c in which one slot is replaced. Only the changed
// street's row is copied, so earlier Competitions stay valid (undo, views).
func (c *Competition) WithSlot(street, item, slot int, v Slot) *Competition {
	n := *c
	n.Scores = append([][]Entry(nil), c.Scores...)
	row := append([]Entry(nil), c.Scores[street]...)
	e := append(Entry(nil), row[item]...)
	e[slot] = v
	row[item] = e
	n.Scores[street] = row
	return &n
}

// FullMark is the sum of the categories' weights, exactly: a thousand
// weights near the largest number would overflow a Dec.
func (c *Competition) FullMark() *big.Rat {
	return sumDecs(len(c.Categories), func(k int) Dec { return c.Categories[k].Weight })
}
