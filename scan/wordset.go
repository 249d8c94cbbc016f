package scan

// wordSet is a list of lower-case words, each with a tag, that find looks
// for anywhere in a line in any ASCII letter case. A word is found through
// its first three bytes: a bit of a hash of them in filter says whether to
// look further, so that most places of a line cost a shift, a multiply and
// a load, and the set's size does not matter.
type wordSet struct {
	pairs  [1 << 16 / 64]uint64         // bit fold of the first two bytes of each word of three or more
	filter [1 << filterBits / 64]uint64 // bit triHash of the first three bytes, folded, of each word of three or more
	bucket [256][]tagged                // those words by the high 8 bits of their filter bit
	short  []tagged                     // the words of one or two bytes
	all    []string                     // every word, in the order added

	otherFirst bool // a word starts with a byte that is neither an ASCII letter nor one of UTF-8\'s
}

// tagged is a word of a set and the bit that find returns for it.
type tagged struct {
	word string
	key  uint32 // fold3 of its first three bytes
	tag  uint8
}

// newWordSet returns the set of words, each tagged 1.
func newWordSet(words ...string) *wordSet {
	s := &wordSet{}
	s.add(1, words...)
	return s
}

// add puts words into s with tag.
func (s *wordSet) add(tag uint8, words ...string) {
	s.all = append(s.all, words...)
	for _, w := range words {
		s.otherFirst = s.otherFirst || w[0] < 0x80 && !isLetter(w[0])
		if len(w) < 3 {
			s.short = append(s.short, tagged{word: w, tag: tag})
			continue
		}
		k := fold3(w[0], w[1], w[2]) // as find folds the line's bytes
		h := triHash(k)
		s.filter[h>>6] |= 1 << (h & 63)
		p := k >> 8
		s.pairs[p>>6] |= 1 << (p & 63)
		s.bucket[h>>(filterBits-8)] = append(s.bucket[h>>(filterBits-8)], tagged{word: w, key: k, tag: tag})
	}
}

// words returns the words of s.
func (s *wordSet) words() []string { return s.all }

// fold3 is the key of three bytes, each with bit 0x20 set: that lowers
// ASCII letters, and changes other bytes the same way in a word and in a
// line, so that it only lets a few more places through to equalFold.
func fold3(a, b, c byte) uint32 { return uint32(a|0x20)<<16 | uint32(b|0x20)<<8 | uint32(c|0x20) }

// filterBits is the size of a filter: 2 KB, so that the filters of all the
// sets stay in the first-level cache beside the line, and a set of a hundred
// words still lets fewer than one place in a hundred through.
const filterBits = 14

// triHash spreads the low 24 bits of a fold3 key over filter's filterBits
// (bucket's index is the high 8 of them); the high 8 bits of k do not count.
func triHash(k uint32) uint32 { return (k << 8) * 0x9e3779b1 >> (32 - filterBits) }

// find returns the tags of the words of s that line holds, in any ASCII
// letter case; it stops reading once it has found every tag of want.
func (s *wordSet) find(line []byte, want uint8) (found uint8) {
	for _, t := range s.short {
		if found&t.tag == 0 && indexFold(line, t.word) {
			found |= t.tag
		}
	}
	if !s.otherFirst { // no word starts in the line's header: a timestamp, a pid
		i := 0
		for i < len(line) && class[line[i]]&letterOrHigh == 0 {
			i++
		}
		line = line[i:]
	}
	if len(line) < 3 || found&want == want {
		return found
	}
	// k holds the last four bytes, folded. Its low two are looked up in
	// pairs first, which costs no multiply; the hash of its low three, in
	// filter, only for the places where a word's first two bytes stand.
	k := uint32(line[0]|0x20)<<8 | uint32(line[1]|0x20)
	for i := 2; i < len(line); i++ {
		k = k<<8 | uint32(line[i]|0x20)
		if p := k >> 8 & 0xffff; s.pairs[p>>6]&(1<<(p&63)) == 0 {
			continue
		}
		h := triHash(k)
		if s.filter[h>>6]&(1<<(h&63)) == 0 {
			continue
		}
		if found |= s.at(line, i-2, k&0xffffff, h, found); found&want == want {
			break
		}
	}
	return found
}

// at returns found with the tags of the words of s with key k (whose
// triHash is h) that stand at line[at:] and are not in found yet.
func (s *wordSet) at(line []byte, at int, k, h uint32, found uint8) uint8 {
	for _, t := range s.bucket[h>>(filterBits-8)] {
		if t.key == k && found&t.tag == 0 && at+len(t.word) <= len(line) && equalFold(line[at:at+len(t.word)], t.word) {
			found |= t.tag
		}
	}
	return found
}

// isLetter reports whether b is an ASCII letter.
func isLetter(b byte) bool { return 'a' <= b|0x20 && b|0x20 <= 'z' }

// containsFold reports whether line holds any word of set, in any ASCII
// letter case.
func containsFold(line []byte, set *wordSet) bool { return set.find(line, 1) != 0 }

// indexFold reports whether line holds w, in any ASCII letter case.
func indexFold(line []byte, w string) bool {
	if len(w) == 0 {
		return true
	}
	first := w[0] | 0x20 // as any byte equalFold takes for w[0] has it
	for i := 0; i+len(w) <= len(line); i++ {
		if line[i]|0x20 == first && equalFold(line[i:i+len(w)], w) {
			return true
		}
	}
	return false
}

// equalFold reports whether b is lowerS, with b's ASCII capitals lowered.
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
