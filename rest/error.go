package rest

import (
	"errors"
	"log/slog"
	"net/http"
	"strconv"
	"time"

	"github.com/seed-a36dd713/chaterr"
	"github.com/seed-a36dd713/chaterr/internal/oneline"
	"github.com/seed-a36dd713/chaterr/web"
)

// Compile-time checks of the interfaces that callers probe for.
var (
	_ error          = Code("")
	_ error          = (*Error)(nil)
	_ slog.LogValuer = (*Error)(nil)
	_ error          = ErrorCode(0)
	_ interface {
		Is(error) bool
		As(any) bool
		Retryable() bool
		Timeout() bool
		RetryDelay() time.Duration
		Label() string
	} = (*Error)(nil)
)

// Error is a failed Agora Chat REST API call: the HTTP status, what the body
// said, and what the package makes of it. [FromResponse] and [Peek] build it
// from an *http.Response, [FromParts] from an answer already read; every
// method is safe on a nil *Error.
//
// It also says which SDK error the answer is, as the Web SDK reads the same
// answer (see [WebRules]): errors.Is(err, chaterr.GroupNotExist) holds for a
// 404 "do not find this group" on a group URL, and chaterr.CodeOf, its
// predicates and chaterr.Loggable find the native code ([Error.Native]).
//
// Its fields are named as those of chaterr.Error: Message is what the other
// side said, Description is the package's meaning.
type Error struct {
	// Status is the HTTP status code, such as 429. It is always set.
	Status int
	// Code is the body's error field, such as "reach_limit", or empty when
	// the body has none (a gateway's HTML page, an empty body).
	Code Code
	// ErrorCode is the body's numeric error_code field, such as 60002, or 0
	// when the body has none. A JSON string of digits counts too; a value
	// that is not a whole number from 1 to 2^31-1 is left out.
	ErrorCode ErrorCode
	// Message is what the server said: the body's error_description. For a
	// JSON body that does not decode cleanly (a field of the wrong type,
	// truncated or invalid JSON) it is an escaped excerpt of the raw body,
	// at most 512 bytes, so that nothing the server sent is lost; for a body
	// that is not JSON, its HTML title or the start of its text.
	Message string
	// Description is the package's meaning of the documented row that
	// Status, Code and Message select (see [Lookup]), or "" when the
	// documentation lists no such pair.
	Description string
	// Web is the Web SDK code that a browser client reports for the same
	// answer, by the first of [WebRules] that matches it
	// (WEBIM_CONNCTION_AJAX_ERROR, 17, when none does). FromResponse, Peek
	// and FromParts always set it; 0 means not set, as in an *Error built
	// by hand, since no rule gives 0.
	Web web.Code
	// Exception is the server's exception class, from the body's exception
	// field.
	Exception string
	// Timestamp is when the server answered, from the body's timestamp (in
	// milliseconds since the Unix epoch), or the zero time.
	Timestamp time.Time
	// Duration is how long the server took, from the body's duration (in
	// milliseconds), or zero.
	Duration time.Duration
	// RetryAfter is how long the server asks the caller to wait, from the
	// first Retry-After header, in whole seconds or as an HTTP date, and
	// clamped to [MaxRetryAfter]. Zero means no hint: the header is missing
	// (as it is on many 429 and 503 answers), malformed, negative,
	// fractional or a date in the past.
	RetryAfter time.Duration
	// RequestID is the ID of the request as the caller's client recorded
	// it, such as the Go IM SDK's APIError.RequestID, logged as request_id;
	// FromResponse, Peek and FromParts leave it empty for the caller to
	// set, since the REST API names no header for it.
	RequestID string
	// Err is why the body could not be read to its end, if it could not:
	// the caller's deadline or cancellation, a broken connection, or
	// io.ErrNoProgress for a reader that returns nothing again and again.
	// What was read before it is still decoded. Is matches it, so
	// errors.Is(err, context.DeadlineExceeded) works; there is no Unwrap,
	// because Err is not why the call failed: the status and the body say
	// that, and a tree walker such as chaterr.Retryable must not take a
	// quota error whose body was cut by a deadline for a timeout.
	Err error
}

