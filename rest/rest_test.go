package rest_test

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
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

// oracleRow is one row of testdata/rest-errors.tsv.
type oracleRow struct {
	line   int
	status int
	code   rest.Code
	when   string
	retry  bool
}

func oracleRows(t *testing.T) []oracleRow {
	t.Helper()
	f, err := os.Open(oracle)
	require.NoError(t, err)
	defer f.Close()
	var rows []oracleRow
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		cols := strings.Split(line, "\t")
		require.Len(t, cols, 4, "%s:%d: status, error, when, retry", oracle, n)
		status, err := strconv.Atoi(cols[0])
		require.NoError(t, err, "%s:%d", oracle, n)
		code := rest.Code(cols[1])
		if code == "(none)" {
			code = ""
		}
		require.Contains(t, []string{"no", "yes", "after"}, cols[3], "%s:%d: retry", oracle, n)
		rows = append(rows, oracleRow{n, status, code, cols[2], cols[3] != "no"})
	}
	require.NoError(t, sc.Err())
	require.NotEmpty(t, rows, oracle)
	return rows
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

// body is a REST error body as the API sends it; an empty code leaves the
// error field out.
func body(code rest.Code, desc string) string {
	m := map[string]any{
		"exception": "com.easemob.Exception", "timestamp": 1700000000123,
		"duration": 7, "error_description": desc,
	}
	if code != "" {
		m["error"] = code
	}
	b, _ := json.Marshal(m)
	return string(b)
}

// mixedCase alternates the case of the ASCII letters of s: "Too MaNy".
func mixedCase(s string) string {
	b := []byte(s)
	for i, c := range b {
		if i%2 == 0 && 'a' <= c && c <= 'z' {
			b[i] = c - 'a' + 'A'
		}
	}
	return string(b)
}

// TestEveryDocumentedRow sends every row of the oracle from a real server,
// its when phrase inside a longer description in another letter case, and
// checks the row that FromResponse chooses.
func TestEveryDocumentedRow(t *testing.T) {
	rows := oracleRows(t)
	meaning := map[[3]string]string{}
	for _, r := range rest.Rows() {
		meaning[[3]string{strconv.Itoa(r.Status), string(r.Code), r.When}] = r.Description
	}
	for _, o := range rows {
		t.Run(fmt.Sprintf("%d_%s_%s", o.status, o.code, o.when), func(t *testing.T) {
			want, ok := meaning[[3]string{strconv.Itoa(o.status), string(o.code), o.when}]
			require.True(t, ok, "%s:%d: no such row in rest.Rows(); edit rest/table.go", oracle, o.line)
			require.NotEmpty(t, want, "%s:%d has a meaning in rest/table.go", oracle, o.line)
			desc := "Request 42 failed, detail follows"
			if o.when != "" {
				desc = "Request 42 failed: " + mixedCase(o.when) + " (detail follows)."
			}
			header := map[string]string{"Content-Type": "application/json", "Retry-After": "3"}
			err := rest.FromResponse(serve(t, response{status: o.status, header: header, body: body(o.code, desc)}))
			var e *rest.Error
			require.ErrorAs(t, err, &e)
			assert.Equal(t, o.status, e.Status)
			assert.Equal(t, o.code, e.Code)
			assert.Equal(t, desc, e.Message, "Message is the server's error_description")
			assert.Equal(t, want, e.Description, "%s:%d: the meaning of the chosen row; see rest/table.go", oracle, o.line)
			assert.Equal(t, o.retry, e.Retryable(), "%s:%d: Retryable; see rest/table.go", oracle, o.line)
			assert.Equal(t, 3*time.Second, e.RetryAfter)
			assert.Equal(t, "com.easemob.Exception", e.Exception)
			assert.Equal(t, time.UnixMilli(1700000000123).UTC(), e.Timestamp)
			assert.Equal(t, 7*time.Millisecond, e.Duration)
			assert.NoError(t, e.Err)
			assert.Equal(t, o.status == 408 || o.status == 504, e.Timeout())
			if o.code != "" {
				assert.ErrorIs(t, err, o.code)
			}
			row, ok := rest.Lookup(o.status, o.code, desc)
			assert.True(t, ok)
			assert.Equal(t, o.when, row.When)
		})
	}
	// The package's table is the oracle's, row for row, in its order.
	var want, got []string
	for _, o := range rows {
		want = append(want, fmt.Sprintf("%d\t%s\t%s\t%v", o.status, o.code, o.when, o.retry))
	}
	for _, r := range rest.Rows() {
		got = append(got, fmt.Sprintf("%d\t%s\t%s\t%v", r.Status, r.Code, r.When, r.Retryable))
	}
	assert.Equal(t, want, got, "rest.Rows() against %s; edit rest/table.go", oracle)
}

// TestCorrectedRows pins the rows whose status, description or retry answer
// the package once had wrong, so that none of them slides back.
func TestCorrectedRows(t *testing.T) {
	for _, tc := range []struct {
		status int
		code   rest.Code
		desc   string
		retry  bool
	}{
		{500, rest.WebApplication, "Request URL is invalid", false},
		{403, rest.MessageSendError, "Message Send Reach Limit, try later", true},
		{403, rest.MessageSendError, "message is forbidden", false},
		{400, "", "too many queries", true},
		{400, "", "you can't sub yourself", false},
		{409, rest.MetadataError, "concurrent update", true},
		{400, rest.MetadataError, "key too long", false},
		{403, rest.GroupNameViolation, "", false},
		{403, rest.GroupAnnounceViolation, "", false},
		{413, rest.FileExceedingMaximumLimit, "", false},
	} {
		row, ok := rest.Lookup(tc.status, tc.code, tc.desc)
		require.True(t, ok, "%d %q is documented; see rest/table.go", tc.status, tc.code)
		assert.Equal(t, tc.retry, row.Retryable, "%d %q %q", tc.status, tc.code, tc.desc)
		e := &rest.Error{Status: tc.status, Code: tc.code, Message: tc.desc}
		assert.Equal(t, tc.retry, e.Retryable(), "%d %q %q", tc.status, tc.code, tc.desc)
	}
	_, ok := rest.Lookup(400, rest.GroupNameViolation, "")
	assert.False(t, ok, "group_name_violation is a 403, not a 400")
}

