//go:build !windows

package data

import (
	"errors"
	"syscall"
)

// isInUse reports whether another program holds the file open.
func isInUse(err error) bool { return errors.Is(err, syscall.EBUSY) || errors.Is(err, syscall.ETXTBSY) }
