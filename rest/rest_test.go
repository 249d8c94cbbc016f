package rest_test

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/seed-a36dd713/chaterr/rest"
)

const oracle = "testdata/rest-errors.tsv"

// pair is one row of testdata/rest-errors.tsv.
type pair struct {
	status int
	code   rest.Code
	retry  bool
}

func pairs(t *testing.T) []pair {
	t.Helper()
	f, err := os.Open(oracle)
	require.NoError(t, err)
	defer f.Close()
	var ps []pair
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		cols := strings.Split(line, "\t")
		require.Len(t, cols, 3, "%s:%d: status, error, retry", oracle, n)
		status, err := strconv.Atoi(cols[0])
		require.NoError(t, err, "%s:%d", oracle, n)
		code := rest.Code(cols[1])
		if code == "(none)" {
			code = ""
		}
		ps = append(ps, pair{status, code, cols[2] != "no"})
	}
	require.NoError(t, sc.Err())
	return ps
}

// response describes what the test server answers.
type response struct {
	status  int
	header  map[string]string
	body    string
	bodyLen int // when > 0, a body of this many bytes of 'x' instead of body
}

// serve starts a real HTTP server that answers every request with r, and
// returns the response a client gets from it.
func serve(t *testing.T, r response) *http.Response {
	t.Helper()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		for k, v := range r.header {
			w.Header().Set(k, v)
		}
		if _, ok := r.header["Content-Type"]; !ok {
			w.Header()["Content-Type"] = nil // no sniffed Content-Type
		}
		w.WriteHeader(r.status)
		if r.bodyLen > 0 {
			chunk := bytes.Repeat([]byte("x"), 32<<10)
			for n := 0; n < r.bodyLen; n += len(chunk) {
				if _, err := w.Write(chunk[:min(len(chunk), r.bodyLen-n)]); err != nil {
					return
				}
			}
			return
		}
		io.WriteString(w, r.body)
	}))
	t.Cleanup(srv.Close)
	resp, err := srv.Client().Get(srv.URL)
	require.NoError(t, err)
	return resp
}

// body is a REST error body as the API sends it.
func body(code rest.Code, desc string) string {
	b, _ := json.Marshal(map[string]any{
		"error": code, "exception": "com.easemob.Exception", "timestamp": 1700000000123,
		"duration": 7, "error_description": desc,
	})
	return string(b)
}

func TestEveryDocumentedPair(t *testing.T) {
	ps := pairs(t)
	var rows []rest.Row
	for _, p := range ps {
		t.Run(fmt.Sprintf("%d_%s", p.status, p.code), func(t *testing.T) {
			header := map[string]string{"Content-Type": "application/json"}
			if p.retry {
				header["Retry-After"] = "3"
			}
			b := body(p.code, "detail of "+string(p.code))
			if p.code == "" {
				b = `{"error_description":"no error field"}`
			}
			err := rest.FromResponse(serve(t, response{status: p.status, header: header, body: b}))
			var e *rest.Error
			require.ErrorAs(t, err, &e)
			assert.Equal(t, p.status, e.Status)
			assert.Equal(t, p.code, e.Code)
			assert.Equal(t, p.retry, e.Retryable(), "Retryable of %d %s; see table.go", p.status, p.code)
			if p.code != "" {
				assert.ErrorIs(t, err, p.code)
				assert.True(t, p.code.Known(), "%s has a constant and a description in codes.go", p.code)
				assert.NotEmpty(t, p.code.Description())
				assert.Equal(t, "detail of "+string(p.code), e.Description)
				assert.Equal(t, "com.easemob.Exception", e.Exception)
				assert.Equal(t, time.UnixMilli(1700000000123).UTC(), e.Timestamp)
				assert.Equal(t, 7*time.Millisecond, e.Duration)
			} else {
				assert.Equal(t, "no error field", e.Description)
			}
			if p.retry {
				assert.Equal(t, 3*time.Second, e.RetryAfter)
			} else {
				assert.Zero(t, e.RetryAfter)
			}
			assert.Equal(t, p.status == 408 || p.status == 504, e.Timeout())
		})
		rows = append(rows, rest.Row{Status: p.status, Code: p.code, Retryable: p.retry})
	}
	// The package's table is the oracle's, pair for pair.
	var got []rest.Row
	for _, r := range rest.Table() {
		assert.NotEmpty(t, r.Meaning, "%d %s has a meaning in table.go", r.Status, r.Code)
		r.Meaning = ""
		got = append(got, r)
	}
	assert.Equal(t, rows, got, "rest.Table() against %s; edit table.go", oracle)
}

