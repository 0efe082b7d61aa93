package data

import (
	"cmp"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"
	"golang.org/x/text/unicode/norm"

	"liangsaibi/display"
	"liangsaibi/i18n"
	"liangsaibi/scoring"
)

// Limits on what a file may hold: far above any real competition, low
// enough that a hostile file cannot exhaust memory or time.
const (
	maxStreets  = 100_000
	maxJudges   = 200
	maxItems    = 2_000
	maxTextLen  = 500 // characters in a name or title
	maxDepth    = 100 // nesting of the node tree we walk
	recusedWord = "recused"
	recusedZh   = "回避"
)

// decoder walks the node tree once, building the competition and
// collecting every problem with its position.
type decoder struct {
	file      string
	root      *yaml.Node
	probs     Problems
	comp      *scoring.Competition
	prevNode  *yaml.Node
	histNodes []*yaml.Node // the entries of `history:` (history.go)
	// first lines where ids were seen, for "used twice" messages
	itemLines map[string]int
	// where each score is written, when the caller will save (keepPlaces)
	places *places
	loc    *locator
	// the scores section read in pieces (chunks.go), or nil
	chunks *scoreChunks
}

// scoreChunks is the scores section cut into pieces by splitScores.
// failed means the pieces cannot stand for the whole-file parse: Load
// then parses the file as one.
type scoreChunks struct {
	text     []byte
	list     []chunk
	keyLine  int
	failed   bool
	progress func(done, total int) // Options.Progress, or nil
}

// keepPlaces makes the decoder note where in text each score is written.
func (d *decoder) keepPlaces(text []byte) { d.loc = newLocator(text) }

func newDecoder(file string, root *yaml.Node) *decoder {
	return &decoder{file: file, root: root, itemLines: map[string]int{}}
}

func (d *decoder) add(n *yaml.Node, key string, args ...any) {
	p := Problem{File: d.file, Msg: i18n.Message{Catalog: msgs, Key: key, Args: args}}
	if n != nil {
		p.Line, p.Col = n.Line, n.Column
	}
	d.probs = append(d.probs, p)
}

// maxSameShape caps how often one shape problem is reported: a file with
// half a million aliases needs a few messages, not half a million.
const maxSameShape = 10

func (d *decoder) addCapped(n *yaml.Node, key string) {
	seen := 0
	for _, p := range d.probs {
		if p.Msg.Key == key {
			if seen++; seen >= maxSameShape {
				return
			}
		}
	}
	d.add(n, key)
}

func (d *decoder) sortProblems() {
	slices.SortStableFunc(d.probs, func(a, b Problem) int {
		return cmp.Or(cmp.Compare(a.Line, b.Line), cmp.Compare(a.Col, b.Col))
	})
}

// checkShape refuses anchors, aliases and merge keys anywhere, and trees
// nested deeper than any competition file needs. It reports whether the
// tree is safe to walk.
func (d *decoder) checkShape(n *yaml.Node, depth int) bool {
	if depth > maxDepth {
		d.add(n, "yaml.too_deep", maxDepth)
		return false
	}
	ok := true
	if n.Kind == yaml.AliasNode || n.Anchor != "" {
		d.addCapped(n, "yaml.alias")
		ok = false
	}
	if n.Kind == yaml.MappingNode {
		for i := 0; i+1 < len(n.Content); i += 2 {
			if k := n.Content[i]; k.Kind == yaml.ScalarNode && k.Tag == "!!merge" {
				d.addCapped(k, "yaml.merge")
				ok = false
			}
		}
	}
	for _, c := range n.Content {
		if !d.checkShape(c, depth+1) {
			ok = false
		}
	}
	return ok
}

var topKeys = []string{"version", "title", "organizer", "date", "round", "previous", "history", "rules", "judges", "criteria", "streets", "scores"}

