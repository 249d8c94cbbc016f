package main

import (
	"bytes"
	"errors"
	"io"
	"io/fs"
	"os"

	"github.com/seed-a36dd713/chaterr/internal/oneline"
	"github.com/seed-a36dd713/chaterr/scan"
)

// bufSize is a read buffer: input is handed on in chunks of whole lines of
// at most this size, and a longer line in pieces of it, cut between words,
// so that memory stays the same whatever the input.
const bufSize = 256 << 10

// maxNameShown bounds a file name in output and messages.
const maxNameShown = 240

// chunkKind says what a chunk holds.
type chunkKind uint8

const (
	chunkLines    chunkKind = iota // whole lines, the last one maybe without its end at EOF
	chunkPiece                     // a piece of a line longer than a buffer
	chunkArg                       // an argument that is a code, not a file
	chunkOpenErr                   // an input that could not be opened
	chunkReadErr                   // reading an input failed; its chunks so far came before
	chunkOverlong                  // a token longer than a buffer was skipped (without -scan)
	chunkEnd                       // an input ended
	chunkFree                      // the chunks before it are done with buf
)

// chunk is a run of input that the feeder hands on, in order.
type chunk struct {
	kind        chunkKind
	name        string // the input's name, escaped
	data        []byte // the lines, the piece, or the argument
	first, last bool   // a piece begins or ends its line
	err         error
	buf         *[]byte       // chunkFree: the buffer to return to the pool
	done        chan struct{} // closed once a worker scanned the chunk; nil: nothing to scan

	// Set by the worker that scans the chunk.
	lines int   // lines in data
	hits  []hit // the codes found, in order
}

// hit is a code that a worker found in a chunk.
type hit struct {
	line int    // the line's index in its chunk, from 0
	text []byte // the line
	m    scan.Match
}

// feeder reads the inputs in order and hands them on as chunks. Reading and
// opening happen in its own goroutine, so that the command still answers a
// signal while a read or the opening of a FIFO blocks.
type feeder struct {
	inputs []string
	stdin  io.Reader
	scan   bool
	free   chan *[]byte // buffers to read into
	work   chan *chunk  // chunks for the workers to scan
	order  chan *chunk  // every chunk, in input order, for the merger
	stop   chan struct{}
}

// send hands c on; false when the merger stopped.
func (f *feeder) send(c *chunk) bool {
	if f.scan && (c.kind == chunkLines) {
		c.done = make(chan struct{})
		select {
		case f.work <- c:
		case <-f.stop:
			return false
		}
	}
	select {
	case f.order <- c:
		return true
	case <-f.stop:
		return false
	}
}

// run feeds every input and then closes order.
func (f *feeder) run() {
	defer close(f.order)
	defer close(f.work)
	stdinRead := false
	for _, in := range f.inputs {
		var ok bool
		switch {
		case in == "-":
			if stdinRead {
				continue
			}
			stdinRead = true
			ok = f.stream(f.stdin, "stdin")
		case f.scan:
			name := oneline.String(in, maxNameShown)
			file, err := os.Open(in)
			if err != nil {
				var pe *fs.PathError
				if errors.As(err, &pe) {
					err = pe.Err
				}
				ok = f.send(&chunk{kind: chunkOpenErr, name: name, err: err})
				break
			}
			ok = f.stream(file, name)
			file.Close()
		default:
			ok = f.send(&chunk{kind: chunkArg, data: []byte(in)})
		}
		if !ok {
			return
		}
	}
}

// buffer takes a free buffer, with carry copied to its start.
func (f *feeder) buffer(carry []byte) (*[]byte, bool) {
	select {
	case b := <-f.free:
		*b = append((*b)[:0], carry...)
		return b, true
	case <-f.stop:
		return nil, false
	}
}

// stream reads src to its end and hands it on in chunks: whole lines, or
// pieces of a line longer than a buffer. A line ends at LF, CR or CRLF.
func (f *feeder) stream(src io.Reader, name string) bool {
	var carry []byte
	midLine, skipping := false, false // in a long line; dropping an over-long token
	spare := make([]byte, 0, bufSize) // the carry's copy, between buffers
	for {
		bp, ok := f.buffer(carry)
		if !ok {
			return false
		}
		b := *bp
		n, err := src.Read(b[len(b):cap(b)])
		fresh := b[len(b) : len(b)+n]
		if skipping && n > 0 {
			if i := bytes.IndexFunc(fresh, isSpaceRune); i >= 0 {
				skipping = false
				n = copy(fresh, fresh[i:])
			} else {
				n = 0
			}
		}
		b = b[:len(b)+n]
		eof := err != nil
		carry = nil
		sent := false
		for len(b) > 0 {
			var c *chunk
			full := len(b) == cap(*bp)
			if midLine {
				end := lineEnd(b, 0)
				switch {
				case end < len(b) && (b[end] == '\n' || end+1 < len(b) || eof):
					c = &chunk{kind: chunkPiece, data: b[:end], last: true}
					b, midLine = b[skipEnd(b, end):], false
				case end == len(b) && eof:
					c = &chunk{kind: chunkPiece, data: b, last: true}
					b, midLine = nil, false
				case full:
					c, b, skipping = f.longPiece(b, false)
				}
			} else {
				cut := lastLineEnd(b, eof)
				switch {
				case cut > 0:
					c = &chunk{kind: chunkLines, data: b[:cut]}
					b = b[cut:]
				case eof:
					c = &chunk{kind: chunkLines, data: b}
					b = nil
				case full:
					c, b, skipping = f.longPiece(b, true)
					midLine = true
				}
			}
			if c == nil { // wait for the rest of the line
				break
			}
			c.name = name
			if !f.send(c) {
				return false
			}
			sent = true
		}
		carry = append(spare[:0], b...) // the unfinished line, for the next buffer
		if !sent {
			f.free <- bp // never blocks: the pool has room for every buffer
		} else if !f.send(&chunk{kind: chunkFree, buf: bp}) {
			return false
		}
		if eof {
			if err != io.EOF && !errors.Is(err, io.ErrUnexpectedEOF) {
				if !f.send(&chunk{kind: chunkReadErr, name: name, err: err}) {
					return false
				}
			}
			return f.send(&chunk{kind: chunkEnd, name: name})
		}
	}
}

