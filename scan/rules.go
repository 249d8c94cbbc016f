package scan

import (
	"strconv"

	"github.com/seed-a36dd713/chaterr"
)

// foreignStems are parts of a word that names another system's numbers:
// before a key ("HTTP error code: 6", "status code: 200") or inside it
// (HttpErrorCode), they make the number not a chat code.
var foreignStems = []string{
	"http", "status", "respon", "exit", "result", "return", "verif", "sql", "curl",
	"ssl", "tls", "errno", "sms", "grpc", "socket", "posix", "win32", "dns",
}

// chatDomains are parts of an iOS error domain that is the chat SDK's own.
var chatDomains = []string{"chat", "easemob", "hyphenate", "emerror"}

// chatMarks are parts of a line, in lower case, that show it comes from the
// chat SDK; "error: 1502" is a code only on such a line.
var chatMarks = []string{"chat", "easemob", "hyphenate", "agora", "emclient", "emerror", "empush", "emgroup", "emcontact"}

// foreignMarks are parts of a line, in lower case, that show it comes from
// another library, whose "error code 2" or "failed, code=5" is its own.
var foreignMarks = []string{"firebase", "okhttp", "sqlite", "nsurl", "cfnetwork", "curl", "exoplayer", "chromium"}

// failureWords, before a plain "code" and a space, make it a code key:
// "join failed: code 605".
var failureWords = map[string]bool{"failed": true, "fail": true, "failure": true, "error": true, "err": true}

// errorCodeSuffixes are the ends of an error-code key (compared in lower case).
var errorCodeSuffixes = []string{"errorcode", "error_code", "errcode", "err_code"}

// errorMarks are the parts of a line, in lower case, that show it reports a
// failure, which a plain code= key needs.
var errorMarks = []string{"err", "fail", "exception", "reject", "expire", "disconnect"}

// errorTypes are the chat SDKs' error types and callbacks, in lower case.
// Called with a number first they report it: onError(215, "x"),
// ChatError(603, ...); a plain code key right after one is strong too:
// ChatError{code: 9999}, onError: code=9999. PlatformException is Flutter's
// and any plugin's, so it reports only documented codes.
var errorTypes = map[string]strength{
	"onerror": strong, "emerror": strong, "chaterror": strong, "agorachaterror": strong,
	"hyphenateexception": strong, "chatexception": strong, "platformexception": weak,
}

// strength says which numbers a context may report.
type strength bool

const (
	weak   strength = false // only documented codes
	strong strength = true  // any number: the context says it is a chat error code
)

// lineScan is the state of one pass over a line.
type lineScan struct {
	s    *Scanner
	line []byte

	errorMarked   mark // the line mentions an error or a failure
	chatMarked    mark // the line mentions the chat SDK
	foreignMarked mark // the line mentions another library
	foreignDomain bool // an iOS error domain other than the chat SDK's came before

	// the two words before the current one, as [start, end) in line; -1: none
	p1s, p1e, p2s, p2e int
}

func (l *lineScan) run() {
	line := l.line
	l.p1s, l.p2s = -1, -1
	for i := 0; i < len(line); {
		if class[line[i]]&wordByte == 0 {
			i++
			continue
		}
		start := i
		for i < len(line) && class[line[i]]&wordByte != 0 {
			i++
		}
		if class[line[start]]&digitByte == 0 {
			w := line[start:i]
			if c, ok := lookupName(w); ok {
				l.s.add(Match{Code: c, Start: start, End: i, Context: Name})
			}
			if len(w) >= 3 && len(w) <= maxWord && class[w[len(w)-1]]&triggerEnd != 0 {
				l.trigger(start, i)
			}
		}
		l.p2s, l.p2e, l.p1s, l.p1e = l.p1s, l.p1e, start, i
	}
}

// trigger applies the rule of the word line[start:end] if it has one.
func (l *lineScan) trigger(start, end int) {
	var buf [maxWord]byte
	w := lower(buf[:], l.line[start:end])
	if s, ok := errorTypes[string(w)]; ok {
		l.call(w, end, s)
		return
	}
	switch {
	case string(w) == "code":
		l.plainCode(end)
	case hasSuffix(w, "code"):
		l.errorCodeKey(w, end)
	case string(w) == "err" || string(w) == "error":
		l.errKey(w, end)
	case string(w) == "domain":
		l.domain(end)
	}
}