func (d *decoder) competition() *scoring.Competition {
	c := &scoring.Competition{Rules: scoring.DefaultRules()}
	d.comp = c
	if !d.checkShape(d.root, 0) {
		if d.chunks != nil {
			d.chunks.failed = true // the whole-file parse reports every shape problem
		}
		return c
	}
	body := d.root
	if body.Kind == yaml.DocumentNode && len(body.Content) == 1 {
		body = body.Content[0]
	}
	if body.Kind != yaml.MappingNode {
		d.add(body, "yaml.not_mapping")
		return c
	}
	f := d.fields(body, topKeys)
	if v := f.require(d, body, "version"); v != nil {
		if n, ok := d.integer(v, "version"); ok && n != 1 {
			d.add(v, "version.bad", v.Value)
		}
	}
	if v := f.require(d, body, "title"); v != nil {
		c.Title, _ = d.text(v, "title")
	}
	c.Organizer = d.optText(f.get("organizer"), "organizer")
	c.Round = d.optText(f.get("round"), "round")
	if v := f.get("date"); v != nil && !isNull(v) {
		s, _ := d.text(v, "date")
		if _, err := time.Parse("2006-01-02", s); s != "" && err != nil {
			d.add(v, "date.bad", s)
		}
		c.Date = s
	}
	if v := f.get("previous"); v != nil && !isNull(v) {
		if _, ok := d.text(v, "previous"); ok {
			d.prevNode = v
		}
	}
	if v := f.get("history"); v != nil && !isNull(v) {
		d.history(v)
	}
	if v := f.get("judges"); v != nil {
		d.judges(v)
	}
	if v := f.require(d, body, "criteria"); v != nil {
		d.criteria(v)
	}
	if v := f.get("rules"); v != nil && !isNull(v) {
		d.rules(v)
	}
	if v := f.require(d, body, "streets"); v != nil {
		d.streets(v)
	}
	if len(c.Judges) == 0 {
		for _, it := range c.Items {
			if it.Kind == scoring.Judged {
				at := f.get("judges")
				if at == nil {
					at = body
				}
				d.add(at, "judges.none")
				break
			}
		}
	}
	c.Scores = c.EmptyScores()
	if d.loc != nil {
		d.places = newPlaces(c)
	}
	switch v := f.get("scores"); {
	case d.chunks != nil:
		d.scoreChunks(body)
	case v != nil && !isNull(v):
		d.scores(v)
	}
	return c
}

// scoreChunks reads the scores section piece by piece, each piece's tree
// dropped before the next is parsed.
func (d *decoder) scoreChunks(body *yaml.Node) {
	ch := d.chunks
	k, v := mapValue(body, "scores")
	if k == nil || k.Line != ch.keyLine || k.Column != 1 || !isNull(v) || v.Value != "" {
		ch.failed = true // the `scores:` line was not the key it looked like
		return
	}
	r := d.newScoresReader()
	// One or two pieces are read here: other goroutines cost more than
	// they save on so little.
	next := func(i int) (*yaml.Node, bool) { return parseChunkSafely(ch.text, ch.list[i]) }
	if len(ch.list) > 2 {
		ahead := parseAhead(ch.text, ch.list) // chunks_ahead.go
		defer ahead.stop()
		next = ahead.next
	}
	for i := range ch.list {
		root, ok := next(i)
		if !ok || !d.checkShape(root, 1) {
			ch.failed = true
			return
		}
		r.read(root.Content[0])
		if ch.progress != nil {
			ch.progress(ch.list[i].end, len(ch.text))
		}
	}
}

// fieldSet is a mapping's keys, checked for duplicates and typos.
type fieldSet struct {
	vals map[string]*yaml.Node
}

func (f fieldSet) get(k string) *yaml.Node { return f.vals[k] }

// require returns the field or reports it missing at the mapping.
func (f fieldSet) require(d *decoder, at *yaml.Node, k string) *yaml.Node {
	v := f.vals[k]
	if v == nil {
		d.add(at, "key.missing", k)
	}
	return v
}

// fields reads a mapping whose keys must be among allowed.
func (d *decoder) fields(n *yaml.Node, allowed []string) fieldSet {
	f := fieldSet{vals: map[string]*yaml.Node{}}
	lines := map[string]int{}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		if k.Kind != yaml.ScalarNode {
			d.add(k, "key.not_text")
			continue
		}
		if first, dup := lines[k.Value]; dup {
			d.add(k, "key.duplicate", k.Value, first)
			continue
		}
		lines[k.Value] = k.Line
		if !slices.Contains(allowed, k.Value) {
			if s, ok := Nearest(k.Value, allowed); ok {
				d.add(k, "key.unknown_hint", k.Value, s)
			} else {
				d.add(k, "key.unknown", k.Value)
			}
			continue
		}
		f.vals[k.Value] = v
	}
	return f
}

func isNull(n *yaml.Node) bool { return n.Kind == yaml.ScalarNode && n.Tag == "!!null" }

