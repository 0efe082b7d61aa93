package data

import (
	"encoding/csv"
	"errors"
	"io/fs"
	"os"
	"strings"
	"syscall"

	"liangsaibi/data/store"
	"liangsaibi/display"
	"liangsaibi/i18n"
)

// Error is an error that knows what to tell a person, in either language.
// Err, when set, is the cause (for errors.Is), never shown.
type Error struct {
	Msg i18n.Message
	Err error
}

// Error is the message in Chinese, for logs; people are shown In.
func (e *Error) Error() string { return e.Msg.In(i18n.Zh) }

// In is the message in l.
func (e *Error) In(l i18n.Lang) string { return e.Msg.In(l) }

func (e *Error) Unwrap() error { return e.Err }

// newError is an *Error with a message of this package.
func newError(cause error, key string, args ...any) *Error {
	return &Error{Msg: msgs.M(key, args...), Err: cause}
}

// ErrorLines renders err for a person in l: every problem of a Problems on
// its own line, anything else as one sentence that names the file (and the
// line where there is one) in plain words. No text of Go's or of a library
// reaches the user: file-system, lock, journal and YAML errors are all
// translated. File names are sanitized.
func ErrorLines(err error, l i18n.Lang) []string {
	if err == nil {
		return nil
	}
	var lines interface{ Lines(i18n.Lang) []string }
	if errors.As(err, &lines) {
		return lines.Lines(l)
	}
	return strings.Split(Explain(err).In(l), "\n")
}

// ErrorText is ErrorLines as one text, lines joined by newlines.
func ErrorText(err error, l i18n.Lang) string { return strings.Join(ErrorLines(err, l), "\n") }

// Explain is the message for err, rendered later in either language.
func Explain(err error) i18n.Localizer {
	var (
		loc     i18n.Localizer
		locked  *store.LockedError
		corrupt *store.CorruptError
		fe      *store.FileError
		pe      *fs.PathError
		le      *os.LinkError
		se      *os.SyscallError
		ce      *csv.ParseError
	)
	switch {
	case err == nil:
		return msgs.M("err.none")
	case errors.As(err, &loc):
		return loc
	case errors.As(err, &locked):
		h := locked.Holder
		return msgs.M("store.locked", clean(locked.Path), clean(h.User), clean(h.Host), h.PID)
	case errors.As(err, &corrupt):
		return msgs.M("store.corrupt", clean(corrupt.Path), corrupt.Line, journalReason(corrupt.Reason))
	case errors.Is(err, store.ErrChangedOnDisk):
		return msgs.M("err.changed")
	case errors.Is(err, ErrUnsafeEdit):
		return msgs.M("store.unsafe")
	case errors.As(err, &fe):
		return fileOp(fe.Op, fe.Path, fe.Err)
	case errors.As(err, &pe):
		return fileOp(pe.Op, pe.Path, pe.Err)
	case errors.As(err, &le):
		return fileOp(le.Op, le.New, le.Err)
	case errors.As(err, &ce):
		return msgs.M("err.csv", ce.StartLine, csvReason(ce.Err))
	case strings.HasPrefix(err.Error(), "yaml: "):
		p := syntaxProblem("", nil, err)[0]
		return p
	}
	if errors.As(err, &se) {
		return syscallReason(se)
	}
	var errno syscall.Errno
	if errors.As(err, &errno) {
		return Reason(errno)
	}
	return msgs.M("err.unknown", clean(err.Error()))
}

// Why is the reason alone of a file error (the disk is full, the file is a
// folder…), for messages that already name the file; any other error is
// explained whole.
func Why(err error) i18n.Localizer {
	var (
		loc i18n.Localizer
		fe  *store.FileError
		pe  *fs.PathError
		le  *os.LinkError
		se  *os.SyscallError
	)
	switch {
	case err == nil:
		return msgs.M("err.none")
	case errors.As(err, &loc):
		return loc
	case errors.As(err, &fe):
		return reasonFor(fe.Op, fe.Err)
	case errors.As(err, &pe):
		return reasonFor(pe.Op, pe.Err)
	case errors.As(err, &le):
		return Reason(le.Err)
	case errors.As(err, &se):
		return syscallReason(se)
	}
	return Explain(err)
}

