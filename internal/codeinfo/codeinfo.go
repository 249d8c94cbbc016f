// Package codeinfo holds what the lookup command and the generated code
// table both say about a code, so that the two cannot drift apart.
package codeinfo

import (
	"strings"

	"github.com/seed-a36dd713/chaterr"
)

// flagWords names each classification, in the order they are printed.
var flagWords = []struct {
	holds func(chaterr.Code) bool
	word  string
}{
	{chaterr.Code.Retryable, "retryable"},
	{chaterr.Code.Timeout, "timeout"},
	{chaterr.Code.LoginRequired, "login required"},
	{chaterr.Code.AlreadyDone, "already done"},
	{chaterr.Code.Deprecated, "deprecated"},
}

// Flags names the classifications that hold for c, comma-separated, or "-"
// for none.
func Flags(c chaterr.Code) string {
	var words []string
	for _, f := range flagWords {
		if f.holds(c) {
			words = append(words, f.word)
		}
	}
	if len(words) == 0 {
		return "-"
	}
	return strings.Join(words, ", ")
}
