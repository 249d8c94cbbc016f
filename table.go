package chaterr

import "slices"

// entry is what the package knows about one documented code.
type entry struct {
	desc  string
	cat   Category
	flags flags
}

// flags are the classification bits of a code; see classify.go.
type flags uint8

const (
	flagRetryable flags = 1 << iota
	flagTimeout
	flagLoginRequired
	flagAlreadyDone
	flagDeprecated
)

// entries is indexed by code number, so every per-code question is one bounds
// check and one load. An entry with an empty description is undocumented.
// documented is every documented code in ascending order.
var (
	entries    = buildEntries()
	documented = buildDocumented()
)

func buildEntries() []entry {
	var last Code
	for c := range descriptions {
		last = max(last, c)
	}
	t := make([]entry, last+1)
	for c, d := range descriptions {
		t[c] = entry{desc: d, cat: categoryOf(c)}
	}
	for _, class := range classes {
		for _, c := range class.codes {
			t[c].flags |= class.flag
		}
	}
	return t
}

// buildDocumented reads the documented codes off entries, whose index order
// is already ascending.
func buildDocumented() []Code {
	codes := make([]Code, 0, len(descriptions))
	for i, e := range entries {
		if e.desc != "" {
			codes = append(codes, Code(i))
		}
	}
	return codes
}

// lookup returns the entry of c, or the zero entry for an undocumented code.
func (c Code) lookup() entry {
	if uint(c) < uint(len(entries)) {
		return entries[c]
	}
	return entry{}
}

// Known reports whether c is a documented code, one that has a constant in
// this package.
func (c Code) Known() bool { return c.lookup().desc != "" }

// Description returns a one-sentence description of c, or "" when c is
// undocumented.
func (c Code) Description() string { return c.lookup().desc }

// Category returns the family of c, or CategoryUnknown when c is
// undocumented.
func (c Code) Category() Category { return c.lookup().cat }

// Codes returns every documented code in ascending order. The slice is new on
// each call, so the caller may change it.
func Codes() []Code { return slices.Clone(documented) }
