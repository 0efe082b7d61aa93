package projector

import (
	"fmt"
	"os"
	"strings"
	"testing"
)

// TestDump prints a view for a look by eye: DUMP=120x35 KEYS="R space".
func TestDump(t *testing.T) {
	if os.Getenv("DUMP") == "" {
		t.Skip("set DUMP=WxH to print a view")
	}
	var w, h int
	fmt.Sscanf(os.Getenv("DUMP"), "%dx%d", &w, &h)
	m := demoModel(t, w, h, Options{})
	m = press(t, m, strings.Fields(os.Getenv("KEYS"))...)
	fmt.Println(plain(m))
}
