package store

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"math/rand/v2"
	"os"
	"path/filepath"
	"syscall"
	"testing"
)

// sampleRecords appends n varied entries to a fresh journal and returns its
// path and the stored records.
func sampleRecords(t testing.TB, n int) (string, []Record) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "c.yaml.journal")
	j, _, err := OpenJournal(path, HashContent([]byte("base")))
	if err != nil {
		t.Fatal(err)
	}
	defer j.Close()
	values := []string{"17.5", "~", "recused", "0", "100", "8.123456"}
	var recs []Record
	for i := range n {
		judge := fmt.Sprintf("j%d", i%5)
		if i%4 == 0 {
			judge = "" // a direct item
		}
		r, err := j.Append(Record{
			Street: fmt.Sprintf("街道%d", i%14), Item: "show.results", Judge: judge,
			Value: values[i%len(values)], Old: values[(i+1)%len(values)],
		})
		if err != nil {
			t.Fatal(err)
		}
		recs = append(recs, r)
	}
	return path, recs
}

func sameRecords(t *testing.T, got, want []Record) {
	t.Helper()
	if len(got) != len(want) {
		t.Fatalf("%d records, want %d", len(got), len(want))
	}
	for i := range got {
		g, w := got[i], want[i]
		if !g.Time.Equal(w.Time) || g.Time.Location().String() != "UTC" {
			t.Fatalf("record %d time %v, want %v in UTC", i, g.Time, w.Time)
		}
		g.Time = w.Time
		if g != w {
			t.Fatalf("record %d = %+v, want %+v", i, g, w)
		}
	}
}

func TestJournalRoundTrip(t *testing.T) {
	path, recs := sampleRecords(t, 30)
	got, dmg, err := Replay(path)
	if err != nil || dmg.Dropped() {
		t.Fatalf("replay: %v, damage %+v", err, dmg)
	}
	sameRecords(t, got, recs)
	for i, r := range got {
		if r.Seq != uint64(i+1) || r.BaseHash != HashContent([]byte("base")) {
			t.Fatalf("record %d: seq %d base %s", i, r.Seq, r.BaseHash)
		}
	}
}

func TestReplayMissingJournalIsEmpty(t *testing.T) {
	got, dmg, err := Replay(filepath.Join(t.TempDir(), "none.journal"))
	if err != nil || len(got) != 0 || dmg.Dropped() {
		t.Fatalf("got %v %+v %v", got, dmg, err)
	}
}

// lineEnds returns the offset just past each record's newline.
func lineEnds(data []byte) []int {
	var ends []int
	for i, b := range data {
		if b == '\n' {
			ends = append(ends, i+1)
		}
	}
	return ends
}

func TestJournalRandomTruncations(t *testing.T) {
	path, recs := sampleRecords(t, 25)
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	ends := lineEnds(data)
	// Every cut point: the journal is small enough to try them all.
	for cut := 0; cut <= len(data); cut++ {
		whole := 0
		for whole < len(ends) && ends[whole] <= cut {
			whole++
		}
		got, dmg, err := parseResult(data[:cut])
		if err != nil {
			t.Fatalf("cut at %d: %v", cut, err)
		}
		sameRecords(t, got, recs[:whole])
		atBoundary := cut == 0 || (whole > 0 && ends[whole-1] == cut)
		if dmg.Dropped() == atBoundary {
			t.Fatalf("cut at %d: damage %+v, boundary %v", cut, dmg, atBoundary)
		}
	}
}

func parseResult(data []byte) ([]Record, Damage, error) {
	p, err := parseJournal("j", data)
	if err != nil {
		return nil, Damage{}, err
	}
	return p.records, p.damage, nil
}

func TestJournalTornTailIsTrimmedBeforeAppending(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	path, recs := sampleRecords(t, 10)
	data, _ := os.ReadFile(path)
	ends := lineEnds(data)
	for range 20 {
		k := rng.IntN(len(ends) - 1)
		cut := ends[k] + 1 + rng.IntN(ends[k+1]-ends[k]-1) // inside record k+1
		if err := os.WriteFile(path, data[:cut], 0o644); err != nil {
			t.Fatal(err)
		}
		j, rec, err := OpenJournal(path, recs[0].BaseHash)
		if err != nil {
			t.Fatal(err)
		}
		if !rec.Damage.Dropped() || len(rec.Pending) != k+1 {
			t.Fatalf("cut %d: %d pending, damage %+v", cut, len(rec.Pending), rec.Damage)
		}
		added, err := j.Append(Record{Street: "s", Item: "i", Value: "1"})
		j.Close()
		if err != nil {
			t.Fatal(err)
		}
		got, dmg, err := Replay(path)
		if err != nil || dmg.Dropped() {
			t.Fatalf("after append: %v %+v", err, dmg)
		}
		sameRecords(t, got, append(append([]Record{}, recs[:k+1]...), added))
	}
}

