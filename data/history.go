package data

import (
	"path/filepath"

	"go.yaml.in/yaml/v3"

	"liangsaibi/scoring"
)

// MaxHistory is how many earlier rounds `history:` may name: three years of
// quarterly rounds. The dashboard's trend shows the last eight rounds.
const MaxHistory = 12

// history records the entries of `history:`: a list of ranked export
// files (the format of `previous:`), oldest first, of the rounds before
// the one `previous:` names.
func (d *decoder) history(v *yaml.Node) {
	if v.Kind != yaml.SequenceNode {
		d.add(v, "history.list", v.Value)
		return
	}
	if len(v.Content) > MaxHistory {
		d.add(v, "history.many", len(v.Content), MaxHistory)
		return
	}
	for _, n := range v.Content {
		if n.Kind != yaml.ScalarNode || isNull(n) {
			d.add(n, "history.list", n.Value)
			continue
		}
		if _, ok := d.text(n, "history"); ok {
			d.histNodes = append(d.histNodes, n)
		}
	}
}

// loadHistory reads every file of `history:`; a problem is reported at the
// line of its entry.
func (d *decoder) loadHistory(c *scoring.Competition, opts Options) {
	seen := map[string]bool{}
	if d.prevNode != nil {
		seen[filepath.Clean(d.prevNode.Value)] = true
	}
	for _, n := range d.histNodes {
		rel := n.Value
		if seen[filepath.Clean(rel)] {
			d.add(n, "history.dup", rel)
			continue
		}
		seen[filepath.Clean(rel)] = true
		if opts.ReadFile == nil {
			d.add(n, "history.read", rel, "?")
			continue
		}
		path := PathNear(d.file, rel)
		raw, err := opts.ReadFile(path)
		if err != nil {
			d.add(n, "history.read", rel, Reason(err))
			continue
		}
		prev, reason := ParsePrevious(raw)
		if reason != nil {
			d.add(n, "history.bad", rel, reason)
			continue
		}
		prev.Path = path
		c.History = append(c.History, prev)
	}
}
