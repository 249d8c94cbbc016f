package main

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestSuggestions(t *testing.T) {
	r := runWith(nil, "USER_MUTD")
	assert.Equal(t, 1, r.code)
	assert.Contains(t, r.stderr, "did you mean USER_MUTED?")
	r = runWith(nil, "server_bussy")
	assert.Contains(t, r.stderr, "did you mean SERVER_BUSY?")
	r = runWith(nil, "qwertyuiop")
	assert.NotContains(t, r.stderr, "did you mean", "nothing near")
	assert.Equal(t, 3, distance("kitten", "sitting", 5))
	assert.Greater(t, distance("a", "abcdef", 2), 2)
}
