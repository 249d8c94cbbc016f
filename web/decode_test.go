package web_test

import (
	"errors"
	"io"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/seed-a36dd713/chaterr/web"
)

// stalled returns its prefix, then no bytes and no error on every call.
type stalled struct {
	prefix string
	reads  int
}

func (s *stalled) Read(p []byte) (int, error) {
	s.reads++
	n := copy(p, s.prefix)
	s.prefix = s.prefix[n:]
	return n, nil
}

// TestDecodeEndsOnAReaderWithoutProgress: a reader that keeps returning
// (0, nil) ends Decode with io.ErrNoProgress after a bounded number of
// reads, instead of spinning for ever.
func TestDecodeEndsOnAReaderWithoutProgress(t *testing.T) {
	r := &stalled{prefix: `{"type":605`}
	e, err := web.Decode(r)
	assert.Nil(t, e)
	require.Error(t, err)
	assert.True(t, errors.Is(err, io.ErrNoProgress), "%v", err)
	assert.Less(t, r.reads, 1000, "Decode gave up after a bounded number of empty reads")

	e, err = web.Decode(strings.NewReader(`{"type":605}`))
	require.NoError(t, err)
	assert.Equal(t, web.GroupNotExist, e.Code)
}