// prevWord returns the lower-case word before the current one, when only
// bytes of gapSet stand between them, or nil.
func (l *lineScan) prevWord(buf []byte, start int, gapSet string) []byte {
	if l.p1s < 0 || l.p1e-l.p1s > len(buf) || !only(l.line[l.p1e:start], gapSet) {
		return nil
	}
	return lower(buf, l.line[l.p1s:l.p1e])
}

// foreignBefore reports whether the words before a key at start name
// another system: "status code", "HTTP error code".
func (l *lineScan) foreignBefore(start int) bool {
	var buf [maxWord]byte
	p := l.prevWord(buf[:], start, " \t")
	if p == nil {
		return false
	}
	if containsAny(p, foreignStems) {
		return true
	}
	if string(p) != "error" || l.p2s < 0 || l.p2e-l.p2s > maxWord || !only(l.line[l.p2e:l.p1s], " \t") {
		return false
	}
	var buf2 [maxWord]byte
	return containsAny(lower(buf2[:], l.line[l.p2s:l.p2e]), foreignStems)
}

// plainCode: "code" as a key. After "error" or an SDK error type it is a
// phrase (error code 215, EMError code 606); after a failure word with only
// a space it is a weak phrase (failed: code 605); with "=" or ":" it is a
// key, strong right after an SDK error type (ChatError{code: 9999}) and
// otherwise weak and only on a line that reports an error.
func (l *lineScan) plainCode(end int) {
	start := end - len("code")
	if l.foreignDomain || l.foreignBefore(start) || l.hasForeignMark() {
		return
	}
	var buf [maxWord]byte
	prev := l.prevWord(buf[:], start, " \t")
	_, afterType := errorTypes[string(l.prevWord(buf[:], start, " \t:({[\"'"))]
	afterError := string(prev) == "error" || afterType
	q, sep := separator(l.line, end)
	switch {
	case afterError && sep != noSep:
		ctx := Phrase
		if sep.isKey() {
			ctx = Key
		}
		l.value(q, ctx, strong)
	case sep.isKey() && l.hasErrorMark():
		l.value(q, Key, weak)
	case sep == spaceSep && failureWords[string(l.prevWord(buf[:], start, " \t:"))]:
		l.value(q, Phrase, weak)
	}
}

// errorCodeKey: errorCode, error_code, errCode or err_code ends the word w.
func (l *lineScan) errorCodeKey(w []byte, end int) {
	for _, suffix := range errorCodeSuffixes {
		if !hasSuffix(w, suffix) {
			continue
		}
		start := end - len(w)
		if containsAny(w[:len(w)-len(suffix)], foreignStems) || l.foreignDomain || l.foreignBefore(start) {
			return
		}
		if q, sep := separator(l.line, end); sep != noSep {
			l.value(q, Key, strong)
		}
		return
	}
}

// errKey: err=605, err: 605, error=605, and on a line of the chat SDK
// error: 1502.
func (l *lineScan) errKey(w []byte, end int) {
	q, sep := separator(l.line, end)
	if sep == eqSep || (sep == colonSep && (string(w) == "err" || l.hasChatMark())) {
		if !l.foreignBefore(end-len(w)) && !l.hasForeignMark() {
			l.value(q, Key, weak)
		}
	}
}

// call: an SDK error type or callback called with a number first,
// onError(215, "x"), ChatError(603, ...); and for onError also onError: 508
// and onError 508.
func (l *lineScan) call(w []byte, end int, s strength) {
	line := l.line
	if end < len(line) && line[end] == '(' {
		p := skipSpaces(line, end+1)
		n, q, ok := number(line, p)
		if q = skipSpaces(line, q); ok && q < len(line) && (line[q] == ',' || line[q] == ')') {
			l.number(n, p, q, Callback, s)
		}
		return
	}
	if string(w) != "onerror" {
		return
	}
	if p, sep := separator(line, end); sep != noSep {
		if n, q, ok := number(line, p); ok {
			l.number(n, p, q, Callback, s)
		}
	}
}

// domain: "Domain=NSURLErrorDomain" makes the codes after it another
// system's, unless the domain is the chat SDK's.
func (l *lineScan) domain(end int) {
	line := l.line
	if end >= len(line) || line[end] != '=' {
		return
	}
	p := end + 1
	q := p
	for q < len(line) && class[line[q]]&wordByte != 0 && q-p < maxWord {
		q++
	}
	var buf [maxWord]byte
	if !containsAny(lower(buf[:], line[p:q]), chatDomains) {
		l.foreignDomain = true
	}
}

// mark is whether a line holds one of a list of words: 0 not looked yet,
// 1 yes, -1 no. Each list is looked for at most once per line, so that a line
// with many keys is still read a constant number of times.
type mark int8

