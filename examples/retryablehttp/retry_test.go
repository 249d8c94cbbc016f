package retryablehttp_test

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/hashicorp/go-retryablehttp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/seed-a36dd713/chaterr/rest"
)

// Documented bodies of the Agora Chat REST API.
const (
	reachLimitBody     = `{"error":"reach_limit","exception":"EasemobRateLimitException","timestamp":1542535809472,"duration":0,"error_description":"This request has reached API limit."}`
	sendReachLimitBody = `{"error":"message_send_error","exception":"EasemobMessageSendErrorException","timestamp":1542535809472,"duration":0,"error_description":"Message send reach limit: 100 per second"}`
	webAppBody         = `{"error":"web_application","exception":"javax.ws.rs.WebApplicationException","timestamp":1542535809472,"duration":0,"error_description":"HTTP 404 Not Found"}`
	unauthorizedBody   = `{"error":"unauthorized","exception":"EasemobUnauthorizedException","timestamp":1542535809472,"duration":0,"error_description":"Unable to authenticate (OAuth)"}`
	unavailableBody    = "<html>\r\n<head><title>503 Service Temporarily Unavailable</title></head>\r\n<body>\r\n<center><h1>503 Service Temporarily Unavailable</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n"
	okBody             = `{"action":"get","entities":[],"timestamp":1542535809472,"duration":0}`
)

// drainFailure is what go-retryablehttp logs when it cannot drain a body
// before it tries again: a sign that Peek left a body that does not read.
const drainFailure = "error reading response body"

// recorder is a retryablehttp.Logger that keeps every line.
type recorder struct {
	mu    sync.Mutex
	lines []string
}

func (r *recorder) Printf(format string, args ...any) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.lines = append(r.lines, fmt.Sprintf(format, args...))
}

func (r *recorder) text() string {
	r.mu.Lock()
	defer r.mu.Unlock()
	return strings.Join(r.lines, "\n")
}

// assertNoDrainFailure fails t when the client logged that it could not
// read a body.
func (r *recorder) assertNoDrainFailure(t *testing.T) {
	t.Helper()
	assert.NotContains(t, r.text(), drainFailure, "the client could not drain a body that rest.CheckRetry had peeked; its log:\n%s", r.text())
}

// newClient returns a client wired as rest's documentation says, with
// short waits, that logs into a new recorder and counts its attempts.
func newClient(retryMax int) (*retryablehttp.Client, *recorder, *atomic.Int32) {
	rec := &recorder{}
	attempts := &atomic.Int32{}
	c := retryablehttp.NewClient()
	c.CheckRetry = rest.CheckRetry
	c.Backoff = rest.Backoff
	c.ErrorHandler = retryablehttp.PassthroughErrorHandler
	c.RetryWaitMin = time.Millisecond
	c.RetryWaitMax = 50 * time.Millisecond
	c.RetryMax = retryMax
	c.Logger = rec
	c.RequestLogHook = func(_ retryablehttp.Logger, _ *http.Request, _ int) { attempts.Add(1) }
	return c, rec, attempts
}

// answer is one scripted response.
type answer struct {
	status int
	header map[string]string
	body   string
}

// script serves the answers in order, the last one again once they run
// out, and records when each request arrived.
type script struct {
	answers []answer
	mu      sync.Mutex
	arrived []time.Time
}

func (s *script) ServeHTTP(w http.ResponseWriter, _ *http.Request) {
	s.mu.Lock()
	s.arrived = append(s.arrived, time.Now())
	a := s.answers[min(len(s.arrived), len(s.answers))-1]
	s.mu.Unlock()
	for k, v := range a.header {
		w.Header().Set(k, v)
	}
	if a.body != "" && w.Header().Get("Content-Type") == "" {
		w.Header().Set("Content-Type", "application/json")
	}
	w.WriteHeader(a.status)
	io.WriteString(w, a.body)
}

func (s *script) times() []time.Time {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]time.Time(nil), s.arrived...)
}

func serve(t *testing.T, answers ...answer) (*httptest.Server, *script) {
	t.Helper()
	s := &script{answers: answers}
	srv := httptest.NewServer(s)
	t.Cleanup(srv.Close)
	return srv, s
}