// list checks that n is a sequence (a null counts as empty).
func (d *decoder) list(n *yaml.Node, what string) []*yaml.Node {
	if isNull(n) {
		return nil
	}
	if n.Kind != yaml.SequenceNode {
		d.add(n, "want.list", what)
		return nil
	}
	return n.Content
}

func (d *decoder) mapping(n *yaml.Node, what string) bool {
	if n.Kind != yaml.MappingNode {
		d.add(n, "want.mapping", what)
		return false
	}
	return true
}

// text reads a required, clean piece of text.
func (d *decoder) text(n *yaml.Node, what string) (string, bool) {
	if n.Kind != yaml.ScalarNode {
		d.add(n, "want.text", what)
		return "", false
	}
	s := n.Value
	if isNull(n) || strings.TrimSpace(s) == "" {
		d.add(n, "text.empty", what)
		return "", false
	}
	for _, r := range s {
		if display.IsControl(r) || display.IsBidi(r) {
			d.add(n, "text.control", what)
			return "", false
		}
	}
	if r, at, ok := display.FirstInvisible(s); ok { // two names would look the same
		d.add(n, "text.invisible", what, fmt.Sprintf("U+%04X", r), at)
		return "", false
	}
	if l := utf8.RuneCountInString(s); l > maxTextLen {
		d.add(n, "text.too_long", what, l, maxTextLen)
		return "", false
	}
	return s, true
}

func (d *decoder) optText(n *yaml.Node, what string) string {
	if n == nil {
		return ""
	}
	s, _ := d.text(n, what)
	return s
}

// id reads an identifier: any scalar taken as text, without whitespace.
func (d *decoder) id(n *yaml.Node, what string) (string, bool) {
	s, ok := d.text(n, what)
	if !ok {
		return "", false
	}
	if strings.IndexFunc(s, unicode.IsSpace) >= 0 {
		d.add(n, "id.space", s)
		return "", false
	}
	return s, true
}

// number reads an exact decimal written plainly in the file.
func (d *decoder) number(n *yaml.Node, what string) (scoring.Dec, bool) {
	if n.Kind != yaml.ScalarNode || isNull(n) {
		d.add(n, "want.number", what, nodeText(n))
		return 0, false
	}
	// An explicit tag makes the text something else than it looks: !!str 5
	// is the text "5", not a number.
	if n.Style&yaml.TaggedStyle != 0 && n.Tag != "!!int" && n.Tag != "!!float" {
		d.add(n, "num.tagged", n.Tag+" "+n.Value, what)
		return 0, false
	}
	v, err := scoring.ParseDec(n.Value)
	if n.Style&(yaml.DoubleQuotedStyle|yaml.SingleQuotedStyle) != 0 {
		if err == nil {
			d.add(n, "num.quoted", n.Value)
		} else {
			d.add(n, "want.number", what, n.Value)
		}
		return 0, false
	}
	if err == nil {
		return v, true
	}
	d.add(n, numberErrorKey(n.Value, err), n.Value, what)
	return 0, false
}

// numberErrorKey picks the message that explains why s is not a number.
func numberErrorKey(s string, err error) string {
	low := strings.ToLower(strings.TrimLeft(s, "+-"))
	switch {
	case low == ".nan" || low == ".inf" || low == "nan" || low == "inf" || low == "infinity":
		return "num.nan"
	case err == scoring.ErrTooManyDecimal:
		return "num.decimals"
	case err == scoring.ErrLeadingZero:
		return "num.leading_zero"
	case err == scoring.ErrTooLarge:
		return "num.too_large"
	case strings.ContainsAny(low, "e") && strings.ContainsAny(low, "0123456789") && !strings.ContainsFunc(low, func(r rune) bool {
		return !strings.ContainsRune("0123456789.e+-", r)
	}):
		return "num.exponent"
	}
	return "want.number.value"
}

func nodeText(n *yaml.Node) string {
	switch n.Kind {
	case yaml.ScalarNode:
		if isNull(n) {
			return "~"
		}
		return n.Value
	case yaml.SequenceNode:
		return "[…]"
	case yaml.MappingNode:
		return "{…}"
	}
	return "?"
}

