// Package i18ntest checks text catalogs and the text shown to users, for
// the tests of every package that speaks.
package i18ntest

import (
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"unicode"

	"liangsaibi/i18n"
)

// CheckCatalog asserts that every key of c has text in both languages, that
// both texts take the same arguments (the same count, each of the same
// kind: %s and %q are both text), and that every key is used: written as
// "key" in a non-test .go file of dir other than the catalog's own text.go.
// Keys made at run time are listed in dynamic, each as the exact key or as
// a prefix ending in "." or "_" that the code completes.
func CheckCatalog(t testing.TB, c i18n.Catalog, dir string, dynamic ...string) {
	t.Helper()
	for _, k := range c.Missing() {
		t.Errorf("catalog key %q lacks Chinese or English text", k)
	}
	for k, v := range c {
		zh, en := verbs(v[0]), verbs(v[1])
		if !slices.Equal(zh, en) {
			t.Errorf("catalog key %q: Chinese takes %v, English %v", k, zh, en)
		}
	}
	code := sourceText(t, dir)
	for k := range c {
		if strings.Contains(code, `"`+k+`"`) {
			continue
		}
		if slices.ContainsFunc(dynamic, func(d string) bool {
			return d == k || (strings.HasSuffix(d, ".") || strings.HasSuffix(d, "_")) && strings.HasPrefix(k, d)
		}) {
			continue
		}
		t.Errorf("catalog key %q is never used in %s", k, dir)
	}
}

// sourceText is every non-test .go file of dir but text.go, concatenated.
func sourceText(t testing.TB, dir string) string {
	files, err := filepath.Glob(filepath.Join(dir, "*.go"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no Go files in %s: %v", dir, err)
	}
	var b strings.Builder
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") || filepath.Base(f) == "text.go" {
			continue
		}
		raw, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		b.Write(raw)
	}
	return b.String()
}

var verbRe = regexp.MustCompile(`%(?:\[(\d+)\])?[-+# 0]*\d*(?:\.\d+)?([a-zA-Z%])`)

// verbs lists, per argument in order, the kind of verb that formats it:
// "t" (text: s q v), "d" (integer), "f" (float) or the verb itself.
func verbs(format string) []string {
	var out []string
	next := 0
	for _, m := range verbRe.FindAllStringSubmatch(format, -1) {
		if m[2] == "%" {
			continue
		}
		i := next
		if m[1] != "" {
			i = atoi(m[1]) - 1
		}
		next = i + 1
		kind := m[2]
		switch kind {
		case "s", "q", "v":
			kind = "t"
		case "g", "e":
			kind = "f"
		}
		for len(out) <= i {
			out = append(out, "")
		}
		if out[i] == "" {
			out[i] = kind
		}
	}
	return out
}

func atoi(s string) int {
	n := 0
	for _, c := range s {
		n = n*10 + int(c-'0')
	}
	return n
}

// rawGo are fragments of Go's and libraries' error texts that must never
// reach a user, in any language.
var rawGo = []string{
	": permission denied", "no such file or directory",
	"is a directory", "not a directory", "invalid argument", "goroutine ", "parse error",
	"flag provided but not defined", "checksum mismatch", "malformed line", "zip:",
	"extraneous or missing", "did not find expected", "could not find expected",
	"found character", "mapping values", "<nil>", "%!",
}

// rawPrefixRe finds the package prefixes of Go errors ("store: …",
// "yaml: …"), not file names that end in them ("c.yaml: …"), and the
// operations of *fs.PathError ("open c.yaml: …").
var rawPrefixRe = regexp.MustCompile(`(?m)(?:^|[\s：:（(])(?:store|yaml|flock|excelize|csv|json|zip|fsnotify): |(?:^|: |：)(?:open|read|write|stat|lstat|rename|remove|mkdir|lock) [^\s：]+: `)

var (
	hanRe = regexp.MustCompile(`\p{Han}`)
	// An English sentence: three words or more in a row.
	wordsRe = regexp.MustCompile(`[A-Za-z][a-z]*(?:[ ,]+[A-Za-z][a-z]*){2,}`)
	// Not words: file names and paths, flags, quoted names, placeholders.
	skipRe = regexp.MustCompile("`[^`]*`|\"[^\"]*\"|--?[A-Za-z][A-Za-z0-9-]*(?:=\\S*)?|[^\\s：:，,（）()“”]*[./\\\\][^\\s：:，,（）()“”]*|[A-Z_]{2,}")
)

// Leaks lists what must not be in text shown to a user in l: Han
// characters in English; an untranslated English sentence in Chinese
// (three or more English words in a row, outside file names, flags and
// quotes); and in both, raw error text of Go or a library.
func Leaks(l i18n.Lang, text string) []string {
	var out []string
	for _, s := range rawGo {
		if strings.Contains(text, s) {
			out = append(out, "raw error text "+strconvQuote(s))
		}
	}
	if m := rawPrefixRe.FindString(text); m != "" {
		out = append(out, "raw error text "+strconvQuote(m))
	}
	if l == i18n.En {
		if m := hanRe.FindString(text); m != "" {
			out = append(out, "Chinese in English text: "+strconvQuote(lineOf(text, m)))
		}
		return out
	}
	for _, line := range strings.Split(text, "\n") {
		rest := skipRe.ReplaceAllString(line, " ")
		if m := wordsRe.FindString(rest); m != "" && strings.IndexFunc(m, unicode.IsLower) >= 0 {
			out = append(out, "English in Chinese text: "+strconvQuote(m)+" in "+strconvQuote(line))
		}
	}
	return out
}

// CheckText fails t for every Leak of text in l; what names the case.
func CheckText(t testing.TB, l i18n.Lang, what, text string) {
	t.Helper()
	for _, p := range Leaks(l, text) {
		t.Errorf("%s (%s): %s\n%s", what, l, p, text)
	}
}

func lineOf(text, sub string) string {
	for _, line := range strings.Split(text, "\n") {
		if strings.Contains(line, sub) {
			return line
		}
	}
	return sub
}

func strconvQuote(s string) string { return `"` + strings.ReplaceAll(s, `"`, `\"`) + `"` }
