package excelize

import (
	"errors"
	"io"
	"os"
	"strconv"
)

// SetRowXML writes row number row (1-based, after any row written before)
// whose cells the caller has rendered as XML: a sequence of <c> elements
// exactly as SetRow writes them (see CellInlineStrXML for text). It is
// SetRow without the per-cell work, for callers that write many cells of a
// few kinds. The row has no attributes (no RowOpts).
//
// Added by liangsaibi's patch (PATCHES.md).
func (sw *StreamWriter) SetRowXML(row int, cells []byte) error {
	if row <= sw.rows {
		return newStreamSetRowError(row)
	}
	sw.rows = row
	sw.writeSheetData()
	var r [24]byte
	_, _ = sw.rawData.Write(append(strconv.AppendInt(append(r[:0], `<row r="`...), int64(row), 10), `">`...))
	_, _ = sw.rawData.Write(cells)
	_, _ = sw.rawData.WriteString(`</row>`)
	if sw.rawData.buf.Len() < rowXMLSpill {
		return nil
	}
	if sw.rawData.tmp == nil {
		var err error
		if sw.rawData.tmp, err = os.CreateTemp(sw.rawData.tmpDir, "excelize-"); err != nil {
			return nil // as Sync: keep the rows in memory
		}
	}
	return sw.rawData.Flush()
}

// rowXMLSpill is how much of a sheet SetRowXML keeps in memory before it
// appends it to the temporary file. Sync waits for StreamChunkSize (16 MB),
// but growing the buffer to that size by doubling, each new array zeroed,
// cost more than the writes: a sheet's rows come here in bulk.
const rowXMLSpill = 1 << 20

// CellInlineStrXML is what follows the attributes of an inline-string
// cell holding s as SetRow writes it: ` t="inlineStr"><is><t>…</t></is>`,
// escaped, truncated to the cell limit and marked xml:space="preserve" as
// SetRow does. A caller that writes the same text many times can render it
// once.
//
// Added by liangsaibi's patch (PATCHES.md).
func CellInlineStrXML(s string) string {
	var c xlsxC
	c.setInlineStr(s)
	var w bufferedWriter
	writeCell(&w, c)
	// writeCell wrote `<c r="">` + content + `</c>`: keep what is after r.
	out := w.buf.String()
	return out[len(`<c r=""`) : len(out)-len(`</c>`)]
}

// FormatCellFloat is a number as SetRow writes a float64 value: the
// shortest form, rounded to Excel's 15 significant digits.
//
// Added by liangsaibi's patch (PATCHES.md).
func FormatCellFloat(v float64) string { return formatCellFloat(v, -1, 64) }

// FlushedPart is, after Flush, the name of the stream's part in the
// package (as WriteTo passes it to the ZipWriter's Create) and a reader of
// exactly the bytes WriteTo will copy there, so that a ZipWriter can
// compress the part while the rest of the workbook is being made. The
// reading must end before WriteTo or Close is called.
//
// Added by liangsaibi's patch (PATCHES.md).
func (sw *StreamWriter) FlushedPart() (string, io.Reader, error) {
	r, err := sw.rawData.Reader()
	return sw.file.sheetMap[sw.Sheet], r, err
}

// ErrZipStreamTooLarge is WriteZipTo's answer for a part of 4 GB or more.
var ErrZipStreamTooLarge = errors.New("a part of 4 GB or more needs WriteTo (ZIP64 headers)")

// WriteZipTo writes the workbook to w as it zips it, where WriteTo builds
// the whole file in a buffer first: the file is not held in memory. It
// does not encrypt (Options.Password), and fails on a part of 4 GB or more,
// whose local header WriteTo patches in its buffer (ZIP64).
//
// Added by liangsaibi's patch (PATCHES.md).
func (f *File) WriteZipTo(w io.Writer) error {
	zw := f.ZipWriter(w)
	if err := f.writeToZip(zw); err != nil {
		_ = zw.Close()
		return err
	}
	if len(f.zip64Entries) > 0 {
		_ = zw.Close()
		return ErrZipStreamTooLarge
	}
	return zw.Close()
}
