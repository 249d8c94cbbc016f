// Package readlimit reads a body of untrusted size from an untrusted
// reader, as packages rest and web both must: at most a limit, never
// spinning on a reader that makes no progress, never trusting its counts.
package readlimit

import (
	"errors"
	"io"
)

// maxEmptyReads is how many reads in a row may return no bytes and no error
// before AtMost gives up with io.ErrNoProgress, as bufio does.
const maxEmptyReads = 100

// ErrBadCount is the error of a reader that reports reading more bytes
// than it was given room for, or fewer than none.
var ErrBadCount = errors.New("the reader's Read returned an impossible count")

// AtMost appends to buf what r yields until io.EOF, an error, or limit
// bytes in all, and returns it with the error that stopped it (nil for
// io.EOF and for reaching limit). A reader that returns no bytes and no
// error maxEmptyReads times in a row gets io.ErrNoProgress; one that
// returns an impossible count gets ErrBadCount. What was read before an
// error is kept.
func AtMost(r io.Reader, buf []byte, limit int) ([]byte, error) {
	empty := 0
	for len(buf) < limit {
		if len(buf) == cap(buf) { // grow, but never past limit, so that a pooled buffer stays within it
			grown := make([]byte, len(buf), min(max(2*cap(buf), 512), limit))
			copy(grown, buf)
			buf = grown
		}
		room := buf[len(buf):min(cap(buf), limit)]
		n, err := r.Read(room)
		if n < 0 || n > len(room) {
			return buf, ErrBadCount
		}
		buf = buf[:len(buf)+n]
		switch {
		case err == io.EOF:
			return buf, nil
		case err != nil:
			return buf, err
		case n > 0:
			empty = 0
		default:
			if empty++; empty >= maxEmptyReads {
				return buf, io.ErrNoProgress
			}
		}
	}
	return buf, nil
}
