package export

import (
	"bytes"
	"strconv"
	"strings"
	"unicode"

	"go.yaml.in/yaml/v3"

	"liangsaibi/scoring"
)

// The ranked YAML's streets are written straight into bytes, as the
// encoder writes streetNode's tree (TestRankedYAMLStreamsTheWholeTree
// compares them byte for byte): a node tree per street and the encoder's
// event machine were three quarters of a city's YAML export. Only texts
// are the encoder's business: how it writes each one (plain, quoted,
// escaped) is asked of it once per distinct text and kept. A text the
// encoder writes over several lines (a block scalar, whose indentation
// depends on where it stands) sends its group of streets back to the tree.

// scalars caches the encoder's writing of texts as block mapping values
// and keys. The zero value is ready.
type scalars struct {
	values, keys, quoted map[string]string
}

// value is s as streetNode's str(s) is written after "key: "; ok is false
// when it takes more than one line.
func (sc *scalars) value(s string) (string, bool) {
	if plainSafe(s) {
		return s, true
	}
	return sc.ask(&sc.values, s, false, false)
}

// key is s as a mapping key.
func (sc *scalars) key(s string) (string, bool) {
	if len(s) <= maxSimpleKey && plainSafe(s) {
		return s, true
	}
	return sc.ask(&sc.keys, s, true, false)
}

// maxSimpleKey is the longest key the encoder writes as "key:" rather
// than "? key".
const maxSimpleKey = 128

// quotedValue is s as quoted(s) is written.
func (sc *scalars) quotedValue(s string) (string, bool) {
	return sc.ask(&sc.quoted, s, false, true)
}

// ask has the encoder write {k: s} (or {s: 0} for a key) and keeps what
// stands for s.
func (sc *scalars) ask(cache *map[string]string, s string, asKey, dq bool) (string, bool) {
	if rep, ok := (*cache)[s]; ok {
		return rep, rep != ""
	}
	if *cache == nil {
		*cache = map[string]string{}
	}
	m := mapping()
	if asKey {
		m.add(s, intNode(0))
	} else if dq {
		m.add("k", quoted(s))
	} else {
		m.add("k", str(s))
	}
	var out bytes.Buffer
	rep := ""
	if encodeYAML(&out, m.Node) == nil {
		text := out.String()
		if asKey {
			if r, ok := strings.CutSuffix(text, ": 0\n"); ok && !strings.HasPrefix(r, "? ") {
				rep = r
			}
		} else if r, ok := strings.CutPrefix(text, "k: "); ok {
			rep = strings.TrimSuffix(r, "\n")
		}
		if strings.ContainsAny(rep, yamlBreaks) {
			rep = ""
		}
	}
	(*cache)[s] = rep
	return rep, rep != ""
}

// yamlBreaks are the characters YAML reads as line breaks: a text the
// encoder writes with one in it stands on several lines.
const yamlBreaks = "\n\r\u0085\u2028\u2029"

// plainSafe: the encoder writes s plain, as it is. Only the common shapes
// are decided here (ids like jianshelu or task.red_property, names of Han
// characters and digits); anything else is asked of the encoder.
func plainSafe(s string) bool {
	if s == "" {
		return false
	}
	ascii := true
	for i, r := range s {
		switch {
		case r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z':
		case r >= '0' && r <= '9', r == '_', r == '.' || r == '-':
			if i == 0 {
				return false // could read as a number, or start a list
			}
		case r >= 0x4E00 && r <= 0x9FFF && unicode.Is(unicode.Han, r):
			ascii = false
		default:
			return false
		}
	}
	if ascii {
		switch strings.ToLower(s) {
		case "true", "false", "yes", "no", "on", "off", "y", "n", "null":
			return false // reads as a boolean or null (in YAML 1.1 some did): asked
		}
	}
	return true
}

