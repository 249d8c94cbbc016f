package readlimit

import (
	"errors"
	"io"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

type countReader struct{ n int }

func (c countReader) Read(p []byte) (int, error) { return c.n, nil }

type emptyReader struct{ reads int }

func (e *emptyReader) Read([]byte) (int, error) { e.reads++; return 0, nil }

func TestAtMost(t *testing.T) {
	b, err := AtMost(strings.NewReader("hello"), nil, 100)
	assert.NoError(t, err)
	assert.Equal(t, "hello", string(b))

	b, err = AtMost(strings.NewReader("hello world"), nil, 5)
	assert.NoError(t, err, "reaching the limit is no error")
	assert.Equal(t, "hello", string(b))

	b, err = AtMost(strings.NewReader("xyz"), []byte("ab"), 100)
	assert.NoError(t, err)
	assert.Equal(t, "abxyz", string(b), "appends to buf")

	e := &emptyReader{}
	_, err = AtMost(e, nil, 100)
	assert.ErrorIs(t, err, io.ErrNoProgress)
	assert.Equal(t, maxEmptyReads, e.reads)

	for _, n := range []int{-1, 1 << 20} {
		_, err = AtMost(countReader{n}, nil, 100)
		assert.ErrorIs(t, err, ErrBadCount, "a count of %d", n)
	}

	boom := errors.New("boom")
	b, err = AtMost(io.MultiReader(strings.NewReader("ab"), iotestErr{boom}), nil, 100)
	assert.ErrorIs(t, err, boom)
	assert.Equal(t, "ab", string(b), "what was read before the error is kept")
}

type iotestErr struct{ err error }

func (r iotestErr) Read([]byte) (int, error) { return 0, r.err }

// TestAtMostGrowsWithinLimit: the buffer never grows past limit, so that a
// pooled buffer holds no more than the caller's bound.
func TestAtMostGrowsWithinLimit(t *testing.T) {
	for _, limit := range []int{1, 100, 1000, 64 << 10, 64<<10 + 1} {
		buf, err := AtMost(strings.NewReader(strings.Repeat("x", 1<<20)), nil, limit)
		assert.NoError(t, err)
		assert.Len(t, buf, limit)
		assert.LessOrEqual(t, cap(buf), limit, "limit %d", limit)
	}
}
