package export

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding/simplifiedchinese"

	"liangsaibi/data/seal"
	"liangsaibi/scoring"
)

// utf8BOM makes Excel open a UTF-8 CSV as UTF-8 instead of the local code page.
const utf8BOM = "\uFEFF"

// CSV writes the ranking table: one header line, then ranked streets in
// order and the incomplete ones after them. Lines end in CRLF (RFC 4180).
func CSV(w io.Writer, st *scoring.Standings, opts Options) error {
	enc, err := normalEncoding(opts)
	if err != nil {
		return err
	}
	var buf bytes.Buffer
	cw := csv.NewWriter(&buf)
	cw.UseCRLF = true
	line := func(cells []cell) error {
		rec := make([]string, len(cells))
		for i, c := range cells {
			rec[i] = c.String()
		}
		return cw.Write(rec)
	}
	if err := line(rankingHeader(st, opts)); err != nil {
		return err
	}
	for i := range st.Rows {
		if err := line(rankingRow(st, st.Rows[i], opts)); err != nil {
			return err
		}
	}
	if opts.ForPeople {
		// After a blank line, so a printed table can be checked against
		// the file (liangsaibi verify FILE --digest …).
		d := seal.Digest(st.Comp)
		cw.Flush()
		buf.WriteString("\r\n")
		if err := cw.Write([]string{opts.t("csv.digest"), seal.Short(d), d}); err != nil {
			return err
		}
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		return err
	}
	if enc == GB18030 {
		out, err := toGB18030(buf.Bytes(), opts)
		if err != nil {
			return err
		}
		_, err = w.Write(out)
		return err
	}
	if _, err := io.WriteString(w, utf8BOM); err != nil {
		return err
	}
	_, err = w.Write(buf.Bytes())
	return err
}

func normalEncoding(o Options) (string, error) {
	switch strings.ToLower(strings.TrimSpace(o.Encoding)) {
	case "", "utf-8", "utf8":
		return UTF8, nil
	case "gb18030":
		return GB18030, nil
	}
	return "", fmt.Errorf("%s", o.t("err.encoding", o.Encoding))
}

// toGB18030 encodes UTF-8 text, naming the first character it cannot write.
// Invalid UTF-8 is refused rather than silently replaced.
func toGB18030(b []byte, o Options) ([]byte, error) {
	if !utf8.Valid(b) {
		return nil, fmt.Errorf("%s", o.t("err.invalidUTF8"))
	}
	out, err := simplifiedchinese.GB18030.NewEncoder().Bytes(b)
	if err == nil {
		return out, nil
	}
	enc := simplifiedchinese.GB18030.NewEncoder()
	for i := 0; i < len(b); {
		r, size := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && size <= 1 {
			return nil, fmt.Errorf("%s", o.t("err.invalidUTF8"))
		}
		if _, e := enc.String(string(r)); e != nil {
			return nil, fmt.Errorf("%s", o.t("err.gb18030", string(r), r))
		}
		i += size
	}
	return nil, err
}
