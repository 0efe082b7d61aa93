package data

import (
	"regexp"
	"strconv"
	"strings"

	"liangsaibi/i18n"
)

var yamlLineRe = regexp.MustCompile(`^yaml: (?:line (\d+): )?(.*)$`)

// syntaxProblem turns the YAML library's error into a located problem.
func syntaxProblem(name string, err error) Problems {
	msg := strings.TrimSpace(err.Error())
	first, _, _ := strings.Cut(msg, "\n")
	line := 0
	if m := yamlLineRe.FindStringSubmatch(first); m != nil {
		if m[1] != "" {
			line, _ = strconv.Atoi(m[1])
		}
		first = m[2]
	}
	if strings.Contains(first, "exceeded max depth") {
		return Problems{{File: name, Line: line, Col: 1, Msg: i18n.Message{Catalog: msgs, Key: "yaml.too_deep", Args: []any{maxDepth}}}}
	}
	col := 0
	if line > 0 {
		col = 1
	}
	return Problems{{File: name, Line: line, Col: col, Msg: i18n.Message{Catalog: msgs, Key: "yaml.syntax", Args: []any{first}}}}
}
