// Package data reads and writes liangsaibi's files: competition files with
// line:column errors, ranked exports, and the embedded demo.
package data

import (
	"bytes"
	"crypto/sha256"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"path/filepath"
	"strings"
	"time"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"
	"golang.org/x/text/encoding/simplifiedchinese"

	"liangsaibi/data/store"
	"liangsaibi/display"
	"liangsaibi/i18n"
	"liangsaibi/scoring"
)

// MaxFileSize is the largest competition file read. A city's thousands of
// streets fit well below it; anything larger is a mistake or an attack, and
// parsing it would cost far too much memory.
const MaxFileSize = 64 << 20

// MaxPreviousSize and maxPreviousStructure bound the ranked export named by
// `previous:`. It is parsed whole, at about 200 bytes of memory per entry,
// so the entry limit keeps it near 100 MB; a city's export (3,000 streets,
// 20 items) holds about 250,000 entries.
const (
	MaxPreviousSize      = 16 << 20
	maxPreviousStructure = 400_000
)

// Options say how to read a file.
type Options struct {
	// Encoding is "" or "utf-8" (the default), or "gb18030" to decode a
	// file saved in GBK/GB18030. The encoding is never guessed.
	Encoding string
	// ReadFile reads the file named by `previous:`; nil means ReadPrevious.
	// The path is already joined to the competition file's folder.
	ReadFile func(path string) ([]byte, error)
	// Places makes the Doc remember where each score is written, so saving
	// can change numbers in place (Session sets it; ranking does not pay).
	Places bool
	// Progress, when set, is told how much of the text has been read
	// (bytes of the UTF-8 text) as the scores section is read in pieces,
	// for a dashboard's progress while a large file loads. It is called on
	// the loading goroutine; a file read whole reports nothing.
	Progress func(done, total int)
	// SkipHistory leaves the files named by `history:` unread (the list
	// itself is still checked): for a command whose output never shows
	// the earlier rounds, such as rank, which then reads two files, not
	// five, for the demo.
	SkipHistory bool
}

// Doc is a loaded competition file: the competition and what is needed to
// write scores back into the same text.
type Doc struct {
	Path string // as given by the user; "" for the embedded demo
	Comp *scoring.Competition
	// Source is the file's text as UTF-8 without a BOM; Hash is the
	// SHA-256 of the bytes on disk (before decoding).
	Source []byte
	Hash   [32]byte
	BOM    bool
	// Encoding the file was read with ("utf-8" or "gb18030").
	Encoding string

	// Journal is what LoadWithJournal counted from the entry journal.
	Journal JournalState

	places *places // where Comp's scores are in Source; nil unless Options.Places
}

// LoadFile reads and validates the competition file at path.
func LoadFile(path string, opts Options) (*Doc, error) {
	raw, err := readCapped(path)
	if err != nil {
		return nil, err
	}
	if opts.ReadFile == nil {
		opts.ReadFile = ReadPrevious
	}
	doc, err := Load(path, raw, opts)
	if doc != nil {
		doc.Path = path
	}
	return doc, err
}

// inUseWait is how long a read retries a file another program holds.
const inUseWait = time.Second

// readCapped reads a competition file: a regular file (not a device, a
// pipe or a folder) of at most MaxFileSize bytes, checked before reading.
func readCapped(path string) ([]byte, error) {
	raw, err := store.ReadRegular(path, MaxFileSize)
	// Windows refuses an open while another process replaces the file
	// (a writer's save, seen by a follower or a projector): wait it out
	// for a moment, as the save itself does, before calling it in use.
	for end := time.Now().Add(inUseWait); err != nil && isInUse(err) && time.Now().Before(end); {
		time.Sleep(50 * time.Millisecond)
		raw, err = store.ReadRegular(path, MaxFileSize)
	}
	var se *store.SizeError
	if errors.As(err, &se) {
		return nil, fileProblem(path, "file.too_big", humanSize(int(min(se.Size, 1<<40))), humanSize(MaxFileSize))
	}
	if errors.Is(err, fs.ErrNotExist) {
		return nil, notFound(path)
	}
	if err != nil {
		return nil, fileProblem(path, "file.read", Reason(err))
	}
	return raw, nil
}

