// Package framecache keeps the last standings of each competition file the
// dashboard opened, so that its first frame can show the rankings at once
// while the file loads (a city file takes half a second to read).
//
// An entry is found by a key that is exactly what the standings are a
// function of: the file's bytes, its journal's bytes (or none), the
// encoding it is read with, the cache format and the program's build. The
// files the standings also read (the rounds named by previous: and
// history:) are listed in the entry with their hashes and checked on every
// read. Any doubt — a missing, corrupt, truncated or foreign entry, a
// changed file — is a miss, never an error: the real load always follows.
//
// Entries live in the user's cache folder (os.UserCacheDir()/liangsaibi,
// 0700, files 0600), never beside the user's file; at most maxEntries and
// maxBytes of them are kept. LIANGSAIBI_NO_CACHE=1 turns the cache off.
package framecache

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"liangsaibi/data/store"
	"liangsaibi/scoring"
)

// Bounds of the cache folder: the newest entries are kept.
const (
	maxEntries = 16
	maxBytes   = 64 << 20
	// maxEntry is the largest entry read (a stress file's is ~4 MB).
	maxEntry = 32 << 20
	// staleTemp is how old an unfinished write (a killed process) must be
	// before it is removed.
	staleTemp = time.Hour
)

// OffEnv names the variable that turns the cache off (any value but "" and "0").
const OffEnv = "LIANGSAIBI_NO_CACHE"

// Cache is a folder of entries.
type Cache struct {
	Dir   string
	build string // the program's identity, part of every key
}

// Default is the cache in the user's cache folder, or nil when it is
// turned off or there is no such folder.
func Default() *Cache {
	if v := os.Getenv(OffEnv); v != "" && v != "0" {
		return nil
	}
	dir, err := os.UserCacheDir()
	if err != nil || dir == "" {
		return nil
	}
	return New(filepath.Join(dir, "liangsaibi"))
}

// New is the cache in dir, or nil when the program cannot tell its own
// build (another build must never read this one's entries).
func New(dir string) *Cache {
	id := buildID()
	if id == "" {
		return nil
	}
	return &Cache{Dir: dir, build: id}
}

// File is the cache of one competition file read with one encoding.
type File struct {
	c        *Cache
	path     string
	encoding string
}

// For is the cache of the file at path; nil when c is nil.
func (c *Cache) For(path, encoding string) *File {
	if c == nil {
		return nil
	}
	return &File{c: c, path: path, encoding: encoding}
}

// Key is what the standings of a file are a function of, hashed.
type Key [32]byte

// Key hashes the file and its journal as they are now.
func (f *File) Key() (Key, error) {
	h := sha256.New()
	io.WriteString(h, "liangsaibi first frame\x00"+formatVersion+"\x00"+f.c.build+"\x00"+f.encoding+"\x00")
	if err := hashFile(h, f.path, false); err != nil {
		return Key{}, err
	}
	if err := hashFile(h, store.JournalPath(f.path), true); err != nil {
		return Key{}, err
	}
	var k Key
	h.Sum(k[:0])
	return k, nil
}

// hashFile writes the length-prefixed hash of a regular file's bytes to
// h; a missing file, when allowed, hashes as "none".
func hashFile(h io.Writer, path string, mayMiss bool) error {
	sum, err := fileSum(path)
	if mayMiss && errors.Is(err, fs.ErrNotExist) {
		_, err = io.WriteString(h, "none\x00")
		return err
	}
	if err != nil {
		return err
	}
	_, err = h.Write(sum[:])
	return err
}

// errNotRegular: a device or a pipe is never read (it could block).
var errNotRegular = errors.New("not a regular file")

