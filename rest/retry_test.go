package rest_test

import (
	"context"
	"crypto/x509"
	"errors"
	"io"
	"net"
	"net/http"
	"net/url"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/seed-a36dd713/chaterr/rest"
)

// TestCheckRetryAnswers: exactly the retryable rows, read from the answer
// without consuming it.
func TestCheckRetryAnswers(t *testing.T) {
	for _, tc := range []struct {
		status int
		body   string
		want   bool
	}{
		{429, `{"error":"reach_limit","error_description":"This request has reached API limit."}`, true},
		{403, `{"error":"message_send_error","error_description":"Message send reach limit"}`, true},
		{403, `{"error":"message_send_error","error_description":"blocked"}`, false},
		{500, `{"error":"web_application","error_description":"not valid"}`, false},
		{401, `{"error":"unauthorized","error_description":"Unable to authenticate (OAuth)"}`, false},
		{429, `{"error":"resource_limited","error_description":"quota"}`, false},
		{503, ``, true}, {502, `<html><title>Bad Gateway</title></html>`, true}, {501, ``, false},
		{200, `{"ok":true}`, false}, {204, ``, false},
	} {
		resp := serve(t, response{status: tc.status, body: tc.body})
		retry, err := rest.CheckRetry(context.Background(), resp, nil)
		assert.NoError(t, err)
		assert.Equal(t, tc.want, retry, "%d %s", tc.status, tc.body)
		got, _ := io.ReadAll(resp.Body)
		assert.Equal(t, tc.body, string(got), "the body is still readable after CheckRetry")
		resp.Body.Close()
	}
	retry, err := rest.CheckRetry(context.Background(), nil, nil)
	assert.False(t, retry, "no response and no error")
	assert.NoError(t, err)
	//lint:ignore SA1012 a nil context must not panic
	retry, err = rest.CheckRetry(nil, serve(t, response{status: 503}), nil)
	assert.True(t, retry, "a nil context is no deadline")
	assert.NoError(t, err)
}

// TestCheckRetryContext: once the context is done, no retry, and its error.
func TestCheckRetryContext(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	for _, err := range []error{nil, syscall.ECONNRESET} {
		retry, cerr := rest.CheckRetry(ctx, serve(t, response{status: 503}), err)
		assert.False(t, retry)
		assert.ErrorIs(t, cerr, context.Canceled)
	}
	dctx, dcancel := context.WithDeadline(context.Background(), time.Now().Add(-time.Second))
	defer dcancel()
	retry, cerr := rest.CheckRetry(dctx, nil, &url.Error{Op: "Get", URL: "http://x", Err: context.DeadlineExceeded})
	assert.False(t, retry)
	assert.ErrorIs(t, cerr, context.DeadlineExceeded)
}

// timeoutErr is a net.Error that timed out.
type timeoutErr struct{}

func (timeoutErr) Error() string   { return "i/o timeout" }
func (timeoutErr) Timeout() bool   { return true }
func (timeoutErr) Temporary() bool { return true }

// TestCheckRetryTransport: transient transport errors are retried, the
// others are not.
func TestCheckRetryTransport(t *testing.T) {
	wrap := func(err error) error { return &url.Error{Op: "Post", URL: "https://a1.agora.io/x", Err: err} }
	for _, tc := range []struct {
		err  error
		want bool
	}{
		{wrap(&net.OpError{Op: "read", Net: "tcp", Err: &osSyscall{syscall.ECONNRESET}}), true},
		{wrap(&net.OpError{Op: "dial", Net: "tcp", Err: &osSyscall{syscall.ECONNREFUSED}}), true},
		{wrap(io.ErrUnexpectedEOF), true},
		{wrap(io.EOF), true}, // the server closed the connection before it answered
		{wrap(timeoutErr{}), true},
		{wrap(context.DeadlineExceeded), true}, // the client's own per-attempt Timeout
		{wrap(&net.DNSError{Err: "no such host", Name: "nonexistent.invalid", IsNotFound: true}), false},
		{wrap(x509.UnknownAuthorityError{}), false},
		{wrap(errors.New("stopped after 10 redirects")), false},
		{wrap(context.Canceled), false},
	} {
		retry, err := rest.CheckRetry(context.Background(), nil, tc.err)
		assert.NoError(t, err)
		assert.Equal(t, tc.want, retry, "%v", tc.err)
	}
}

// osSyscall is an *os.SyscallError's shape: an error that unwraps to an errno.
type osSyscall struct{ errno syscall.Errno }

func (e *osSyscall) Error() string { return "syscall: " + e.errno.Error() }
func (e *osSyscall) Unwrap() error { return e.errno }

