package rest

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/seed-a36dd713/chaterr/internal/oneline"
)

// MaxBody is how much of a failed response's body FromResponse reads: 64
// KiB, whatever the body's size. The REST API's error bodies are a few
// hundred bytes; a larger one is a gateway page or a mistake.
const MaxBody = 64 << 10

// errNoResponse is what FromResponse returns for a nil response.
var errNoResponse = errors.New("chaterr/rest: nil *http.Response")

// FromResponse returns nil when resp has a 2xx status, and otherwise an
// [*Error] with the status and what the body says. It never panics and
// always keeps the status, whatever the body: empty, HTML or plain text,
// truncated or invalid JSON, fields of the wrong JSON type, no Content-Type,
// or larger than [MaxBody].
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
		body := readAtMost(resp.Body, (*buf)[:0], MaxBody)
		resp.Body.Close()
		decodeBody(&box.e, &box.w, body)
		*buf = body[:0]
		bufPool.Put(buf)
	}
	return &box.e
}

// bufPool holds the buffers that failed bodies are read into, so that
// turning a response into an *Error allocates only what decoding requires.
var bufPool = sync.Pool{New: func() any { b := make([]byte, 0, 1024); return &b }}

// readAtMost appends up to limit bytes of r to buf. A read error ends the
// body where it stopped: what was read is still decoded.
func readAtMost(r io.Reader, buf []byte, limit int) []byte {
	for len(buf) < limit {
		if len(buf) == cap(buf) {
			buf = append(buf, 0)[:len(buf)] // grow
		}
		n, err := r.Read(buf[len(buf):min(cap(buf), limit)])
		buf = buf[:len(buf)+n]
		if err != nil {
			break
		}
	}
	return buf
}

// wireBody is the JSON body of a failed call.
type wireBody struct {
	Error            string `json:"error"`
	Exception        string `json:"exception"`
	Timestamp        int64  `json:"timestamp"` // milliseconds since the Unix epoch
	Duration         int64  `json:"duration"`  // milliseconds
	ErrorDescription string `json:"error_description"`
}

// maxText bounds the description taken from a body that is not JSON.
const maxText = 512

// decodeBody fills e from body. A JSON object gives its fields, each on its
// own: a field of the wrong type is left out and the others are kept. A
// truncated object gives the fields before the cut. Anything else gives a
// description: the HTML title, or the start of the text.
//
// w is scratch space for the decoding, allocated with e.
func decodeBody(e *Error, w *wireBody, body []byte) {
	trimmed := bytes.TrimSpace(body)
	if len(trimmed) == 0 {
		return
	}
	if trimmed[0] == '{' {
		if err := json.Unmarshal(trimmed, w); err != nil && !isTypeError(err) {
			*w = salvage(trimmed) // truncated or invalid: keep what came before the fault
		}
		e.Code = Code(w.Error)
		e.Exception = w.Exception
		e.Description = w.ErrorDescription
		if w.Timestamp > 0 {
			e.Timestamp = time.UnixMilli(w.Timestamp).UTC()
		}
		if w.Duration >= 0 && w.Duration < int64(1<<62)/int64(time.Millisecond) {
			e.Duration = time.Duration(w.Duration) * time.Millisecond
		}
		return
	}
	e.Description = textDescription(trimmed)
}

// isTypeError reports whether err is json.Unmarshal's report of a field of
// the wrong type, after which the other fields are decoded all the same.
func isTypeError(err error) bool {
	var typeErr *json.UnmarshalTypeError
	return errors.As(err, &typeErr)
}

// salvage reads the top-level string and number fields of a JSON object
// token by token, up to the first syntax error.
func salvage(data []byte) wireBody {
	var w wireBody
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	if t, err := dec.Token(); err != nil || t != json.Delim('{') {
		return w
	}
	for {
		t, err := dec.Token()
		if err != nil {
			return w
		}
		key, ok := t.(string)
		if !ok {
			return w // the closing brace
		}
		v, err := dec.Token()
		if err != nil {
			return w
		}
		if d, ok := v.(json.Delim); ok { // an array or object: skip it whole
			if !skipValue(dec, d) {
				return w
			}
			continue
		}
		s, _ := v.(string)
		var n int64
		if num, ok := v.(json.Number); ok {
			n, _ = num.Int64()
		}
		switch key {
		case "error":
			w.Error = s
		case "exception":
			w.Exception = s
		case "error_description":
			w.ErrorDescription = s
		case "timestamp":
			w.Timestamp = n
		case "duration":
			w.Duration = n
		}
	}
}

// skipValue reads the tokens of the array or object that open began.
func skipValue(dec *json.Decoder, open json.Delim) bool {
	for depth := 1; depth > 0; {
		t, err := dec.Token()
		if err != nil {
			return false
		}
		switch t {
		case json.Delim('{'), json.Delim('['):
			depth++
		case json.Delim('}'), json.Delim(']'):
			depth--
		}
	}
	return true
}

// textDescription describes a body that is not JSON: the text of its HTML
// title when it has one, or else the start of the text, on one line.
func textDescription(body []byte) string {
	s := string(body[:min(len(body), MaxBody)])
	lower := asciiLower(s) // same length as s, so its indexes are s's
	if i := strings.Index(lower, "<title>"); i >= 0 {
		if j := strings.Index(lower[i:], "</title>"); j >= 0 {
			s = s[i+len("<title>") : i+j]
		}
	}
	return oneline.String(strings.Join(strings.Fields(s), " "), maxText)
}

// asciiLower lower-cases the ASCII letters of s and leaves every other byte
// as it is, unlike strings.ToLower, which may change the length of text that
// is not ASCII or not valid UTF-8.
func asciiLower(s string) string {
	b := []byte(s)
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}

// retryAfter parses a Retry-After header: whole seconds, or an HTTP date
// that is turned into a wait from now. A malformed value, or a date in the
// past, is no wait.
func retryAfter(h string, now time.Time) time.Duration {
	if h == "" {
		return 0
	}
	if secs, err := strconv.ParseInt(h, 10, 64); err == nil {
		if secs <= 0 || secs > int64(1<<62)/int64(time.Second) {
			return 0
		}
		return time.Duration(secs) * time.Second
	}
	if t, err := http.ParseTime(h); err == nil && t.After(now) {
		return t.Sub(now)
	}
	return 0
}
