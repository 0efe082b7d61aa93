//go:build windows

package data

import (
	"errors"

	"golang.org/x/sys/windows"
)

// isInUse reports whether another program holds the file open, as Excel
// and WPS do with the files they show.
func isInUse(err error) bool {
	return errors.Is(err, windows.ERROR_SHARING_VIOLATION) || errors.Is(err, windows.ERROR_LOCK_VIOLATION)
}
