package framecache

import (
	"crypto/sha256"
	"runtime"
)

func isWindows() bool { return runtime.GOOS == "windows" }

// wrap is payload as an entry of this version with a correct hash.
func wrap(payload []byte) []byte {
	sum := sha256.Sum256(payload)
	out := append([]byte(magic+formatVersion+"\n"), sum[:]...)
	return append(out, payload...)
}