func get(t *testing.T, ctx context.Context, c *retryablehttp.Client, url string) (*http.Response, error) {
	t.Helper()
	req, err := retryablehttp.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	require.NoError(t, err, "building the request")
	resp, err := c.Do(req)
	if resp != nil {
		t.Cleanup(func() { resp.Body.Close() })
	}
	return resp, err
}

// readAll reads resp's body to its end.
func readAll(t *testing.T, resp *http.Response) []byte {
	t.Helper()
	b, err := io.ReadAll(resp.Body)
	require.NoError(t, err, "reading the final answer's body")
	return b
}

// typeAndCapture types resp with rest.FromResponse and returns what
// FromResponse read of the body, so that the test can check it read the
// body from its first byte to its end.
func typeAndCapture(t *testing.T, resp *http.Response) (*rest.Error, []byte) {
	t.Helper()
	var seen bytes.Buffer
	resp.Body = struct {
		io.Reader
		io.Closer
	}{io.TeeReader(resp.Body, &seen), resp.Body}
	err := rest.FromResponse(resp)
	var e *rest.Error
	require.ErrorAs(t, err, &e, "rest.FromResponse of a %d answer did not give a *rest.Error", resp.StatusCode)
	return e, seen.Bytes()
}

func TestReachLimitWaitsForRetryAfter(t *testing.T) {
	srv, s := serve(t,
		answer{http.StatusTooManyRequests, map[string]string{"Retry-After": "1"}, reachLimitBody},
		answer{http.StatusOK, nil, okBody})
	c, rec, attempts := newClient(3)
	c.RetryWaitMax = 2 * time.Second // room for the hint; RetryWaitMin stays 1ms

	resp, err := get(t, t.Context(), c, srv.URL+"/org/app/users")
	require.NoError(t, err, "a 429 reach_limit then a 200 should end in the 200")
	assert.Equal(t, http.StatusOK, resp.StatusCode, "the final answer should be the 200")
	assert.Equal(t, okBody, string(readAll(t, resp)), "the 200's body should read whole")
	assert.EqualValues(t, 2, attempts.Load(), "a 429 reach_limit should be tried again once, then the 200 ends it")

	times := s.times()
	require.Len(t, times, 2, "the server should have seen two requests")
	gap := times[1].Sub(times[0])
	assert.GreaterOrEqual(t, gap, time.Second,
		"the second attempt came %v after the first: rest.Backoff should wait for Retry-After: 1 rather than back off from RetryWaitMin (1ms)", gap)
	rec.assertNoDrainFailure(t)
}

func TestMessageSendReachLimitIsRetried(t *testing.T) {
	srv, s := serve(t,
		answer{http.StatusForbidden, nil, sendReachLimitBody},
		answer{http.StatusOK, nil, okBody})
	c, rec, attempts := newClient(3)

	resp, err := get(t, t.Context(), c, srv.URL+"/org/app/messages/users")
	require.NoError(t, err, "a 403 message send reach limit then a 200 should end in the 200")
	assert.Equal(t, http.StatusOK, resp.StatusCode, "the final answer should be the 200")
	assert.Len(t, s.times(), 2, "the server should count two attempts: the 403 \"Message send reach limit\" is documented as passing later")
	assert.EqualValues(t, 2, attempts.Load(), "the client should count two attempts")
	rec.assertNoDrainFailure(t)
}

func TestWebApplicationIsNotRetriedAndReadsWhole(t *testing.T) {
	srv, s := serve(t, answer{http.StatusInternalServerError, nil, webAppBody})
	c, rec, attempts := newClient(3)

	resp, err := get(t, t.Context(), c, srv.URL+"/org/app/nope")
	require.NoError(t, err, "a 500 that is not retried should come back as the answer, without an error")
	require.NotNil(t, resp, "the 500 should be returned")
	assert.Len(t, s.times(), 1, "a 500 web_application (a URL that is not valid) should not be tried again")
	assert.EqualValues(t, 1, attempts.Load(), "the client should count one attempt")

	e, seen := typeAndCapture(t, resp)
	assert.Equal(t, webAppBody, string(seen), "after rest.CheckRetry peeked it, the body should read from its first byte to its end, as the server sent it")
	assert.Equal(t, http.StatusInternalServerError, e.Status, "the typed status")
	assert.Equal(t, rest.Code("web_application"), e.Code, "the typed error string")
	assert.False(t, e.Retryable(), "a 500 web_application is documented as not retryable")
	rec.assertNoDrainFailure(t)
}

