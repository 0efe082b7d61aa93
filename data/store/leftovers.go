package store

import (
	"os"
	"path/filepath"
	"strings"
	"time"
)

// LeftoverAge is how old a temporary file must be before RemoveLeftovers
// takes it: a save in progress (of another process too) is never touched.
const LeftoverAge = 10 * time.Minute

// RemoveLeftovers deletes the temporary files that saves of the file at
// path left behind when the program was killed mid-save: only names made
// by WriteFileAtomic for this very file (".NAME.tmp-" and digits), only
// regular files (a link is never followed nor removed), only older than
// LeftoverAge. It returns how many went; what cannot be removed stays.
func RemoveLeftovers(path string) int {
	if real, err := filepath.EvalSymlinks(path); err == nil {
		path = real // saves write beside the link's destination
	}
	dir, base := filepath.Split(path)
	if dir == "" {
		dir = "."
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		return 0
	}
	prefix, removed := "."+base+".tmp-", 0
	for _, e := range entries {
		if !ownTemp(e.Name(), prefix) || !e.Type().IsRegular() {
			continue
		}
		info, err := e.Info() // Lstat: a link is seen as a link
		if err != nil || !info.Mode().IsRegular() || time.Since(info.ModTime()) < LeftoverAge {
			continue
		}
		if os.Remove(filepath.Join(dir, e.Name())) == nil {
			removed++
		}
	}
	return removed
}

// ownTemp reports a name os.CreateTemp made from the pattern prefix+"*":
// the prefix followed by its random decimal number.
func ownTemp(name, prefix string) bool {
	rest, ok := strings.CutPrefix(name, prefix)
	if !ok || rest == "" {
		return false
	}
	for _, r := range rest {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}