// syscallReason is Reason, but a file watcher out of watches (Linux's
// inotify says "no space left on device") does not claim the disk is full.
func syscallReason(se *os.SyscallError) i18n.Message {
	if strings.HasPrefix(se.Syscall, "inotify") && errors.Is(se.Err, syscall.ENOSPC) {
		return msgs.M("why.watch_limit")
	}
	return Reason(se.Err)
}

func clean(s string) string { return display.Sanitize(s) }

// fileOp says that the operation op on path failed, and why.
func fileOp(op, path string, cause error) i18n.Localizer {
	key := "err.file"
	switch op {
	case "open":
		key = "err.open"
	case "read", "stat", "lstat", "readdir", "readlink", "seek", "hash":
		key = "err.read"
	case "write", "create", "sync", "close", "truncate", "rename", "remove", "mkdir", "chmod",
		"link", "symlink", "chtimes", "replace", "copy":
		key = "err.write"
	case "lock", "unlock":
		key = "err.lock"
	}
	return msgs.M(key, clean(path), reasonFor(op, cause))
}

// reasonFor is Reason, but a file that cannot be created for want of its
// folder says so.
func reasonFor(op string, err error) i18n.Message {
	if (op == "create" || op == "mkdir" || op == "rename") && errors.Is(err, fs.ErrNotExist) {
		return msgs.M("why.no_folder")
	}
	return Reason(err)
}

// Reason says in plain words why the system refused: the file is missing,
// is a folder, the disk is full… Unknown system errors show their number.
func Reason(err error) i18n.Message {
	var (
		errno syscall.Errno
		se    *store.SizeError
		ce    *store.CountError
	)
	switch {
	case errors.As(err, &se):
		return msgs.M("file.too_big_reason", humanSize(int(min(se.Size, 1<<40))), humanSize(int(se.Limit)))
	case errors.As(err, &ce):
		return msgs.M("why.too_many_entries", ce.Limit)
	case errors.Is(err, store.ErrSymlink):
		return msgs.M("why.symlink")
	case errors.Is(err, store.ErrReadOnlyFile):
		return msgs.M("why.read_only_file")
	case errors.Is(err, store.ErrJournalFull):
		return msgs.M("why.journal_full")
	case errors.Is(err, store.ErrNotRegular):
		return msgs.M("why.not_regular")
	case store.IsDiskFull(err):
		return msgs.M("why.disk_full")
	case errors.Is(err, syscall.EROFS):
		return msgs.M("why.read_only_disk")
	case errors.Is(err, syscall.EISDIR):
		return msgs.M("why.is_dir")
	case errors.Is(err, syscall.ENOTDIR):
		return msgs.M("why.not_dir")
	case errors.Is(err, fs.ErrNotExist):
		return msgs.M("why.not_exist")
	case errors.Is(err, fs.ErrExist):
		return msgs.M("why.exists")
	case isInUse(err):
		return msgs.M("why.in_use")
	case store.IsReadOnly(err):
		return msgs.M("why.permission")
	case errors.Is(err, syscall.ENAMETOOLONG):
		return msgs.M("why.name_too_long")
	case errors.Is(err, syscall.EINVAL):
		return msgs.M("why.invalid")
	case errors.Is(err, syscall.EMFILE) || errors.Is(err, syscall.ENFILE):
		return msgs.M("why.too_many_open")
	case errors.Is(err, syscall.EIO):
		return msgs.M("why.io")
	case errors.Is(err, syscall.ELOOP):
		return msgs.M("why.loop")
	case errors.As(err, &errno):
		return msgs.M("why.code", int(errno))
	}
	return msgs.M("why.unknown")
}

// journalReason translates why a journal line was refused.
func journalReason(reason string) i18n.Message {
	switch {
	case reason == "incomplete":
		return msgs.M("journal.incomplete")
	case strings.Contains(reason, "checksum"):
		return msgs.M("journal.checksum")
	case strings.Contains(reason, "sequence"):
		return msgs.M("journal.sequence")
	}
	return msgs.M("journal.malformed")
}

func csvReason(err error) i18n.Message {
	switch {
	case errors.Is(err, csv.ErrQuote), errors.Is(err, csv.ErrBareQuote):
		return msgs.M("csv.quote")
	case errors.Is(err, csv.ErrFieldCount):
		return msgs.M("csv.fields")
	}
	return msgs.M("csv.other")
}
