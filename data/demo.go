package data

import (
	"embed"
	"path"
)

//go:embed embed/demo.yaml embed/demo.prev.yaml embed/template.yaml
var embedded embed.FS

// DemoName is how the embedded demo is named in messages and titles.
const DemoName = "demo.yaml"

// Demo loads the embedded demo competition (示例数据), with its previous round.
func Demo() (*Doc, error) {
	raw, err := embedded.ReadFile("embed/demo.yaml")
	if err != nil {
		return nil, err
	}
	return Load(DemoName, raw, Options{ReadFile: func(p string) ([]byte, error) {
		return embedded.ReadFile("embed/" + path.Base(p))
	}})
}

// DemoFiles are the demo and its previous round, by file name, for `demo -o`.
func DemoFiles() (demo, prev []byte) {
	demo, _ = embedded.ReadFile("embed/demo.yaml")
	prev, _ = embedded.ReadFile("embed/demo.prev.yaml")
	return demo, prev
}

// DemoPrevName is the file name the demo's `previous:` refers to.
const DemoPrevName = "demo.prev.yaml"

// Template is the annotated template written by `init`.
func Template() []byte {
	b, _ := embedded.ReadFile("embed/template.yaml")
	return b
}