// MaxErrorText bounds the text that [Error.Error] returns, in bytes, as
// chaterr.MaxErrorText and web.MaxErrorText bound theirs: the server's
// strings are untrusted and a log line must stay readable.
const MaxErrorText = 4 << 10

// Bounds of the parts of Error's text; with its prefix and separators they
// sum to less than [MaxErrorText].
const (
	maxCodeText    = 256
	maxMessageText = 3 << 10
	maxErrText     = 640
)

// Error returns one line of at most [MaxErrorText] bytes: the status, the error string, the
// server's message and the read error, such as
//
//	chaterr/rest: 429 reach_limit: This request has reached API limit.
//
// With no error string and no message it gives the status text
// (chaterr/rest: 503 Service Unavailable). The Unicode categories Cc and Cf
// (line breaks, escape sequences, bidi overrides, zero-width characters)
// and invalid UTF-8 are escaped, and each part is cut to its bound with
// oneline.Marker, so a body cannot forge log lines, hide text or flood
// them. It allocates the result and whatever Err's Error allocates.
func (e *Error) Error() string {
	if e == nil {
		return "chaterr/rest: <nil>"
	}
	var buf [MaxErrorText]byte
	b := append(buf[:0], "chaterr/rest: "...)
	b = strconv.AppendInt(b, int64(e.Status), 10)
	switch {
	case e.Code != "":
		b = append(b, ' ')
		b = oneline.Append(b, string(e.Code), len(b)+maxCodeText)
	case e.Message == "":
		if text := http.StatusText(e.Status); text != "" {
			b = append(append(b, ' '), text...)
		}
	}
	if e.Message != "" {
		b = append(b, ": "...)
		b = oneline.Append(b, e.Message, len(b)+maxMessageText)
	}
	if e.Err != nil {
		b = append(b, ": "...)
		b = oneline.Append(b, e.Err.Error(), len(b)+maxErrText)
	}
	return string(b)
}

// Is reports whether target is what e means in one of its numberings:
//   - e's Code, byte for byte, so that errors.Is(err, rest.ReachLimit)
//     matches (an empty Code matches nothing), or e's ErrorCode (a zero one
//     matches nothing);
//   - e's native code ([Error.Native]) as a chaterr.Code or a non-nil
//     *chaterr.Error, so that errors.Is(err, chaterr.GroupNotExist) holds
//     for a 404 "do not find this group" on a group URL;
//   - e's Web code as a web.Code or a non-nil *web.Error;
//   - or an error that errors.Is finds in e.Err, so that errors.Is(err,
//     context.DeadlineExceeded) finds the error that cut the body short.
func (e *Error) Is(target error) bool {
	if e == nil {
		return false
	}
	switch t := target.(type) {
	case Code:
		return e.Code != "" && t == e.Code
	case ErrorCode:
		return e.ErrorCode != 0 && t == e.ErrorCode
	case web.Code:
		return e.Web != 0 && t == e.Web
	case *web.Error:
		return e.Web != 0 && t != nil && t.Code == e.Web
	case chaterr.Code, *chaterr.Error:
		n, ok := e.Native()
		return ok && (target == n || n.Is(target))
	}
	return e.Err != nil && errors.Is(e.Err, target)
}

// As sets a *chaterr.Code target to e's native code ([Error.Native]) and a
// *web.Code target to e's Web code, and reports whether it did, so that
// errors.As, chaterr.CodeOf, CodesOf and Loggable find them in any tree
// that holds e.
func (e *Error) As(target any) bool {
	if e == nil {
		return false
	}
	switch p := target.(type) {
	case *chaterr.Code:
		if n, ok := e.Native(); ok && p != nil {
			*p = n
			return true
		}
	case *web.Code:
		if e.Web != 0 && p != nil {
			*p = e.Web
			return true
		}
	}
	return false
}

