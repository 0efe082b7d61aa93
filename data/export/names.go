package export

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"liangsaibi/i18n"
)

// ProposeName is a new file name in dir for an export: base, a timestamp and
// suffix, e.g. 排名-2026年第四季度-2026-11-25-15时30分.xlsx. Characters
// Windows does not allow in file names are replaced, and a name already
// taken gets a number (FreeName), because Excel locks the files it has open.
func ProposeName(dir, base, suffix string, now time.Time, lang i18n.Lang) string {
	if suffix != "" && !strings.HasPrefix(suffix, ".") && !strings.HasPrefix(suffix, "-") {
		suffix = "." + suffix
	}
	name := SafeFileName(base)
	if name == "" {
		name = "liangsaibi"
	}
	name += "-" + Stamp(now, lang) + SafeFileName(suffix)
	return FreeName(filepath.Join(dir, name))
}

// Stamp is a time in a file name that nobody reads as a year or a count:
// 2026-11-25-15时30分, or 2026-11-25-15h30 in English.
func Stamp(t time.Time, lang i18n.Lang) string {
	if lang == i18n.En {
		return t.Format("2006-01-02-15h04")
	}
	return t.Format("2006-01-02-15时04分")
}

// Suffix is how a proposed name of this format ends: its extension, and
// for the GB18030 CSV a -GBK before it, so the two CSV files of one
// export are told apart by name.
func (f Format) Suffix() string {
	if f.Name == "csv-gbk" {
		return "-GBK" + f.Ext
	}
	return f.Ext
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
