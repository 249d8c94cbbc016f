package chaterr_test

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"

	"github.com/seed-a36dd713/chaterr"
)

func TestRetryableAndTimeoutOfAnyError(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), time.Nanosecond)
	defer cancel()
	<-ctx.Done()
	canceled, cancel2 := context.WithCancel(context.Background())
	cancel2()

	pathErr := &os.PathError{Op: "read", Path: "x", Err: timeoutErr{}}
	for _, tc := range []struct {
		name               string
		err                error
		retryable, timeout bool
	}{
		{"nil", nil, false, false},
		{"plain", io.EOF, false, false},
		{"retryable code", fmt.Errorf("x: %w", chaterr.ServerBusy), true, false},
		{"timeout code", chaterr.New(chaterr.ServerTimeout, ""), true, true},
		{"not retryable", chaterr.New(chaterr.UserMuted, ""), false, false},
		{"context deadline", fmt.Errorf("join: %w", ctx.Err()), true, true},
		{"bare DeadlineExceeded", context.DeadlineExceeded, true, true},
		{"context canceled", fmt.Errorf("join: %w", canceled.Err()), false, false},
		{"cause times out", chaterr.Wrap(chaterr.GeneralError, "", timeoutErr{}), true, true},
		{"path error of a timeout", pathErr, true, true},
		{"batch with one retryable", errors.Join(chaterr.UserMuted, chaterr.ServerBusy), true, false},
		{"carrier", &opError{"send", chaterr.ConnectionTimeout}, true, true},
		{"Retryable method", retryableErr{}, true, false},
	} {
		assert.Equal(t, tc.retryable, chaterr.Retryable(tc.err), "Retryable(%s)", tc.name)
		assert.Equal(t, tc.timeout, chaterr.Timeout(tc.err), "Timeout(%s)", tc.name)
		if !hasCode(tc.err) && tc.err != nil {
			assert.Equal(t, chaterr.GeneralError, chaterr.CodeOf(tc.err), "CodeOf(%s) of an error without a code", tc.name)
		}
	}
	assert.Equal(t, chaterr.GeneralError, chaterr.CodeOf(ctx.Err()), "CodeOf of a deadline stays GENERAL_ERROR")

	// *Error asks its cause, as *os.PathError does.
	wrapped := chaterr.Wrap(chaterr.NetworkError, "", timeoutErr{})
	assert.True(t, wrapped.Timeout())
	assert.True(t, wrapped.Retryable())
	assert.False(t, chaterr.New(chaterr.UserMuted, "").Retryable())
	assert.False(t, chaterr.Wrap(chaterr.UserMuted, "", io.EOF).Timeout())
	var nilErr *chaterr.Error
	assert.False(t, nilErr.Retryable())
	assert.False(t, nilErr.Timeout())

	// No allocation for the package's own types and standard wrappers.
	own := fmt.Errorf("a: %w", errors.Join(io.EOF, fmt.Errorf("b: %w", chaterr.Wrap(chaterr.UserMuted, "m", ctx.Err()))))
	assert.Equal(t, 0.0, testing.AllocsPerRun(100, func() { _ = chaterr.Retryable(own) }))
	assert.Equal(t, 0.0, testing.AllocsPerRun(100, func() { _ = chaterr.Timeout(own) }))
	assert.Equal(t, 0.0, testing.AllocsPerRun(100, func() { _ = chaterr.CodeOf(own) }))
}
