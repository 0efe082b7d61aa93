package data

import (
	"embed"
	"os"
	"path"
	"path/filepath"
)

//go:embed embed/demo.yaml embed/demo.prev.yaml embed/demo.hist*.yaml embed/template.yaml
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

// DemoFile is a file the demo names, by file name.
type DemoFile struct {
	Name string
	Body []byte
}

// DemoHistory are the earlier rounds the demo's `history:` names (示例数据,
// fictional), oldest first: written beside the demo like its previous round.
func DemoHistory() []DemoFile {
	var out []DemoFile
	for _, n := range []string{"demo.hist1.yaml", "demo.hist2.yaml", "demo.hist3.yaml"} {
		b, _ := embedded.ReadFile("embed/" + n)
		out = append(out, DemoFile{Name: n, Body: b})
	}
	return out
}

// Template is the annotated template written by `init`.
func Template() []byte {
	b, _ := embedded.ReadFile("embed/template.yaml")
	return b
}

// WriteDemo writes the demo as DemoName and its earlier rounds into dir,
// and returns the demo's path: for tests and tools that need the demo as a
// file.
func WriteDemo(dir string) (string, error) {
	demo, _ := DemoFiles()
	path := filepath.Join(dir, DemoName)
	if err := os.WriteFile(path, demo, 0o644); err != nil {
		return "", err
	}
	return path, WriteDemoRounds(dir)
}

// WriteDemoRounds writes the demo's earlier rounds (its previous round and
// history) into dir, replacing files of the same names: for tests and tools
// that put the demo into a folder.
func WriteDemoRounds(dir string) error {
	_, prev := DemoFiles()
	files := append([]DemoFile{{Name: DemoPrevName, Body: prev}}, DemoHistory()...)
	for _, f := range files {
		if err := os.WriteFile(filepath.Join(dir, f.Name), f.Body, 0o644); err != nil {
			return err
		}
	}
	return nil
}
