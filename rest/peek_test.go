package rest_test

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/seed-a36dd713/chaterr/rest"
)

// TestPeekLeavesBodyReadable: after Peek the caller reads the whole body
// from its first byte, whatever its size; Peek reads at most MaxBody of it,
// and types the answer as FromResponse does.
func TestPeekLeavesBodyReadable(t *testing.T) {
	for _, size := range []int{0, 10, rest.MaxBody - 1, rest.MaxBody, rest.MaxBody + 1, 8 << 20} {
		want := bytes.Repeat([]byte("x"), size)
		resp := serve(t, response{status: 500, bodyLen: size})
		cb := &countingBody{ReadCloser: resp.Body}
		resp.Body = cb
		err := rest.Peek(resp)
		var e *rest.Error
		require.ErrorAs(t, err, &e, "size %d", size)
		assert.Equal(t, 500, e.Status)
		assert.Equal(t, min(size, rest.MaxBody), cb.n, "Peek reads at most MaxBody of a %d-byte body", size)
		assert.False(t, cb.closed, "Peek leaves the body open for the caller")
		got, rerr := io.ReadAll(resp.Body)
		require.NoError(t, rerr)
		assert.True(t, bytes.Equal(want, got), "the caller reads all %d bytes from the first, got %d", size, len(got))
		assert.NoError(t, resp.Body.Close())
		assert.True(t, cb.closed, "closing the body Peek left closes the original")
	}
}

// TestPeekIsFromResponse: Peek, FromResponse and FromParts give the same
// *Error for every documented row's body.
func TestPeekIsFromResponse(t *testing.T) {
	for _, r := range oracleRows(t) {
		b := body(r.code, r.when)
		h := map[string]string{"Retry-After": "7", "Content-Type": "application/json"}
		consumed := rest.FromResponse(serve(t, response{status: r.status, header: h, body: b}))
		resp := serve(t, response{status: r.status, header: h, body: b})
		peeked := rest.Peek(resp)
		assert.Equal(t, consumed, peeked, "%d %s %q", r.status, r.code, r.when)
		again, err := io.ReadAll(resp.Body)
		require.NoError(t, err)
		assert.Equal(t, b, string(again))
		resp.Body.Close()
		parts := rest.FromParts(r.status, http.Header{"Retry-After": {"7"}, "Content-Type": {"application/json"}}, []byte(b))
		assert.Equal(t, consumed, parts, "FromParts %d %s %q", r.status, r.code, r.when)
	}
	assert.Error(t, rest.Peek(nil), "a nil response is an error, not a panic")
	assert.NoError(t, rest.FromParts(204, nil, nil), "2xx is no error")
	assert.NoError(t, rest.Peek(&http.Response{StatusCode: 200, Body: http.NoBody}))
	var e *rest.Error
	require.ErrorAs(t, rest.FromParts(503, nil, nil), &e, "nil header and body")
	assert.Equal(t, 503, e.Status)
}

// TestPeekReadError: a read error that cut the peek short is returned to
// the caller again, after the bytes before it.
func TestPeekReadError(t *testing.T) {
	broken := errors.New("connection reset")
	resp := &http.Response{StatusCode: 429, Header: http.Header{}, Body: &partReader{data: `{"error":"reach_limit"`, err: broken}}
	var e *rest.Error
	require.ErrorAs(t, rest.Peek(resp), &e)
	assert.Equal(t, rest.ReachLimit, e.Code, "what came before the fault is decoded")
	assert.ErrorIs(t, e, broken)
	got, err := io.ReadAll(resp.Body)
	assert.Equal(t, `{"error":"reach_limit"`, string(got))
	assert.ErrorIs(t, err, broken, "the caller learns of the read error too")
}

// TestGzipBody: a body the transport left compressed (the caller asked for
// gzip itself) is inflated to be typed, at most MaxBody of it, and Peek
// gives the caller the compressed bytes as they came; a body that the
// transport inflated is typed as plain text.
func TestGzipBody(t *testing.T) {
	var zipped bytes.Buffer
	zw := gzip.NewWriter(&zipped)
	io.WriteString(zw, `{"error":"reach_limit","error_description":"slow down"}`)
	zw.Close()
	var bomb bytes.Buffer // 100 MB of zeros in about 100 KB
	zw = gzip.NewWriter(&bomb)
	io.WriteString(zw, `{"error":"reach_limit","error_description":"`)
	zeros := make([]byte, 1<<20)
	for range 100 {
		zw.Write(zeros)
	}
	zw.Close()
	for name, data := range map[string][]byte{"small": zipped.Bytes(), "bomb": bomb.Bytes()} {
		srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
			w.Header().Set("Content-Encoding", "gzip")
			w.WriteHeader(429)
			w.Write(data)
		}))
		defer srv.Close()
		for _, ask := range []bool{true, false} {
			req, _ := http.NewRequest(http.MethodGet, srv.URL, nil)
			if ask {
				req.Header.Set("Accept-Encoding", "gzip") // the transport leaves the body compressed
			}
			resp, err := srv.Client().Do(req)
			require.NoError(t, err)
			var e *rest.Error
			require.ErrorAs(t, rest.Peek(resp), &e, name)
			assert.Equal(t, rest.ReachLimit, e.Code, "%s, caller asked for gzip: %v", name, ask)
			assert.LessOrEqual(t, len(e.Message), 4<<10, "%s: the message is bounded", name)
			if ask && name == "small" {
				got, _ := io.ReadAll(resp.Body)
				assert.Equal(t, zipped.Bytes(), got, "Peek gives back the bytes as they came")
			}
			resp.Body.Close()
		}
	}
}

