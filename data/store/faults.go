package store

import (
	"os"
	"sync"
)

// Op names a disk operation that a test can make fail with InjectFault.
type Op string

const (
	OpWrite   Op = "write"   // writing file content (an injected write stores half the bytes first, like a real short write)
	OpSync    Op = "sync"    // fsync of a file
	OpRename  Op = "rename"  // replacing the target by the temporary file
	OpSyncDir Op = "syncdir" // fsync of the folder after a rename
)

var faults struct {
	sync.Mutex
	m map[Op]error
}

// InjectFault makes every later op of this kind, in atomic writes and journal
// appends, fail with err until restore is called. For tests only (disk-full
// and read-only tests without a real full disk).
func InjectFault(op Op, err error) (restore func()) {
	faults.Lock()
	defer faults.Unlock()
	if faults.m == nil {
		faults.m = map[Op]error{}
	}
	prev, had := faults.m[op]
	faults.m[op] = err
	return func() {
		faults.Lock()
		defer faults.Unlock()
		if had {
			faults.m[op] = prev
		} else {
			delete(faults.m, op)
		}
	}
}

func fault(op Op) error {
	faults.Lock()
	defer faults.Unlock()
	return faults.m[op]
}

// writeAt writes all of b at off; an injected fault leaves a short write behind.
func writeAt(f *os.File, b []byte, off int64) error {
	if err := fault(OpWrite); err != nil {
		_, _ = f.WriteAt(b[:len(b)/2], off)
		return err
	}
	_, err := f.WriteAt(b, off)
	return err
}

func syncFile(f *os.File) error {
	if err := fault(OpSync); err != nil {
		return err
	}
	return f.Sync()
}
