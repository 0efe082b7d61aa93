package export

import (
	"archive/zip"
	"bytes"
	"io"
	"math/rand/v2"
	"strings"
	"testing"
)

// TestFastZipRoundTrips: parts of every size around the chunk size, written
// in pieces as excelize writes them, read back equal by archive/zip (which
// checks each part's CRC-32), in the order they were created, and the same
// parts give the same bytes every time.
func TestFastZipRoundTrips(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	sizes := []int{0, 1, 100, zipChunk - 1, zipChunk, zipChunk + 1, 3*zipChunk + 17}
	var parts [][]byte
	for _, n := range sizes {
		p := make([]byte, n)
		for i := range p {
			p[i] = "<row r=\"1\"><c>亮赛比</c></row>"[rng.IntN(30)] // compressible, like XML
		}
		parts = append(parts, p)
	}
	write := func() []byte {
		var buf bytes.Buffer
		z := fastZip(&buf)
		for i, p := range parts {
			w, err := z.Create(name(i))
			if err != nil {
				t.Fatal(err)
			}
			for len(p) > 0 { // in uneven pieces
				k := min(len(p), 1+rng.IntN(300_000))
				if _, err := w.Write(p[:k]); err != nil {
					t.Fatal(err)
				}
				p = p[k:]
			}
		}
		if err := z.Close(); err != nil {
			t.Fatal(err)
		}
		return buf.Bytes()
	}
	out := write()
	zr, err := zip.NewReader(bytes.NewReader(out), int64(len(out)))
	if err != nil {
		t.Fatalf("not a zip: %v", err)
	}
	if len(zr.File) != len(parts) {
		t.Fatalf("%d parts, wrote %d", len(zr.File), len(parts))
	}
	for i, f := range zr.File {
		if f.Name != name(i) {
			t.Errorf("part %d is %s, created %s", i, f.Name, name(i))
		}
		r, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		got, err := io.ReadAll(r) // fails on a wrong CRC-32 or size
		if err != nil {
			t.Fatalf("%s: %v", f.Name, err)
		}
		if !bytes.Equal(got, parts[i]) {
			t.Errorf("%s: read back %d bytes differing from the %d written", f.Name, len(got), len(parts[i]))
		}
		if f.Method != zip.Deflate {
			t.Errorf("%s: method %d, want deflate", f.Name, f.Method)
		}
	}
	if again := write(); !bytes.Equal(again, out) {
		t.Error("the same parts gave different bytes")
	}
}

func name(i int) string { return "xl/part" + strings.Repeat("x", i) + ".xml" }

// TestEarlyPartsAreCheckedAgainstWhatIsWritten: a part deflated early is
// written when excelize writes the same bytes, and the workbook fails
// rather than carry a part that differs from them.
func TestEarlyPartsAreCheckedAgainstWhatIsWritten(t *testing.T) {
	part := strings.Repeat("<c r=\"A1\"><v>1</v></c>", 100_000) // 2 MB: several chunks
	write := func(excelizeWrites string) ([]byte, error) {
		var buf bytes.Buffer
		z := newParallelZip()
		zw := z.start(&buf)
		z.deflateEarly("xl/worksheets/sheet1.xml", strings.NewReader(part))
		w, err := zw.Create("xl/worksheets/sheet1.xml")
		if err != nil {
			return nil, err
		}
		if _, err := io.WriteString(w, excelizeWrites); err != nil {
			return nil, err
		}
		err = zw.Close()
		return buf.Bytes(), err
	}
	out, err := write(part)
	if err != nil {
		t.Fatal(err)
	}
	zr, err := zip.NewReader(bytes.NewReader(out), int64(len(out)))
	if err != nil {
		t.Fatal(err)
	}
	r, err := zr.File[0].Open()
	if err != nil {
		t.Fatal(err)
	}
	if got, err := io.ReadAll(r); err != nil || string(got) != part {
		t.Fatalf("read back %d bytes (%v), wrote %d", len(got), err, len(part))
	}
	if _, err := write(part[:len(part)-1] + "x"); err != errPartChanged {
		t.Errorf("a changed part: %v, want errPartChanged", err)
	}
}
