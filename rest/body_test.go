package rest_test

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/seed-a36dd713/chaterr"
	"github.com/seed-a36dd713/chaterr/internal/oneline"
	"github.com/seed-a36dd713/chaterr/rest"
)

func TestBadBodies(t *testing.T) {
	for name, tc := range map[string]struct {
		resp     response
		code     rest.Code
		message  string
		contains string
	}{
		"empty": {response{status: 502}, "", "", "chaterr/rest: 502 Bad Gateway"},
		"html": {response{status: 504, header: map[string]string{"Content-Type": "text/html"},
			body: "<html><head><title>504 Gateway Time-out</title></head><body>nginx</body></html>"}, "", "504 Gateway Time-out", ""},
		"plain text":     {response{status: 503, body: "upstream connect error\nor disconnect"}, "", "upstream connect error or disconnect", ""},
		"truncated JSON": {response{status: 429, body: `{"error":"reach_limit","exception":"x","error_description":"This requ`}, rest.ReachLimit, `{"error":"reach_limit","exception":"x","error_description":"This requ`, ""},
		"invalid JSON":   {response{status: 400, body: `{"error": illegal_argument}`}, "", `{"error": illegal_argument}`, "illegal_argument"},
		"wrong types": {response{status: 429, body: `{"error":"reach_limit","timestamp":"soon","duration":[1],"error_description":42}`}, rest.ReachLimit,
			`{"error":"reach_limit","timestamp":"soon","duration":[1],"error_description":42}`, `"timestamp":"soon"`},
		"error a number":               {response{status: 400, body: `{"error":123,"error_description":"d"}`}, "", `{"error":123,"error_description":"d"}`, `"error":123`},
		"error an object":              {response{status: 400, body: `{"error":{"code":1},"error_description":"d"}`}, "", `{"error":{"code":1},"error_description":"d"}`, ""},
		"string numbers":               {response{status: 429, body: `{"error":"reach_limit","timestamp":"1700000000123","error_description":"d"}`}, rest.ReachLimit, `{"error":"reach_limit","timestamp":"1700000000123","error_description":"d"}`, ""},
		"no content type":              {response{status: 401, body: `{"error":"unauthorized","error_description":"token expired"}`}, rest.Unauthorized, "token expired", ""},
		"nested values":                {response{status: 403, body: `{"extra":{"a":[1,{"b":2}]},"error":"forbidden_op"`}, rest.ForbiddenOp, `{"extra":{"a":[1,{"b":2}]},"error":"forbidden_op"`, ""},
		"control chars":                {response{status: 400, body: `{"error":"illegal_argument","error_description":"bad\nFAKE LOG LINE"}`}, rest.IllegalArgument, "bad\nFAKE LOG LINE", `bad\nFAKE LOG LINE`},
		"bidi and format":              {response{status: 400, body: `{"error":"illegal_argument","error_description":"a\u202eb\u200bc"}`}, rest.IllegalArgument, "a\u202eb\u200bc", `a\u202eb\u200bc`},
		"raw control byte":             {response{status: 400, body: "{\"error\":\"x\x1b[2J\"}"}, "", "{\"error\":\"x\\x1b[2J\"}", `x\x1b[2J`},
		"JSON array":                   {response{status: 500, body: `[1,2]`}, "", "[1,2]", ""},
		"BOM":                          {response{status: 429, body: "\xef\xbb\xbf" + `{"error":"reach_limit","error_description":"d"}`}, rest.ReachLimit, "d", ""},
		"BOM and spaces":               {response{status: 429, body: " \xef\xbb\xbf\n" + `{"error":"reach_limit","error_description":"d"}`}, rest.ReachLimit, "d", ""},
		"BOM before text":              {response{status: 502, body: "\xef\xbb\xbfBad Gateway"}, "", "Bad Gateway", ""},
		"invalid UTF-8 before a title": {response{status: 502, body: "\xe0\xe0\xe0\xe0\xe0<TITLE>Bad Gateway</title>"}, "", "Bad Gateway", ""},
	} {
		t.Run(name, func(t *testing.T) {
			err := rest.FromResponse(serve(t, tc.resp))
			var e *rest.Error
			require.ErrorAs(t, err, &e)
			assert.Equal(t, tc.resp.status, e.Status, "the status is never lost")
			assert.Equal(t, tc.code, e.Code)
			assert.Equal(t, tc.message, e.Message)
			if tc.code != "" {
				assert.ErrorIs(t, err, tc.code)
			}
			if tc.contains != "" {
				assert.Contains(t, e.Error(), tc.contains)
			}
			assert.NoError(t, e.Err)
			assert.NotContains(t, e.Error(), "\n", "one line")
			assertEscaped(t, e.Error())
		})
	}
}

// assertEscaped fails when s holds a character that oneline escapes.
func assertEscaped(t *testing.T, s string) {
	t.Helper()
	assert.Equal(t, s, oneline.String(s, -1), "text with raw control or format characters")
}

func TestWrongTypesExcerptIsBounded(t *testing.T) {
	long := `{"error":1,"error_description":"` + strings.Repeat("\u202e", 1000) + `"}`
	err := rest.FromResponse(serve(t, response{status: 400, body: long}))
	var e *rest.Error
	require.ErrorAs(t, err, &e)
	assert.LessOrEqual(t, len(e.Message), 512)
	assert.True(t, strings.HasSuffix(e.Message, oneline.Marker), "a cut excerpt says so: %q", e.Message)
	assert.True(t, strings.HasPrefix(e.Message, `{"error":1,"error_description":"\u202e`), e.Message)
	assertEscaped(t, e.Message)
}

