//go:build !windows

package store

func isDiskFullOS(error) bool { return false }
func isReadOnlyOS(error) bool { return false }
