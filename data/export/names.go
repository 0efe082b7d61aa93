package export

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"
)

// ProposeName is a new file name in dir for an export: base, a timestamp and
// ext, e.g. 排名-2026年第四季度-20261125-1530.xlsx. Characters Windows does
// not allow in file names are replaced, and a name already taken gets a
// number (FreeName), because Excel locks the files it has open.
func ProposeName(dir, base, ext string, now time.Time) string {
	if ext != "" && !strings.HasPrefix(ext, ".") {
		ext = "." + ext
	}
	name := SafeFileName(base)
	if name == "" {
		name = "liangsaibi"
	}
	name += "-" + now.Format("20060102-1504") + SafeFileName(ext)
	return FreeName(filepath.Join(dir, name))
}

// FreeName is path when nothing is there, otherwise the first of
// NAME-1.EXT, NAME-2.EXT, … that does not exist. (Another program may still
// create the name between this check and the write.)
func FreeName(path string) string {
	if !taken(path) {
		return path
	}
	ext := filepath.Ext(path)
	stem := strings.TrimSuffix(path, ext)
	for i := 1; ; i++ {
		p := fmt.Sprintf("%s-%d%s", stem, i, ext)
		if !taken(p) {
			return p
		}
	}
}

func taken(path string) bool {
	_, err := os.Lstat(path)
	return err == nil
}

// windowsReserved are device names Windows refuses as a file name stem.
var windowsReserved = map[string]bool{
	"CON": true, "PRN": true, "AUX": true, "NUL": true,
	"COM1": true, "COM2": true, "COM3": true, "COM4": true, "COM5": true, "COM6": true, "COM7": true, "COM8": true, "COM9": true,
	"LPT1": true, "LPT2": true, "LPT3": true, "LPT4": true, "LPT5": true, "LPT6": true, "LPT7": true, "LPT8": true, "LPT9": true,
}

// SafeFileName makes s usable as one file name on Windows: \/:*?"<>| and
// control characters become "_", trailing dots and spaces go, and device
// names (CON, NUL, …) get a "_" in front.
func SafeFileName(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch {
		case r < 0x20 || r == 0x7f || (r >= 0x80 && r < 0xa0):
			b.WriteRune('_')
		case strings.ContainsRune(`\/:*?"<>|`, r):
			b.WriteRune('_')
		case r >= 0x202a && r <= 0x202e, r >= 0x2066 && r <= 0x2069:
			// bidirectional controls would disguise the extension
		default:
			b.WriteRune(r)
		}
	}
	out := strings.TrimRight(strings.TrimSpace(b.String()), ". ")
	stem, _, _ := strings.Cut(out, ".")
	if windowsReserved[strings.ToUpper(stem)] {
		out = "_" + out
	}
	return out
}
