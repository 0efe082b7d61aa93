package data

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"liangsaibi/scoring"
)

func loadCase(t *testing.T, name string) *Doc {
	t.Helper()
	doc, err := LoadFile(filepath.Join(specDir, name), Options{})
	if err != nil {
		t.Fatal(err)
	}
	return doc
}

func dec(t *testing.T, s string) scoring.Dec {
	t.Helper()
	v, err := scoring.ParseDec(s)
	if err != nil {
		t.Fatal(err)
	}
	return v
}

// changedLines compares two texts line by line: lines changed in place,
// and how many lines were added.
func changedLines(a, b string) (changed []string, added int) {
	la, lb := strings.Split(a, "\n"), strings.Split(b, "\n")
	added = len(lb) - len(la)
	i, j := 0, 0
	for i < len(la) && j < len(lb) {
		if la[i] == lb[j] {
			i, j = i+1, j+1
			continue
		}
		if added > 0 && i < len(la) && j+1 < len(lb) && la[i] == lb[j+1] {
			changed = append(changed, "+"+lb[j])
			j++
			continue
		}
		changed = append(changed, lb[j])
		i, j = i+1, j+1
	}
	for ; j < len(lb); j++ {
		changed = append(changed, "+"+lb[j])
	}
	return changed, added
}

func TestRenderChangesOnlyTheScoreLine(t *testing.T) {
	doc := loadCase(t, "example.yaml")
	c := doc.Comp
	s, it := c.FindStreet("xushui"), c.FindItem("show.results")
	c2 := c.WithSlot(s, it, 1, scoring.Number(dec(t, "15.5")))
	c2 = c2.WithSlot(s, it, 3, scoring.Slot{})
	out, err := Render(doc.Source, c2)
	if err != nil {
		t.Fatal(err)
	}
	changed, added := changedLines(string(doc.Source), string(out))
	if added != 0 || len(changed) != 1 {
		t.Fatalf("want one changed line, got %d changed, %d added: %q", len(changed), added, changed)
	}
	want := "    show.results: [15, 15.5, 16, ~, 14]   # ~ = not scored yet; recused (or 回避) = judge stands aside"
	if changed[0] != want {
		t.Fatalf("changed line:\n got %q\nwant %q", changed[0], want)
	}
}

func TestRenderAddsMissingItemLine(t *testing.T) {
	doc := loadCase(t, "example.yaml")
	c := doc.Comp
	s, it := c.FindStreet("xushui"), c.FindItem("compete.talk")
	c2 := c.WithSlot(s, it, 0, scoring.Number(dec(t, "8")))
	out, err := Render(doc.Source, c2)
	if err != nil {
		t.Fatal(err)
	}
	changed, added := changedLines(string(doc.Source), string(out))
	if added != 1 || len(changed) != 1 || changed[0] != "+    compete.talk: [8, ~, ~, ~, ~]" {
		t.Fatalf("got %d added: %q", added, changed)
	}
}

func TestRenderFlowStreetAndNewStreet(t *testing.T) {
	doc := loadCase(t, "partial.yaml")
	c := doc.Comp
	// s6 is a flow mapping without test.paper; s5 has no scores at all.
	c2 := c.WithSlot(c.FindStreet("s6"), c.FindItem("test.paper"), 0, scoring.Number(dec(t, "77.5")))
	c2 = c2.WithSlot(c.FindStreet("s5"), c.FindItem("show.work"), 2, scoring.Slot{State: scoring.Recused})
	out, err := Render(doc.Source, c2)
	if err != nil {
		t.Fatal(err)
	}
	changed, added := changedLines(string(doc.Source), string(out))
	if added != 1 || len(changed) != 2 {
		t.Fatalf("got %d added: %q", added, changed)
	}
	if !strings.Contains(string(out), "s6: {show.work: [8, 8, 8, 8, 8, 8], test.paper: 77.5}") ||
		!strings.Contains(string(out), "  s5: {show.work: [~, ~, recused, ~, ~, ~]}") {
		t.Fatalf("unexpected text:\n%s", out)
	}
}

func TestRenderIntoTemplateAndDemo(t *testing.T) {
	for name, src := range map[string][]byte{"template": Template(), "demo": mustDemo(t)} {
		doc, err := Load(name+".yaml", src, Options{ReadFile: func(string) ([]byte, error) { _, p := DemoFiles(); return p, nil }})
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		c := doc.Comp
		// Fill every empty slot of every street: the file must take them all.
		for s := range c.Streets {
			for i := range c.Items {
				for j, slot := range c.Scores[s][i] {
					if slot.State == scoring.Empty {
						c = c.WithSlot(s, i, j, scoring.Number(scoring.DecFromInt(1)))
					}
				}
			}
		}
		if _, err := Render(doc.Source, c); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
	}
}

func mustDemo(t *testing.T) []byte {
	d, _ := DemoFiles()
	return d
}

func TestRenderKeepsCommentsEverywhere(t *testing.T) {
	raw, _ := os.ReadFile(filepath.Join(specDir, "example.yaml"))
	doc := loadCase(t, "example.yaml")
	out, err := Render(doc.Source, doc.Comp)
	if err != nil {
		t.Fatal(err)
	}
	if string(out) != string(raw) {
		t.Fatal("rendering unchanged scores changed the text")
	}
}

// Render is render without the places: the tests compare text.
func Render(src []byte, comp *scoring.Competition) ([]byte, error) {
	out, _, err := render(src, comp)
	return out, err
}