// fileSum is the SHA-256 of a regular file's bytes.
func fileSum(path string) ([32]byte, error) {
	var sum [32]byte
	fi, err := os.Stat(path)
	if err != nil {
		return sum, err
	}
	if !fi.Mode().IsRegular() {
		return sum, errNotRegular
	}
	r, err := os.Open(path)
	if err != nil {
		return sum, err
	}
	defer r.Close()
	h := sha256.New()
	if _, err := io.Copy(h, r); err != nil {
		return sum, err
	}
	h.Sum(sum[:0])
	return sum, nil
}

func (c *Cache) entryPath(k Key) string {
	return filepath.Join(c.Dir, hex.EncodeToString(k[:])+".frame")
}

// Lookup is the standings kept for k: for display only (scoring.Shown),
// over a competition without scores. ok is false on any miss.
func (f *File) Lookup(k Key) (st *scoring.Standings, ok bool) {
	path := f.c.entryPath(k)
	raw, err := store.ReadRegular(path, maxEntry)
	if err != nil {
		return nil, false
	}
	e, err := decode(raw)
	if err != nil || e.Key != k {
		return nil, false
	}
	for _, d := range e.Deps {
		if sum, err := fileSum(d.Path); err != nil || sum != d.Sum {
			return nil, false
		}
	}
	st, err = e.standings()
	if err != nil {
		return nil, false
	}
	now := time.Now()
	_ = os.Chtimes(path, now, now) // the newest entries are kept
	return st, true
}

// Store keeps st as the standings of the file when the file and its
// journal are still what before says (the load read them): a file
// changed meanwhile is not stored. Standings under review rules are never
// stored: what they show depends on the audit log and the operator.
func (f *File) Store(before Key, st *scoring.Standings) error {
	if st == nil || st.Comp == nil || st.Comp.Rules.Review != scoring.ReviewNone {
		return nil
	}
	now, err := f.Key()
	if err != nil || now != before {
		return err
	}
	e := newEntry(before, st)
	for _, r := range slices.Concat([]*scoring.PreviousRound{st.Comp.Previous}, st.Comp.History) {
		if r == nil {
			continue
		}
		abs, err := filepath.Abs(r.Path)
		if err != nil {
			return err
		}
		sum, err := fileSum(abs)
		if err != nil {
			return err
		}
		e.Deps = append(e.Deps, dep{Path: abs, Sum: sum})
	}
	raw, err := encode(e)
	if err != nil {
		return err
	}
	if err := os.MkdirAll(f.c.Dir, 0o700); err != nil {
		return err
	}
	_ = os.Chmod(f.c.Dir, 0o700) // the folder is ours: the street names and totals of the user's files
	if err := store.WriteFileAtomic(f.c.entryPath(before), raw, 0o600); err != nil {
		return err
	}
	f.c.prune()
	return nil
}

// Has reports whether an entry for k exists (it may still be a miss).
func (f *File) Has(k Key) bool {
	_, err := os.Stat(f.c.entryPath(k))
	return err == nil
}

// prune keeps the newest maxEntries entries within maxBytes and removes
// writes a killed process left.
func (c *Cache) prune() {
	des, err := os.ReadDir(c.Dir)
	if err != nil {
		return
	}
	type kept struct {
		path string
		fi   fs.FileInfo
	}
	var entries []kept
	for _, de := range des {
		fi, err := de.Info()
		if err != nil || !fi.Mode().IsRegular() {
			continue
		}
		path := filepath.Join(c.Dir, de.Name())
		switch {
		case strings.HasSuffix(de.Name(), ".frame"):
			entries = append(entries, kept{path, fi})
		case strings.Contains(de.Name(), ".frame.tmp-") && time.Since(fi.ModTime()) > staleTemp:
			_ = os.Remove(path)
		}
	}
	slices.SortFunc(entries, func(a, b kept) int { return b.fi.ModTime().Compare(a.fi.ModTime()) })
	var total int64
	for i, e := range entries {
		total += e.fi.Size()
		if i >= maxEntries || total > maxBytes {
			_ = os.Remove(e.path)
		}
	}
}
