package store

import (
	"os"
	"sync"
	"sync/atomic"
)

// Op names a disk operation that a test can make fail through Faults.
type Op string

const (
	OpWrite   Op = "write"   // writing file content (an injected write stores half the bytes first, like a real short write)
	OpSync    Op = "sync"    // fsync of a file
	OpRename  Op = "rename"  // replacing the target by the temporary file
	OpSyncDir Op = "syncdir" // fsync of the folder after a rename
)

// Faults makes disk operations fail with chosen errors, so that tests can
// try a full or failing disk without one. A nil *Faults fails nothing;
// only tests set one (Journal.Faults, writeFileAtomic).
type Faults struct {
	mu    sync.Mutex
	m     map[Op]error
	after map[Op]int // how many ops of the kind still succeed before m's error
}

// Inject makes every later op of this kind fail with err until restore is
// called.
func (f *Faults) Inject(op Op, err error) (restore func()) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.m == nil {
		f.m = map[Op]error{}
	}
	prev, had := f.m[op]
	f.m[op] = err
	return func() {
		f.mu.Lock()
		defer f.mu.Unlock()
		if had {
			f.m[op] = prev
		} else {
			delete(f.m, op)
		}
	}
}

// InjectAfter is Inject once ok more ops of this kind have succeeded: a
// disk that fills up in the middle of a long write.
func (f *Faults) InjectAfter(op Op, ok int, err error) (restore func()) {
	undo := f.Inject(op, err)
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.after == nil {
		f.after = map[Op]int{}
	}
	f.after[op] = ok
	return func() {
		undo()
		f.mu.Lock()
		delete(f.after, op)
		f.mu.Unlock()
	}
}

func (f *Faults) err(op Op) error {
	if f == nil {
		return nil
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	if n := f.after[op]; n > 0 {
		f.after[op] = n - 1
		return nil
	}
	return f.m[op]
}

// writeAt writes all of b at off; an injected fault leaves a short write behind.
func writeAt(f *os.File, b []byte, off int64, faults *Faults) error {
	if err := faults.err(OpWrite); err != nil {
		_, _ = f.WriteAt(b[:len(b)/2], off)
		return err
	}
	_, err := f.WriteAt(b, off)
	return err
}

func syncFile(f *os.File, faults *Faults) error {
	if err := faults.err(OpSync); err != nil {
		return err
	}
	syncs.Add(1)
	return f.Sync()
}

// syncs counts file syncs in this process.
var syncs atomic.Uint64

// Syncs is how many files this process has synced (journal appends,
// atomic saves): tests check that group commit saves fsyncs with it.
func Syncs() uint64 { return syncs.Load() }
