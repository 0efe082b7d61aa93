package data

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"liangsaibi/data/export"
	"liangsaibi/scoring"
)

// specDir holds the format's test vectors, kept in the repository.
const specDir = "../testdata/spec"

// TestSpecVectors runs every vector of the contract and compares every
// field of section 3 with the expected output.
func TestSpecVectors(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join(specDir, "*.expected.json"))
	if len(files) == 0 {
		t.Fatalf("no test vectors found in %s", specDir)
	}
	for _, exp := range files {
		name := strings.TrimSuffix(filepath.Base(exp), ".expected.json")
		t.Run(name, func(t *testing.T) {
			doc, err := LoadFile(filepath.Join(specDir, name+".yaml"), Options{})
			if err != nil {
				t.Fatalf("load: %v", err)
			}
			var got bytes.Buffer
			if err := export.WriteJSON(&got, scoring.Compute(doc.Comp)); err != nil {
				t.Fatal(err)
			}
			want, err := os.ReadFile(exp)
			if err != nil {
				t.Fatal(err)
			}
			var g, w map[string]any
			if err := json.Unmarshal(got.Bytes(), &g); err != nil {
				t.Fatalf("our output is not JSON: %v\n%s", err, got.String())
			}
			if err := json.Unmarshal(want, &w); err != nil {
				t.Fatal(err)
			}
			compareJSON(t, "", w, g)
		})
	}
}

// compareJSON reports every difference, not only the first.
func compareJSON(t *testing.T, path string, want, got any) {
	t.Helper()
	switch w := want.(type) {
	case map[string]any:
		g, ok := got.(map[string]any)
		if !ok {
			t.Errorf("%s: want object, got %v", path, got)
			return
		}
		for k, wv := range w {
			gv, present := g[k]
			if !present {
				t.Errorf("%s.%s: missing", path, k)
				continue
			}
			compareJSON(t, path+"."+k, wv, gv)
		}
	case []any:
		g, ok := got.([]any)
		if !ok || len(g) != len(w) {
			t.Errorf("%s: want %d elements, got %v", path, len(w), got)
			return
		}
		for i := range w {
			compareJSON(t, path+"["+string(rune('0'+i%10))+"]", w[i], g[i])
		}
	default:
		if !reflect.DeepEqual(want, got) {
			t.Errorf("%s: want %v, got %v", path, want, got)
		}
	}
}
