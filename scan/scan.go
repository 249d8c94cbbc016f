package scan

import (
	"strconv"

	"github.com/seed-a36dd713/chaterr"
	"github.com/seed-a36dd713/chaterr/web"
)

// Context says what made a word of a line a code.
type Context uint8

// The contexts, from the package documentation's rules.
const (
	Name     Context = iota + 1 // an SDK name as the SDK spells it: USER_MUTED
	Key                         // a key and a separator: code=215, errorCode 215, err=605
	Callback                    // an error callback: onError(215, ...), onError: 508
	Phrase                      // words that say so: error code 215, failed: code 605
)

var contextNames = [...]string{Name: "name", Key: "key", Callback: "callback", Phrase: "phrase"}

// String returns the context's name in lower case, such as "key", or
// "Context(9)" for a value outside the list.
func (c Context) String() string {
	if int(c) < len(contextNames) && contextNames[c] != "" {
		return contextNames[c]
	}
	return "Context(" + strconv.Itoa(int(c)) + ")"
}

// Match is one code found on a line.
//
// A number that the line shows to be the Web SDK's (its error object's type,
// see the package documentation) is in the Web SDK's numbering, which gives
// many numbers another meaning: Web is that code, and Code is the native code
// that an error object of that type means (web.Code.InErrorObject), or 0 when
// there is none (WEBIM_CONNCTION_DISCONNECTED, for one): ask Web, not Code,
// what such a code means and whether to retry it. A Scanner reports Code 0
// for nothing else, and Web is 0 whenever the number is the native SDKs'. On
// a line that spells one code both ways, the first spelling is reported.
type Match struct {
	Code       chaterr.Code // the code found, in the native numbering
	Web        web.Code     // the Web SDK's code, when the line spelled one
	Start, End int          // the bytes of the line (or piece) that spell the number or name
	Context    Context      // the kind of context that made it a code
}

// key is what makes a match the same code as another: its native code, or
// for a Web SDK code without one, that Web code above every int32 (both fit
// in 32 bits), in one integer so that the set of a line's codes hashes fast.
func (m Match) key() uint64 {
	if m.Code != 0 {
		return uint64(uint32(m.Code))
	}
	return 1<<32 | uint64(uint32(m.Web))
}

// Scanner finds the codes on lines of text. Its zero value is ready to use;
// it keeps buffers between calls, so one Scanner must not be used by two
// goroutines at once.
type Scanner struct {
	// OldRelease decodes numbers as SDK releases from before the 605/606
	// swap sent them, through [chaterr.FromOldRelease]. Names are not
	// affected.
	OldRelease bool

	matches []Match
	seen    map[uint64]uint64 // code (Match.key) -> the line it was last reported on
	lineID  uint64

	// What a line's earlier pieces leave for its next one (see More).
	tail     []byte // the end of the last piece, from a word start: the words before the next piece
	scratch  []byte // tail and piece, read as one
	skipWord bool   // the last piece ended inside a word longer than the tail
	marks    lineMarks
	from     int  // matches before this offset of the text read were the last piece's
	cont     bool // the line is read in pieces: keep the tail and the marks

	whole bool // read every word, not only from where Index points: the tests' oracle of the skip

	repeats repeats // the codes of recent whole lines
}

// maxTail is how much of a piece's end the next piece of its line is read
// with: more than a rule looks back (two words, a Go IM SDK Operation).
const maxTail = 256

// maxSeen bounds the de-duplication set kept between lines: a bigger one is
// dropped when the next line starts, so that memory follows the busiest line
// and not the whole input.
const maxSeen = 4096

// Line returns the codes on line, each once, in the order of their first
// mention. The slice is valid until the next call.
func (s *Scanner) Line(line []byte) []Match { return s.LineFrom(line, -1) }

// LineFrom is Line for a line in which [Index] returned at: it reads the
// line from there (and the two words before) without looking again, for a
// reader of a whole log that found the line by Index. The at must be what
// Index returned for the line (a later place passes over the codes before
// it); an at outside the line is ignored, and the line is read as by Line.
func (s *Scanner) LineFrom(line []byte, at int) []Match {
	s.begin(false)
	if len(line) > maxRepeatLine || s.whole {
		return s.read(line, at)
	}
	key := s.repeats.shape(line)
	slot := s.repeats.slot(key)
	if ms, ok := slot.lookup(key, s.OldRelease); ok {
		s.matches = append(s.matches[:0], ms...)
		return s.matches
	}
	ms := s.read(line, at)
	slot.keep(key, ms, s.OldRelease)
	return ms
}

// begin starts a new line, read whole or (cont) in pieces.
func (s *Scanner) begin(cont bool) {
	s.lineID++
	if len(s.seen) > maxSeen {
		s.seen = nil
	}
	s.tail, s.skipWord, s.marks, s.cont = s.tail[:0], false, lineMarks{}, cont
}

