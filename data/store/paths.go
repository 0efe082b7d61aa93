package store

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"io"
	"io/fs"
	"os"
	"os/user"
	"strings"
)

// HashContent is the journal's name for a version of the competition file:
// the hex SHA-256 of its bytes.
func HashContent(content []byte) string {
	sum := sha256.Sum256(content)
	return hex.EncodeToString(sum[:])
}

// HashFile hashes the file at path; a missing file hashes to "". It
// streams the file, so a large one is not held in memory twice.
func HashFile(path string) (string, error) {
	if fi, err := os.Stat(path); err == nil && !fi.Mode().IsRegular() {
		return "", fileErr("read", path, ErrNotRegular) // a pipe would never end
	}
	f, err := os.Open(path)
	if errors.Is(err, fs.ErrNotExist) {
		return "", nil
	}
	if err != nil {
		return "", fileErr("read", path, err)
	}
	defer f.Close()
	h := sha256.New()
	if _, err := io.Copy(h, f); err != nil {
		return "", fileErr("read", path, err)
	}
	return hex.EncodeToString(h.Sum(nil)), nil
}

// OSUser is the name of the logged-in user, without a Windows domain
// ("DESKTOP-1\\张三" gives "张三"), or "" when it cannot be found.
func OSUser() string {
	name := ""
	if u, err := user.Current(); err == nil {
		name = u.Username
	}
	if name == "" {
		name = os.Getenv("USER")
	}
	if name == "" {
		name = os.Getenv("USERNAME")
	}
	if i := strings.LastIndexByte(name, '\\'); i >= 0 {
		name = name[i+1:]
	}
	return name
}