func TestUnauthorizedIsNotRetried(t *testing.T) {
	srv, s := serve(t, answer{http.StatusUnauthorized, nil, unauthorizedBody})
	c, rec, attempts := newClient(3)

	resp, err := get(t, t.Context(), c, srv.URL+"/org/app/users")
	require.NoError(t, err, "a 401 should come back as the answer, without an error")
	assert.Equal(t, http.StatusUnauthorized, resp.StatusCode, "the final answer should be the 401")
	assert.Len(t, s.times(), 1, "a 401 unauthorized needs a new token, not another attempt")
	assert.EqualValues(t, 1, attempts.Load(), "the client should count one attempt")
	assert.Equal(t, unauthorizedBody, string(readAll(t, resp)), "the 401's body should read whole")
	rec.assertNoDrainFailure(t)
}

func TestServiceUnavailableStopsAtRetryMax(t *testing.T) {
	for _, tc := range []struct {
		name string
		body string
	}{{"no body", ""}, {"nginx page", unavailableBody}} {
		t.Run(tc.name, func(t *testing.T) {
			header := map[string]string{"Content-Type": "text/html"}
			srv, s := serve(t, answer{http.StatusServiceUnavailable, header, tc.body})
			c, rec, attempts := newClient(3)

			resp, err := get(t, t.Context(), c, srv.URL+"/org/app/users")
			require.NoError(t, err, "with PassthroughErrorHandler the last 503 should come back without an error")
			require.NotNil(t, resp, "with PassthroughErrorHandler the last 503 should come back")
			assert.Len(t, s.times(), 4, "RetryMax 3 should make 4 attempts at a server that always answers 503")
			assert.EqualValues(t, 4, attempts.Load(), "the client should count 4 attempts")

			e, seen := typeAndCapture(t, resp)
			assert.Equal(t, tc.body, string(seen), "the last 503's body should read from its first byte to its end")
			assert.Equal(t, http.StatusServiceUnavailable, e.Status, "the typed status")
			assert.True(t, e.Retryable(), "a 503 is documented as passing later")
			rec.assertNoDrainFailure(t)
		})
	}
}

func TestDeadlineEndsTheLoop(t *testing.T) {
	srv, s := serve(t, answer{http.StatusTooManyRequests, map[string]string{"Retry-After": "10"}, reachLimitBody})
	c, rec, _ := newClient(3)
	c.RetryWaitMax = 10 * time.Second

	ctx, cancel := context.WithTimeout(t.Context(), 200*time.Millisecond)
	defer cancel()
	type result struct {
		resp *http.Response
		err  error
	}
	done := make(chan result, 1)
	go func() {
		req, err := retryablehttp.NewRequestWithContext(ctx, http.MethodGet, srv.URL+"/org/app/users", nil)
		if err != nil {
			done <- result{nil, err}
			return
		}
		resp, err := c.Do(req)
		done <- result{resp, err}
	}()

	var r result
	select {
	case r = <-done:
	case <-time.After(5 * time.Second): // a hang guard only
		t.Fatal("Do did not return within 5s of a 200ms deadline: the wait for Retry-After: 10 ignored the context")
	}
	if r.resp != nil {
		r.resp.Body.Close()
	}
	require.Error(t, r.err, "Do should fail once the request's deadline passes")
	assert.ErrorIs(t, r.err, context.DeadlineExceeded, "Do's error should be the context's deadline")
	assert.Len(t, s.times(), 1, "the deadline passed during the 10s wait, before a second attempt")
	rec.assertNoDrainFailure(t)
}

