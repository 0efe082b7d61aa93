package data

import (
	"os"
	"strings"
	"testing"

	"liangsaibi/data/store"
	"liangsaibi/i18n"
	"liangsaibi/scoring"
)

// Issue 17, item 2: every limit the program enforces is the one the format
// documents (both languages) and the schema states.
func TestLimitsAreDocumented(t *testing.T) {
	largest := scoring.MaxDec.String()
	if largest != "9223372036.854775" {
		t.Fatalf("MaxDec is %s: update docs/format*.md, the schema and num.too_large", largest)
	}
	if _, err := scoring.ParseDec(largest); err != nil {
		t.Fatalf("the largest number is refused: %v", err)
	}
	if _, err := scoring.ParseDec("9223372036.854776"); err != scoring.ErrTooLarge {
		t.Fatalf("one millionth more is accepted: %v", err)
	}
	zh, en := read(t, "../docs/format.md"), read(t, "../docs/format.en.md")
	schema := read(t, "schema/competition.schema.json")
	for _, doc := range []struct{ name, text string }{{"format.md", zh}, {"format.en.md", en}} {
		for _, want := range []string{largest, humanSize(MaxFileSize), humanSize(MaxPreviousSize), humanSize(store.MaxJournalSize),
			humanSize(store.MaxAuditSize)} {
			if !strings.Contains(doc.text, want) {
				t.Errorf("%s does not state the limit %s", doc.name, want)
			}
		}
	}
	for _, want := range []string{"100000", "200", "2000", "500"} {
		if !strings.Contains(zh, "| "+want) && !strings.Contains(zh, want+" 个") && !strings.Contains(zh, want+" 位") {
			t.Errorf("format.md does not state %s", want)
		}
	}
	if maxStreets != 100_000 || maxJudges != 200 || maxItems != 2_000 || maxTextLen != 500 || maxPreviousStructure != 400_000 || maxWholeStructure != 750_000 {
		t.Errorf("a limit changed: update docs/format*.md and the schema")
	}
	if strings.Count(schema, largest) < 8 || !strings.Contains(schema, `"maxItems": 100000`) || !strings.Contains(schema, `"maxItems": 2000`) {
		t.Errorf("the schema does not state the limits")
	}
	for _, l := range []i18n.Lang{i18n.Zh, i18n.En} {
		if !strings.Contains(msgs.T(l, "num.too_large", "1"), largest) {
			t.Errorf("num.too_large does not say the largest number")
		}
	}
}

func read(t *testing.T, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}
