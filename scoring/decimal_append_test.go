package scoring

import (
	"strconv"
	"strings"
	"testing"

	"pgregory.net/rapid"
)

// TestAppendIsTheShortestForm: Append (and String) write what the plain
// formula gives, for any value, sign and number of decimals.
func TestAppendIsTheShortestForm(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		d := Dec(rapid.Int64Range(-1e15, 1e15).Draw(t, "d"))
		v, sign := int64(d), ""
		if v < 0 {
			sign, v = "-", -v
		}
		want := sign + strconv.FormatInt(v/microScale, 10)
		if f := v % microScale; f != 0 {
			want += "." + strings.TrimRight(strconv.FormatInt(f+microScale, 10)[1:], "0")
		}
		if got := string(d.Append([]byte("x"))); got != "x"+want {
			t.Fatalf("Append(%d) = %q, want %q", int64(d), got[1:], want)
		}
		if d.String() != want {
			t.Fatalf("String(%d) = %q, want %q", int64(d), d.String(), want)
		}
	})
}
