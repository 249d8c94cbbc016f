// Package ascii folds letter case in ASCII only, for names from configs and
// logs: Unicode folding would let a look-alike letter (the long s, the Kelvin
// sign) match a name.
package ascii

// EqualFold reports whether a and b are equal under ASCII letter case
// folding only.
func EqualFold(a, b string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := 0; i < len(a); i++ {
		if lower(a[i]) != lower(b[i]) {
			return false
		}
	}
	return true
}

// AppendUpper appends s to dst with its ASCII lower-case letters made upper
// case, and returns the extended slice; with a stack buffer as dst it
// allocates nothing.
func AppendUpper(dst []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		b := s[i]
		if 'a' <= b && b <= 'z' {
			b -= 'a' - 'A'
		}
		dst = append(dst, b)
	}
	return dst
}

// ContainsFold reports whether s contains phrase, comparing ASCII letters
// in any case; phrase must be lower-case. Its time is at most
// len(s)*len(phrase), and the phrases are a few words long.
func ContainsFold(s, phrase string) bool {
	if phrase == "" {
		return true
	}
	first, last := phrase[0], phrase[len(phrase)-1]
	for i := 0; i+len(phrase) <= len(s); i++ {
		// The first and last bytes first: phrases share beginnings
		// ("too many ..."), rarely both ends.
		if lower(s[i]) != first || lower(s[i+len(phrase)-1]) != last {
			continue
		}
		j := 1
		for j < len(phrase) && lower(s[i+j]) == phrase[j] {
			j++
		}
		if j == len(phrase) {
			return true
		}
	}
	return false
}

func lower(b byte) byte {
	if 'A' <= b && b <= 'Z' {
		return b + 'a' - 'A'
	}
	return b
}
