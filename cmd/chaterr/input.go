package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"strconv"
	"time"

	"github.com/seed-a36dd713/chaterr"
	"github.com/seed-a36dd713/chaterr/internal/oneline"
	"github.com/seed-a36dd713/chaterr/scan"
)

// bufSize is the input buffer: a line longer than this is read in pieces,
// cut between words, so memory stays the same whatever the input.
const bufSize = 64 << 10

// maxNameShown bounds a file name in output and messages.
const maxNameShown = 256

// maxWordErrors is how many words that are not codes plain mode reports one
// by one; past it, it counts them and says how many at the end.
const maxWordErrors = 10

// errInterrupted ends reading when a signal arrives.
var errInterrupted = errors.New("interrupted")

// reader reads the inputs, finds the codes in them and hands each to the
// output as soon as its line is read.
type reader struct {
	stdin      io.Reader
	out        *output
	stderr     io.Writer
	scan       bool
	oldRelease bool
	status     int
	stdinRead  bool

	signals     <-chan os.Signal // nil: signals are not watched
	interrupted os.Signal        // the signal that stopped the reading

	now          func() time.Time // nil: no live tables; else the clock for them
	lastTable    time.Time        // when the last live table was printed
	addedAtTable int              // out.added then

	buf      []byte
	scanner  scan.Scanner
	midLine  bool // the last segment did not end its line
	lines    int  // lines read, for the message when -scan finds nothing
	found    int  // codes -scan found
	codes    int  // words that were codes, in plain mode
	notCodes int  // words that were not codes (or undocumented numbers), in plain mode
	hinted   bool // "use -scan" was said
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
			name := oneline.String(in, maxNameShown)
			f, err := os.Open(in)
			if err != nil {
				var pe *fs.PathError
				if errors.As(err, &pe) {
					err = pe.Err
				}
				fmt.Fprintf(r.stderr, "chaterr: cannot open %s: %v\n", name, err)
				r.status = exitNotDocumented
				continue
			}
			r.readStream(f, name)
			f.Close()
		case isFileArg(in):
			r.notCode("chaterr: " + oneline.String(in, maxNameShown) + " is a file, not a code; use -scan to read free text such as logs")
		default:
			r.token([]byte(in))
		}
		if r.out.failed() || r.interrupted != nil {
			return
		}
	}
}

// finish says what the reading left unsaid: that -scan found nothing, or how
// many more words were not codes.
func (r *reader) finish() {
	if r.interrupted != nil {
		return
	}
	if r.scan && r.found == 0 {
		fmt.Fprintf(r.stderr, "chaterr: no error codes in %d %s\n", r.lines, plural(r.lines, "line", "lines"))
	}
	if r.notCodes > maxWordErrors {
		n := r.notCodes - maxWordErrors
		fmt.Fprintf(r.stderr, "chaterr: %d more %s\n", n, plural(n, "word was not a documented code", "words were not documented codes"))
	}
	r.hint()
}

// hint says once, when most words so far were not codes and some were read
// from stdin, that the input looks like free text.
func (r *reader) hint() {
	if !r.scan && !r.hinted && r.stdinRead && r.notCodes >= 3 && r.notCodes > r.codes {
		r.hinted = true
		fmt.Fprintln(r.stderr, "chaterr: most words were not codes; use -scan to read free text such as logs")
	}
}

// read reads from src, or gives up when a watched signal arrives first.
// Data that is ready when the signal comes is still read; the next call
// gives up.
func (r *reader) read(src io.Reader, p []byte) (int, error) {
	if r.interrupted != nil {
		return 0, errInterrupted
	}
	if r.signals == nil {
		return src.Read(p)
	}
	type result struct {
		n   int
		err error
	}
	done := make(chan result, 1)
	go func() {
		n, err := src.Read(p)
		done <- result{n, err}
	}()
	select {
	case res := <-done:
		return res.n, res.err
	case s := <-r.signals:
		r.interrupted = s
		select {
		case res := <-done:
			return res.n, res.err
		default:
			return 0, errInterrupted
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
				lineNo++
			}
			r.lines += lineNo - 1
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

		if name == "stdin" {
			r.liveTable()
		}
		if r.out.flush() != nil {
			return
		}
		n, err := r.read(src, buf[len(buf):cap(buf)])
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
		case errors.Is(err, errInterrupted):
			r.lines += lineNo - 1
			return
		case errors.Is(err, io.EOF):
			eof = true
		case err != nil:
			fmt.Fprintf(r.stderr, "chaterr: reading %s: %v\n", name, err)
			r.status = exitNotDocumented
			eof = true
		}
	}
}

