package data

import (
	"slices"

	"go.yaml.in/yaml/v3"

	"liangsaibi/scoring"
)

// review reads rules.review: none, confirm or blind.
func (d *decoder) review(v *yaml.Node) {
	s, ok := d.text(v, "review")
	if !ok || s == "" {
		return
	}
	if i := slices.Index(scoring.ReviewNames, s); i >= 0 {
		d.comp.Rules.Review = scoring.Review(i)
		return
	}
	if hint, ok := Nearest(s, scoring.ReviewNames); ok {
		d.add(v, "rules.review_hint", s, hint)
	} else {
		d.add(v, "rules.review", s)
	}
}
