package scan

import (
	"bytes"
	"hash/maphash"
)

// repeats remembers the codes of recent lines, so that a line a log repeats
// (the same failure every few seconds, a retry loop, a heartbeat) is read
// once. A line is known by its shape: its bytes, with every digit before
// its first letter read as 0. No rule reads those digits (a timestamp, a
// pid): a number counts only after a key, a callback or a name, which have
// letters, and the header's tokens are told by their first byte and their
// length alone; FuzzRepeats holds the scanner to that.
type repeats struct {
	seed  maphash.Seed
	slots []repeat // repeatSlots of them, made on first use
	key   []byte   // the shape of the line being read
}

// repeat is a line's shape and the codes found on it.
type repeat struct {
	key        []byte
	matches    []Match
	oldRelease bool // the Scanner's OldRelease when they were found
}

const (
	repeatSlots   = 256 // lines remembered, by a hash of their shape
	maxRepeatLine = 256 // longer lines are not remembered
)

// shape returns the shape of line, in a buffer that the next call reuses.
func (r *repeats) shape(line []byte) []byte {
	r.key = append(r.key[:0], line...)
	for i, b := range r.key {
		if 'a' <= b|0x20 && b|0x20 <= 'z' || b >= 0x80 {
			break
		}
		if '0' <= b && b <= '9' {
			r.key[i] = '0'
		}
	}
	return r.key
}

// slot returns where the line of shape key is remembered.
func (r *repeats) slot(key []byte) *repeat {
	if r.slots == nil {
		r.seed = maphash.MakeSeed()
		r.slots = make([]repeat, repeatSlots)
	}
	return &r.slots[maphash.Bytes(r.seed, key)%repeatSlots]
}

// lookup returns the codes of a line of shape key read before with the same
// OldRelease, or false.
func (p *repeat) lookup(key []byte, oldRelease bool) ([]Match, bool) {
	if p.key == nil || p.oldRelease != oldRelease || !bytes.Equal(p.key, key) {
		return nil, false
	}
	return p.matches, true
}

// keep remembers the codes ms of the line of shape key.
func (p *repeat) keep(key []byte, ms []Match, oldRelease bool) {
	p.key = append(p.key[:0], key...)
	p.matches = append(p.matches[:0], ms...)
	p.oldRelease = oldRelease
}