func TestLookup(t *testing.T) {
	for _, r := range rest.Rows() {
		assert.Equal(t, strings.ToLower(r.When), r.When, "When phrases are lower case (rest/table.go)")
		for _, c := range []byte(r.When) {
			assert.Less(t, c, byte(0x80), "When phrases are ASCII: %q", r.When)
		}
	}
	// A pair with when rows and a fallback: a phrase chooses its row, none
	// chooses the fallback.
	r, ok := rest.Lookup(403, rest.MessageSendError, "x MESSAGE send reach LIMIT x")
	require.True(t, ok)
	assert.Equal(t, "message send reach limit", r.When)
	r, ok = rest.Lookup(403, rest.MessageSendError, "message send reach")
	require.True(t, ok)
	assert.Empty(t, r.When, "a partial phrase is not the phrase")
	r, ok = rest.Lookup(400, "", "")
	require.True(t, ok)
	assert.Empty(t, r.When)
	// Undocumented pairs.
	for _, k := range []struct {
		status int
		code   rest.Code
	}{{429, "REACH_LIMIT"}, {400, rest.ReachLimit}, {418, ""}, {0, ""}, {-1, "x"}} {
		_, ok := rest.Lookup(k.status, k.code, "too many queries")
		assert.False(t, ok, "%d %q", k.status, k.code)
	}
	for _, tc := range []struct {
		s, phrase string
		want      bool
	}{
		{"", "", true}, {"abc", "", true}, {"", "a", false}, {"ab", "abc", false}, {"xxABC", "abc", true},
		{"aab", "ab", true}, {"a\xffb", "ab", false}, {"ÉTOO MANY", "too many", true}, {"too man", "too many", false},
	} {
		assert.Equal(t, tc.want, rest.ContainsFold(tc.s, tc.phrase), "containsFold(%q, %q)", tc.s, tc.phrase)
	}
}

func TestCodes(t *testing.T) {
	rowsOf := map[rest.Code]int{}
	var order []rest.Code
	for _, o := range oracleRows(t) {
		if o.code != "" {
			if rowsOf[o.code] == 0 {
				order = append(order, o.code)
			}
			rowsOf[o.code]++
		}
	}
	assert.Equal(t, order, rest.Codes(), "one constant per documented string, in %s's order (rest/codes.go)", oracle)
	folded := map[string]rest.Code{}
	for _, c := range rest.Codes() {
		assert.True(t, c.Known(), "%q", c)
		assert.NotEmpty(t, c.Description(), "%q has a description (rest/table.go)", c)
		assert.True(t, strings.HasSuffix(c.Description(), "."), "%q: one sentence", c)
		assert.Equal(t, string(c), c.Error())
		if rowsOf[c] == 1 {
			r, ok := rest.Lookup(statusOf(t, c), c, "")
			require.True(t, ok)
			assert.Equal(t, r.Description, c.Description(), "%q has one row: one text", c)
		}
		f := strings.ToLower(string(c))
		assert.NotContains(t, folded, f, "%q and %q differ only in case: the command's look-up would be ambiguous", c, folded[f])
		folded[f] = c
	}
	for _, c := range []rest.Code{"REACH_LIMIT", "Reach_Limit", "brand_new", "", "bad_request", "forbidden"} {
		assert.False(t, c.Known(), "%q: matching is by the exact string", c)
		assert.Empty(t, c.Description())
	}
}

// statusOf is the status of the first row of c.
func statusOf(t *testing.T, c rest.Code) int {
	for _, r := range rest.Rows() {
		if r.Code == c {
			return r.Status
		}
	}
	t.Fatalf("%q has no row", c)
	return 0
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
		{429, "REACH_LIMIT", true}, {500, "WEB_APPLICATION", true},
	} {
		b := `{"error":"` + string(tc.code) + `"}`
		err := rest.FromResponse(serve(t, response{status: tc.status, body: b}))
		var e *rest.Error
		require.ErrorAs(t, err, &e)
		assert.Equal(t, tc.code, e.Code, "an unknown string is kept")
		assert.Equal(t, tc.retry, e.Retryable(), "%d %q: decided by the status", tc.status, tc.code)
		assert.NotErrorIs(t, err, rest.ReachLimit)
		if r, ok := rest.Lookup(tc.status, tc.code, ""); ok {
			assert.Equal(t, r.Description, e.Description, "%d %q", tc.status, tc.code)
		} else {
			assert.Empty(t, e.Description, "%d %q is not documented", tc.status, tc.code)
		}
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
		assert.NoError(t, e.Err, "a body cut at MaxBody is not a read error")
		assert.LessOrEqual(t, len(e.Error()), 4<<10, "bounded")
	}
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
					assert.Equal(t, n, e.Message, "each response keeps its own body")
				}
			}
		}()
	}
	wg.Wait()
}
