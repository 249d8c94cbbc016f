package scan

import (
	"strconv"

	"github.com/seed-a36dd713/chaterr"
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
type Match struct {
	Code       chaterr.Code // the code found
	Start, End int          // the bytes of the line (or piece) that spell the number or name
	Context    Context      // the kind of context that made it a code
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
	seen    map[chaterr.Code]uint64 // code -> the line it was last reported on
	lineID  uint64
}

// maxSeen bounds the de-duplication set kept between lines: a bigger one is
// dropped when the next line starts, so that memory follows the busiest line
// and not the whole input.
const maxSeen = 4096

// Line returns the codes on line, each once, in the order of their first
// mention. The slice is valid until the next call.
func (s *Scanner) Line(line []byte) []Match {
	s.lineID++
	if len(s.seen) > maxSeen {
		s.seen = nil
	}
	return s.More(line)
}

// More returns the codes in piece, the next piece of the line that the last
// call to Line began, leaving out those already returned for that line.
// Positions are offsets in piece. Use it for a line too long to hold at
// once, cut between words.
func (s *Scanner) More(piece []byte) []Match {
	if s.lineID == 0 {
		s.lineID = 1
	}
	s.matches = s.matches[:0]
	l := lineScan{s: s, line: piece}
	l.run()
	return s.matches
}

// add records a match unless its code was already found on this line.
func (s *Scanner) add(m Match) {
	if m.Code == 0 {
		return
	}
	if s.seen == nil {
		s.seen = make(map[chaterr.Code]uint64)
	}
	if s.seen[m.Code] == s.lineID {
		return
	}
	s.seen[m.Code] = s.lineID
	s.matches = append(s.matches, m)
}
