package main

import (
	"fmt"

	"liangsaibi/display"
)

// cleanArgs makes a message's arguments safe to print: file names, values
// the user typed and error texts come from outside the program and could
// carry terminal escapes (clear screen, window title, clipboard).
func cleanArgs(args []any) []any {
	out := make([]any, len(args))
	for i, a := range args {
		switch v := a.(type) {
		case string:
			out[i] = display.Sanitize(v)
		case error:
			out[i] = display.Sanitize(v.Error())
		case fmt.Stringer:
			out[i] = display.Sanitize(v.String())
		default:
			out[i] = a
		}
	}
	return out
}