// Native returns the native SDK code with the meaning of e's Web code (see
// web.Code.Native), and whether there is one. Where the documented row says
// that a retry will not help but the native code says it may, there is
// none, so that chaterr.CodeOf and a switch on it agree with
// [Error.Retryable]: the Web SDK reads a 429 resource_limited, a plan
// quota, as SERVER_BUSY, which native code treats as a load spike. The Web
// code stays as the Web SDK reads it.
func (e *Error) Native() (chaterr.Code, bool) {
	if e == nil || e.Web == 0 {
		return 0, false
	}
	n, ok := e.Web.Native()
	if !ok || ((n.Retryable() || n.Timeout()) && !e.Retryable()) {
		return 0, false
	}
	return n, true
}

// Retryable reports whether the same call may succeed if it is made again
// after a delay (RetryAfter when set). The documented row that [Lookup]
// selects decides: 429 reach_limit, 403 message_send_error with "message
// send reach limit", 400 "too many queries", 409, 408 and 502-504 may pass;
// 500 web_application (a URL that is not valid) and 429 resource_limited (a
// plan quota) will not. For a pair the documentation does not list,
// including an unknown error string, the status decides: 408, 409, 429 and
// 5xx other than 501 are retryable, and nothing else.
func (e *Error) Retryable() bool {
	if e == nil {
		return false
	}
	if r, ok := Lookup(e.Status, e.Code, e.Message); ok {
		return r.Retryable
	}
	return retryableStatus(e.Status)
}

// Label is the metric label of e for chaterr.Label, from a closed set:
// "REST_" and the error string when it is documented, else "REST_HTTP_" and
// the status when a row documents the status, else "REST_HTTP_OTHER". A
// nil *Error is "REST_HTTP_OTHER".
func (e *Error) Label() string {
	if e == nil {
		return "REST_HTTP_OTHER"
	}
	if l, ok := labels[e.Code]; ok { // labels has no entry for ""
		return l
	}
	if l, ok := statusLabels[e.Status]; ok {
		return l
	}
	return "REST_HTTP_OTHER"
}

// RetryDelay returns e.RetryAfter, the wait the server asked for before a
// retry (0 for no hint), so that chaterr.Decide finds it in any tree. A nil
// *Error asks for none.
func (e *Error) RetryDelay() time.Duration {
	if e == nil {
		return 0
	}
	return e.RetryAfter
}

// Timeout reports whether the status is a timeout: 408 (the server gave up
// waiting for the request) or 504 (a gateway gave up waiting for the
// server). A deadline that cut the body short is in Err, not here.
func (e *Error) Timeout() bool {
	return e != nil && (e.Status == http.StatusRequestTimeout || e.Status == http.StatusGatewayTimeout)
}

// LogValue makes an *Error log as a group with the keys status (a number),
// rest_error (the error string: a key of its own, since error is every
// package's key for an error's whole text), error_code (the body's number,
// left out when it has none), message (the server's), description (the
// package's meaning), web_code and web_name (the Web SDK's reading, as a
// Web error logs them; left out when Web is not set), request_id (when
// set), retry_after (a
// duration) and retryable (a bool). The error string and the message are
// escaped and bounded as in Error. A nil *Error logs as an empty group.
func (e *Error) LogValue() slog.Value {
	if e == nil {
		return slog.GroupValue()
	}
	attrs := make([]slog.Attr, 0, 9)
	attrs = append(attrs,
		slog.Int("status", e.Status),
		slog.String("rest_error", oneline.String(string(e.Code), maxCodeText)))
	if e.ErrorCode != 0 {
		attrs = append(attrs, slog.Int("error_code", int(e.ErrorCode)))
	}
	attrs = append(attrs,
		slog.String("message", oneline.String(e.Message, maxMessageText)),
		slog.String("description", e.Description))
	if e.Web != 0 {
		attrs = append(attrs, slog.Int("web_code", int(e.Web)), slog.String("web_name", e.Web.String()))
	}
	if e.RequestID != "" {
		attrs = append(attrs, slog.String("request_id", oneline.String(e.RequestID, maxCodeText)))
	}
	attrs = append(attrs,
		slog.Duration("retry_after", e.RetryAfter),
		slog.Bool("retryable", e.Retryable()))
	return slog.GroupValue(attrs...)
}

// The parts' bounds, the prefix, a status and the separators must fit in
// MaxErrorText; this fails to compile if they do not.
var _ [MaxErrorText - maxCodeText - maxMessageText - maxErrText - 64]struct{}
