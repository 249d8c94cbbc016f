package rest

import (
	"errors"
	"fmt"
	"net/http"
	"sync"
	"time"

	"github.com/seed-a36dd713/chaterr/internal/readlimit"
)

// MaxBody is how much of a failed response's body FromResponse reads: 64
// KiB, whatever the body's size. The REST API's error bodies are a few
// hundred bytes; a larger one is a gateway page or a mistake.
const MaxBody = 64 << 10

// errNoResponse is what FromResponse returns for a nil response.
var errNoResponse = errors.New("chaterr/rest: nil *http.Response")

// FromResponse returns nil when resp has a 2xx status, and otherwise an
// [*Error] with the status, what the body says and the documented row they
// select. It never panics and always keeps the status, whatever the body:
// empty, HTML or plain text, truncated or invalid JSON, fields of the wrong
// JSON type, a UTF-8 byte-order mark, no Content-Type, or larger than
// [MaxBody].
//
// Who closes the body: for a 2xx response, the caller reads and closes it
// as usual, and FromResponse does not touch it. For any other status,
// FromResponse reads at most MaxBody bytes of the body and closes it, so the
// common call site leaks nothing:
//
//	resp, err := client.Do(req)
//	if err != nil {
//		return err
//	}
//	if err := rest.FromResponse(resp); err != nil {
//		return err // the body is closed
//	}
//	defer resp.Body.Close()
//
// When reading the body fails, because the request's context ended, the
// connection broke or the reader returned nothing 100 times in a row, what
// was read is still decoded and the read error is kept in [Error.Err], where
// errors.Is finds it (context.DeadlineExceeded, context.Canceled,
// io.ErrNoProgress).
//
// It does not read the rest of an oversized body to let the connection be
// reused: a large error body is rare, and reading it could take as long as
// the server likes. A nil resp gives a non-nil error that is not an *Error.
func FromResponse(resp *http.Response) error {
	if resp == nil {
		return errNoResponse
	}
	if resp.StatusCode >= 200 && resp.StatusCode <= 299 {
		return nil
	}
	// One allocation holds the *Error and the struct the body decodes into.
	box := &struct {
		e Error
		w wireBody
	}{e: Error{Status: resp.StatusCode, RetryAfter: retryAfter(resp.Header.Get("Retry-After"), time.Now())}}
	if resp.Body != nil {
		buf := bufPool.Get().(*[]byte)
		body, err := readlimit.AtMost(resp.Body, (*buf)[:0], MaxBody)
		resp.Body.Close()
		decodeBody(&box.e, &box.w, body)
		if err != nil {
			box.e.Err = fmt.Errorf("reading the body: %w", err)
		}
		*buf = body[:0]
		bufPool.Put(buf)
	}
	if r, ok := Lookup(box.e.Status, box.e.Code, box.e.Message); ok {
		box.e.Description = r.Description
	}
	return &box.e
}

// bufPool holds the buffers that failed bodies are read into, so that
// turning a response into an *Error allocates only what decoding requires.
var bufPool = sync.Pool{New: func() any { b := make([]byte, 0, 1024); return &b }}
