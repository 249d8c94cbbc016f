package scan

import "github.com/seed-a36dd713/chaterr"

// Byte classes of the word loop.
const (
	wordByte     = 1 << iota // a letter, digit or underscore: part of a word
	digitByte                // 0-9: a word that starts with one is a number
	triggerEnd               // a byte that a trigger word (code, err, error, domain) ends with
	letterOrHigh             // an ASCII letter or a byte of a UTF-8 sequence: where a mark word may start
)

var class = func() (t [256]uint8) {
	for b := 0; b < 256; b++ {
		switch {
		case '0' <= b && b <= '9':
			t[b] = wordByte | digitByte
		case 'a' <= b && b <= 'z', 'A' <= b && b <= 'Z', b == '_':
			t[b] = wordByte
		}
	}
	for _, b := range "eErRnN" {
		t[b] |= triggerEnd
	}
	for b := 0; b < 256; b++ {
		if 'a' <= b|0x20 && b|0x20 <= 'z' || b >= 0x80 {
			t[b] |= letterOrHigh
		}
	}
	return t
}()

// names maps every name an SDK prints for a documented code, spelled
// exactly, to the code; nameLens, nameFirst and nameLast let the word loop
// skip the map for words that cannot be in it.
var names, nameLens, nameFirst, nameLast = buildNames()

// maxWord is the longest word that is looked up at all.
const maxWord = 64

func buildNames() (m map[string]chaterr.Code, lens uint64, first, last [256]bool) {
	m = map[string]chaterr.Code{}
	for _, c := range chaterr.Codes() {
		if c == 0 { // success: EM_NO_ERROR in a log is not an error
			continue
		}
		for _, n := range c.Names() {
			if len(n) == 0 || len(n) > maxWord {
				continue
			}
			m[n] = c
			lens |= 1 << (len(n) - 1)
			first[n[0]] = true
			last[n[len(n)-1]] = true
		}
	}
	return m, lens, first, last
}

// lookupName returns the code that word names, spelled exactly.
func lookupName(w []byte) (chaterr.Code, bool) {
	n := len(w)
	if n > maxWord || nameLens&(1<<(n-1)) == 0 || !nameFirst[w[0]] || !nameLast[w[n-1]] {
		return 0, false
	}
	c, ok := names[string(w)]
	return c, ok
}

// lower writes the ASCII lower case of w into buf, which must be as long.
func lower(buf, w []byte) []byte {
	buf = buf[:len(w)]
	for i, b := range w {
		if 'A' <= b && b <= 'Z' {
			b += 'a' - 'A'
		}
		buf[i] = b
	}
	return buf
}

func isSpace(b byte) bool { return b == ' ' || b == '\t' }

func skipSpaces(line []byte, p int) int {
	for p < len(line) && isSpace(line[p]) {
		p++
	}
	return p
}

// only reports whether every byte of s is one of set.
func only(s []byte, set string) bool {
	for _, b := range s {
		ok := false
		for i := 0; i < len(set); i++ {
			ok = ok || set[i] == b
		}
		if !ok {
			return false
		}
	}
	return true
}

func hasSuffix(w []byte, s string) bool {
	return len(w) >= len(s) && string(w[len(w)-len(s):]) == s
}
