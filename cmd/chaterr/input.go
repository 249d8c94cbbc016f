package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"strconv"
	"time"

	"github.com/seed-a36dd713/chaterr"
	"github.com/seed-a36dd713/chaterr/internal/oneline"
	"github.com/seed-a36dd713/chaterr/scan"
)

// maxWordErrors is how many words that are not codes (and, with -scan,
// undocumented codes found) are reported one by one; past it, they are
// counted and the count said at the end.
const maxWordErrors = 10

// reader handles the chunks of the inputs in order: it explains the codes
// they hold, or with -scan the codes found in them, as soon as each chunk is
// in, and counts what it read.
type reader struct {
	stdin      io.Reader
	out        *output
	stderr     io.Writer
	scan       bool
	oldRelease bool
	status     int
	workers    int // goroutines that scan chunks (-scan)

	signals     <-chan os.Signal // nil: signals are not watched
	interrupted os.Signal        // the signal that stopped the reading

	now          func() time.Time // nil: no live tables; else the clock for them
	lastTable    time.Time        // when the last live table was printed
	addedAtTable int              // out.added then

	scanner   scan.Scanner // for the pieces of long lines
	lineNo    int          // lines of the current input before the next chunk
	lines     int          // lines read, for the message when -scan finds nothing
	found     int          // codes -scan found
	codes     int          // words that were codes, in plain mode
	notCodes  int          // words that were not codes (or undocumented codes), reported or not
	told      int          // of those, the ones reported one by one
	hinted    bool         // "use -scan" was said
	stdinRead bool         // some of the input came from stdin
}

// readAll reads each input in order: "-" is stdin (read once, however often
// it is given); another argument is a code, or with -scan a file. A feeder
// goroutine reads and opens, workers scan, and this goroutine writes the
// output in input order, so that the output is the same whatever the
// number of workers, and a signal is answered while a read blocks.
func (r *reader) readAll(inputs []string) {
	stop := make(chan struct{})
	defer close(stop)
	workers := 0
	if r.scan {
		workers = max(1, r.workers)
	}
	f := &feeder{inputs: inputs, stdin: r.stdin, scan: r.scan, stop: stop,
		free:  make(chan *[]byte, 2*workers+4),
		work:  make(chan *chunk, workers),
		order: make(chan *chunk, 2*workers+2)}
	for range cap(f.free) {
		b := make([]byte, 0, bufSize)
		f.free <- &b
	}
	go f.run()
	for range workers {
		go func() {
			var s scan.Scanner
			s.OldRelease = r.oldRelease
			for c := range f.work {
				scanChunk(&s, c)
				close(c.done)
			}
		}()
	}
	for r.interrupted == nil {
		c, ok := r.next(f.order)
		if !ok {
			break
		}
		if c.done != nil {
			r.wait(c.done)
		}
		r.handle(c, f.free)
		if r.out.failed() {
			return
		}
	}
	if r.interrupted != nil {
		r.drain(f)
	}
}

// drain handles, after a signal, the chunks that were read before it and
// wait in the queue, so that the counts so far include all that was read;
// it does not wait for more input.
func (r *reader) drain(f *feeder) {
	for range cap(f.order) {
		select {
		case c, ok := <-f.order:
			if !ok {
				return
			}
			if c.done != nil {
				<-c.done // a worker has it: scanning ends without waiting for input
			}
			r.handle(c, f.free)
		default:
			return
		}
	}
}

// next returns the next chunk. When none is ready it first flushes the
// output (so that nothing waits in the buffer while chaterr waits for input,
// as tail -f needs) and prints the live -count table; a signal ends it.
func (r *reader) next(order <-chan *chunk) (*chunk, bool) {
	select {
	case c, ok := <-order:
		return c, ok
	default:
	}
	r.liveTable()
	if r.out.flush() != nil {
		return nil, false
	}
	select {
	case c, ok := <-order:
		return c, ok
	case s := <-r.signals:
		r.interrupted = s
		return nil, false
	}
}

// wait waits for a worker to scan a chunk, noting a signal that comes
// meanwhile: the chunk was read before it, so it still counts.
func (r *reader) wait(done <-chan struct{}) {
	select {
	case <-done:
	case s := <-r.signals:
		r.interrupted = s
		<-done
	}
}

