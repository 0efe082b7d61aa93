package framecache

import (
	"os"
	"runtime"
	"runtime/debug"
	"strconv"
)

// buildID tells this program's build from any other: the VCS revision it
// was built from when stamped and clean, else the executable's path, size
// and time. "" when neither is known.
func buildID() string {
	var rev, modified string
	if bi, ok := debug.ReadBuildInfo(); ok {
		for _, s := range bi.Settings {
			switch s.Key {
			case "vcs.revision":
				rev = s.Value
			case "vcs.modified":
				modified = s.Value
			}
		}
	}
	if rev != "" && modified == "false" {
		return runtime.Version() + " " + rev
	}
	exe, err := os.Executable()
	if err != nil {
		return ""
	}
	fi, err := os.Stat(exe)
	if err != nil {
		return ""
	}
	return runtime.Version() + " " + exe + " " + strconv.FormatInt(fi.Size(), 10) + " " + strconv.FormatInt(fi.ModTime().UnixNano(), 10)
}
