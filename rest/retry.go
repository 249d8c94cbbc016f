package rest

import (
	"context"
	"errors"
	"io"
	"math/rand/v2"
	"net/http"
	"time"

	"github.com/seed-a36dd713/chaterr"
)

// CheckRetry reports whether a call should be made again, with the type of
// go-retryablehttp's CheckRetry, so that it plugs in without this package
// importing that module:
//
//	client := retryablehttp.NewClient()
//	client.CheckRetry = rest.CheckRetry
//	client.Backoff = rest.Backoff
//	client.ErrorHandler = retryablehttp.PassthroughErrorHandler // the last answer, not an error
//
// Once ctx is done it answers false with ctx's error, before and after it
// looks at the answer. For a transport error (err != nil) it answers as
// chaterr.Decide does: true for a connection reset, refused or cut short,
// or an attempt that timed out, and also for io.EOF, a connection that the
// server closed before it answered; false for the rest, such as a host
// name that does not exist or a certificate that is not valid. For an answer it
// answers false for 2xx and otherwise [Error.Retryable] of the answer as
// [Peek] types it: true for exactly the documented rows that may pass later
// (429 reach_limit, 403 "message send reach limit", ...) and, for an answer
// that the documentation does not list, for 408, 409, 429 and 5xx but 501.
// Other than ctx's, it returns no error of its own.
//
// It leaves the body readable (Peek puts it back), so that the loop can
// drain it and the caller can read the final answer from its first byte
// and type it with FromResponse. It allocates what FromResponse allocates
// for the same answer, and nothing for a 2xx answer.
func CheckRetry(ctx context.Context, resp *http.Response, err error) (bool, error) {
	if ctx != nil && ctx.Err() != nil {
		return false, ctx.Err()
	}
	if err != nil {
		// From http.Client.Do, io.EOF means that the server closed the
		// connection before it answered, which a new connection may well
		// not meet; anywhere else it is the end of a stream, which is why
		// Decide does not count it.
		return errors.Is(err, io.EOF) || chaterr.Decide(err).Action == chaterr.ActionRetry, nil
	}
	e := peek(resp)
	if ctx != nil && ctx.Err() != nil { // the body's read may have outlasted it
		return false, ctx.Err()
	}
	return e.Retryable(), nil // false for a nil or 2xx response
}

// Backoff returns how long to wait before the next attempt, with the type
// of go-retryablehttp's Backoff: lo and hi are its RetryWaitMin and
// RetryWaitMax, and attemptNum counts the attempts made before, from 0.
//
// When resp carries a Retry-After header (see [Error.RetryAfter]), the wait
// is that hint clamped into [lo, hi]. Otherwise it backs off exponentially
// with full jitter: a wait drawn uniformly from [lo, min(hi, lo·2^(attemptNum+1))],
// so that clients that failed together do not all call again together; a
// lo of 0 gives 0, as go-retryablehttp's own back-off does. A hi below lo
// is taken as lo, a negative lo as 0, and a negative attemptNum as 0. It
// allocates nothing for a Retry-After in seconds or none; parsing one that
// is an HTTP date may allocate.
func Backoff(lo, hi time.Duration, attemptNum int, resp *http.Response) time.Duration {
	lo = max(lo, 0)
	hi = max(hi, lo)
	if resp != nil {
		if d := retryAfter(resp.Header, time.Now()); d > 0 {
			return min(max(d, lo), hi)
		}
	}
	if lo == 0 {
		return 0
	}
	ceiling := lo // doubles each time round: at most 63 times, whatever attemptNum is
	for i := 0; i <= max(attemptNum, 0) && ceiling < hi; i++ {
		if ceiling > hi/2 {
			ceiling = hi
			break
		}
		ceiling *= 2
	}
	ceiling = min(ceiling, hi)
	if ceiling <= lo {
		return lo
	}
	// The span is at most MaxInt64, so that span+1 fits in a uint64.
	return lo + time.Duration(rand.Uint64N(uint64(ceiling-lo)+1))
}