// notFound says where a missing file was looked for and how to make one.
func notFound(path string) Problems {
	dir, err := filepath.Abs(filepath.Dir(path))
	if err != nil {
		dir = filepath.Dir(path)
	}
	name := display.Sanitize(path)
	if strings.ContainsAny(name, " \t") {
		name = `"` + name + `"`
	}
	return fileProblem(path, "file.not_found", display.Sanitize(dir), name, name)
}

// ReadPrevious reads the file named by `previous:` like a competition file
// (regular, checked before reading), at most MaxPreviousSize bytes.
func ReadPrevious(path string) ([]byte, error) {
	return store.ReadRegular(path, MaxPreviousSize)
}

func humanSize(n int) string {
	if n >= 1<<30 {
		return fmt.Sprintf("%d GiB", n>>30)
	}
	if n >= 1<<20 {
		return fmt.Sprintf("%d MiB", n>>20)
	}
	return fmt.Sprintf("%d KiB", n>>10)
}

func fileProblem(file, key string, args ...any) Problems {
	return Problems{{File: file, Msg: i18n.Message{Catalog: msgs, Key: key, Args: args}}}
}

// Load validates the bytes of a competition file named name (used in
// messages and to find `previous:`). It returns every problem at once as
// Problems. It never panics.
func Load(name string, raw []byte, opts Options) (doc *Doc, err error) {
	defer func() {
		if r := recover(); r != nil { // the YAML library can panic on hostile input
			doc, err = nil, fileProblem(name, "yaml.crash")
		}
	}()
	if len(raw) > MaxFileSize {
		return nil, fileProblem(name, "file.too_big", humanSize(len(raw)), humanSize(MaxFileSize))
	}
	text, bom, enc, perr := decodeText(name, raw, opts.Encoding)
	if perr != nil {
		return nil, perr
	}
	if len(bytes.TrimSpace(text)) == 0 {
		return nil, fileProblem(name, "file.empty")
	}
	if ps := controlProblem(name, text); ps != nil {
		return nil, ps // the YAML library would name no line or column
	}
	if n := countStructure(text); n > maxStructure {
		return nil, fileProblem(name, "file.too_many_values", n, maxStructure)
	}
	d, comp, perr := decodeYAML(name, text, opts.Places, opts.Progress)
	if perr != nil {
		return nil, perr
	}
	if d.prevNode != nil && len(d.probs) == 0 {
		d.loadPrevious(comp, opts)
	}
	if len(d.histNodes) > 0 && len(d.probs) == 0 && !opts.SkipHistory {
		d.loadHistory(comp, opts)
	}
	if len(d.probs) > 0 {
		d.sortProblems()
		return nil, d.probs
	}
	return &Doc{Comp: comp, Source: text, Hash: sha256.Sum256(raw), BOM: bom, Encoding: enc, places: d.places}, nil
}

var utf8BOM = []byte{0xEF, 0xBB, 0xBF}

// decodeText turns the file's bytes into UTF-8 text without a BOM.
func decodeText(name string, raw []byte, encoding string) (text []byte, bom bool, enc string, err error) {
	switch encoding {
	case "", "utf-8", "utf8", "UTF-8":
		if bytes.HasPrefix(raw, utf8BOM) {
			raw, bom = raw[len(utf8BOM):], true
		}
		if !utf8.Valid(raw) {
			if looksGB18030(raw) {
				return nil, false, "", fileProblem(name, "file.gbk")
			}
			return nil, false, "", fileProblem(name, "file.not_utf8", firstBadLine(raw))
		}
		return raw, bom, "utf-8", nil
	case "gb18030", "GB18030", "gbk", "GBK":
		out, derr := simplifiedchinese.GB18030.NewDecoder().Bytes(raw)
		if derr != nil {
			return nil, false, "", fileProblem(name, "file.gb_replaced", 1)
		}
		if i := bytes.IndexRune(out, utf8.RuneError); i >= 0 {
			return nil, false, "", fileProblem(name, "file.gb_replaced", 1+bytes.Count(out[:i], []byte("\n")))
		}
		return bytes.TrimPrefix(out, utf8BOM), false, "gb18030", nil
	}
	return nil, false, "", fileProblem(name, "file.bad_encoding", encoding)
}