// handle writes what one chunk holds.
func (r *reader) handle(c *chunk, free chan<- *[]byte) {
	if c.name == "stdin" {
		r.stdinRead = true
	}
	switch c.kind {
	case chunkLines:
		if r.scan {
			for _, h := range c.hits {
				r.report(h.m, c.name, r.lineNo+h.line+1, h.text)
			}
		} else {
			r.tokens(c.data)
			c.lines = countLines(c.data, bytes.IndexByte(c.data, '\r') >= 0)
		}
		r.lineNo += c.lines
	case chunkPiece:
		if r.scan {
			var ms []scan.Match
			if c.first {
				ms = r.scanner.Start(c.data)
			} else {
				ms = r.scanner.More(c.data)
			}
			for _, m := range ms {
				r.report(m, c.name, r.lineNo+1, c.data)
			}
		} else {
			r.tokens(c.data)
		}
		if c.last {
			r.lineNo++
		}
	case chunkArg:
		in := string(c.data)
		if isFileArg(in) {
			r.notCode("chaterr: " + oneline.String(in, maxNameShown) + " is a file, not a code; use -scan to read free text such as logs")
		} else {
			r.token(c.data)
		}
	case chunkOpenErr:
		fmt.Fprintf(r.stderr, "chaterr: cannot open %s: %v\n", c.name, c.err)
		r.status = exitNotDocumented
	case chunkReadErr:
		fmt.Fprintf(r.stderr, "chaterr: reading %s: %v\n", c.name, c.err)
		r.status = exitNotDocumented
	case chunkOverlong:
		r.notCode(fmt.Sprintf("chaterr: %s:%d: skipped a token longer than %d bytes", c.name, r.lineNo+1, bufSize/2))
	case chunkEnd:
		r.lines += r.lineNo
		r.lineNo = 0
	case chunkFree:
		free <- c.buf
	}
}

// report writes a code that -scan found; an undocumented one is also said
// on stderr (the first maxWordErrors of them), and sets the exit status.
func (r *reader) report(m scan.Match, name string, line int, text []byte) {
	r.found++
	if m.Code != 0 && !m.Code.Known() { // Code 0: a Web SDK code, which is documented
		r.status = exitNotDocumented
		r.notCodes++
		if r.told < maxWordErrors {
			r.told++
			fmt.Fprintf(r.stderr, "chaterr: %s:%d: %d is not a documented Agora Chat error code\n", name, line, int(m.Code))
		}
	}
	at := &site{source: name, line: line, text: text, start: m.Start, ctx: m.Context, web: m.Web}
	if m.Code == 0 { // a Web SDK code that no native code means
		r.out.webOnly(m.Web, at)
		return
	}
	r.out.code(m.Code, at)
}

// tokens explains each whitespace-separated word of data.
func (r *reader) tokens(data []byte) {
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

// finish says what the reading left unsaid: that -scan found nothing, or how
// many more words were not codes.
func (r *reader) finish() {
	if r.interrupted != nil {
		return
	}
	if r.scan && r.found == 0 {
		fmt.Fprintf(r.stderr, "chaterr: no error codes in %d %s\n", r.lines, plural(r.lines, "line", "lines"))
	}
	if n := r.notCodes - r.told; n > 0 {
		switch {
		case r.scan:
			fmt.Fprintf(r.stderr, "chaterr: %d more %s\n", n, plural(n, "code found was not documented", "codes found were not documented"))
		case r.told == 0:
			fmt.Fprintf(r.stderr, "chaterr: %d %s\n", n, plural(n, "word was not a documented code", "words were not documented codes"))
		default:
			fmt.Fprintf(r.stderr, "chaterr: %d more %s\n", n, plural(n, "word was not a documented code", "words were not documented codes"))
		}
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

// liveTable prints the -count table again, in place of the last one, while
// stdin keeps bringing codes, at most once a second.
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
	r.out.liveCounts()
	r.lastTable, r.addedAtTable = t, r.out.added
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
		if r.told < maxWordErrors { // a suggestion costs; only shown ones are made
			msg = err.Error() + suggestion(tok)
		}
		r.notCode(msg)
	case !c.Known():
		msg := strconv.Itoa(int(c)) + ": not a documented Agora Chat error code"
		if n := r.out.note(c); n != "" {
			msg += "; note: " + n
		}
		r.notCode(msg)
		if r.out.isJSON() || r.out.count { // text explains it on stderr only
			r.out.code(c, nil)
		}
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
	if r.told < maxWordErrors {
		r.told++
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