func TestCodes(t *testing.T) {
	seen := map[rest.Code]bool{}
	for _, p := range pairs(t) {
		if p.code != "" {
			seen[p.code] = true
		}
	}
	codes := rest.Codes()
	assert.Len(t, codes, len(seen), "one constant per documented string")
	for _, c := range codes {
		assert.True(t, seen[c], "%s is not in %s", c, oracle)
		assert.Equal(t, string(c), c.Error())
	}
	assert.False(t, rest.Code("brand_new").Known())
	assert.Empty(t, rest.Code("brand_new").Description())
}

func TestUnknownAndMissingCodes(t *testing.T) {
	for _, tc := range []struct {
		status int
		code   rest.Code
		retry  bool
	}{
		{429, "brand_new_limit", true}, {503, "brand_new", true}, {500, "", true}, {599, "", true},
		{501, "", false}, {400, "brand_new", false}, {404, "", false}, {409, "", true},
		{408, "anything", true}, {418, "", false}, {503, rest.IllegalArgument, true},
	} {
		b := `{"error":"` + string(tc.code) + `"}`
		err := rest.FromResponse(serve(t, response{status: tc.status, body: b}))
		var e *rest.Error
		require.ErrorAs(t, err, &e)
		assert.Equal(t, tc.code, e.Code, "an unknown string is kept")
		assert.Equal(t, tc.retry, e.Retryable(), "%d %q: decided by the status", tc.status, tc.code)
		assert.NotErrorIs(t, err, rest.ReachLimit)
	}
}

func TestSuccessIsNil(t *testing.T) {
	for _, status := range []int{200, 201, 204, 299} {
		resp := serve(t, response{status: status, body: `{"ok":true}`})
		assert.NoError(t, rest.FromResponse(resp))
		if status != 204 {
			b, err := io.ReadAll(resp.Body)
			require.NoError(t, err)
			assert.Equal(t, `{"ok":true}`, string(b), "a 2xx body is left for the caller")
		}
		resp.Body.Close()
	}
	assert.Error(t, rest.FromResponse(nil), "a nil response is an error, not a panic")
}

func TestBadBodies(t *testing.T) {
	for name, tc := range map[string]struct {
		resp     response
		code     rest.Code
		desc     string
		contains string
	}{
		"empty": {response{status: 502}, "", "", "chaterr/rest: 502 Bad Gateway"},
		"html": {response{status: 504, header: map[string]string{"Content-Type": "text/html"},
			body: "<html><head><title>504 Gateway Time-out</title></head><body>nginx</body></html>"}, "", "504 Gateway Time-out", ""},
		"plain text":                   {response{status: 503, body: "upstream connect error\nor disconnect"}, "", "upstream connect error or disconnect", ""},
		"truncated JSON":               {response{status: 429, body: `{"error":"reach_limit","exception":"x","error_description":"This requ`}, rest.ReachLimit, "", ""},
		"invalid JSON":                 {response{status: 400, body: `{"error": illegal_argument}`}, "", "", ""},
		"wrong types":                  {response{status: 429, body: `{"error":"reach_limit","timestamp":"soon","duration":[1],"error_description":42}`}, rest.ReachLimit, "", ""},
		"error not string":             {response{status: 400, body: `{"error":{"code":1},"error_description":"d"}`}, "", "d", ""},
		"string numbers":               {response{status: 429, body: `{"error":"reach_limit","timestamp":"1700000000123","error_description":"d"}`}, rest.ReachLimit, "d", ""},
		"no content type":              {response{status: 401, body: `{"error":"unauthorized","error_description":"token expired"}`}, rest.Unauthorized, "token expired", ""},
		"nested values":                {response{status: 403, body: `{"extra":{"a":[1,{"b":2}]},"error":"forbidden_op"`}, rest.ForbiddenOp, "", ""},
		"control chars":                {response{status: 400, body: `{"error":"illegal_argument","error_description":"bad\nFAKE LOG LINE"}`}, rest.IllegalArgument, "bad\nFAKE LOG LINE", `bad\nFAKE LOG LINE`},
		"JSON array":                   {response{status: 500, body: `[1,2]`}, "", "[1,2]", ""},
		"invalid UTF-8 before a title": {response{status: 502, body: "\xe0\xe0\xe0\xe0\xe0<TITLE>Bad Gateway</title>"}, "", "Bad Gateway", ""},
	} {
		t.Run(name, func(t *testing.T) {
			err := rest.FromResponse(serve(t, tc.resp))
			var e *rest.Error
			require.ErrorAs(t, err, &e)
			assert.Equal(t, tc.resp.status, e.Status, "the status is never lost")
			assert.Equal(t, tc.code, e.Code)
			if tc.desc != "" {
				assert.Equal(t, tc.desc, e.Description)
			}
			if tc.contains != "" {
				assert.Contains(t, e.Error(), tc.contains)
			}
			assert.NotContains(t, e.Error(), "\n", "one line")
		})
	}
}