// stuckReader returns no bytes and no error, for ever, and counts the calls.
type stuckReader struct{ calls int }

func (s *stuckReader) Read([]byte) (int, error) { s.calls++; return 0, nil }
func (s *stuckReader) Close() error             { return nil }

func TestReaderWithoutProgress(t *testing.T) {
	r := &stuckReader{}
	err := rest.FromResponse(&http.Response{StatusCode: 503, Header: http.Header{}, Body: r})
	var e *rest.Error
	require.ErrorAs(t, err, &e)
	assert.Equal(t, 503, e.Status)
	assert.ErrorIs(t, err, io.ErrNoProgress)
	assert.Equal(t, 100, r.calls, "gives up after 100 empty reads, as bufio does")
	assert.True(t, e.Retryable(), "the status still decides")
	assert.Contains(t, e.Error(), "chaterr/rest: 503 Service Unavailable: reading the body: ")
}

// partReader gives its data in two-byte reads, then its error; a reader
// whose count is impossible when bad is set.
type partReader struct {
	data string
	err  error
	bad  int
}

func (p *partReader) Read(b []byte) (int, error) {
	if p.bad != 0 {
		return p.bad, nil
	}
	if p.data == "" {
		return 0, p.err
	}
	n := copy(b[:min(len(b), 2)], p.data)
	p.data = p.data[n:]
	return n, nil
}

func (*partReader) Close() error { return nil }

func TestReadErrors(t *testing.T) {
	boom := errors.New("connection reset by peer")
	r := &partReader{data: `{"error":"reach_limit","error_description":"message send reach limit"}`, err: boom}
	err := rest.FromResponse(&http.Response{StatusCode: 429, Header: http.Header{}, Body: r})
	var e *rest.Error
	require.ErrorAs(t, err, &e)
	assert.ErrorIs(t, err, boom, "the read error stays reachable")
	assert.ErrorIs(t, err, rest.ReachLimit, "and what was read is still decoded")
	assert.Equal(t, "message send reach limit", e.Message)
	assert.Equal(t, "chaterr/rest: 429 reach_limit: message send reach limit: reading the body: connection reset by peer", e.Error())

	for _, bad := range []int{-1, 1 << 30} {
		err := rest.FromResponse(&http.Response{StatusCode: 500, Header: http.Header{}, Body: &partReader{bad: bad}})
		require.ErrorAs(t, err, &e, "a Read count of %d", bad)
		assert.Equal(t, 500, e.Status)
		assert.Error(t, e.Err, "a Read count of %d", bad)
	}
}

// TestDeadlineAndCancel cuts a body short with the caller's context, through
// a real server that sends half a body and then waits.
func TestDeadlineAndCancel(t *testing.T) {
	release := make(chan struct{})
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		w.WriteHeader(429)
		io.WriteString(w, `{"error":"reach_limit","error_description":"This requ`)
		w.(http.Flusher).Flush()
		<-release
	}))
	defer srv.Close()
	defer close(release)

	for _, tc := range []struct {
		name string
		ctx  func() (context.Context, context.CancelFunc)
		want error
	}{
		{"deadline", func() (context.Context, context.CancelFunc) {
			return context.WithTimeout(context.Background(), 200*time.Millisecond)
		}, context.DeadlineExceeded},
		{"cancel", func() (context.Context, context.CancelFunc) { return context.WithCancel(context.Background()) }, context.Canceled},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ctx, cancel := tc.ctx()
			defer cancel()
			req, err := http.NewRequestWithContext(ctx, http.MethodGet, srv.URL, nil)
			require.NoError(t, err)
			resp, err := srv.Client().Do(req)
			require.NoError(t, err)
			if tc.want == context.Canceled {
				cancel()
			}
			err = rest.FromResponse(resp)
			var e *rest.Error
			require.ErrorAs(t, err, &e)
			assert.ErrorIs(t, err, tc.want)
			assert.Equal(t, 429, e.Status, "the status is kept")
			assert.Equal(t, rest.ReachLimit, e.Code, "what was read is decoded")
			assert.True(t, e.Retryable())
		})
	}
}

// TestReadErrorIsNotTheCause: the error that cut a body short is found by
// errors.Is, but a tree walker does not take it for the reason of the
// failure: a plan quota whose body a deadline cut is still not retryable.
func TestReadErrorIsNotTheCause(t *testing.T) {
	r := &partReader{data: `{"error":"resource_limited","error_description":"quota`, err: context.DeadlineExceeded}
	err := fmt.Errorf("send: %w", rest.FromResponse(&http.Response{StatusCode: 429, Header: http.Header{}, Body: r}))
	assert.ErrorIs(t, err, context.DeadlineExceeded)
	assert.ErrorIs(t, err, rest.ResourceLimited)
	assert.NotErrorIs(t, err, context.Canceled)
	var e *rest.Error
	require.ErrorAs(t, err, &e)
	assert.False(t, e.Retryable())
	assert.False(t, chaterr.Retryable(err), "chaterr.Retryable follows the REST row, not the read error")
	assert.False(t, chaterr.Timeout(err))
}