func (m *mark) in(line []byte, words []string) bool {
	if *m == 0 {
		*m = -1
		if containsFold(line, words) {
			*m = 1
		}
	}
	return *m > 0
}

func (l *lineScan) hasErrorMark() bool   { return l.errorMarked.in(l.line, errorMarks) }
func (l *lineScan) hasChatMark() bool    { return l.chatMarked.in(l.line, chatMarks) }
func (l *lineScan) hasForeignMark() bool { return l.foreignMarked.in(l.line, foreignMarks) }

// containsFold reports whether line holds any of words (in lower case),
// in any ASCII letter case.
func containsFold(line []byte, words []string) bool {
	var first [256]bool
	for _, w := range words {
		first[w[0]], first[w[0]-('a'-'A')] = true, true
	}
	for i, b := range line {
		if !first[b] {
			continue
		}
		for _, w := range words {
			if w[0] == b|0x20 && i+len(w) <= len(line) && equalFold(line[i:i+len(w)], w) {
				return true
			}
		}
	}
	return false
}

func equalFold(b []byte, lowerS string) bool {
	for i := range b {
		c := b[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != lowerS[i] {
			return false
		}
	}
	return true
}

// The kinds of separator between a key and its value.
type sepKind uint8

const (
	noSep    sepKind = iota
	eqSep            // "=", with optional spaces and quotes around
	colonSep         // ":", the same
	spaceSep         // spaces only
)

func (k sepKind) isKey() bool { return k == eqSep || k == colonSep }

// separator reads what follows a key that ends at end: a closing quote,
// spaces, "=" or ":", spaces and an opening quote, or only spaces. It returns
// where the value starts and the kind of separator.
func separator(line []byte, end int) (int, sepKind) {
	p := end
	if p < len(line) && (line[p] == '"' || line[p] == '\'') {
		p++
	}
	q := skipSpaces(line, p)
	kind := noSep
	switch {
	case q < len(line) && line[q] == '=':
		q, kind = skipSpaces(line, q+1), eqSep
	case q < len(line) && line[q] == ':':
		q, kind = skipSpaces(line, q+1), colonSep
	case q > p && p == end:
		kind = spaceSep
	default:
		return q, noSep
	}
	if kind.isKey() && q < len(line) && (line[q] == '"' || line[q] == '\'') {
		q++
	}
	return q, kind
}

// value reads the value of a key at line[p:]: a number, or a code name in
// any letter case (error_code=user_muted).
func (l *lineScan) value(p int, ctx Context, s strength) {
	line := l.line
	if n, q, ok := number(line, p); ok {
		l.number(n, p, q, ctx, s)
		return
	}
	if p >= len(line) || class[line[p]]&(wordByte|digitByte) != wordByte {
		return
	}
	q := p
	for q < len(line) && class[line[q]]&wordByte != 0 {
		q++
	}
	if q-p > maxWord {
		return
	}
	if c, err := chaterr.Parse(string(line[p:q])); err == nil {
		l.s.add(Match{Code: c, Start: p, End: q, Context: ctx})
	}
}

// number reports the number n at line[p:q] in a context of strength s.
func (l *lineScan) number(n int64, p, q int, ctx Context, s strength) {
	c := chaterr.Code(n)
	if l.s.OldRelease {
		c = chaterr.FromOldRelease(int(n))
	}
	if !c.Known() && (s == weak || (c < 0 && ctx != Callback)) {
		return // not a chat code for sure; Apple's are negative: error code: -1005
	}
	l.s.add(Match{Code: c, Start: p, End: q, Context: ctx})
}

// number parses a decimal integer at line[p:], with an optional minus sign,
// that ends the word: it is not followed by a letter, digit, underscore or a
// decimal point and digit (215ms and 1.5 are not codes). It returns the
// number and where it ends; it fits in 32 bits.
func number(line []byte, p int) (int64, int, bool) {
	q := p
	if q < len(line) && line[q] == '-' {
		q++
	}
	digits := q
	for q < len(line) && class[line[q]]&digitByte != 0 {
		q++
	}
	if q == digits || q-digits > 10 {
		return 0, q, false
	}
	if q < len(line) && (class[line[q]]&wordByte != 0 || (line[q] == '.' && q+1 < len(line) && class[line[q+1]]&digitByte != 0)) {
		return 0, q, false
	}
	n, err := strconv.ParseInt(string(line[p:q]), 10, 32)
	if err != nil {
		return 0, q, false
	}
	return n, q, true
}