// TestChunkedBody: a body sent in chunks, without a length, is read as one.
func TestChunkedBody(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		w.WriteHeader(403)
		for _, part := range []string{`{"error":"message_send_error",`, `"error_description":"Message send `, `reach limit"}`} {
			io.WriteString(w, part)
			w.(http.Flusher).Flush()
		}
	}))
	defer srv.Close()
	resp, err := srv.Client().Get(srv.URL)
	require.NoError(t, err)
	assert.Equal(t, []string{"chunked"}, resp.TransferEncoding)
	var e *rest.Error
	require.ErrorAs(t, rest.Peek(resp), &e)
	assert.Equal(t, rest.MessageSendError, e.Code)
	assert.True(t, e.Retryable(), "the when phrase spans two chunks")
	got, _ := io.ReadAll(resp.Body)
	assert.Equal(t, `{"error":"message_send_error","error_description":"Message send reach limit"}`, string(got))
	resp.Body.Close()
}

// TestEndlessBodyEndsWithContext: a server that sends a body slowly and
// never ends it holds Peek and CheckRetry no longer than the request's
// context; an endless fast body is cut at MaxBody.
func TestEndlessBodyEndsWithContext(t *testing.T) {
	stop := make(chan struct{})
	var once sync.Once
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.WriteHeader(503)
		for {
			select {
			case <-stop:
				return
			case <-r.Context().Done():
				return
			default:
			}
			if r.URL.Path == "/slow" {
				io.WriteString(w, " ")
				w.(http.Flusher).Flush()
				time.Sleep(10 * time.Millisecond)
			} else if _, err := w.Write(bytes.Repeat([]byte("y"), 4096)); err != nil {
				return
			}
		}
	}))
	defer srv.Close()
	defer once.Do(func() { close(stop) })

	ctx, cancel := context.WithTimeout(context.Background(), 300*time.Millisecond)
	defer cancel()
	req, _ := http.NewRequestWithContext(ctx, http.MethodGet, srv.URL+"/slow", nil)
	resp, err := srv.Client().Do(req)
	require.NoError(t, err)
	retry, cerr := rest.CheckRetry(ctx, resp, nil)
	assert.False(t, retry, "the context ended: no retry")
	assert.ErrorIs(t, cerr, context.DeadlineExceeded)
	resp.Body.Close()

	resp, err = srv.Client().Get(srv.URL + "/fast")
	require.NoError(t, err)
	var e *rest.Error
	require.ErrorAs(t, rest.Peek(resp), &e)
	assert.Equal(t, 503, e.Status)
	assert.True(t, strings.HasPrefix(e.Message, "yyyy"))
	resp.Body.Close()
}

// TestPeekCloseDuringRead: closing the body Peek left from another
// goroutine while it is read, as a watchdog does to abort a slow body, is
// safe: the race detector sees no race, and the buffer goes back to the
// pool once, so that later Peeks do not share it.
func TestPeekCloseDuringRead(t *testing.T) {
	for range 50 {
		resp := &http.Response{StatusCode: 500, Header: http.Header{}, Body: io.NopCloser(strings.NewReader(strings.Repeat("x", 4000)))}
		_ = rest.Peek(resp)
		done := make(chan struct{})
		go func() { defer close(done); resp.Body.Close() }()
		p := make([]byte, 100)
		for {
			if _, err := resp.Body.Read(p); err != nil {
				break
			}
		}
		<-done
	}
	var wg sync.WaitGroup // two Peeks at once keep their own bytes
	for i := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			want := strings.Repeat(string(rune('a'+i)), 3000)
			for range 50 {
				resp := &http.Response{StatusCode: 500, Header: http.Header{}, Body: io.NopCloser(strings.NewReader(want))}
				_ = rest.Peek(resp)
				got, _ := io.ReadAll(resp.Body)
				resp.Body.Close()
				if !assert.Equal(t, want, string(got)) {
					return
				}
			}
		}()
	}
	wg.Wait()
}
