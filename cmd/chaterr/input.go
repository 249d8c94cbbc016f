package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"strconv"

	"github.com/seed-a36dd713/chaterr"
)

// bufSize is the input buffer: a line longer than this is read in pieces,
// cut between words, so memory stays the same whatever the input.
const bufSize = 64 << 10

// reader reads the inputs, finds the codes in them and hands each to the
// output as soon as its line is read.
type reader struct {
	stdin     io.Reader
	out       *output
	stderr    io.Writer
	scan      bool
	status    int
	stdinRead bool

	buf       []byte
	lineCodes []chaterr.Code // codes already found on the current line
}

// readAll reads each input in order: "-" is stdin (read once, however often
// it is given); another argument is a code, or with -scan a file.
func (r *reader) readAll(inputs []string) {
	for _, in := range inputs {
		switch {
		case in == "-":
			if r.stdinRead {
				continue
			}
			r.stdinRead = true
			r.readStream(r.stdin, "stdin")
		case r.scan:
			f, err := os.Open(in)
			if err != nil {
				fmt.Fprintf(r.stderr, "chaterr: %v\n", err)
				r.status = exitNotDocumented
				continue
			}
			r.readStream(f, in)
			f.Close()
		default:
			r.token([]byte(in))
		}
		if r.out.failed() {
			return
		}
	}
}

// readStream reads src line by line and hands each line, or each piece of a
// line longer than the buffer, to segment. It flushes the output before
// every read, so that nothing waits in the buffer while chaterr waits for
// input (tail -f).
func (r *reader) readStream(src io.Reader, name string) {
	if r.buf == nil {
		r.buf = make([]byte, 0, bufSize)
	}
	buf := r.buf[:0]
	lineNo, skipping, eof := 1, false, false
	for {
		start := 0
		for {
			i := bytes.IndexByte(buf[start:], '\n')
			if i < 0 {
				break
			}
			r.segment(buf[start:start+i], name, lineNo, true)
			start += i + 1
			lineNo++
		}
		if eof {
			if start < len(buf) {
				r.segment(buf[start:], name, lineNo, true)
			}
			return
		}
		buf = buf[:copy(buf, buf[start:])]
		if len(buf) == cap(buf) { // a line longer than the buffer
			if cut := r.lastBoundary(buf); cut > 0 {
				r.segment(buf[:cut], name, lineNo, false)
				buf = buf[:copy(buf, buf[cut:])]
			} else {
				r.overlong(name, lineNo)
				buf, skipping = buf[:0], true
			}
		}

		if r.out.flush() != nil {
			return
		}
		n, err := src.Read(buf[len(buf):cap(buf)])
		fresh := buf[len(buf) : len(buf)+n]
		if skipping && n > 0 { // drop the rest of an over-long token
			if i := bytes.IndexFunc(fresh, r.isBoundaryRune); i >= 0 {
				skipping = false
				buf = append(buf, fresh[i:]...)
			}
		} else {
			buf = buf[:len(buf)+n]
		}
		switch {
		case errors.Is(err, io.EOF):
			eof = true
		case err != nil:
			fmt.Fprintf(r.stderr, "chaterr: reading %s: %v\n", name, err)
			r.status = exitNotDocumented
			eof = true
		}
	}
}

// maxToken is the longest token reported as one; a longer run without a
// boundary is an over-long token.
const maxToken = bufSize

// overlong reports an over-long token once, in a bounded message.
func (r *reader) overlong(name string, line int) {
	fmt.Fprintf(r.stderr, "chaterr: %s:%d: skipped a token longer than %d bytes\n", name, line, maxToken)
	if !r.scan {
		r.status = exitNotDocumented
	}
}

// isBoundary reports whether b may end a piece of a long line: white space,
// and with -scan any byte that cannot be part of a word.
func (r *reader) isBoundary(b byte) bool {
	if isSpace(b) {
		return true
	}
	return r.scan && !isWordByte(b)
}

func (r *reader) isBoundaryRune(c rune) bool { return c < 0x80 && r.isBoundary(byte(c)) }

// lastBoundary returns where to cut a buffer full of one line: after its
// last white space when there is some in the second half, else after the
// last boundary byte, or 0 when there is none.
func (r *reader) lastBoundary(buf []byte) int {
	for i := len(buf) - 1; i >= len(buf)/2; i-- {
		if isSpace(buf[i]) {
			return i + 1
		}
	}
	for i := len(buf) - 1; i >= 0; i-- {
		if r.isBoundary(buf[i]) {
			return i + 1
		}
	}
	return 0
}

// segment handles a line, or a piece of one (endOfLine false).
func (r *reader) segment(data []byte, name string, lineNo int, endOfLine bool) {
	if r.scan {
		scanLine(data, func(c chaterr.Code) { r.found(c, name, lineNo) })
	} else {
		for len(data) > 0 {
			i := 0
			for i < len(data) && isSpace(data[i]) {
				i++
			}
			j := i
			for j < len(data) && !isSpace(data[j]) {
				j++
			}
			if j > i {
				r.token(data[i:j])
			}
			data = data[j:]
		}
	}
	if endOfLine {
		r.lineCodes = r.lineCodes[:0]
	}
}

// token explains one code given as an argument or a word of stdin.
func (r *reader) token(tok []byte) {
	c, err := chaterr.Parse(string(tok))
	switch {
	case err != nil:
		fmt.Fprintln(r.stderr, err)
		r.status = exitNotDocumented
	case !c.Known():
		r.status = exitNotDocumented
		if !r.out.isJSON() && !r.out.count {
			fmt.Fprintf(r.stderr, "%s: not a documented Agora Chat error code\n", strconv.Itoa(int(c)))
			return
		}
		r.out.code(c, "", 0)
	default:
		r.out.code(c, "", 0)
	}
}

// found hands on a code that -scan found, once per line.
func (r *reader) found(c chaterr.Code, name string, lineNo int) {
	for _, seen := range r.lineCodes {
		if seen == c {
			return
		}
	}
	r.lineCodes = append(r.lineCodes, c)
	if !c.Known() {
		r.status = exitNotDocumented
	}
	r.out.code(c, name, lineNo)
}

func isSpace(b byte) bool {
	return b == ' ' || b == '\t' || b == '\n' || b == '\r' || b == '\v' || b == '\f'
}

func isWordByte(b byte) bool {
	return b == '_' || ('0' <= b && b <= '9') || ('a' <= b && b <= 'z') || ('A' <= b && b <= 'Z')
}