func (d *decoder) integer(n *yaml.Node, what string) (int, bool) {
	v, ok := d.number(n, what)
	if !ok {
		return 0, false
	}
	if strings.Contains(n.Value, ".") && v%scoring.DecFromInt(1) == 0 { // version: 1.0
		d.add(n, "want.integer_point", what, strconv.FormatInt(int64(v/scoring.DecFromInt(1)), 10), n.Value)
		return 0, false
	}
	if v%scoring.DecFromInt(1) != 0 || v > scoring.DecFromInt(1_000_000) || v < scoring.DecFromInt(-1_000_000) {
		d.add(n, "want.integer", what, n.Value)
		return 0, false
	}
	return int(v / scoring.DecFromInt(1)), true
}

func (d *decoder) boolean(n *yaml.Node, what string) (bool, bool) {
	// The booleans of YAML 1.2's core schema; yes/no/on/off are refused.
	if n.Kind == yaml.ScalarNode && n.Tag == "!!bool" && n.Style&(yaml.DoubleQuotedStyle|yaml.SingleQuotedStyle) == 0 {
		switch n.Value {
		case "true", "True", "TRUE":
			return true, true
		case "false", "False", "FALSE":
			return false, true
		}
	}
	text := nodeText(n)
	if n.Style&yaml.TaggedStyle != 0 {
		text = n.Tag + " " + text // !!str true is text, not a boolean
	}
	d.add(n, "want.bool", what, text)
	return false, false
}

// idAndName reads the required id (unique among ids) and name of a judge,
// street, category or item; "" where they are wrong (already reported).
func (d *decoder) idAndName(f fieldSet, at *yaml.Node, ids idSet) (id, name string) {
	if v := f.require(d, at, "id"); v != nil {
		if s, ok := d.id(v, "id"); ok && d.unique(ids, v, s) {
			id = s
		}
	}
	if v := f.require(d, at, "name"); v != nil {
		if s, ok := d.text(v, "name"); ok && d.uniqueName(ids, v, s) {
			name = s
		}
	}
	return id, name
}

// idSet tracks the ids (categories and items share them) and the names of
// one kind (judges, streets, categories, items) for uniqueness.
type idSet struct{ ids, names map[string]int }

func newIDSet() idSet { return idSet{ids: map[string]int{}, names: map[string]int{}} }

// withNames is the same ids with names of another kind.
func (s idSet) withNames() idSet { return idSet{ids: s.ids, names: map[string]int{}} }

func (d *decoder) unique(ids idSet, n *yaml.Node, id string) bool {
	if first, dup := ids.ids[id]; dup {
		d.add(n, "id.duplicate", id, first)
		return false
	}
	ids.ids[id] = n.Line
	return true
}

// uniqueName refuses a name equal to an earlier one of its kind once both
// are in Unicode normal form C: "é" typed as one character or as e and an
// accent look the same, so they are the same name.
func (d *decoder) uniqueName(ids idSet, n *yaml.Node, name string) bool {
	key := norm.NFC.String(name)
	if first, dup := ids.names[key]; dup {
		d.add(n, "name.duplicate", name, first)
		return false
	}
	ids.names[key] = n.Line
	return true
}

func (d *decoder) judges(n *yaml.Node) {
	if n == nil {
		return
	}
	ids := newIDSet()
	list := d.list(n, "judges")
	if len(list) > maxJudges {
		d.add(n, "limit.judges", len(list), maxJudges)
		return
	}
	for _, jn := range list {
		if !d.mapping(jn, "judges") {
			continue
		}
		f := d.fields(jn, []string{"id", "name"})
		var j scoring.Judge
		j.ID, j.Name = d.idAndName(f, jn, ids)
		d.comp.Judges = append(d.comp.Judges, j)
	}
}

func (d *decoder) streets(n *yaml.Node) {
	ids := newIDSet()
	list := d.list(n, "streets")
	if len(list) == 0 && !d.hasProblemAt(n) {
		d.add(n, "streets.none")
	}
	if len(list) > maxStreets {
		d.add(n, "limit.streets", len(list), maxStreets)
		return
	}
	d.comp.Streets = make([]scoring.Street, 0, len(list))
	for _, sn := range list {
		if !d.mapping(sn, "streets") {
			continue
		}
		f := d.fields(sn, []string{"id", "name", "group"})
		var s scoring.Street
		s.ID, s.Name = d.idAndName(f, sn, ids)
		s.Group = d.optText(f.get("group"), "group")
		d.comp.Streets = append(d.comp.Streets, s)
	}
}

