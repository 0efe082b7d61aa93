// Package i18n picks the Chinese or English text of a message. Each package
// keeps its own Catalog next to the code that speaks.
package i18n

import (
	"fmt"
	"strings"
)

// Lang is a language of the interface.
type Lang uint8

const (
	// Zh is Simplified Chinese, the default.
	Zh Lang = iota
	// En is English.
	En
)

// Parse reads "zh" or "en" (and common variants such as zh-CN, en_US).
func Parse(s string) (Lang, bool) {
	s = strings.ToLower(strings.TrimSpace(s))
	switch {
	case s == "zh" || strings.HasPrefix(s, "zh-") || strings.HasPrefix(s, "zh_") || s == "cn" || s == "中文":
		return Zh, true
	case s == "en" || strings.HasPrefix(s, "en-") || strings.HasPrefix(s, "en_") || s == "english":
		return En, true
	}
	return Zh, false
}

// String is the code of the language.
func (l Lang) String() string {
	if l == En {
		return "en"
	}
	return "zh"
}

// Pick is zh in Chinese and en in English.
func (l Lang) Pick(zh, en string) string {
	if l == En {
		return en
	}
	return zh
}

// Catalog maps a message key to its Chinese and English format strings.
type Catalog map[string][2]string

// T formats the message key in lang. An unknown key is shown as itself so
// that a missing translation is visible, never a crash.
func (c Catalog) T(l Lang, key string, args ...any) string {
	m, ok := c[key]
	if !ok {
		if len(args) == 0 {
			return key
		}
		return key + fmt.Sprint(args...)
	}
	f := m[0]
	if l == En {
		f = m[1]
	}
	if len(args) == 0 {
		return f
	}
	return fmt.Sprintf(f, Localize(l, args)...)
}

// Localizer is anything that can say itself in either language: a Message,
// a problem, an error that knows its message key.
type Localizer interface {
	In(l Lang) string
}

// Localize renders every argument that is a Localizer in l, so a message
// may carry another message (a reason, a catalog word) as an argument and
// the whole sentence comes out in one language.
func Localize(l Lang, args []any) []any {
	var out []any
	for i, a := range args {
		if z, ok := a.(Localizer); ok {
			if out == nil {
				out = append([]any(nil), args...)
			}
			out[i] = z.In(l)
		}
	}
	if out == nil {
		return args
	}
	return out
}

// Missing lists keys whose text is empty in either language, for tests.
func (c Catalog) Missing() []string {
	var out []string
	for k, v := range c {
		if strings.TrimSpace(v[0]) == "" || strings.TrimSpace(v[1]) == "" {
			out = append(out, k)
		}
	}
	return out
}

// Message is a translatable message with its arguments, rendered later in
// whichever language the user chose.
type Message struct {
	Catalog Catalog
	Key     string
	Args    []any
}

// In renders the message in lang.
func (m Message) In(l Lang) string { return m.Catalog.T(l, m.Key, m.Args...) }

// M is the message key of c with args, for rendering later.
func (c Catalog) M(key string, args ...any) Message {
	return Message{Catalog: c, Key: key, Args: args}
}
