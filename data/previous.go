package data

import (
	"go.yaml.in/yaml/v3"

	"liangsaibi/i18n"
	"liangsaibi/scoring"
)

// loadPrevious reads the ranked export named by `previous:`; its problems
// are reported at the `previous:` line of the competition file.
func (d *decoder) loadPrevious(c *scoring.Competition, opts Options) {
	rel := d.prevNode.Value
	read := opts.ReadFile
	if read == nil {
		d.add(d.prevNode, "previous.read", rel, "?")
		return
	}
	path := PathNear(d.file, rel)
	raw, err := read(path)
	if err != nil {
		d.add(d.prevNode, "previous.read", rel, Reason(err))
		return
	}
	prev, reason := ParsePrevious(raw)
	if reason != nil {
		d.add(d.prevNode, "previous.bad", rel, reason)
		return
	}
	prev.Path = path
	c.Previous = prev
}

// ParsePrevious reads a ranked export (spec section 2): a mapping with
// `streets:`, a list of {id, rank, total}; other keys are ignored. The
// reason is nil when it is valid, else the explanation for a person.
func ParsePrevious(raw []byte) (prev *scoring.PreviousRound, reason i18n.Localizer) {
	defer func() {
		if r := recover(); r != nil {
			prev, reason = nil, msgs.M("yaml.crash")
		}
	}()
	if len(raw) > MaxPreviousSize {
		return nil, msgs.M("file.too_big_reason", humanSize(len(raw)), humanSize(MaxPreviousSize))
	}
	text, _, _, perr := decodeText("", raw, "")
	if perr != nil {
		return nil, perr.(Problems)[0].Msg
	}
	if ps := controlProblem("", text); ps != nil {
		return nil, msgs.M("previous.control", ps[0].Line, ps[0].Col, ps[0].Msg)
	}
	// Counted before parsing: the parser holds every entry in memory.
	if n := countStructure(text); n > maxPreviousStructure {
		return nil, msgs.M("file.too_many_values", n, maxPreviousStructure)
	}
	root, perr := parseYAML("", text)
	if perr != nil {
		return nil, perr.(Problems)[0].Msg
	}
	d := newDecoder("", root)
	if !d.checkShape(root, 0) {
		return nil, d.probs[0].Msg
	}
	body := root
	if body.Kind == yaml.DocumentNode && len(body.Content) == 1 {
		body = body.Content[0]
	}
	if body.Kind != yaml.MappingNode {
		return nil, msgs.M("previous.streets")
	}
	prev = &scoring.PreviousRound{ByStreet: map[string]scoring.PreviousStanding{}}
	var streets *yaml.Node
	for i := 0; i+1 < len(body.Content); i += 2 {
		k, v := body.Content[i], body.Content[i+1]
		switch k.Value {
		case "streets":
			streets = v
		case "title":
			prev.Title = v.Value
		case "round":
			prev.Round = v.Value
		}
	}
	if streets == nil || streets.Kind != yaml.SequenceNode {
		return nil, msgs.M("previous.streets")
	}
	for _, sn := range streets.Content {
		if sn.Kind != yaml.MappingNode {
			return nil, msgs.M("previous.id", sn.Line)
		}
		var id string
		var ps scoring.PreviousStanding
		for i := 0; i+1 < len(sn.Content); i += 2 {
			k, v := sn.Content[i], sn.Content[i+1]
			switch k.Value {
			case "id":
				if v.Kind == yaml.ScalarNode && !isNull(v) {
					id = v.Value
				}
			case "rank":
				if isNull(v) {
					continue
				}
				r, err := scoring.ParseDec(v.Value)
				if v.Kind != yaml.ScalarNode || err != nil || r%scoring.DecFromInt(1) != 0 || r < scoring.DecFromInt(1) {
					return nil, msgs.M("previous.rank", v.Line)
				}
				ps.Rank = int(r / scoring.DecFromInt(1))
			case "total":
				if isNull(v) {
					continue
				}
				t, err := scoring.ParseDec(v.Value)
				if v.Kind != yaml.ScalarNode || err != nil {
					return nil, msgs.M("previous.total", v.Line)
				}
				ps.Total, ps.HasTotal = t, true
			case "below_standard":
				if isNull(v) {
					continue
				}
				if v.Kind != yaml.SequenceNode {
					return nil, msgs.M("previous.below", v.Line)
				}
				for _, b := range v.Content {
					if b.Kind != yaml.ScalarNode || isNull(b) || b.Value == "" {
						return nil, msgs.M("previous.below", b.Line)
					}
					ps.Below = append(ps.Below, b.Value)
				}
				ps.HasBelow = true
			}
		}
		if _, dup := prev.ByStreet[id]; id == "" || dup {
			return nil, msgs.M("previous.id", sn.Line)
		}
		prev.ByStreet[id] = ps
	}
	return prev, nil
}
