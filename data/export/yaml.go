package export

import (
	"bufio"
	"io"
	"strconv"

	"go.yaml.in/yaml/v3"

	"liangsaibi/data/seal"
	"liangsaibi/scoring"
)

// RankedYAML writes the ranked export that a later round names as
// `previous:` (format spec section 2): a mapping whose `streets:` list has
// {id, rank, total} for every street, plus names, bands, scores and the
// rules used. Scores are quoted strings with exactly the published
// decimals, so nothing is lost to floating point; rank is null when the
// street is not ranked.
//
// It is written as it goes: the head, then the streets a few at a time,
// so memory does not grow with the file (a node tree of every street took
// 100 times the output).
func RankedYAML(w io.Writer, st *scoring.Standings, opts Options) error {
	c := st.Comp
	doc := mapping()
	doc.add("title", str(c.Title))
	addIf(doc, "round", c.Round)
	addIf(doc, "organizer", c.Organizer)
	if c.Date != "" {
		doc.add("date", quoted(c.Date))
	}
	doc.add("exported_at", quoted(opts.now().Format("2006-01-02T15:04:05-07:00")))
	gen := mapping()
	gen.add("name", str("liangsaibi"))
	gen.add("version", quoted(opts.version()))
	doc.add("generator", gen.Node)
	doc.add("digest", quoted(seal.Digest(c)))
	doc.add("full_mark", quoted(st.FullMark.String()))
	doc.add("rules", rulesNode(&c.Rules))
	if len(st.Rows) == 0 {
		doc.add("streets", &yaml.Node{Kind: yaml.SequenceNode, Style: yaml.FlowStyle})
		return encodeYAML(w, doc.Node)
	}
	bw := bufio.NewWriterSize(w, 64<<10)
	if err := encodeYAML(bw, doc.Node); err != nil {
		return err
	}
	bw.WriteString(streetsKey)
	// The streets a group at a time, written straight (yaml_street.go)
	// exactly as in the whole tree (the test compares).
	var (
		sc   scalars
		part []byte
		err  error
	)
	for lo := 0; lo < len(st.Rows); lo += yamlGroup {
		if part, err = appendStreets(part[:0], &sc, st, st.Rows[lo:min(lo+yamlGroup, len(st.Rows))], opts); err != nil {
			return err
		}
		bw.Write(part)
	}
	return bw.Flush()
}

// yamlGroup is how many streets are encoded at a time.
const (
	yamlGroup  = 16
	streetsKey = "streets:\n"
)

func encodeYAML(w io.Writer, n *yaml.Node) error {
	e := yaml.NewEncoder(w)
	e.SetIndent(2)
	if err := e.Encode(n); err != nil {
		return err
	}
	return e.Close()
}

func streetNode(st *scoring.Standings, row *scoring.Row, opts Options) *yaml.Node {
	c := st.Comp
	s := &c.Streets[row.Street]
	m := mapping()
	m.add("id", str(s.ID))
	m.add("name", str(s.Name))
	addIf(m, "group", s.Group)
	if row.Rank > 0 {
		m.add("rank", intNode(row.Rank))
	} else {
		m.add("rank", null())
	}
	m.add("tied", boolNode(row.Tied))
	m.add("complete", boolNode(row.Complete))
	if !row.Complete {
		// No partial total for a person to read as a result: null, and
		// the status 待评 9/13 (a later round reads no total then).
		m.add("status", quoted(Progress(st, row, opts.Lang)))
		m.add("total", null())
	} else {
		m.add("total", quoted(row.Total.String()))
	}
	if b := st.Band(row); b != nil && row.Complete {
		m.add("band", str(b.Name))
	} else {
		m.add("band", null())
	}
	cats := mapping()
	for ci, p := range row.Categories {
		if !row.Complete {
			p = scoring.Published{} // a floor, like the total
		}
		cats.add(c.Categories[ci].ID, published(p))
	}
	m.add("categories", cats.Node)
	items := mapping()
	for ii, p := range row.Items {
		items.add(c.Items[ii].ID, published(p))
	}
	m.add("items", items.Node)
	below := &yaml.Node{Kind: yaml.SequenceNode}
	for _, ii := range row.Below {
		below.Content = append(below.Content, str(c.Items[ii].ID))
	}
	if len(below.Content) == 0 {
		below.Style = yaml.FlowStyle
	}
	m.add("below_standard", below)
	m.add("gap_to_first", published(row.GapToFirst))
	if row.HasRankChange() {
		m.add("rank_change", intNode(row.RankChange))
	} else {
		m.add("rank_change", null())
	}
	m.add("total_change", published(row.TotalChange))
	return m.Node
}

func rulesNode(r *scoring.Rules) *yaml.Node {
	m := mapping()
	m.add("decimals", intNode(r.Decimals))
	m.add("rounding", str(r.Rounding.String()))
	m.add("trim", intNode(r.Trim))
	m.add("trim_min_judges", intNode(r.TrimMinJudges))
	tb := &yaml.Node{Kind: yaml.SequenceNode, Style: yaml.FlowStyle}
	for _, id := range r.TieBreak {
		tb.Content = append(tb.Content, str(id))
	}
	m.add("tie_break", tb)
	if len(r.Bands) > 0 {
		bands := &yaml.Node{Kind: yaml.SequenceNode}
		for _, b := range r.Bands {
			bm := mapping()
			bm.Style = yaml.FlowStyle
			bm.add("name", str(b.Name))
			bm.add("min", number(b.Min))
			bands.Content = append(bands.Content, bm.Node)
		}
		m.add("bands", bands)
	}
	return m.Node
}

// node is a YAML mapping being built, keys in insertion order.
type node struct{ *yaml.Node }

func mapping() node { return node{&yaml.Node{Kind: yaml.MappingNode}} }

func (n node) add(key string, v *yaml.Node) {
	n.Content = append(n.Content, str(key), v)
}

func addIf(n node, key, value string) {
	if value != "" {
		n.add(key, str(value))
	}
}

// str is a string scalar; the encoder quotes it when it would otherwise
// read as a number, a boolean or null.
func str(s string) *yaml.Node { return &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: s} }

func quoted(s string) *yaml.Node {
	n := str(s)
	n.Style = yaml.DoubleQuotedStyle
	return n
}

func null() *yaml.Node { return &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!null", Value: "null"} }

func intNode(n int) *yaml.Node {
	return &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!int", Value: strconv.Itoa(n)}
}

func boolNode(b bool) *yaml.Node {
	return &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!bool", Value: strconv.FormatBool(b)}
}

// number is a plain decimal as in a competition file (band minimums), so
// the rules can be pasted back into one.
func number(d scoring.Dec) *yaml.Node {
	tag := "!!int"
	s := d.String()
	for _, r := range s {
		if r == '.' {
			tag = "!!float"
		}
	}
	return &yaml.Node{Kind: yaml.ScalarNode, Tag: tag, Value: s}
}

// published is a score as a quoted string, or null when missing.
func published(p scoring.Published) *yaml.Node {
	if !p.Valid {
		return null()
	}
	return quoted(p.String())
}