// TestBackoff: Retry-After clamped into [min, max]; otherwise a jittered
// exponential wait within its bounds, and every odd argument tolerated.
func TestBackoff(t *testing.T) {
	ra := func(v string) *http.Response {
		return &http.Response{StatusCode: 429, Header: http.Header{"Retry-After": {v}}}
	}
	lo, hi := 100*time.Millisecond, 10*time.Second
	assert.Equal(t, 3*time.Second, rest.Backoff(lo, hi, 0, ra("3")), "the server's wait")
	assert.Equal(t, hi, rest.Backoff(lo, hi, 0, ra("7200")), "clamped to max")
	assert.Equal(t, 5*time.Second, rest.Backoff(5*time.Second, hi, 5, ra("1")), "raised to min")
	assert.Equal(t, hi, rest.Backoff(lo, hi, 0, ra(time.Now().Add(time.Minute).UTC().Format(http.TimeFormat))), "a date, clamped to max")
	for attempt := range 12 {
		ceiling := min(hi, lo<<(attempt+1))
		seen := map[time.Duration]bool{}
		for range 200 {
			for _, resp := range []*http.Response{nil, ra("soon"), {StatusCode: 503}} {
				d := rest.Backoff(lo, hi, attempt, resp)
				require.GreaterOrEqual(t, d, lo, "attempt %d", attempt)
				require.LessOrEqual(t, d, ceiling, "attempt %d", attempt)
				seen[d] = true
			}
		}
		assert.Greater(t, len(seen), 100, "attempt %d: the wait is jittered", attempt)
	}
	for _, tc := range []struct {
		lo, hi  time.Duration
		attempt int
	}{{0, 0, 0}, {-time.Second, time.Second, 3}, {time.Second, time.Millisecond, 2}, {lo, hi, -7}, {lo, hi, 1 << 40}, {1, 1<<63 - 1, 1 << 20}, {0, 1<<63 - 1, 100}, {-5, 1<<63 - 1, 1 << 62}, {1<<63 - 1, 1<<63 - 1, 3}} {
		d := rest.Backoff(tc.lo, tc.hi, tc.attempt, nil)
		assert.GreaterOrEqual(t, d, max(tc.lo, 0), "%+v", tc)
		assert.LessOrEqual(t, d, max(tc.hi, tc.lo, 0), "%+v", tc)
	}
	assert.Zero(t, rest.Backoff(0, hi, 30, nil), "a lo of 0 gives 0, as retryablehttp's own back-off does")
	jittered := func(attempt int) bool {
		for range 200 {
			if rest.Backoff(time.Second, time.Hour, attempt, nil) > time.Second {
				return true
			}
		}
		return false
	}
	assert.True(t, jittered(-1), "a negative attemptNum is taken as 0, which is jittered")
	for _, v := range []string{"3", "", "1.5", "120, 60", "soon", "-1", strings.Repeat("9", 100)} {
		resp := ra(v)
		assert.Zero(t, testing.AllocsPerRun(100, func() { rest.Backoff(lo, hi, 4, resp) }), "Backoff allocates nothing for Retry-After %q", v)
	}
	assert.Zero(t, testing.AllocsPerRun(100, func() { rest.Backoff(lo, hi, 4, nil) }), "Backoff allocates nothing")
}

// TestCheckRetryAllocs: CheckRetry costs no allocation beyond what
// FromResponse costs for the same answer, and none for a 2xx answer.
func TestCheckRetryAllocs(t *testing.T) {
	data := string(typicalBody)
	body := &rewindBody{}
	resp := &http.Response{StatusCode: 429, Header: http.Header{"Retry-After": {"3"}}}
	fromResponse := testing.AllocsPerRun(200, func() {
		body.Reset([]byte(data))
		resp.Body = body
		_ = rest.FromResponse(resp)
	})
	ctx := context.Background()
	checkRetry := testing.AllocsPerRun(200, func() {
		body.Reset([]byte(data))
		resp.Body = body
		_, _ = rest.CheckRetry(ctx, resp, nil)
		resp.Body.Close() // as the retry loop does; the buffer goes back to the pool
	})
	assert.LessOrEqual(t, checkRetry, fromResponse, "CheckRetry allocates %v a call, FromResponse %v (rest/retry.go, rest/response.go)", checkRetry, fromResponse)
	ok := &http.Response{StatusCode: 200, Body: http.NoBody}
	assert.Zero(t, testing.AllocsPerRun(100, func() { _, _ = rest.CheckRetry(ctx, ok, nil) }), "nothing for a 2xx answer")
}
