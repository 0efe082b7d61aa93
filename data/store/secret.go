package store

import (
	"errors"
	"io/fs"
	"os"
)

// LinksPath is FILE.links.json beside the resolved competition file: the
// judges' phone links of the round being served. It holds secrets.
func LinksPath(file string) string { return Resolve(file) + ".links.json" }

// MaxSecretSize bounds a side file of secrets when it is read.
const MaxSecretSize = 256 << 10

// ReadSecret reads a side file that holds secrets: a symbolic link there
// is refused, not followed, and the size is bounded (MaxSecretSize). A
// missing file is an error that errors.Is(err, fs.ErrNotExist).
func ReadSecret(path string) ([]byte, error) { return readSide(path, MaxSecretSize) }

// WriteSecret replaces a side file that holds secrets atomically, never
// through a link, readable and writable by its owner only (0600: an old
// file's wider bits are narrowed first; Windows has no such bits and the
// file takes its folder's permissions).
func WriteSecret(path string, data []byte) error {
	if len(data) > MaxSecretSize {
		return fileErr("write", path, &SizeError{Path: path, Size: int64(len(data)), Limit: MaxSecretSize})
	}
	f, err := openSide(path, os.O_RDONLY, 0)
	switch {
	case errors.Is(err, ErrSymlink), errors.Is(err, ErrNotRegular):
		return fileErr("write", path, err)
	case err == nil:
		cerr := f.Chmod(0o600)
		f.Close()
		if cerr != nil && !errors.Is(cerr, errors.ErrUnsupported) {
			return fileErr("chmod", path, cerr)
		}
	case !errors.Is(err, fs.ErrNotExist):
		return fileErr("open", path, err)
	}
	return replace(path, data, 0o600, nil, nil)
}
