package preset

import "unicode/utf8"

// Clip shortens what an error message quotes to its first 60 characters.
func Clip(s string) string {
	if utf8.RuneCountInString(s) <= 60 {
		return s
	}
	return string([]rune(s)[:60]) + "…"
}
