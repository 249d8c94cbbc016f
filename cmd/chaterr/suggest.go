package main

import (
	"strings"

	"github.com/seed-a36dd713/chaterr"
)

// maxSuggestions is how many names a suggestion offers at most.
const maxSuggestions = 3

// suggestNames are the names a suggestion chooses from, in code order: the
// names SDKs print for each documented code.
var suggestNames = func() []string {
	var all []string
	for _, c := range chaterr.Codes() {
		all = append(all, c.Names()...)
	}
	return all
}()

// suggestion returns "; did you mean X?" with the documented names nearest
// to tok (by edit distance, ignoring letter case), or "" when none is near.
// A number or a long word gets none.
func suggestion(tok []byte) string {
	if len(tok) < 3 || len(tok) > 64 || isNumber(tok) {
		return ""
	}
	word := strings.ToUpper(string(tok))
	limit := max(1, len(word)/4)
	best := limit + 1
	var near []string
	for _, n := range suggestNames {
		d := distance(word, strings.ToUpper(n), best)
		switch {
		case d < best:
			best, near = d, []string{n}
		case d == best && len(near) < maxSuggestions:
			near = append(near, n)
		}
	}
	if best > limit {
		return ""
	}
	return "; did you mean " + strings.Join(near, " or ") + "?"
}

// distance is the Levenshtein distance between a and b, or a value above
// bound when it is above bound (it stops early).
func distance(a, b string, bound int) int {
	if d := len(a) - len(b); d > bound || -d > bound {
		return bound + 1
	}
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		rowMin := cur[0]
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			rowMin = min(rowMin, cur[j])
		}
		if rowMin > bound {
			return bound + 1
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}
