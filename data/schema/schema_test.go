package schema

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"
	"go.yaml.in/yaml/v3"

	"liangsaibi/data"
)

const specDir = "../../testdata/spec"

func compile(t *testing.T) *jsonschema.Schema {
	t.Helper()
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(JSON()))
	if err != nil {
		t.Fatal(err)
	}
	c := jsonschema.NewCompiler()
	if err := c.AddResource(FileName, doc); err != nil {
		t.Fatal(err)
	}
	s, err := c.Compile(FileName)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// fromYAML reads YAML into the values a JSON decoder would give, as an
// editor's YAML language server sees the file.
func fromYAML(t *testing.T, raw []byte) any {
	t.Helper()
	var v any
	if err := yaml.Unmarshal(raw, &v); err != nil {
		t.Fatal(err)
	}
	return jsonish(v)
}

func jsonish(v any) any {
	switch v := v.(type) {
	case map[string]any:
		for k, x := range v {
			v[k] = jsonish(x)
		}
		return v
	case map[any]any:
		m := make(map[string]any, len(v))
		for k, x := range v {
			m[fmt.Sprint(k)] = jsonish(x)
		}
		return m
	case []any:
		for i, x := range v {
			v[i] = jsonish(x)
		}
		return v
	}
	return v
}

// validFiles are the demo, the template and every spec vector.
func validFiles(t *testing.T) map[string][]byte {
	demo, _ := data.DemoFiles()
	files := map[string][]byte{"demo": demo, "template": data.Template()}
	vectors, _ := filepath.Glob(filepath.Join(specDir, "*.yaml"))
	for _, f := range vectors {
		if strings.HasSuffix(f, ".prev.yaml") {
			continue // ranked exports, not competition files
		}
		raw, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		files[filepath.Base(f)] = raw
	}
	if len(files) < 5 {
		t.Fatalf("only %d files: spec vectors not found in %s", len(files), specDir)
	}
	return files
}

func TestValidFilesPass(t *testing.T) {
	s := compile(t)
	for name, raw := range validFiles(t) {
		t.Run(name, func(t *testing.T) {
			emptyPrevious := func(string) ([]byte, error) { return []byte("streets: []\n"), nil }
			if _, err := data.Load(name, raw, data.Options{ReadFile: emptyPrevious}); err != nil {
				t.Fatalf("not a valid file for the loader either: %v", err)
			}
			if err := s.Validate(fromYAML(t, raw)); err != nil {
				t.Fatalf("schema refuses a valid file: %v", err)
			}
		})
	}
}

// base is a small valid competition; each invalid case changes one line.
const base = `version: 1
title: 测试
rules:
  rounding: half_up
judges:
  - {id: j1, name: 评委甲}
criteria:
  - id: show
    name: 亮
    weight: 40
    items:
      - {id: show.results, name: 工作实绩, max: 20, standard: 16}
      - {id: show.rate, name: 完成率, max: 10, target: 100, unit: "%"}
streets:
  - {id: s1, name: 桐柏路街道}
scores:
  s1:
    show.results: [17]
    show.rate: 64.3
`

func TestInvalidFilesRejected(t *testing.T) {
	s := compile(t)
	if err := s.Validate(fromYAML(t, []byte(base))); err != nil {
		t.Fatalf("the base case must pass: %v", err)
	}
	cases := map[string][2]string{
		"version 2":          {"version: 1", "version: 2"},
		"quoted number":      {"weight: 40", `weight: "40"`},
		"title not text":     {"title: 测试", "title: [a, b]"},
		"empty title":        {"title: 测试", `title: " "`},
		"control in title":   {"title: 测试", `title: "a\e]0;x\a"`},
		"bidi in name":       {"name: 桐柏路街道", "name: \"a\u202eb\""},
		"bidi mark in name":  {"name: 桐柏路街道", "name: \"a\u200fb\""},
		"unknown top key":    {"title: 测试", "title: 测试\ntitel: 测试"},
		"unknown item key":   {"standard: 16", "standard: 16, maxx: 3"},
		"missing title":      {"title: 测试\n", ""},
		"missing streets":    {"streets:\n  - {id: s1, name: 桐柏路街道}\n", ""},
		"missing item name":  {"{id: show.results, name: 工作实绩,", "{id: show.results,"},
		"bad rounding":       {"rounding: half_up", "rounding: halfup"},
		"decimals 5":         {"rounding: half_up", "decimals: 5"},
		"negative weight":    {"weight: 40", "weight: -40"},
		"zero max":           {"max: 20", "max: 0"},
		"negative score":     {"[17]", "[-1]"},
		"score word":         {"[17]", "[abc]"},
		"target and judged":  {`unit: "%"}`, `unit: "%", judged: true}`},
		"id with space":      {"id: s1,", "id: s 1,"},
		"judged not boolean": {`unit: "%"}`, `unit: "%", judged: yes}`},
		"no criteria":        {"criteria:\n", "criteria: []\nx:\n"},
		"bad date":           {"title: 测试", "title: 测试\ndate: 2020/06/24"},
		"name too long":      {"name: 桐柏路街道", "name: " + strings.Repeat("长", 501)},
	}
	for name, c := range cases {
		t.Run(name, func(t *testing.T) {
			if !strings.Contains(base, c[0]) {
				t.Fatalf("base has no %q", c[0])
			}
			raw := strings.Replace(base, c[0], c[1], 1)
			if err := s.Validate(fromYAML(t, []byte(raw))); err == nil {
				t.Fatalf("schema accepts:\n%s", raw)
			}
			if _, err := data.Load(name, []byte(raw), data.Options{}); err == nil {
				t.Fatalf("the loader accepts what the schema refuses:\n%s", raw)
			}
		})
	}
}

func TestJSONIsACopy(t *testing.T) {
	a := JSON()
	a[0] = 'x'
	if JSON()[0] == 'x' {
		t.Fatal("JSON returned the embedded bytes")
	}
}