// countingBody counts what is read from a body and whether it was closed.
type countingBody struct {
	io.ReadCloser
	n      int
	closed bool
}

func (c *countingBody) Read(p []byte) (int, error) {
	n, err := c.ReadCloser.Read(p)
	c.n += n
	return n, err
}

func (c *countingBody) Close() error { c.closed = true; return c.ReadCloser.Close() }

func TestBodyLimitAndClose(t *testing.T) {
	for _, size := range []int{10, rest.MaxBody - 1, rest.MaxBody, rest.MaxBody + 1, 8 << 20} {
		resp := serve(t, response{status: 500, bodyLen: size})
		cb := &countingBody{ReadCloser: resp.Body}
		resp.Body = cb
		err := rest.FromResponse(resp)
		var e *rest.Error
		require.ErrorAs(t, err, &e)
		assert.Equal(t, 500, e.Status)
		assert.Equal(t, min(size, rest.MaxBody), cb.n, "reads at most MaxBody of a %d-byte body", size)
		assert.True(t, cb.closed, "the body of a failed response is closed")
		assert.LessOrEqual(t, len(e.Error()), 400, "bounded")
	}
}

func TestRetryAfterDate(t *testing.T) {
	when := time.Now().Add(90 * time.Second).UTC().Format(http.TimeFormat)
	err := rest.FromResponse(serve(t, response{status: 503, header: map[string]string{"Retry-After": when}}))
	var e *rest.Error
	require.ErrorAs(t, err, &e)
	assert.InDelta(t, 90*time.Second, e.RetryAfter, float64(3*time.Second))
	for _, h := range []string{"soon", "-5", "0", time.Now().Add(-time.Hour).UTC().Format(http.TimeFormat), "99999999999999999999"} {
		err := rest.FromResponse(serve(t, response{status: 503, header: map[string]string{"Retry-After": h}}))
		require.ErrorAs(t, err, &e)
		assert.Zero(t, e.RetryAfter, "Retry-After %q", h)
	}
}

func TestErrorText(t *testing.T) {
	e := &rest.Error{Status: 429, Code: rest.ReachLimit, Description: "This request has reached API limit."}
	assert.Equal(t, "chaterr/rest: 429 reach_limit: This request has reached API limit.", e.Error())
	assert.Equal(t, "chaterr/rest: 503 Service Unavailable", (&rest.Error{Status: 503}).Error())
	assert.Equal(t, "chaterr/rest: 599", (&rest.Error{Status: 599}).Error())
	long := &rest.Error{Status: 400, Code: rest.IllegalArgument, Description: strings.Repeat("d", 10000)}
	assert.Less(t, len(long.Error()), 400)

	var nilErr *rest.Error
	assert.NotPanics(t, func() {
		assert.Equal(t, "chaterr/rest: <nil>", nilErr.Error())
		assert.False(t, nilErr.Retryable())
		assert.False(t, nilErr.Timeout())
		assert.False(t, nilErr.Is(rest.ReachLimit))
		assert.Empty(t, nilErr.LogValue().Group())
	})
	assert.False(t, (&rest.Error{Status: 400}).Is(rest.Code("")), "an empty code matches nothing")
	assert.True(t, errors.Is(fmt.Errorf("send: %w", e), rest.ReachLimit))
}

func TestLogValue(t *testing.T) {
	var buf bytes.Buffer
	log := slog.New(slog.NewJSONHandler(&buf, nil))
	log.Error("call failed", "err", &rest.Error{Status: 429, Code: rest.ReachLimit, Description: "slow down"})
	var got struct {
		Err map[string]any `json:"err"`
	}
	require.NoError(t, json.Unmarshal(buf.Bytes(), &got), buf.String())
	assert.Equal(t, map[string]any{"status": 429.0, "code": "reach_limit", "description": "slow down"}, got.Err)
}

// TestConcurrent runs FromResponse from many goroutines at once, for the
// race detector.
func TestConcurrent(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.WriteHeader(429)
		io.WriteString(w, body(rest.ReachLimit, r.URL.Query().Get("n")))
	}))
	defer srv.Close()
	var wg sync.WaitGroup
	for i := range 16 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range 20 {
				n := strconv.Itoa(i*100 + j)
				resp, err := srv.Client().Get(srv.URL + "?n=" + n)
				if !assert.NoError(t, err) {
					return
				}
				var e *rest.Error
				if assert.ErrorAs(t, rest.FromResponse(resp), &e) {
					assert.Equal(t, n, e.Description, "each response keeps its own body")
				}
			}
		}()
	}
	wg.Wait()
}
