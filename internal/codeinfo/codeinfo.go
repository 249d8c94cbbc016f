// Package codeinfo holds what the lookup command and the generated code
// table both say about a code, so that the two cannot drift apart.
package codeinfo

import "strings"

// Classified is what a code of either numbering (chaterr.Code, web.Code)
// answers about itself.
type Classified interface {
	Retryable() bool
	Timeout() bool
	LoginRequired() bool
	AlreadyDone() bool
	Deprecated() bool
}

// Flags names the classifications that hold for c, comma-separated in a
// fixed order, or "-" for none.
func Flags[C Classified](c C) string {
	var words []string
	for _, f := range [...]struct {
		holds bool
		word  string
	}{
		{c.Retryable(), "retryable"},
		{c.Timeout(), "timeout"},
		{c.LoginRequired(), "login required"},
		{c.AlreadyDone(), "already done"},
		{c.Deprecated(), "deprecated"},
	} {
		if f.holds {
			words = append(words, f.word)
		}
	}
	if len(words) == 0 {
		return "-"
	}
	return strings.Join(words, ", ")
}
