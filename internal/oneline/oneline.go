// Package oneline makes text from the network safe to print on one line of
// an error or a log.
package oneline

import (
	"strconv"
	"unicode"
	"unicode/utf8"
)

// String returns s with its control characters escaped as Go escapes them
// (\n, \r, \t, \x1b, \u2028), and each byte of invalid UTF-8 as \xNN, so
// that s prints on one line and cannot forge a log line. When max >= 0 and s
// is longer than max bytes, it is cut at a rune boundary before byte max and
// "..." marks the cut. A string with nothing to change is returned as it is,
// without allocating.
func String(s string, max int) string {
	if max < 0 {
		max = len(s)
	}
	i := 0
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		if needsEscape(r, size) || i+size > max {
			break
		}
		i += size
	}
	if i == len(s) {
		return s
	}
	b := make([]byte, 0, min(len(s), max)+8)
	b = append(b, s[:i]...)
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		if i+size > max {
			b = append(b, "..."...)
			break
		}
		switch {
		case r == utf8.RuneError && size == 1:
			b = append(b, `\x`...)
			b = append(b, "0123456789abcdef"[s[i]>>4], "0123456789abcdef"[s[i]&15])
		case needsEscape(r, size):
			q := strconv.AppendQuoteRuneToASCII(nil, r) // '\n', with its quotes
			b = append(b, q[1:len(q)-1]...)
		default:
			b = append(b, s[i:i+size]...)
		}
		i += size
	}
	return string(b)
}

// needsEscape reports whether the rune r, size bytes long, would break a
// line or hide what follows it: a control character, a Unicode line or
// paragraph separator, or a byte of invalid UTF-8.
func needsEscape(r rune, size int) bool {
	return unicode.IsControl(r) || r == '\u2028' || r == '\u2029' || (r == utf8.RuneError && size == 1)
}
