// Package schema holds the JSON Schema of the competition file, with
// Chinese descriptions, for editors such as VS Code (yaml-language-server)
// to complete and check fields as people type. The loader in package data
// stays the authority: the schema catches most mistakes early, not all
// (duplicate ids, decimals, band order and cross-references are checked
// only by `liangsaibi validate`).
package schema

import _ "embed"

//go:embed competition.schema.json
var schemaJSON []byte

// FileName is the name the schema is saved under next to competition
// files; the template's `# yaml-language-server: $schema=` line names it.
const FileName = "competition.schema.json"

// JSON is the schema document (a copy: callers may change it).
func JSON() []byte { return append([]byte(nil), schemaJSON...) }
