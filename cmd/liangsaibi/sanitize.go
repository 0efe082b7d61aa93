package main

import (
	"fmt"

	"liangsaibi/data"
	"liangsaibi/display"
	"liangsaibi/i18n"
)

// cleanArgs makes a message's arguments safe to print: file names, values
// the user typed and error texts come from outside the program and could
// carry terminal escapes (clear screen, window title, clipboard). An error
// is said in plain words in l (data.ErrorText), never as Go's text.
func cleanArgs(l i18n.Lang, args []any) []any {
	out := make([]any, len(args))
	for i, a := range args {
		switch v := a.(type) {
		case string:
			out[i] = display.Sanitize(v)
		case error:
			out[i] = display.Sanitize(data.ErrorText(v, l))
		case i18n.Localizer:
			out[i] = display.Sanitize(v.In(l))
		case fmt.Stringer:
			out[i] = display.Sanitize(v.String())
		default:
			out[i] = a
		}
	}
	return out
}
