// Package export writes computed standings as files people send on and
// archive: CSV, XLSX, the ranked YAML a later round reads as `previous:`,
// and a printable Markdown notice. It reads no files itself.
package export

import (
	"time"

	"liangsaibi/i18n"
)

// Encodings a CSV can be written in.
const (
	UTF8    = "utf-8"   // with a BOM, so Excel recognises it
	GB18030 = "gb18030" // for old software that expects the Chinese code page
)

// Options say how to write an export.
type Options struct {
	Lang     i18n.Lang
	Encoding string    // UTF8 (the default when empty) or GB18030; CSV only
	Now      time.Time // when the export is made; the current time when zero
	Version  string    // the generator's version; "dev" when empty
	// ForPeople: the file is for people to read and print (export, the
	// dashboard's x), not a table for programs (rank --format): a CSV
	// ends with its digest line (校验码), after a blank line.
	ForPeople bool
}

func (o Options) now() time.Time {
	if o.Now.IsZero() {
		return time.Now()
	}
	return o.Now
}

func (o Options) version() string {
	if o.Version == "" {
		return "dev"
	}
	return o.Version
}

// exportedAt is the export time as people read it, with its zone.
func (o Options) exportedAt() string { return o.now().Format("2006-01-02 15:04:05 -07:00") }

func (o Options) t(key string, args ...any) string { return messages.T(o.Lang, key, args...) }
