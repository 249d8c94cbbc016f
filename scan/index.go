package scan

// Index returns the offset of the first place in text where a code may
// begin its line's context, or -1 when there is none: a line of text on
// which Index finds nothing holds no code, so a reader of a whole log can
// skip to the lines it points at and give each to [Scanner.Line], which
// reads the whole line. It reads each byte about once, without allocating.
//
// What it looks for is what every rule needs: an underscore (USER_MUTED,
// IM_FORBIDDEN, error_code), "rr" (error, err, EMErrorUserMuted), "od"
// (code, errorCode), "n(" (HyphenateException(603), "n=" (Domain=, whose
// value says whose codes follow), "yp" (the Web SDK's type: 206), "nn"
// (onDisconnected 206), in any letter case; and "EO", in capitals only
// (the Go IM SDK's TIMEOUT, a name spelled one way).
func Index(text []byte) int {
	for j := 0; ; {
		i := j + indexBlocks(text[j:]) // a block that holds a pair, or the tail
		end := i + 16
		if len(text)-i < 17 {
			end = len(text)
		}
		for k := i; k < end; k++ {
			if hitAt(text, k) {
				return k
			}
		}
		if end == len(text) {
			return -1
		}
		j = end
	}
}

// indexFrom is Index, reading a byte at a time from text[i:].
func indexFrom(text []byte, i int) int {
	for ; i < len(text); i++ {
		if hitAt(text, i) {
			return i
		}
	}
	return -1
}

// hitAt reports whether a trigger pair starts at text[i].
func hitAt(text []byte, i int) bool {
	next := byte(0)
	if i+1 < len(text) {
		next = text[i+1]
	}
	k := pairKey(text[i], next)
	return triggerPairs[k>>6]>>(k&63)&1 != 0 || text[i] == 'E' && next == 'O'
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