// liveTable prints the -count table again while stdin keeps bringing
// codes, at most once a second.
func (r *reader) liveTable() {
	if r.now == nil {
		return
	}
	t := r.now()
	if r.lastTable.IsZero() {
		r.lastTable = t
	}
	if t.Sub(r.lastTable) < time.Second || r.out.added == r.addedAtTable {
		return
	}
	r.out.counts()
	r.out.w.WriteString("\n")
	r.lastTable, r.addedAtTable = t, r.out.added
}

// maxToken is the longest token reported as one; a longer run without a
// boundary is an over-long token.
const maxToken = bufSize

// overlong reports an over-long token once, in a bounded message.
func (r *reader) overlong(name string, line int) {
	if r.scan {
		fmt.Fprintf(r.stderr, "chaterr: %s:%d: skipped a token longer than %d bytes\n", name, line, maxToken)
		return
	}
	r.notCode(fmt.Sprintf("chaterr: %s:%d: skipped a token longer than %d bytes", name, line, maxToken))
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
		r.scanSegment(data, name, lineNo)
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
	r.midLine = !endOfLine
}

// scanSegment hands on each code that the scanner finds in a line or piece.
func (r *reader) scanSegment(data []byte, name string, lineNo int) {
	var matches []scan.Match
	if r.midLine {
		matches = r.scanner.More(data)
	} else {
		matches = r.scanner.Line(data)
	}
	for _, m := range matches {
		r.found++
		if !m.Code.Known() {
			r.status = exitNotDocumented
		}
		r.out.code(m.Code, &site{source: name, line: lineNo, text: data, start: m.Start, ctx: m.Context})
	}
}

// token explains one code given as an argument or a word of stdin.
func (r *reader) token(tok []byte) {
	c, err := chaterr.Parse(string(tok))
	if err == nil && r.oldRelease && isNumber(tok) {
		c = chaterr.FromOldRelease(int(c))
	}
	switch {
	case err != nil && r.out.goSDKCode(tok):
		r.codes++
	case err != nil:
		msg := ""
		if r.notCodes < maxWordErrors { // a suggestion costs; only shown ones are made
			msg = err.Error() + suggestion(tok)
		}
		r.notCode(msg)
	case !c.Known():
		if !r.out.isJSON() && !r.out.count {
			msg := strconv.Itoa(int(c)) + ": not a documented Agora Chat error code"
			if n := note(c); n != "" {
				msg += "; note: " + n
			}
			r.notCode(msg)
			return
		}
		r.status = exitNotDocumented
		r.notCodes++
		r.out.code(c, nil)
	default:
		r.codes++
		r.out.code(c, nil)
		if goSDKDiffers(tok, c) { // INVALID_TOKEN: native 104, the Go IM SDK's 202
			r.out.goSDKCode(tok)
		}
	}
}

// notCode reports a word that is not a documented code, the first
// maxWordErrors of them one by one.
func (r *reader) notCode(msg string) {
	r.status = exitNotDocumented
	r.notCodes++
	if r.notCodes <= maxWordErrors {
		fmt.Fprintln(r.stderr, msg)
	}
	if r.notCodes == maxWordErrors+1 {
		r.hint()
	}
}

// isFileArg reports whether the argument in is not a code but names a
// regular file: chaterr app.log, with -scan forgotten.
func isFileArg(in string) bool {
	if _, err := chaterr.Parse(in); err == nil {
		return false
	}
	fi, err := os.Stat(in)
	return err == nil && fi.Mode().IsRegular()
}

// plural returns one when n is 1, else many.
func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

func isNumber(tok []byte) bool {
	_, err := strconv.Atoi(string(tok))
	return err == nil
}

func isSpace(b byte) bool {
	return b == ' ' || b == '\t' || b == '\n' || b == '\r' || b == '\v' || b == '\f'
}

func isWordByte(b byte) bool {
	return b == '_' || ('0' <= b && b <= '9') || ('a' <= b && b <= 'z') || ('A' <= b && b <= 'Z')
}