// looksGB18030 reports whether bytes that are not UTF-8 decode cleanly as
// GB18030 into mostly CJK text: then we can tell the user what it is.
func looksGB18030(raw []byte) bool {
	out, err := simplifiedchinese.GB18030.NewDecoder().Bytes(raw)
	if err != nil || bytes.ContainsRune(out, utf8.RuneError) {
		return false
	}
	cjk := 0
	for _, r := range string(out) {
		if r >= 0x4e00 && r <= 0x9fff {
			cjk++
		}
	}
	return cjk > 0
}

func firstBadLine(raw []byte) int {
	line := 1
	for len(raw) > 0 {
		r, n := utf8.DecodeRune(raw)
		if r == utf8.RuneError && n <= 1 {
			return line
		}
		if r == '\n' {
			line++
		}
		raw = raw[n:]
	}
	return line
}

// decodeYAML parses and decodes the text of a competition file. The scores
// section is read in pieces when it has the plain layout (chunks.go), most
// lines without the YAML library (chunks_scan.go); otherwise, or at any
// doubt, the whole text is parsed as one.
func decodeYAML(name string, text []byte, places bool, progress func(done, total int)) (*decoder, *scoring.Competition, error) {
	if d, comp, ok := decodeInPieces(name, text, places, progress); ok {
		return d, comp, nil
	}
	if n := countStructure(text); n > maxWholeStructure {
		return nil, nil, fileProblem(name, "file.too_many_values_whole", n, maxWholeStructure)
	}
	root, err := parseYAML(name, text)
	if err != nil {
		return nil, nil, err
	}
	d := newDecoder(name, root)
	if places {
		d.keepPlaces(text)
	}
	return d, d.competition(), nil
}

// decodeInPieces is decodeYAML reading the scores section in pieces; ok is
// false when it cannot (then nothing it did counts).
func decodeInPieces(name string, text []byte, places bool, progress func(done, total int)) (*decoder, *scoring.Competition, bool) {
	head, keyLine, chunks, ok := splitScores(text)
	if !ok {
		return nil, nil, false
	}
	if countStructure(head) > maxWholeStructure {
		return nil, nil, false // refused by decodeYAML, which counts the whole
	}
	root, err := parseYAML(name, head)
	if err != nil {
		return nil, nil, false
	}
	d := newDecoder(name, root)
	d.chunks = &scoreChunks{text: text, list: chunks, keyLine: keyLine, progress: progress}
	if places {
		d.keepPlaces(text)
	}
	comp := d.competition()
	return d, comp, !d.chunks.failed
}

// parseYAML parses exactly one YAML document into a node tree. Aliases are
// not expanded by the node tree, so alias bombs cost nothing here; the
// decoder refuses anchors and aliases outright.
func parseYAML(name string, text []byte) (*yaml.Node, error) {
	dec := yaml.NewDecoder(bytes.NewReader(text))
	var root yaml.Node
	if err := dec.Decode(&root); err != nil {
		return nil, syntaxProblem(name, text, err)
	}
	var extra yaml.Node
	if err := dec.Decode(&extra); err == nil {
		return nil, Problems{{File: name, Line: extra.Line, Col: extra.Column, Msg: i18n.Message{Catalog: msgs, Key: "yaml.multi_doc"}}}
	} else if !errors.Is(err, io.EOF) {
		return nil, syntaxProblem(name, text, err)
	}
	return &root, nil
}

// PathNear joins a path named inside a file to that file's folder.
func PathNear(file, rel string) string {
	if filepath.IsAbs(rel) || file == "" {
		return rel
	}
	return filepath.Join(filepath.Dir(file), rel)
}
