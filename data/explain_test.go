package data

import (
	"errors"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"syscall"
	"testing"

	"liangsaibi/data/store"
	"liangsaibi/i18n"
	"liangsaibi/i18n/i18ntest"
)

// TestEveryYAMLProblemIsTranslated reads the YAML parser's source and
// checks that each problem it can report has its own plain-language text.
func TestEveryYAMLProblemIsTranslated(t *testing.T) {
	out, err := exec.Command("go", "list", "-m", "-f", "{{.Dir}}", "go.yaml.in/yaml/v3").Output()
	if err != nil {
		t.Skipf("cannot find the YAML module: %v", err)
	}
	dir := strings.TrimSpace(string(out))
	call := regexp.MustCompile(`(?s)yaml_parser_set_(?:scanner|parser|reader)_error(?:_context)?\(parser,(.*?)\)\s*\n`)
	str := regexp.MustCompile(`"((?:[^"\\]|\\.)*)"`)
	seen := 0
	for _, f := range []string{"scannerc.go", "parserc.go", "readerc.go"} {
		src, err := os.ReadFile(filepath.Join(dir, f))
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range call.FindAllStringSubmatch(string(src), -1) {
			for _, s := range str.FindAllStringSubmatch(m[1], -1) {
				p := s[1]
				if strings.HasPrefix(p, "while ") || p == "" || p == "input error: " {
					continue // a context, not a problem
				}
				seen++
				if yamlProblemKey(p) == "yaml.p.unknown" {
					t.Errorf("YAML problem %q has no translation", p)
				}
			}
		}
	}
	if seen < 40 {
		t.Fatalf("found only %d problems in the YAML source; did its layout change?", seen)
	}
}

// TestExplainSaysErrorsInBothLanguages: every kind of error the program
// meets, said in each language without leaking Go's text.
func TestExplainSaysErrorsInBothLanguages(t *testing.T) {
	errs := map[string]error{
		"not exist":  &fs.PathError{Op: "open", Path: "x.yaml", Err: syscall.ENOENT},
		"permission": &fs.PathError{Op: "open", Path: "x.yaml", Err: syscall.EACCES},
		"is dir":     &fs.PathError{Op: "read", Path: "x.yaml", Err: syscall.EISDIR},
		"not dir":    &fs.PathError{Op: "open", Path: "x.yaml/y.yaml", Err: syscall.ENOTDIR},
		"disk full":  &store.FileError{Op: "write", Path: "x.yaml", Err: &fs.PathError{Op: "write", Path: "x.yaml.tmp", Err: syscall.ENOSPC}},
		"read-only":  &store.FileError{Op: "rename", Path: "x.yaml", Err: syscall.EROFS},
		"lock": &store.FileError{Op: "lock", Path: "x.yaml.lock",
			Err: &fs.PathError{Op: "open", Path: "x.yaml.lock", Err: syscall.EACCES}},
		"no folder":   &store.FileError{Op: "create", Path: "d/x.csv", Err: &fs.PathError{Op: "open", Path: "d/x.csv", Err: syscall.ENOENT}},
		"locked":      &store.LockedError{Path: "x.yaml", Holder: store.Holder{User: "ann", Host: "pc1", PID: 7}},
		"corrupt":     &store.CorruptError{Path: "x.yaml.journal", Line: 3, Reason: "checksum mismatch"},
		"changed":     store.ErrChangedOnDisk,
		"unsafe":      errors.Join(ErrUnsafeEdit, errors.New("whatever")),
		"errno":       syscall.Errno(200),
		"syscall":     os.NewSyscallError("inotify_add_watch", syscall.ENOSPC),
		"changed2":    ErrChanged,
		"unresolved":  ErrUnresolved,
		"invalid":     ErrInvalidOnDisk,
		"ro file":     ErrReadOnlyFile,
		"read only":   ErrReadOnly,
		"yaml":        errors.New("yaml: line 3: could not find expected ':'"),
		"yaml depth":  errors.New("yaml: exceeded max depth of 10000"),
		"problems":    fileProblem("x.yaml", "file.read", Reason(syscall.ENOENT)),
		"link":        &os.LinkError{Op: "rename", Old: "a", New: "b", Err: syscall.EXDEV},
		"name":        &fs.PathError{Op: "open", Path: "x\x00", Err: syscall.EINVAL},
		"too long":    &fs.PathError{Op: "open", Path: "x", Err: syscall.ENAMETOOLONG},
		"too many":    &fs.PathError{Op: "open", Path: "x", Err: syscall.EMFILE},
		"io":          &fs.PathError{Op: "read", Path: "x", Err: syscall.EIO},
		"exists":      &fs.PathError{Op: "open", Path: "x", Err: syscall.EEXIST},
		"not regular": &store.FileError{Op: "write", Path: "x", Err: store.ErrNotRegular},
	}
	for name, err := range errs {
		for _, l := range []i18n.Lang{i18n.Zh, i18n.En} {
			text := ErrorText(err, l)
			if text == "" || strings.Contains(text, "yaml.p.") || strings.Contains(text, "why.") {
				t.Errorf("%s (%s): %q", name, l, text)
			}
			i18ntest.CheckText(t, l, name, text)
			i18ntest.CheckText(t, l, name, Why(err).In(l))
		}
	}
}

func TestCatalog(t *testing.T) {
	// Keys completed at run time: msg+"_hint" (decode.go, unknownID).
	i18ntest.CheckCatalog(t, msgs, ".", "scores.street_hint", "scores.item_hint")
}
