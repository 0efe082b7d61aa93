package web

import (
	"io/fs"
	"regexp"
	"strings"
	"testing"

	"liangsaibi/i18n/i18ntest"
)

// TestCatalog checks the catalog; keys page.NAME are used as T.NAME by the
// pages' templates and scripts.
func TestCatalog(t *testing.T) {
	var used strings.Builder
	_ = fs.WalkDir(assets, "assets", func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			b, _ := assets.ReadFile(p)
			used.Write(b)
		}
		return nil
	})
	var page []string
	for k := range msgs {
		if name, ok := strings.CutPrefix(k, "page."); ok {
			if !regexp.MustCompile(`\bT\.`+name+`\b`).MatchString(used.String()) && name != "lang" {
				t.Errorf("page text %q is not used by any page", k)
			}
			page = append(page, k)
		}
	}
	i18ntest.CheckCatalog(t, msgs, ".", page...)
}
