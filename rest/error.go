package rest

import (
	"log/slog"
	"net/http"
	"strconv"
	"time"

	"github.com/seed-a36dd713/chaterr/internal/oneline"
)

// Compile-time checks of the interfaces that callers probe for.
var (
	_ error          = Code("")
	_ error          = (*Error)(nil)
	_ slog.LogValuer = (*Error)(nil)
)

// Error is a failed Agora Chat REST API call: the HTTP status and what the
// body said about it. [FromResponse] builds it from an *http.Response; every
// method is safe on a nil *Error.
type Error struct {
	// Status is the HTTP status code, such as 429. It is always set.
	Status int
	// Code is the body's error field, such as "reach_limit", or empty when
	// the body has none (a gateway's HTML page, an empty body).
	Code Code
	// Description is the body's error_description; for a body that is not
	// JSON, its HTML title or the start of its text.
	Description string
	// Exception is the server's exception class, from the body's exception
	// field.
	Exception string
	// Timestamp is when the server answered, from the body's timestamp (in
	// milliseconds since the Unix epoch), or the zero time.
	Timestamp time.Time
	// Duration is how long the server took, from the body's duration (in
	// milliseconds), or zero.
	Duration time.Duration
	// RetryAfter is how long the server asks the caller to wait, from a
	// Retry-After header given in seconds or as an HTTP date; zero when the
	// header is missing, malformed or in the past.
	RetryAfter time.Duration
}

// maxDescription bounds how much of the description Error prints.
const maxDescription = 256

// Error returns one line: the status, the error string and the
// description, such as
//
//	chaterr/rest: 429 reach_limit: This request has reached API limit.
//
// With no error string and no description it gives the status text
// (chaterr/rest: 503 Service Unavailable). Control characters are escaped and
// the description is cut to 256 bytes, so a body cannot forge log lines or
// flood them.
func (e *Error) Error() string {
	if e == nil {
		return "chaterr/rest: <nil>"
	}
	s := "chaterr/rest: " + strconv.Itoa(e.Status)
	switch {
	case e.Code != "":
		s += " " + oneline.String(string(e.Code), maxDescription)
	case e.Description == "":
		if text := http.StatusText(e.Status); text != "" {
			s += " " + text
		}
	}
	if e.Description != "" {
		s += ": " + oneline.String(e.Description, maxDescription)
	}
	return s
}

// Is reports whether target is e's Code, so that errors.Is(err,
// rest.ReachLimit) matches. An empty Code matches nothing.
func (e *Error) Is(target error) bool {
	c, ok := target.(Code)
	return ok && e != nil && e.Code != "" && c == e.Code
}

// Retryable reports whether the same call may succeed if it is made again
// after a delay (RetryAfter when set): the documented pairs say so for 408,
// 409 concurrent_operation_error, 429 reach_limit, 500 web_application and
// 502-504, and not for 429 resource_limited, a quota that waiting does not
// lift. For a pair the documentation does not list, including an unknown
// error string or none, the status decides: 408, 409, 429 and 5xx other than
// 501 are retryable, and nothing else.
func (e *Error) Retryable() bool {
	if e == nil {
		return false
	}
	if r, ok := rows[pairKey{e.Status, e.Code}]; ok {
		return r.Retryable
	}
	return retryableStatus(e.Status)
}

// Timeout reports whether the status is a timeout: 408 (the server gave up
// waiting for the request) or 504 (a gateway gave up waiting for the
// server).
func (e *Error) Timeout() bool {
	return e != nil && (e.Status == http.StatusRequestTimeout || e.Status == http.StatusGatewayTimeout)
}

// LogValue makes an *Error log as a group with the keys status (a number),
// code and description; a nil *Error logs as an empty group.
func (e *Error) LogValue() slog.Value {
	if e == nil {
		return slog.GroupValue()
	}
	return slog.GroupValue(
		slog.Int("status", e.Status),
		slog.String("code", string(e.Code)),
		slog.String("description", e.Description),
	)
}