func (d *decoder) hasProblemAt(n *yaml.Node) bool {
	for _, p := range d.probs {
		if p.Line == n.Line && p.Col == n.Column {
			return true
		}
	}
	return false
}

var categoryKeys = []string{"id", "name", "weight", "items"}
var itemKeys = []string{"id", "name", "max", "standard", "target", "unit", "judged"}

func (d *decoder) criteria(n *yaml.Node) {
	c := d.comp
	list := d.list(n, "criteria")
	if len(list) == 0 && !d.hasProblemAt(n) {
		d.add(n, "criteria.none")
	}
	ids := newIDSet()
	itemIDs := ids.withNames() // an item may be named as its category
	for _, cn := range list {
		if !d.mapping(cn, "criteria") {
			continue
		}
		f := d.fields(cn, categoryKeys)
		cat := scoring.Category{}
		cat.ID, cat.Name = d.idAndName(f, cn, ids)
		if v := f.require(d, cn, "weight"); v != nil {
			if w, ok := d.number(v, "weight"); ok {
				if w <= 0 {
					d.add(v, "weight.bad")
				}
				cat.Weight = w
			}
		}
		ci := len(c.Categories)
		if v := f.require(d, cn, "items"); v != nil {
			items := d.list(v, "items")
			if len(items) == 0 && !d.hasProblemAt(v) {
				d.add(v, "items.none", cat.Name)
			}
			for _, in := range items {
				if len(c.Items) >= maxItems {
					d.add(in, "limit.items", len(c.Items)+1, maxItems)
					break
				}
				if it, ok := d.item(in, itemIDs); ok {
					it.Category = ci
					cat.Items = append(cat.Items, len(c.Items))
					c.Items = append(c.Items, it)
				}
			}
		}
		c.Categories = append(c.Categories, cat)
	}
}

func (d *decoder) item(n *yaml.Node, ids idSet) (scoring.Item, bool) {
	var it scoring.Item
	if !d.mapping(n, "items") {
		return it, false
	}
	f := d.fields(n, itemKeys)
	it.ID, it.Name = d.idAndName(f, n, ids)
	if v := f.require(d, n, "max"); v != nil {
		if m, ok := d.number(v, "max"); ok {
			if m <= 0 {
				d.add(v, "max.bad")
			}
			it.Max = m
		}
	}
	if v := f.get("standard"); v != nil && !isNull(v) {
		if s, ok := d.number(v, "standard"); ok {
			if (s < 0 || s > it.Max) && it.Max > 0 {
				d.add(v, "standard.range", s.String(), it.Max.String())
			}
			it.Standard, it.HasStandard = s, true
		}
	}
	judged, judgedSet := true, false
	if v := f.get("judged"); v != nil {
		judged, judgedSet = d.boolean(v, "judged")
	}
	if v := f.get("target"); v != nil && !isNull(v) {
		if t, ok := d.number(v, "target"); ok {
			if t <= 0 {
				d.add(v, "target.bad")
			}
			it.Target = t
		}
		if judgedSet && judged {
			d.add(f.get("judged"), "target.judged")
		}
		it.Kind = scoring.Target
	} else if judgedSet && !judged {
		it.Kind = scoring.Direct
	}
	it.Unit = d.optText(f.get("unit"), "unit")
	return it, true
}

var ruleKeys = []string{"decimals", "rounding", "trim", "trim_min_judges", "tie_break", "bands", "review"}

