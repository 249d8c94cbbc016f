package rest

import (
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strings"
	"sync"
	"time"

	"github.com/seed-a36dd713/chaterr/internal/readlimit"
)

// MaxBody is how much of a failed response's body the package reads and
// holds: 64 KiB, whatever the body's size (and, for a gzip body, whatever
// it inflates to). The REST API's error bodies are a few hundred bytes; a
// larger one is a gateway page or a mistake.
const MaxBody = 64 << 10

// errNoResponse is what FromResponse and Peek return for a nil response.
var errNoResponse = errors.New("chaterr/rest: nil *http.Response")

// FromResponse returns nil when resp has a 2xx status, and otherwise an
// [*Error] with the status, what the body says, the documented row they
// select and the SDK error that the Web SDK reads them as. It never panics
// and always keeps the status, whatever the body: empty, HTML or plain
// text, truncated or invalid JSON, fields of the wrong JSON type, a UTF-8
// byte-order mark, gzip that the transport left compressed, no
// Content-Type, or larger than [MaxBody].
//
// Who closes the body: for a 2xx response, the caller reads and closes it
// as usual, and FromResponse does not touch it. For any other status,
// FromResponse reads at most MaxBody bytes of the body and closes it, so the
// common call site leaks nothing:
//
//	if err := rest.FromResponse(resp); err != nil {
//		return err // the body is closed
//	}
//	defer resp.Body.Close()
//
// To type an answer and still read its body, as a retry policy must, use
// [Peek]; for an answer whose body was read already, [FromParts].
//
// Reading takes no longer than the request's context allows, since
// net/http ends a body's Read when the context of its request is done.
// When reading fails, because that context ended, the connection broke or
// the reader returned nothing 100 times in a row, what was read is still
// decoded and the read error is kept in [Error.Err], where errors.Is finds
// it (context.DeadlineExceeded, context.Canceled, io.ErrNoProgress). It
// does not read the rest of an oversized body to let the connection be
// reused: that could take as long as the server likes.
//
// The Web SDK's rules for groups apply when resp.Request.URL names groups
// (its path has a "chatgroups" segment); without a request, or for any
// other URL, the chat-room rule of the same answer applies (see
// [WebRules]). A nil resp gives a non-nil error that is not an *Error.
func FromResponse(resp *http.Response) error {
	if resp == nil {
		return errNoResponse
	}
	if success(resp.StatusCode) {
		return nil
	}
	b := newBox(resp.StatusCode, resp.Header, namesGroups(resp))
	if resp.Body != nil {
		buf := bufPool.Get().(*[]byte)
		body, err := readlimit.AtMost(resp.Body, (*buf)[:0], MaxBody)
		resp.Body.Close()
		b.fill(body, err, resp.Header, resp.Uncompressed)
		*buf = body[:0]
		bufPool.Put(buf)
	}
	return b.finish()
}

// Peek is [FromResponse] that leaves the body readable: for a status that
// is not 2xx it reads at most [MaxBody] bytes of resp.Body, types them, and
// puts in resp.Body a reader that gives those bytes again and then the rest
// of the original body, however long, so that the caller reads the whole
// body from its first byte, as the server sent it (compressed, if it was).
// The package holds those MaxBody bytes at most, until they are read again
// or the body is closed. The *Error is the one FromResponse returns for the
// same answer, and a 2xx response is left as it is.
//
// Who closes the body: the caller, as for any response (closing the new
// resp.Body closes the original one), or a retry loop that drains it, as
// go-retryablehttp does before it tries again. A read error that cut the
// peek short is returned again once the bytes before it are read, so that
// the caller learns of it too.
func Peek(resp *http.Response) error {
	e := peek(resp)
	if e == nil {
		if resp == nil {
			return errNoResponse
		}
		return nil
	}
	return e
}

// peek is Peek for the package's own callers, which want the *Error: nil
// for a nil or 2xx response.
func peek(resp *http.Response) *Error {
	if resp == nil || success(resp.StatusCode) {
		return nil
	}
	b := newBox(resp.StatusCode, resp.Header, namesGroups(resp))
	if resp.Body != nil {
		buf := bufPool.Get().(*[]byte)
		body, err := readlimit.AtMost(resp.Body, (*buf)[:0], MaxBody)
		b.fill(body, err, resp.Header, resp.Uncompressed)
		*buf = body[:0]
		b.replay = replayBody{pooled: buf, buf: body, rest: resp.Body, err: err}
		resp.Body = &b.replay
	}
	return b.finish()
}