// Start is Line for the first piece of a line too long to hold at once,
// which [Scanner.More] continues: it keeps what the next piece needs.
func (s *Scanner) Start(piece []byte) []Match {
	s.begin(true)
	return s.read(piece, -1)
}

// More returns the codes in piece, the next piece of the line that the last
// call to Start (or Line) began, leaving out those already returned for that line.
// Positions are offsets in piece. Use it for a line too long to hold at
// once, cut between words: the piece is read after the last 256 bytes of
// the one before, so a key, its value and the words before it may stand on
// either side of a cut, and a mark of the line (an error, the chat SDK,
// another library) found in an earlier piece still counts. A cut inside a
// word longer than that skips the rest of the word.
func (s *Scanner) More(piece []byte) []Match {
	if s.lineID == 0 {
		s.lineID = 1
	}
	if !s.cont { // after Line, whose few codes add kept only in the matches
		s.remember(s.matches)
	}
	s.cont = true
	return s.read(piece, -1)
}

// read finds the codes in piece, after the tail of the line's last piece;
// at, when in the piece, is where Index points in it.
func (s *Scanner) read(piece []byte, at int) []Match {
	s.matches = s.matches[:0]
	text := piece
	s.from = 0
	if len(s.tail) > 0 {
		s.scratch = append(s.scratch[:0], s.tail...)
		if len(piece) > 0 && class[piece[0]]&wordByte != 0 && class[s.tail[len(s.tail)-1]]&wordByte != 0 {
			s.scratch = append(s.scratch, ' ') // the cut is between words
		}
		s.from = len(s.scratch)
		s.scratch = append(s.scratch, piece...)
		text = s.scratch
	}
	l := lineScan{s: s, line: text, lineMarks: s.marks}
	if s.skipWord {
		l.skip = wordEnd(text, 0)
	}
	// Nothing before the first place Index finds, but the two words before
	// it (a key's context), makes a code: start there.
	if at < 0 || at >= len(piece) || len(text) != len(piece) || l.skip > 0 {
		at = Index(text[l.skip:]) // at, if given, was in piece alone
	}
	switch {
	case s.whole:
		l.run()
	case at >= 0:
		l.skip = wordsBack(text, l.skip, l.skip+at, 2)
		l.run()
	case s.cont:
		l.skip = len(text) // only the marks, below
	}
	if s.cont {
		s.marks = l.sticky()
		s.keepTail(text)
	}
	return s.matches
}

// keepTail keeps the end of text for the next piece, from the start of a
// word, so that no word is read cut.
func (s *Scanner) keepTail(text []byte) {
	from := max(0, len(text)-maxTail)
	i := from
	if from > 0 {
		for i < len(text) && class[text[i]]&wordByte != 0 {
			i++
		}
	}
	s.skipWord = i == len(text) && len(text) > 0 && class[text[len(text)-1]]&wordByte != 0
	if s.skipWord {
		s.tail = s.tail[:0]
		return
	}
	s.tail = append(s.tail[:0], text[i:]...)
}

// wordsBack returns the start of the word that holds text[i], or of the
// n-th word before it, not before lo.
func wordsBack(text []byte, lo, i, n int) int {
	for i > lo && class[text[i-1]]&wordByte != 0 {
		i--
	}
	for ; n > 0 && i > lo; n-- {
		for i > lo && class[text[i-1]]&wordByte == 0 {
			i--
		}
		for i > lo && class[text[i-1]]&wordByte != 0 {
			i--
		}
	}
	return i
}

// wordEnd returns where the word at text[i:] ends.
func wordEnd(text []byte, i int) int {
	for i < len(text) && class[text[i]]&wordByte != 0 {
		i++
	}
	return i
}

// add records a match unless its code was already found on this line.
func (s *Scanner) add(m Match) {
	if m.Code == 0 && m.Web == 0 || m.Start < s.from {
		return
	}
	m.Start -= s.from
	m.End -= s.from
	if !s.cont && len(s.matches) < fewMatches {
		// A whole line with few codes: they are its matches so far.
		k := m.key()
		for _, x := range s.matches {
			if x.key() == k {
				return
			}
		}
		s.matches = append(s.matches, m)
		if len(s.matches) == fewMatches { // from now on, the set
			s.remember(s.matches)
		}
		return
	}
	if s.seen[m.key()] == s.lineID { // a nil set holds no line's codes
		return
	}
	s.matches = append(s.matches, m)
	s.remember(s.matches[len(s.matches)-1:])
}

// fewMatches is how many codes of a whole line add compares one by one
// before it keeps them in the set instead.
const fewMatches = 8

// remember puts the codes of ms into the set of the line's codes.
func (s *Scanner) remember(ms []Match) {
	if s.seen == nil {
		s.seen = make(map[uint64]uint64)
	}
	for _, m := range ms {
		s.seen[m.key()] = s.lineID
	}
}
