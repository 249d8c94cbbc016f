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
// without allocating; otherwise String allocates once (twice for a result
// over 256 bytes).
func String(s string, max int) string {
	if i := cleanPrefix(s); i == len(s) && (max < 0 || len(s) <= max) {
		return s
	}
	size := len(s) + len(s)/4 + len(Marker)
	if max >= 0 {
		size = min(size, max)
	}
	// Short text is built in a stack buffer, so that the string is the one
	// allocation on every supported Go release.
	var buf [256]byte
	b := buf[:0]
	if size > len(buf) {
		b = make([]byte, 0, size)
	}
	return string(Append(b, s, max))
}

// Append appends s to dst, escaped as [String] escapes it, and returns the
// extended slice. When limit >= 0, the returned slice is at most limit bytes
// long (counting what dst already held): text that does not fit is cut at a
// rune boundary and [Marker] ends it; when even the marker does not fit, as
// much of it as fits. It reads s only as far as it writes, so its cost is
// linear in what it appends, however long s is. To build one bounded line
// from several pieces, use a [Line].
func Append(dst []byte, s string, limit int) []byte {
	if limit < 0 {
		limit = int(^uint(0) >> 1)
	}
	dst, _, _ = appendEscaped(dst, s, limit, len(dst))
	return dst
}

// Line builds one bounded, escaped line from several pieces, such as an
// error's name, message and cause: the pieces share the bound, and a cut in
// any of them ends the line with [Marker], going back into earlier pieces
// if that is where the marker fits. Once cut, the line takes no more text.
type Line struct {
	buf   []byte
	limit int
	safe  int // the longest prefix, at a boundary, that leaves room for the marker
	cut   bool
}

// NewLine starts a line in buf (usually a stack buffer's buf[:0]) that will
// be at most limit bytes long; a limit below len(Marker) is raised to it.
// When buf's capacity runs out, the line grows once, to limit.
func NewLine(buf []byte, limit int) Line {
	return Line{buf: buf[:0], limit: max(limit, len(Marker))}
}

// Append returns the line with s appended, escaped as [String] escapes it.
// Line is a value, used as line = line.Append(s), so that a line in a stack
// buffer stays on the stack.
func (l Line) Append(s string) Line {
	if l.cut {
		return l
	}
	if cap(l.buf)-len(l.buf) < len(s)+8 && cap(l.buf) < l.limit {
		grown := make([]byte, len(l.buf), l.limit)
		copy(grown, l.buf)
		l.buf = grown
	}
	l.buf, l.safe, l.cut = appendEscaped(l.buf, s, l.limit, l.safe)
	return l
}

// AppendInt returns the line with the decimal form of n appended.
func (l Line) AppendInt(n int64) Line {
	var num [20]byte
	return l.Append(string(strconv.AppendInt(num[:0], n, 10)))
}

// Full reports whether the line was cut: further text is dropped.
func (l Line) Full() bool { return l.cut }

// Bytes returns the line so far.
func (l Line) Bytes() []byte { return l.buf }

// appendEscaped appends s to dst, escaped, within limit. safe is the length
// of the longest prefix of dst, ending at a boundary, that leaves room for
// the marker: where a cut goes back to. It returns the new dst and safe, and
// whether s was cut.
func appendEscaped(dst []byte, s string, limit, safe int) ([]byte, int, bool) {
	keep := limit - len(Marker)
	if len(dst) <= keep {
		safe = len(dst)
	}
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
				return withMarker(dst[:safe], limit), safe, true
			}
			dst = append(dst, run...)
			i = j
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		var buf [12]byte
		e := escape(buf[:0], r, s[i])
		if len(dst)+len(e) > limit {
			return withMarker(dst[:safe], limit), safe, true
		}
		dst = append(dst, e...)
		if len(dst) <= keep {
			safe = len(dst)
		}
		i += size
	}
	return dst, safe, false
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

// Clean reports whether s needs no escaping: whether [String] would return
// it unchanged when it fits its bound.
func Clean(s string) bool { return cleanPrefix(s) == len(s) }

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
