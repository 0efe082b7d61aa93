package export

import (
	"archive/zip"
	"bytes"
	"errors"
	"github.com/klauspost/compress/flate"
	"hash/crc32"
	"io"
	"io/fs"
	"runtime"

	"github.com/xuri/excelize/v2"
)

// parallelZip is the workbook's zip writer. It deflates at the fastest
// level (the default level spent as long compressing a city's workbook as
// making it, for a file about a fifth smaller), each part cut into chunks
// deflated on every core at once, and a sheet's part as soon as the sheet
// is done (deflateEarly), while the next sheets are made. Parts are written
// in the order excelize creates them; the output depends only on the parts,
// not on timing.
type parallelZip struct {
	zw        *zip.Writer
	deflaters chan *deflater      // the idle ones; one per core
	part      *zipPart            // the part being written, nil before the first
	early     map[string]*zipPart // parts deflated before WriteTo, by name
}

func newParallelZip() *parallelZip {
	z := &parallelZip{deflaters: make(chan *deflater, runtime.GOMAXPROCS(0)), early: map[string]*zipPart{}}
	for range cap(z.deflaters) {
		z.deflaters <- &deflater{}
	}
	return z
}

// start is the zip writer on w, for excelize's SetZipWriter.
func (z *parallelZip) start(w io.Writer) excelize.ZipWriter {
	z.zw = zip.NewWriter(w)
	return z
}

// fastZip is a parallelZip on w.
func fastZip(w io.Writer) excelize.ZipWriter { return newParallelZip().start(w) }

// zipChunk is how much of a part one goroutine deflates: large enough that
// the chunks' separate dictionaries cost nothing measurable.
const zipChunk = 1 << 20

// finalBlock ends a deflate stream whose chunks each ended with a sync
// flush (a byte-aligned empty stored block, not final): an empty stored
// block marked final.
var finalBlock = []byte{0x01, 0x00, 0x00, 0xff, 0xff}

// errPartChanged would mean a part deflated early differs from what
// excelize wrote at the end: never written, rather than a wrong file.
var errPartChanged = errors.New("xlsx: a sheet changed after it was compressed")

// deflater is a chunk being filled and then deflated, with the deflate
// state it reuses (about 1 MB, too costly to make per chunk).
type deflater struct {
	in []byte
	fw *flate.Writer
}

// zipPart is one part being written: its checksum and size so far, the
// chunk being filled, and the chunks handed to goroutines, in order.
type zipPart struct {
	z      *parallelZip
	name   string
	crc    uint32
	size   uint64
	cur    *deflater // the chunk being filled, nil between chunks
	chunks []chan []byte
	fed    chan error // a part deflated early: done reading it
	// check sums what excelize writes of a part deflated early
	check *zipPart
}

// deflateEarly deflates part name from r on other goroutines now; r must
// stay unchanged until Create(name) (or wait) returns.
func (z *parallelZip) deflateEarly(name string, r io.Reader) {
	p := &zipPart{z: z, name: name, fed: make(chan error, 1)}
	z.early[name] = p
	go func() {
		_, err := io.Copy(p, r)
		if p.cur != nil {
			p.deflate() // not held: the other parts need the deflaters
		}
		p.fed <- err
	}()
}

// wait lets every part deflated early finish reading, as when the workbook
// is abandoned before it is written.
func (z *parallelZip) wait() {
	for name, p := range z.early {
		<-p.fed
		for _, c := range p.chunks {
			<-c
		}
		delete(z.early, name)
	}
}

func (z *parallelZip) Create(name string) (io.Writer, error) {
	if err := z.finish(); err != nil {
		return nil, err
	}
	if p, ok := z.early[name]; ok {
		delete(z.early, name)
		z.part = p
		if err := <-p.fed; err != nil {
			return nil, err
		}
		p.check = &zipPart{}
		return p.check, nil
	}
	z.part = &zipPart{z: z, name: name}
	return z.part, nil
}

func (z *parallelZip) AddFS(fsys fs.FS) error {
	if err := z.finish(); err != nil {
		return err
	}
	return z.zw.AddFS(fsys)
}

func (z *parallelZip) Close() error {
	if err := z.finish(); err != nil {
		return err
	}
	return z.zw.Close()
}

func (p *zipPart) Write(b []byte) (int, error) {
	n := len(b)
	p.crc = crc32.Update(p.crc, crc32.IEEETable, b)
	p.size += uint64(n)
	if p.z == nil {
		return n, nil // a check: only summed
	}
	for len(b) > 0 {
		if p.cur == nil {
			p.cur = <-p.z.deflaters // waits while every core deflates
			if p.cur.in == nil {
				p.cur.in = make([]byte, 0, zipChunk)
			}
			p.cur.in = p.cur.in[:0]
		}
		k := min(len(b), zipChunk-len(p.cur.in))
		p.cur.in = append(p.cur.in, b[:k]...)
		b = b[k:]
		if len(p.cur.in) == zipChunk {
			p.deflate()
		}
	}
	return n, nil
}

// deflate hands the chunk being filled to a goroutine.
func (p *zipPart) deflate() {
	d, out := p.cur, make(chan []byte, 1)
	p.cur = nil
	p.chunks = append(p.chunks, out)
	go func() {
		out <- d.deflate()
		p.z.deflaters <- d
	}()
}

// finish writes the part being written, if any, once its chunks are done.
func (z *parallelZip) finish() error {
	p := z.part
	if p == nil {
		return nil
	}
	z.part = nil
	if p.cur != nil {
		p.deflate()
	}
	deflated := make([][]byte, 0, len(p.chunks)+1)
	size := uint64(len(finalBlock))
	for _, c := range p.chunks {
		d := <-c
		deflated = append(deflated, d)
		size += uint64(len(d))
	}
	if p.check != nil && (p.check.crc != p.crc || p.check.size != p.size) {
		return errPartChanged
	}
	w, err := z.zw.CreateRaw(&zip.FileHeader{
		Name: p.name, Method: zip.Deflate, CRC32: p.crc,
		CompressedSize64: size, UncompressedSize64: p.size,
	})
	if err != nil {
		return err
	}
	for _, d := range append(deflated, finalBlock) {
		if _, err := w.Write(d); err != nil {
			return err
		}
	}
	return nil
}

// deflate is the chunk deflated, ending with a sync flush so that the next
// chunk's deflated bytes can follow.
func (d *deflater) deflate() []byte {
	var out bytes.Buffer
	out.Grow(len(d.in)/4 + 64)
	if d.fw == nil {
		d.fw, _ = flate.NewWriter(&out, flate.BestSpeed) // a valid level: no error
	} else {
		d.fw.Reset(&out)
	}
	_, _ = d.fw.Write(d.in) // a bytes.Buffer does not fail
	_ = d.fw.Flush()
	return out.Bytes()
}