// longPiece cuts a buffer full of one line: it returns the piece to hand
// on and the rest, or without -scan, when the buffer holds one token, a
// chunk that says it is skipped (and true: skip on to white space).
func (f *feeder) longPiece(b []byte, first bool) (*chunk, []byte, bool) {
	cut := f.cut(b)
	if cut == 0 {
		return &chunk{kind: chunkOverlong}, nil, true
	}
	return &chunk{kind: chunkPiece, data: b[:cut], first: first}, b[cut:], false
}

// cut returns where to cut a buffer full of one line. With -scan: after its
// last white space in the second half, else after its last byte there that
// cannot be part of a word, else at its end (the word there is longer than
// half a buffer, so no code, and the scanner skips the rest of it). Without:
// after its last white space, or 0 (an over-long token).
func (f *feeder) cut(b []byte) int {
	lo := len(b) / 2
	if !f.scan {
		lo = 0
	}
	for i := len(b) - 1; i >= lo; i-- {
		if isSpace(b[i]) {
			return i + 1
		}
	}
	if !f.scan {
		return 0
	}
	for i := len(b) - 1; i >= lo; i-- {
		if !isWordByte(b[i]) {
			return i + 1
		}
	}
	return len(b)
}

// lastLineEnd returns the end of the last whole line in b, after its LF, CR
// or CRLF, or 0. A CR that ends b is not an end yet, unless at EOF: an LF
// may follow it.
func lastLineEnd(b []byte, eof bool) int {
	for i := len(b) - 1; i >= 0; i-- {
		switch b[i] {
		case '\n':
			return i + 1
		case '\r':
			if i+1 < len(b) || eof {
				return i + 1
			}
		}
	}
	return 0
}

// lineEnd returns the index of the first CR or LF in b at or after i, or
// len(b).
func lineEnd(b []byte, i int) int {
	n := bytes.IndexByte(b[i:], '\n')
	if n < 0 {
		n = len(b) - i
	}
	if r := bytes.IndexByte(b[i:i+n], '\r'); r >= 0 {
		n = r
	}
	return i + n
}

// lineEndLF is lineEnd for a chunk without CR.
func lineEndLF(b []byte, i int) int {
	if n := bytes.IndexByte(b[i:], '\n'); n >= 0 {
		return i + n
	}
	return len(b)
}

// skipEnd returns where the line after the one that ends at end begins:
// after its CR, LF or CRLF.
func skipEnd(b []byte, end int) int {
	if end < len(b) && b[end] == '\r' && end+1 < len(b) && b[end+1] == '\n' {
		return end + 2
	}
	return min(end+1, len(b))
}

// lineStart returns where the line that holds b[i] begins, not before lo.
func lineStart(b []byte, lo, i int) int {
	for i > lo && b[i-1] != '\n' && b[i-1] != '\r' {
		i--
	}
	return i
}

// countEnds returns how many lines end in b: its LFs, CRs and CRLFs.
func countEnds(b []byte, hasCR bool) int {
	n := bytes.Count(b, []byte{'\n'})
	if hasCR {
		n += bytes.Count(b, []byte{'\r'}) - bytes.Count(b, []byte("\r\n"))
	}
	return n
}

func isSpaceRune(c rune) bool { return c < 0x80 && isSpace(byte(c)) }

// scanChunk finds the codes in a chunk of whole lines, reading only the
// lines that scan.Index points at, and counts its lines. One Scanner per
// worker: lines are independent.
func scanChunk(s *scan.Scanner, c *chunk) {
	data := c.data
	hasCR := bytes.IndexByte(data, '\r') >= 0
	end := lineEndLF
	if hasCR {
		end = lineEnd
	}
	hits := make([]hit, 0, len(data)/1024+8)
	pos, line := 0, 0
	for pos < len(data) {
		i := scan.Index(data[pos:])
		if i < 0 {
			break
		}
		i += pos
		from := lineStart(data, pos, i)
		to := end(data, i)
		line += countEnds(data[pos:from], hasCR)
		text := data[from:to]
		for _, m := range s.LineFrom(text, i-from) {
			hits = append(hits, hit{line: line, text: text, m: m})
		}
		line++
		pos = skipEnd(data, to)
	}
	c.hits, c.lines = hits, line+countLines(data[pos:], hasCR)
}

// countLines returns how many lines b holds: those that end in it, and a
// last one without its end (at EOF).
func countLines(b []byte, hasCR bool) int {
	n := countEnds(b, hasCR)
	if len(b) > 0 && lastLineEnd(b, true) != len(b) {
		n++
	}
	return n
}
