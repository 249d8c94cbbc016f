// Package oneline makes text from the network safe to print on one line of
// an error, a log or a terminal, at a bounded length.
package oneline

import (
	"strconv"
	"unicode"
	"unicode/utf8"
)

// Marker ends text that was cut to fit its bound, so that a reader sees that
// something is missing.
const Marker = "...(cut)"

// String returns s with every character that could break the line or hide
// what follows it escaped as Go escapes it: the Unicode categories Cc
// (control characters: \n, \x1b) and Cf (format characters: the bidi
// override \u202e, the zero-width space \u200b, the byte-order mark
// \ufeff), the line and paragraph separators \u2028 and \u2029, and each byte
// of invalid UTF-8 as \xNN. When max >= 0, the result is at most max bytes:
// longer text is cut at a rune boundary, never inside an escape, and ends
// with [Marker]. A string with nothing to change is returned as it is,
// without allocating; otherwise String allocates once.
func String(s string, max int) string {
	if i := cleanPrefix(s); i == len(s) && (max < 0 || len(s) <= max) {
		return s
	}
	size := len(s) + len(s)/4 + len(Marker)
	if max >= 0 {
		size = min(size, max)
	}
	return string(Append(make([]byte, 0, size), s, max))
}

// Append appends s to dst, escaped as [String] escapes it, and returns the
// extended slice. When limit >= 0, the returned slice is at most limit bytes
// long (counting what dst already held): text that does not fit is cut at a
// rune boundary and [Marker] ends it; when even the marker does not fit, as
// much of it as fits. It reads s only as far as it writes, so its cost is
// linear in what it appends, however long s is.
func Append(dst []byte, s string, limit int) []byte {
	if limit < 0 {
		limit = int(^uint(0) >> 1)
	}
	// keep is how long dst may be before the marker; safe is the longest
	// prefix of dst, ending at a rune or escape boundary, that leaves room
	// for the marker: where a cut goes back to.
	keep := limit - len(Marker)
	safe := len(dst)
	for i := 0; i < len(s); {
		if j := i + cleanPrefix(s[i:]); j > i {
			run := s[i:j]
			if n := keep - len(dst); n > 0 {
				n = min(n, len(run))
				for n < len(run) && n > 0 && !utf8.RuneStart(run[n]) {
					n--
				}
				safe = len(dst) + n
			}
			if len(dst)+len(run) > limit {
				if safe > len(dst) {
					dst = append(dst, run[:safe-len(dst)]...)
				}
				return withMarker(dst[:safe], limit)
			}
			dst = append(dst, run...)
			i = j
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		var buf [12]byte
		e := escape(buf[:0], r, s[i])
		if len(dst)+len(e) > limit {
			return withMarker(dst[:safe], limit)
		}
		dst = append(dst, e...)
		if len(dst) <= keep {
			safe = len(dst)
		}
		i += size
	}
	return dst
}

// withMarker appends the marker, or as much of it as fits within limit.
func withMarker(dst []byte, limit int) []byte {
	return append(dst, Marker[:max(0, min(len(Marker), limit-len(dst)))]...)
}

// escape appends the escaped form of the rune r, whose first byte is b.
func escape(dst []byte, r rune, b byte) []byte {
	if r == utf8.RuneError {
		return append(dst, '\\', 'x', "0123456789abcdef"[b>>4], "0123456789abcdef"[b&15])
	}
	q := strconv.AppendQuoteRuneToASCII(dst, r) // '\n', with its quotes
	copy(q[len(dst):], q[len(dst)+1:len(q)-1])
	return q[:len(q)-2]
}

// cleanPrefix returns the length of the longest prefix of s that needs no
// escaping.
func cleanPrefix(s string) int {
	i := 0
	for i < len(s) {
		c := s[i]
		if c < utf8.RuneSelf {
			if c < 0x20 || c == 0x7f {
				return i
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if NeedsEscape(r, size) {
			return i
		}
		i += size
	}
	return i
}

// NeedsEscape reports whether the rune r, size bytes long in its UTF-8
// source, is one that [String] escapes: a character of the Unicode
// categories Cc or Cf, a line or paragraph separator, or (r is
// utf8.RuneError and size is 1) a byte of invalid UTF-8.
func NeedsEscape(r rune, size int) bool {
	if r < utf8.RuneSelf {
		return r < 0x20 || r == 0x7f
	}
	return (r == utf8.RuneError && size == 1) || unicode.In(r, unicode.Cc, unicode.Cf, unicode.Zl, unicode.Zp)
}
