package store

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"
)

// ConflictCopy writes content next to file under a new name that says when
// ("c.yaml" gives "c.conflict-20260624-093000.yaml", then "-2", "-3", ...)
// and returns that name. It never overwrites anything: used when the file
// changed on disk while entries were pending, so both versions survive.
func ConflictCopy(file string, content []byte, now time.Time) (string, error) {
	ext := filepath.Ext(file)
	stem := strings.TrimSuffix(file, ext)
	stamp := now.Format("20060102-150405")
	for n := 1; n < 1000; n++ {
		name := fmt.Sprintf("%s.conflict-%s%s", stem, stamp, ext)
		if n > 1 {
			name = fmt.Sprintf("%s.conflict-%s-%d%s", stem, stamp, n, ext)
		}
		f, err := os.OpenFile(name, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
		if errors.Is(err, fs.ErrExist) {
			continue
		}
		if err != nil {
			return "", fileErr("create", name, err)
		}
		f.Close()
		// Created empty first so no other copy can take the name; the
		// content then arrives atomically.
		if err := writeSideAtomic(name, content); err != nil {
			os.Remove(name)
			return "", err
		}
		return name, nil
	}
	return "", fileErr("create", file, ErrTooManyCopies)
}