func TestBodyLargerThanMaxBodyReadsWhole(t *testing.T) {
	const size = 200 << 10
	prefix := `{"error":"web_application","exception":"javax.ws.rs.WebApplicationException","error_description":"`
	var b strings.Builder
	b.WriteString(prefix)
	for i := 0; b.Len() < size-2; i++ {
		fmt.Fprintf(&b, "line %06d of a body far larger than rest.MaxBody; ", i)
	}
	body := b.String()[:size-2] + `"}`
	require.Len(t, body, size, "the test's body")
	require.Greater(t, len(body), rest.MaxBody, "the test's body must be larger than rest.MaxBody")

	srv, s := serve(t, answer{http.StatusInternalServerError, nil, body})
	c, rec, _ := newClient(3)

	resp, err := get(t, t.Context(), c, srv.URL+"/org/app/nope")
	require.NoError(t, err, "a 500 web_application should come back as the answer")
	assert.Len(t, s.times(), 1, "a 500 web_application should not be tried again, even when its body is cut at rest.MaxBody")
	got := readAll(t, resp)
	assert.Equal(t, len(body), len(got), "the caller should read all of the body, not only the rest.MaxBody bytes that rest.CheckRetry peeked")
	assert.True(t, bytes.Equal([]byte(body), got), "the body the caller reads should be byte-equal to what the server sent")
	rec.assertNoDrainFailure(t)
}

func TestTransportErrors(t *testing.T) {
	t.Run("connection closed mid-response", func(t *testing.T) {
		var n atomic.Int32
		srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
			if n.Add(1) == 1 {
				conn, buf, err := http.NewResponseController(w).Hijack()
				if err != nil {
					panic(err)
				}
				buf.WriteString("HTTP/1.1 200 OK\r\nContent-Type: appli")
				buf.Flush()
				conn.Close()
				return
			}
			w.Header().Set("Content-Type", "application/json")
			io.WriteString(w, okBody)
		}))
		t.Cleanup(srv.Close)
		c, rec, attempts := newClient(3)

		resp, err := get(t, t.Context(), c, srv.URL+"/org/app/users")
		require.NoError(t, err, "a connection cut mid-response then a 200 should end in the 200")
		assert.Equal(t, http.StatusOK, resp.StatusCode, "the final answer should be the 200")
		assert.EqualValues(t, 2, n.Load(), "the server should see a second attempt after the connection it cut")
		assert.EqualValues(t, 2, attempts.Load(), "the client should count two attempts")
		assert.Contains(t, rec.text(), "request failed", "the first attempt should have failed in the transport, not with an answer")
		rec.assertNoDrainFailure(t)
	})

	t.Run("connection closed before any byte", func(t *testing.T) {
		var n atomic.Int32
		srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
			if n.Add(1) == 1 {
				conn, _, err := http.NewResponseController(w).Hijack()
				if err != nil {
					panic(err)
				}
				conn.Close() // net/http reports a bare EOF
				return
			}
			io.WriteString(w, okBody)
		}))
		t.Cleanup(srv.Close)
		c, _, attempts := newClient(3)

		resp, err := get(t, t.Context(), c, srv.URL+"/org/app/users")
		require.NoError(t, err, "a connection closed before the answer, then a 200, should end in the 200")
		assert.Equal(t, http.StatusOK, resp.StatusCode)
		assert.EqualValues(t, 2, attempts.Load(), "the closed connection is tried again")
	})

	t.Run("host that does not exist", func(t *testing.T) {
		c, _, attempts := newClient(3)
		// The resolver's answer, given by the dialer, so that the test does
		// not depend on the machine's DNS (which offline may time out).
		c.HTTPClient.Transport = &http.Transport{DialContext: func(_ context.Context, _, addr string) (net.Conn, error) {
			return nil, &net.OpError{Op: "dial", Net: "tcp", Err: &net.DNSError{Err: "no such host", Name: addr, IsNotFound: true}}
		}}

		resp, err := get(t, t.Context(), c, "http://nonexistent.invalid/")
		require.Error(t, err, "a host that does not exist should fail")
		assert.Nil(t, resp, "there is no answer from a host that does not exist")
		var dnsErr *net.DNSError
		require.ErrorAs(t, err, &dnsErr, "the error should be the failed lookup")
		assert.True(t, dnsErr.IsNotFound, "the lookup should say the name does not exist, not that it failed for a while: %v", dnsErr)
		assert.EqualValues(t, 1, attempts.Load(), "a name that does not exist will not exist a moment later: one attempt only")
	})
}