func TestJournalBitFlipsAreDetected(t *testing.T) {
	path, recs := sampleRecords(t, 12)
	data, _ := os.ReadFile(path)
	rng := rand.New(rand.NewPCG(3, 4))
	flipped := make([]byte, len(data))
	for pos := range data {
		for range 2 {
			bit := byte(1) << rng.IntN(8)
			copy(flipped, data)
			flipped[pos] ^= bit
			got, dmg, err := parseResult(flipped)
			if err != nil {
				if !errors.Is(err, ErrCorrupt) {
					t.Fatalf("byte %d bit %x: unexpected error %v", pos, bit, err)
				}
				continue
			}
			if !dmg.Dropped() {
				t.Fatalf("byte %d bit %x: flip went unnoticed", pos, bit)
			}
			// Only the tail may go, and what stays must be exactly right.
			if len(got) > len(recs) {
				t.Fatalf("byte %d bit %x: %d records from %d", pos, bit, len(got), len(recs))
			}
			sameRecords(t, got, recs[:len(got)])
		}
	}
}

func TestJournalMidFileDamageNamesTheLine(t *testing.T) {
	path, _ := sampleRecords(t, 5)
	data, _ := os.ReadFile(path)
	ends := lineEnds(data)
	data[ends[1]+12] ^= 0x20 // inside line 3
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	recs, _, err := Replay(path)
	var ce *CorruptError
	if !errors.As(err, &ce) || ce.Line != 3 || recs != nil {
		t.Fatalf("got %d records, error %v; want line 3 damaged and nothing usable", len(recs), err)
	}
	before, _ := os.ReadFile(path)
	if _, _, err := OpenJournal(path, ""); !errors.Is(err, ErrCorrupt) {
		t.Fatalf("OpenJournal: %v", err)
	}
	if after, _ := os.ReadFile(path); !bytes.Equal(before, after) {
		t.Fatal("OpenJournal modified a damaged journal")
	}
}

func TestJournalAppendFailureAddsNothing(t *testing.T) {
	path, recs := sampleRecords(t, 3)
	j, _, err := OpenJournal(path, recs[0].BaseHash)
	if err != nil {
		t.Fatal(err)
	}
	defer j.Close()
	j.Faults = &Faults{}
	for _, op := range []Op{OpWrite, OpSync} {
		restore := j.Faults.Inject(op, syscall.ENOSPC)
		_, err := j.Append(Record{Street: "s", Item: "i", Value: "9"})
		restore()
		if !IsDiskFull(err) {
			t.Fatalf("%s fault: error %v, want disk full", op, err)
		}
	}
	added, err := j.Append(Record{Street: "s", Item: "i", Value: "9"})
	if err != nil {
		t.Fatal(err)
	}
	if added.Seq != 4 {
		t.Errorf("seq %d after failed appends, want 4", added.Seq)
	}
	got, dmg, err := Replay(path)
	if err != nil || dmg.Dropped() {
		t.Fatalf("replay: %v %+v", err, dmg)
	}
	sameRecords(t, got, append(recs, added))
}

// Issue 17: a journal that is not a regular file, or is too large, is
// refused before it is read (a FIFO used to hang, /dev/zero to fill memory).
func TestReadRegularRefusesBeforeReading(t *testing.T) {
	dir := t.TempDir()
	big := filepath.Join(dir, "big.journal")
	f, err := os.Create(big)
	if err != nil {
		t.Fatal(err)
	}
	if err := f.Truncate(MaxJournalSize + 1); err != nil {
		t.Fatal(err)
	}
	f.Close()
	if _, _, err := Replay(big); !errors.Is(err, ErrTooBig) {
		t.Fatalf("a journal over the limit: %v", err)
	}
	if _, _, err := Replay(dir); !errors.Is(err, ErrNotRegular) {
		t.Fatalf("a folder as journal: %v", err)
	}
	if _, _, err := Replay(filepath.Join(dir, "missing")); err != nil {
		t.Fatalf("a missing journal is empty: %v", err)
	}
	if _, err := ReadRegular(filepath.Join(dir, "missing"), 1); !errors.Is(err, fs.ErrNotExist) {
		t.Fatalf("missing: %v", err)
	}
}
