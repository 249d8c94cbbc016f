package scan

import (
	"strings"
	"testing"
)

// sets are the word sets of the rules, by name, for the tests of find.
var sets = map[string]*wordSet{
	"foreignStems": foreignStems, "chatDomains": chatDomains, "chatMarks": chatMarks, "foreignMarks": foreignMarks,
	"errorMarks": errorMarks, "webMarks": webMarks, "frameworks": frameworks,
}

// naiveFind is find without the filter: every word at every place.
func naiveFind(line []byte, s *wordSet) (found uint8) {
	all := append([]tagged(nil), s.short...)
	for _, b := range s.bucket {
		all = append(all, b...)
	}
	for _, t := range all {
		if indexFold(line, t.word) {
			found |= t.tag
		}
	}
	return found
}

// FuzzWordSet holds find (its filter of three bytes) to reading every word
// at every place of the line, for each set and for markWords' tags.
func FuzzWordSet(f *testing.F) {
	for _, line := range LogLines(f, "testdata/corpus/*.log") {
		f.Add(line)
	}
	f.Add("E/OKHTTP: S3Exception PutObject \u73af\u4fe1 JS")
	f.Fuzz(func(t *testing.T, line string) {
		for name, s := range sets {
			if got, want := containsFold([]byte(line), s), naiveFind([]byte(line), s) != 0; got != want {
				t.Errorf("containsFold(%q, %s) = %v, reading every word %v (scan/wordset.go)", line, name, got, want)
			}
		}
		if got, want := markWords.find([]byte(line), markAll), naiveFind([]byte(line), markWords); got != want {
			t.Errorf("markWords.find(%q) = %03b, reading every word %03b (scan/wordset.go)", line, got, want)
		}
	})
}

// TestWordSetWords: every word of a set is found in a line that holds it
// in capitals, at its start, middle and end, and the marks keep their sets.
func TestWordSetWords(t *testing.T) {
	for name, s := range sets {
		for _, w := range s.words() {
			for _, line := range []string{w, "x " + strings.ToUpper(w) + " y", "ab" + w} {
				if !containsFold([]byte(line), s) {
					t.Errorf("%s: %q is not found in %q (scan/wordset.go)", name, w, line)
				}
			}
		}
	}
	for tag, s := range map[uint8]*wordSet{markError: errorMarks, markChat: chatMarks, markForeign: foreignMarks} {
		for _, w := range s.words() {
			if markWords.find([]byte(w), markAll)&tag == 0 {
				t.Errorf("markWords lacks %q of mark %03b (scan/rules.go)", w, tag)
			}
		}
	}
	if containsFold([]byte("nothing of it here"), foreignMarks) || containsFold(nil, frameworks) || containsFold([]byte("j"), frameworks) {
		t.Error("containsFold found a word that is not there (scan/wordset.go)")
	}
}