func (d *decoder) rules(n *yaml.Node) {
	if !d.mapping(n, "rules") {
		return
	}
	r := &d.comp.Rules
	f := d.fields(n, ruleKeys)
	if v := f.get("decimals"); v != nil {
		if k, ok := d.integer(v, "decimals"); ok {
			if k < 0 || k > 4 {
				d.add(v, "rules.decimals", v.Value)
			} else {
				r.Decimals = k
			}
		}
	}
	if v := f.get("rounding"); v != nil {
		s, _ := d.text(v, "rounding")
		switch s {
		case "half_up":
			r.Rounding = scoring.HalfUp
		case "half_even":
			r.Rounding = scoring.HalfEven
		case "":
		default:
			if hint, ok := Nearest(s, []string{"half_up", "half_even"}); ok {
				d.add(v, "rules.rounding_hint", s, hint)
			} else {
				d.add(v, "rules.rounding", s)
			}
		}
	}
	if v := f.get("review"); v != nil {
		d.review(v)
	}
	if v := f.get("trim"); v != nil {
		if k, ok := d.integer(v, "trim"); ok {
			if k < 0 {
				d.add(v, "rules.trim")
			} else {
				r.Trim = k
			}
		}
	}
	r.TrimMinJudges = scoring.DefaultTrimMinJudges(r.Trim)
	if v := f.get("trim_min_judges"); v != nil {
		if k, ok := d.integer(v, "trim_min_judges"); ok {
			if k < 2*r.Trim+1 {
				d.add(v, "rules.trim_min", 2*r.Trim+1, v.Value)
			} else {
				r.TrimMinJudges = k
			}
		}
	}
	if v := f.get("tie_break"); v != nil {
		var known []string
		for _, cat := range d.comp.Categories {
			known = append(known, cat.ID)
		}
		for _, it := range d.comp.Items {
			known = append(known, it.ID)
		}
		for _, tn := range d.list(v, "tie_break") {
			id, ok := d.id(tn, "tie_break")
			if !ok {
				continue
			}
			if !slices.Contains(known, id) {
				if hint, ok := Nearest(id, known); ok {
					d.add(tn, "rules.tie_hint", id, hint)
				} else {
					d.add(tn, "rules.tie_unknown", id)
				}
				continue
			}
			r.TieBreak = append(r.TieBreak, id)
		}
	}
	if v := f.get("bands"); v != nil {
		names := map[string]bool{}
		// The last minimum that was read: a band whose min is wrong (already
		// reported) is not compared with, or it would seem to be 0.
		var last scoring.Dec
		haveLast := false
		for _, bn := range d.list(v, "bands") {
			if !d.mapping(bn, "bands") {
				continue
			}
			bf := d.fields(bn, []string{"name", "min"})
			var b scoring.Band
			if nv := bf.require(d, bn, "name"); nv != nil {
				if s, ok := d.text(nv, "name"); ok {
					if names[s] {
						d.add(nv, "bands.dup", s)
					}
					names[s] = true
					b.Name = s
				}
			}
			if mv := bf.require(d, bn, "min"); mv != nil {
				if m, ok := d.number(mv, "min"); ok {
					if haveLast && m >= last {
						d.add(mv, "bands.order", m.String(), last.String())
					}
					b.Min, last, haveLast = m, m, true
				}
			}
			r.Bands = append(r.Bands, b)
		}
	}
}

func (d *decoder) scores(n *yaml.Node) {
	if !d.mapping(n, "scores") {
		return
	}
	d.newScoresReader().read(n)
}

// scoresReader reads the streets of the scores section, which may come
// in several mappings (chunks.go); ids must be unique across all.
type scoresReader struct {
	d              *decoder
	streets, items idIndex
	seen           map[string]int
}

func (d *decoder) newScoresReader() *scoresReader {
	c := d.comp
	return &scoresReader{
		d:       d,
		streets: newIDIndex(len(c.Streets), func(i int) string { return c.Streets[i].ID }),
		items:   newIDIndex(len(c.Items), func(i int) string { return c.Items[i].ID }),
		seen:    map[string]int{},
	}
}

func (r *scoresReader) read(n *yaml.Node) {
	d, c := r.d, r.d.comp
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		s, ok := d.key(k, "scores", r.seen, r.streets, "scores.street")
		if !ok || isNull(v) || !d.mapping(v, k.Value) {
			continue
		}
		if d.places != nil {
			d.places.recordStreet(d.loc, s, k)
		}
		itemSeen := map[string]int{}
		for j := 0; j+1 < len(v.Content); j += 2 {
			ik, iv := v.Content[j], v.Content[j+1]
			item, ok := d.key(ik, k.Value, itemSeen, r.items, "scores.item")
			if !ok {
				continue
			}
			if d.entry(iv, item, c.Scores[s][item]) {
				if d.places != nil {
					d.places.record(d.loc, s, item, c.Items[item].Kind == scoring.Judged, iv)
				}
			}
		}
	}
}

// idIndex finds streets or items by id, and the nearest id for a typo.
type idIndex struct {
	ids   []string
	index map[string]int
}

func newIDIndex(n int, id func(int) string) idIndex {
	x := idIndex{ids: make([]string, n), index: make(map[string]int, n)}
	for i := range n {
		x.ids[i] = id(i)
		x.index[x.ids[i]] = i
	}
	return x
}