// FromParts types an answer whose body was read already, as the Go IM SDK's
// *sdk.APIError holds it in Response{StatusCode, Header, Body}: it returns
// nil for a 2xx status, and otherwise the *Error that [FromResponse]
// returns for a response with that status, header and body, without a
// request. It reads at most [MaxBody] bytes of body, and a nil header is
// an empty one.
//
// Without a request URL, the Web SDK's chat-room rules apply where the
// group ones would need it (see [WebRules]); FromResponse, given a
// response whose Request names a group URL, applies the group rules.
func FromParts(status int, header http.Header, body []byte) error {
	if success(status) {
		return nil
	}
	b := newBox(status, header, false)
	b.fill(body[:min(len(body), MaxBody)], nil, header, false)
	return b.finish()
}

// success reports whether status is 2xx, which is no error.
func success(status int) bool { return status >= 200 && status <= 299 }

// namesGroups reports whether resp answers a request whose URL names
// groups.
func namesGroups(resp *http.Response) bool {
	return resp.Request != nil && resp.Request.URL != nil && groupPath(resp.Request.URL.Path)
}

// box is one allocation that holds an *Error, the struct its body decodes
// into and, for Peek, the body handed back to the caller.
type box struct {
	e      Error
	w      wireBody
	group  bool
	replay replayBody
}

func newBox(status int, header http.Header, group bool) *box {
	return &box{e: Error{Status: status, RetryAfter: retryAfter(header, time.Now())}, group: group}
}

// fill decodes body and records err, a read error that cut it short. A
// gzip body that the transport did not inflate (the caller asked for gzip
// itself, or the parts come from a client that kept the header) is
// inflated first, to at most MaxBody bytes.
func (b *box) fill(body []byte, err error, header http.Header, uncompressed bool) {
	if !uncompressed && isGzip(header, body) {
		buf := bufPool.Get().(*[]byte)
		plain, ok := gunzip(body, (*buf)[:0])
		if ok {
			decodeBody(&b.e, &b.w, plain)
		} else {
			decodeBody(&b.e, &b.w, body)
		}
		*buf = plain[:0]
		bufPool.Put(buf)
	} else {
		decodeBody(&b.e, &b.w, body)
	}
	if err != nil {
		b.e.Err = fmt.Errorf("reading the body: %w", err)
	}
}

// finish adds what the package makes of the answer: the documented row and
// the Web SDK's reading.
func (b *box) finish() *Error {
	e := &b.e
	if r, ok := Lookup(e.Status, e.Code, e.Message); ok {
		e.Description = r.Description
	}
	e.Web = webCode(&answer{status: e.Status, errorCode: e.ErrorCode, description: b.w.ErrorDescription,
		exception: e.Exception, result: b.w.Result, group: b.group})
	return e
}

// isGzip reports whether the header says the body is gzip and the body
// starts as gzip does.
func isGzip(header http.Header, body []byte) bool {
	return len(body) > 2 && body[0] == 0x1f && body[1] == 0x8b && strings.EqualFold(header.Get("Content-Encoding"), "gzip")
}

// gunzip inflates body into buf, at most MaxBody bytes of it, and reports
// whether the body was gzip; a body cut short gives what came before the
// cut.
func gunzip(body, buf []byte) ([]byte, bool) {
	zr, err := gzip.NewReader(bytes.NewReader(body))
	if err != nil {
		return buf, false
	}
	plain, _ := readlimit.AtMost(zr, buf, MaxBody)
	return plain, true
}

// replayBody is the body that Peek leaves: the bytes it read, then the rest
// of the original body, or the error that ended Peek's read. Its buffer
// goes back to the pool once it is read or the body is closed, and is never
// touched after that. Close may be called while a Read is blocked on the
// original body, to abort it, as with net/http's own bodies: the mutex
// guards the buffer, and is not held while the original body is read.
type replayBody struct {
	mu     sync.Mutex
	pooled *[]byte // the pool's buffer that buf lies in; nil once given back
	buf    []byte  // what is left to give again
	rest   io.ReadCloser
	err    error
}

func (r *replayBody) Read(p []byte) (int, error) {
	r.mu.Lock()
	if len(r.buf) > 0 {
		n := copy(p, r.buf)
		if r.buf = r.buf[n:]; len(r.buf) == 0 {
			r.release()
		}
		r.mu.Unlock()
		return n, nil
	}
	err := r.err
	r.mu.Unlock()
	if err != nil {
		return 0, err
	}
	return r.rest.Read(p)
}

// Close gives the buffer back and closes the original body.
func (r *replayBody) Close() error {
	r.mu.Lock()
	r.release()
	r.mu.Unlock()
	return r.rest.Close()
}

// release gives the buffer back to the pool; r.mu is held.
func (r *replayBody) release() {
	if r.pooled != nil {
		bufPool.Put(r.pooled)
		r.pooled, r.buf = nil, nil
	}
}

// bufPool holds the buffers that failed bodies are read into, so that
// typing a response allocates only what decoding requires.
var bufPool = sync.Pool{New: func() any { b := make([]byte, 0, 1024); return &b }}