// appendStreet appends streetNode(st, row, opts) as the encoder writes it
// as an item of the top-level streets list; ok is false when a text in it
// takes more than one line.
func appendStreet(dst []byte, sc *scalars, st *scoring.Standings, row *scoring.Row, opts Options) ([]byte, bool) {
	c := st.Comp
	s := &c.Streets[row.Street]
	ok := true // until a text takes several lines
	text := func(prefix, v string) {
		if !ok {
			return
		}
		var rep string
		if rep, ok = sc.value(v); ok {
			dst = append(append(append(dst, prefix...), rep...), '\n')
		}
	}
	text("  - id: ", s.ID)
	text("    name: ", s.Name)
	if s.Group != "" {
		text("    group: ", s.Group)
	}
	if !ok {
		return dst, false
	}
	dst = append(dst, "    rank: "...)
	if row.Rank > 0 {
		dst = strconv.AppendInt(dst, int64(row.Rank), 10)
	} else {
		dst = append(dst, "null"...)
	}
	dst = strconv.AppendBool(append(dst, "\n    tied: "...), row.Tied)
	dst = strconv.AppendBool(append(dst, "\n    complete: "...), row.Complete)
	dst = append(dst, '\n')
	if !row.Complete {
		rep, q := sc.quotedValue(Progress(st, row, opts.Lang))
		if !q {
			return dst, false
		}
		dst = append(append(append(dst, "    status: "...), rep...), "\n    total: null\n"...)
	} else {
		dst = appendDecimal(append(dst, "    total: "...), row.Total.String())
	}
	if b := st.Band(row); b != nil && row.Complete {
		if text("    band: ", b.Name); !ok {
			return dst, false
		}
	} else {
		dst = append(dst, "    band: null\n"...)
	}
	dst, ok = appendScores(dst, sc, "    categories:", row.Categories, func(i int) string { return c.Categories[i].ID }, !row.Complete)
	if !ok {
		return dst, false
	}
	dst, ok = appendScores(dst, sc, "    items:", row.Items, func(i int) string { return c.Items[i].ID }, false)
	if !ok {
		return dst, false
	}
	if len(row.Below) == 0 {
		dst = append(dst, "    below_standard: []\n"...)
	} else {
		dst = append(dst, "    below_standard:\n"...)
		for _, ii := range row.Below {
			if text("      - ", c.Items[ii].ID); !ok {
				return dst, false
			}
		}
	}
	dst = appendYAMLPublished(append(dst, "    gap_to_first: "...), row.GapToFirst)
	dst = append(dst, "    rank_change: "...)
	if row.HasRankChange() {
		dst = strconv.AppendInt(dst, int64(row.RankChange), 10)
	} else {
		dst = append(dst, "null"...)
	}
	dst = appendYAMLPublished(append(dst, "\n    total_change: "...), row.TotalChange)
	return dst, true
}

// appendScores appends a mapping of published scores by id ({} when
// empty); floor writes every one as the zero Published (streetNode's
// categories of an incomplete street).
func appendScores(dst []byte, sc *scalars, head string, ps []scoring.Published, id func(int) string, floor bool) ([]byte, bool) {
	if len(ps) == 0 {
		return append(append(dst, head...), " {}\n"...), true
	}
	dst = append(append(dst, head...), '\n')
	for i, p := range ps {
		k, ok := sc.key(id(i))
		if !ok {
			return dst, false
		}
		if floor {
			p = scoring.Published{}
		}
		dst = appendYAMLPublished(append(append(append(dst, "      "...), k...), ": "...), p)
	}
	return dst, true
}

// appendYAMLPublished appends published(p) and a line break.
func appendYAMLPublished(dst []byte, p scoring.Published) []byte {
	if !p.Valid {
		return append(dst, "null\n"...)
	}
	return appendDecimal(dst, p.String())
}

// appendDecimal appends a decimal's text double-quoted, as quoted() is
// written: digits, a point and a sign need no escaping.
func appendDecimal(dst []byte, s string) []byte {
	return append(append(append(dst, '"'), s...), "\"\n"...)
}

// appendStreets appends the group's streets, each written straight or,
// when one of its texts takes several lines, through the node tree.
func appendStreets(dst []byte, sc *scalars, st *scoring.Standings, rows []*scoring.Row, opts Options) ([]byte, error) {
	start := len(dst)
	for _, row := range rows {
		var ok bool
		if dst, ok = appendStreet(dst, sc, st, row, opts); !ok {
			return appendStreetsByTree(dst[:start], st, rows, opts)
		}
	}
	return dst, nil
}

// appendStreetsByTree is the group encoded as a tree {streets: [group]},
// without that first line: indented (line breaks inside names too) exactly
// as in the whole tree.
func appendStreetsByTree(dst []byte, st *scoring.Standings, rows []*scoring.Row, opts Options) ([]byte, error) {
	seq := &yaml.Node{Kind: yaml.SequenceNode}
	for _, row := range rows {
		seq.Content = append(seq.Content, streetNode(st, row, opts))
	}
	group := mapping()
	group.add("streets", seq)
	var part bytes.Buffer
	if err := encodeYAML(&part, group.Node); err != nil {
		return dst, err
	}
	return append(dst, bytes.TrimPrefix(part.Bytes(), []byte(streetsKey))...), nil
}