// key reads a mapping key that must be a known id, seen once. Unknown ids
// are reported with msg, or msg+"_hint" and the nearest id.
func (d *decoder) key(k *yaml.Node, what string, seen map[string]int, x idIndex, msg string) (int, bool) {
	id, ok := d.id(k, what)
	if !ok {
		return 0, false
	}
	if first, dup := seen[id]; dup {
		d.add(k, "key.duplicate", id, first)
		return 0, false
	}
	seen[id] = k.Line
	i, found := x.index[id]
	if !found {
		if hint, ok := Nearest(id, x.ids); ok {
			d.add(k, msg+"_hint", id, hint)
		} else {
			d.add(k, msg, id)
		}
	}
	return i, found
}

// entry reads the value of one street's item into e, the item's empty
// entry. On a problem e may be half filled: the file is refused anyway.
func (d *decoder) entry(n *yaml.Node, item int, e scoring.Entry) bool {
	c := d.comp
	it := &c.Items[item]
	if it.Kind != scoring.Judged {
		if n.Kind == yaml.SequenceNode {
			d.add(n, "scores.not_list", it.ID)
			return false
		}
		slot, ok := d.slot(n, it, false)
		e[0] = slot
		return ok
	}
	if isNull(n) {
		return true
	}
	if n.Kind != yaml.SequenceNode {
		d.add(n, "scores.judged_scalar", it.ID, strings.TrimSuffix(strings.Repeat("~, ", len(c.Judges)), ", "))
		return false
	}
	if len(n.Content) != len(c.Judges) {
		if sn := chineseComma(n); sn != nil { // 9，9.5 is one text to YAML
			d.add(sn, "scores.fullwidth_comma", it.ID, sn.Value)
			return false
		}
		d.add(n, "scores.slots", it.ID, len(c.Judges), len(n.Content))
		return false
	}
	ok := true
	for j, sn := range n.Content {
		slot, good := d.slot(sn, it, true)
		e[j] = slot
		ok = ok && good
	}
	return ok
}

// slot reads one value: a number, ~, or (for judges) recused/回避.
func (d *decoder) slot(n *yaml.Node, it *scoring.Item, judged bool) (scoring.Slot, bool) {
	if n.Kind != yaml.ScalarNode {
		d.add(n, "scores.slot_word", nodeText(n))
		return scoring.Slot{}, false
	}
	if isNull(n) {
		return scoring.Slot{}, true
	}
	if judged && (n.Value == recusedWord || n.Value == recusedZh) && n.Style&(yaml.DoubleQuotedStyle|yaml.SingleQuotedStyle) == 0 {
		return scoring.Slot{State: scoring.Recused}, true
	}
	if n.Tag == "!!str" && n.Style&(yaml.DoubleQuotedStyle|yaml.SingleQuotedStyle) == 0 && !looksNumeric(n.Value) {
		d.add(n, "scores.slot_word", n.Value)
		return scoring.Slot{}, false
	}
	v, ok := d.number(n, it.ID)
	if !ok {
		return scoring.Slot{}, false
	}
	// An item whose max is invalid was reported already; checking its
	// scores against that max would repeat it on every street.
	if err := CheckValue(it, v); err != "" && (it.Kind == scoring.Target || it.Max > 0) {
		if it.Kind == scoring.Target {
			d.add(n, "scores.negative", it.ID, v.String())
		} else {
			d.add(n, "scores.range", it.ID, v.String(), it.Max.String())
		}
		return scoring.Slot{}, false
	}
	return scoring.Number(v), true
}

func looksNumeric(s string) bool {
	return s != "" && strings.ContainsAny(s[:1], "+-.0123456789")
}

// CheckValue says what is wrong with v as a value of item ("" when fine):
// "range" for a score outside [0, max], "negative" for a target figure < 0.
func CheckValue(it *scoring.Item, v scoring.Dec) string {
	if it.Kind == scoring.Target {
		if v < 0 {
			return "negative"
		}
		return ""
	}
	if v < 0 || v > it.Max {
		return "range"
	}
	return ""
}

// chineseComma is the first value of a score list written with a Chinese
// comma (，or 、) where an ASCII one was meant, or nil.
func chineseComma(list *yaml.Node) *yaml.Node {
	for _, sn := range list.Content {
		if sn.Kind == yaml.ScalarNode && strings.ContainsAny(sn.Value, "，、") {
			return sn
		}
	}
	return nil
}
