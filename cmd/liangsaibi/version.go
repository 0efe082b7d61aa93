package main

import (
	"fmt"
	"runtime"
	"runtime/debug"
)

// version is set at release time with -ldflags "-X main.version=v1.2.3".
var version = ""

// versionCommand is `liangsaibi version`, the same as --version.
func versionCommand() *command {
	return &command{
		name:    "version",
		summary: "version.summary",
		help:    "version.help",
		flags:   noFlags(printVersion),
	}
}

func printVersion(e *env, _ []string) int {
	fmt.Fprintf(e.stdout, "liangsaibi %s (%s, %s/%s)\n", versionString(), runtime.Version(), runtime.GOOS, runtime.GOARCH)
	return exitOK
}

// versionString is the release version, else the module version or VCS
// revision recorded by the Go toolchain, else "dev".
func versionString() string {
	if version != "" {
		return version
	}
	info, ok := debug.ReadBuildInfo()
	if !ok {
		return "dev"
	}
	if v := info.Main.Version; v != "" && v != "(devel)" {
		return v
	}
	rev, dirty := "", false
	for _, s := range info.Settings {
		switch s.Key {
		case "vcs.revision":
			rev = s.Value
		case "vcs.modified":
			dirty = s.Value == "true"
		}
	}
	if rev == "" {
		return "dev"
	}
	if len(rev) > 12 {
		rev = rev[:12]
	}
	if dirty {
		rev += "-dirty"
	}
	return "dev-" + rev
}
