package export

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"strings"
	"testing"

	"liangsaibi/data/seal"
	"liangsaibi/i18n"
)

// A CSV for people ends with its digest after a blank line; a table
// reader that stops at the blank line reads the same table as a CSV for
// programs, which has no digest line at all.
func TestCSVDigestLineOnlyForPeople(t *testing.T) {
	st := testStandings(t)
	d := seal.Digest(st.Comp)
	table := readCSV(t, exportCSV(t, st, testOptions()))
	for _, rec := range table {
		if strings.Contains(strings.Join(rec, ","), seal.Short(d)) {
			t.Fatalf("a CSV for programs carries the digest: %q", rec)
		}
	}
	o := testOptions()
	o.ForPeople, o.Lang = true, i18n.Zh
	raw := exportCSV(t, st, o)
	text := string(raw[len(utf8BOM):])
	body, tail, ok := strings.Cut(text, "\r\n\r\n")
	if !ok {
		t.Fatalf("no blank line before the digest:\n%s", text)
	}
	if want := "校验码," + seal.Short(d) + "," + d + "\r\n"; tail != want {
		t.Fatalf("digest line %q, want %q", tail, want)
	}
	recs, err := csv.NewReader(strings.NewReader(body)).ReadAll()
	if err != nil || len(recs) != len(table) {
		t.Fatalf("the table before the digest: %d records (%v), want %d", len(recs), err, len(table))
	}
	o.Encoding = GB18030
	if gb := exportCSV(t, st, o); !bytes.Contains(gb, []byte(seal.Short(d))) {
		t.Fatal("the GB18030 CSV for people has no digest")
	}
}

func TestJSONCarriesDigest(t *testing.T) {
	st := testStandings(t)
	var buf bytes.Buffer
	if err := WriteJSON(&buf, st); err != nil {
		t.Fatal(err)
	}
	var got struct{ Digest string }
	if err := json.Unmarshal(buf.Bytes(), &got); err != nil {
		t.Fatal(err)
	}
	if got.Digest != seal.Digest(st.Comp) {
		t.Fatalf("digest %q, want %q", got.Digest, seal.Digest(st.Comp))
	}
}
