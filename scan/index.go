package scan

import "math/bits"

// Index returns the offset of the first place in text where a code may
// begin its line's context, or -1 when there is none: a line of text on
// which Index finds nothing holds no code, so a reader of a whole log can
// skip to the lines it points at and give each to [Scanner.Line], which
// reads the whole line. It reads each byte about once, without allocating.
//
// What it looks for is what every rule needs: an underscore (USER_MUTED,
// IM_FORBIDDEN, error_code), "rr" (error, EMErrorUserMuted, and err with a
// number: err=605), "od" (code, errorCode), "n(" (HyphenateException(603)),
// "n=" (Domain=, whose value says whose codes follow), "yp" (the Web SDK's
// type: 206), "nn" (onDisconnected 206), in any letter case; and "EO", in
// capitals only (the Go IM SDK's TIMEOUT, a name spelled one way). A pair
// counts only within its word (the "od" of body, the "n(" of run( do not):
// indexBlocks finds the pairs 16 or 32 bytes at a time, and confirmed looks
// at the bytes around each.
func Index(text []byte) int {
	for j := 0; ; {
		i, mask := indexBlocks(text[j:]) // a block that holds a pair, or the tail
		i += j
		if mask == 0 {
			return indexFrom(text, i)
		}
		for ; mask != 0; mask &= mask - 1 {
			if k := i + bits.TrailingZeros32(mask); confirmed(text, k) {
				return k
			}
		}
		j = i + blockWidth
	}
}

// indexFrom is Index, reading a byte at a time from text[i:].
func indexFrom(text []byte, i int) int {
	for ; i < len(text); i++ {
		if rawHit(text, i) && confirmed(text, i) {
			return i
		}
	}
	return -1
}

// indexBlocksGo is indexBlocks with blocks of width bytes (at most 32), a
// byte at a time: the build for other architectures than amd64, and the
// oracle of index_amd64.s in the tests.
func indexBlocksGo(text []byte, width int) (at int, mask uint32) {
	for ; at+width+1 <= len(text); at += width {
		for b := range width {
			if rawHit(text, at+b) {
				mask |= 1 << b
			}
		}
		if mask != 0 {
			return at, mask
		}
	}
	return at, 0
}

// rawHit reports whether a pair of triggerPairs, or "EO", starts at
// text[i]: what indexBlocks looks for.
func rawHit(text []byte, i int) bool {
	next := byte(0)
	if i+1 < len(text) {
		next = text[i+1]
	}
	k := pairKey(text[i], next)
	return triggerPairs[k>>6]>>(k&63)&1 != 0 || text[i] == 'E' && next == 'O'
}

// confirmed reports whether the trigger pair (or "EO") at text[i] is part
// of a word that a rule reads, from the bytes around it: "od" of code, "rr"
// of error or of an err key with a number (err=605; a name after it has a
// trigger of its own), "n(" of an exception's call, "n=" of Domain=, "yp"
// of type, "nn" of disconnect. The rest of a log's pairs (body, Thread.run(,
// conversation=, connection, System.err: at) start no context, and a line
// with nothing else is not read.
func confirmed(text []byte, i int) bool {
	if text[i] == 'E' && i+1 < len(text) && text[i+1] == 'O' {
		return true
	}
	next := byte(0)
	if i+1 < len(text) {
		next = text[i+1]
	}
	switch pairKey(text[i], next) {
	case pairKey('o', 'd'):
		return foldAt(text, i-1, 'c') && foldAt(text, i+2, 'e')
	case pairKey('r', 'r'):
		if !foldAt(text, i-1, 'e') {
			return false
		}
		p := i + 2 // after err
		switch {
		case p >= len(text):
			return false
		case class[text[p]]&digitByte != 0:
			return false // err605 is a word of its own
		case class[text[p]]&wordByte != 0:
			return foldAt(text, p, 'o') && foldAt(text, p+1, 'r') || text[p] == '_' // error..., err_code
		}
		q, sep := separator(text, p)
		return sep.isKey() && q < len(text) && (class[text[q]]&digitByte != 0 || text[q] == '-')
	case pairKey('n', '('):
		return foldAt(text, i-2, 'i') && foldAt(text, i-1, 'o') // ...Exception(
	case pairKey('n', '='):
		return foldAt(text, i-2, 'a') && foldAt(text, i-1, 'i') // Domain=
	case pairKey('y', 'p'):
		return foldAt(text, i-1, 't') && foldAt(text, i+2, 'e')
	case pairKey('n', 'n'):
		return foldAt(text, i-3, 's') && foldAt(text, i-2, 'c') && foldAt(text, i-1, 'o') // disconnect
	}
	return true // an underscore: a name, error_code
}

// foldAt reports whether text[j] is the lower-case ASCII letter c in either case.
func foldAt(text []byte, j int, c byte) bool {
	return j >= 0 && j < len(text) && text[j]|0x20 == c
}

// pairKey is the key of two bytes in triggerPairs: both with bit 0x20 set,
// which lowers ASCII letters (and turns '_' into 0x7f).
func pairKey(a, b byte) uint16 { return (uint16(a)<<8 | uint16(b)) | 0x2020 }

// triggerPairs is the set of pair keys that Index stops at; index_amd64.s
// compares with the same pairs, and TestIndexBlocks holds the two together.
var triggerPairs = func() (t [1 << 16 / 64]uint64) {
	set := func(a, b byte) {
		k := pairKey(a, b)
		t[k>>6] |= 1 << (k & 63)
	}
	for _, p := range []string{"rr", "od", "n(", "n=", "yp", "nn"} {
		set(p[0], p[1])
	}
	for b := 0; b < 256; b++ {
		set('_', byte(b)) // and DEL, which has the same key
	}
	return t
}()
