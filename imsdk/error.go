package imsdk

import (
	"log/slog"
	"reflect"
	"slices"
	"strings"
	"time"

	"github.com/seed-a36dd713/chaterr"
	"github.com/seed-a36dd713/chaterr/internal/ascii"
	"github.com/seed-a36dd713/chaterr/internal/errtree"
	"github.com/seed-a36dd713/chaterr/internal/oneline"
	"github.com/seed-a36dd713/chaterr/rest"
)

// Compile-time checks of the interfaces that chaterr probes for.
var (
	_ error          = (*Error)(nil)
	_ slog.LogValuer = (*Error)(nil)
	_ interface {
		Native() (chaterr.Code, bool)
		As(any) bool
		Is(error) bool
		Unwrap() []error
		Retryable() bool
		Timeout() bool
		LoginRequired() bool
		AlreadyDone() bool
		RetryDelay() time.Duration
		Label() string
	} = (*Error)(nil)
)

// MaxErrorText bounds the text that [Error.Error] returns, in bytes, as
// chaterr.MaxErrorText bounds chaterr's.
const MaxErrorText = 4 << 10

// Error is an error of the Go IM SDK as chaterr understands it: what [Wrap]
// found in the SDK's *sdk.SDKError or *sdk.APIError, with the native code
// of the same meaning, and the SDK's error tree itself, which Unwrap
// returns, so that errors.As(err, &sdkErr) still finds the SDK's value.
// Every method is safe on a nil *Error.
type Error struct {
	// Code is the SDK's own code, such as "TOKEN_EXPIRED"; for an APIError,
	// "" (its REST answer is in REST).
	Code string
	// Operation is what the SDK was doing, such as "send ack".
	Operation string
	// Reason is the SDK's or the server's words on why, as the SDK gave
	// them; Error escapes them.
	Reason string
	// StatusCode is the raw msync protocol status, 0 when the SDK set none.
	// It is not a native code: msync 7 is a permission refusal, native 7
	// another thing.
	StatusCode int
	// HTTPStatus is the HTTP status of a WebSocket upgrade or server-list
	// request that failed, or 0.
	HTTPStatus int
	// REST is the typed REST answer of an APIError: the *rest.Error that
	// rest.FromResponse gives for its status, header and body, with the
	// SDK's RequestID; nil for an SDKError.
	REST *rest.Error

	row *row // the row that Code, Operation, Reason and StatusCode select; nil for none
	err error
}

// Wrap returns err as chaterr understands it: when err's tree holds a Go IM
// SDK error, an *sdk.SDKError or *sdk.APIError, an [*Error] made from the
// first one, in the order errors.As visits the tree, whose Unwrap returns
// err; otherwise err itself, and nil for nil. It never panics: the SDK's
// types are recognised by their import path and name and read through
// their exported fields only, and a field that is missing or of another
// type gives no code. An err that is already an *Error is returned as it
// is.
//
// Each node of a type that the package has not seen costs one reflection
// look-up, cached per type; a tree without SDK errors is returned as it
// was, and allocates nothing once its types are cached.
func Wrap(err error) error {
	if err == nil {
		return nil
	}
	if _, ok := err.(*Error); ok {
		return err
	}
	var found *Error
	nodes := 0
	errtree.Walk(err, func(node error) bool {
		if nodes++; nodes > maxNodes {
			return false
		}
		found = recognize(node)
		return found == nil
	})
	if found == nil {
		return err
	}
	found.err = err
	return found
}

// maxNodes bounds Wrap's walk, so that a tree whose Unwrap methods form a
// cycle still returns.
const maxNodes = 1 << 16

// recognize returns the *Error that node is, or nil when it is no SDK
// error.
func recognize(node error) *Error {
	switch node.(type) {
	case *chaterr.Error, chaterr.Code, *rest.Error: // the common nodes that are surely not the SDK's
		return nil
	}
	s := shapeOf(reflect.TypeOf(node))
	if s.kind == other {
		return nil
	}
	f, ok := read(node, s)
	if !ok {
		return nil
	}
	if s.kind == apiError {
		r, _ := rest.FromParts(f.status, f.header, f.body).(*rest.Error)
		if r == nil { // a 2xx status: nothing failed by the REST answer
			return nil
		}
		r.RequestID = f.requestID
		return &Error{REST: r}
	}
	e := &Error{Code: f.code, Operation: f.operation, Reason: f.reason, StatusCode: int(f.statusCode), HTTPStatus: int(f.httpStatus)}
	e.row = selectRow(e.Code, e.Operation, e.Reason, int32(e.StatusCode))
	return e
}

// selectRow returns the first row of code whose condition holds, or nil.
func selectRow(code, op, reason string, status int32) *row {
	for i := range rows {
		r := &rows[i]
		if r.code == code && r.when.holds(op, reason, status) {
			return r
		}
	}
	return nil
}

func (w *when) holds(op, reason string, status int32) bool {
	if len(w.ops) > 0 && !slices.Contains(w.ops, op) {
		return false
	}
	if len(w.statuses) > 0 && !slices.Contains(w.statuses, status) {
		return false
	}
	if len(w.reasons) == 0 {
		return true
	}
	for _, p := range w.reasons {
		if ascii.ContainsFold(reason, p) { // the Kelvin sign is no k
			return true
		}
	}
	return false
}

// Error returns the SDK's own text of the error, on one line of at most
// [MaxErrorText] bytes, with control and format characters escaped, since
// its Reason is the server's words. A nil *Error gives "imsdk: <nil>".
func (e *Error) Error() string {
	if e == nil {
		return "imsdk: <nil>"
	}
	if e.err == nil {
		if e.REST != nil {
			return e.REST.Error()
		}
		return oneline.String(strings.Join(nonEmpty(e.Operation, e.Code, e.Reason), ": "), MaxErrorText)
	}
	return oneline.String(e.err.Error(), MaxErrorText)
}

func nonEmpty(parts ...string) []string {
	out := parts[:0]
	for _, p := range parts {
		if p != "" {
			out = append(out, p)
		}
	}
	return out
}

// Unwrap returns the REST answer, when there is one, and the SDK's error
// tree that Wrap was given, so that errors.As finds the SDK's own value.
func (e *Error) Unwrap() []error {
	switch {
	case e == nil:
		return nil
	case e.REST != nil && e.err != nil:
		return []error{e.REST, e.err}
	case e.REST != nil:
		return []error{e.REST}
	case e.err != nil:
		return []error{e.err}
	}
	return nil
}

// Native returns the native SDK code with the meaning of e, and whether
// there is one: the code of its row, or that of its REST answer. It is
// what chaterr.CodeOf and the other walks ask.
func (e *Error) Native() (chaterr.Code, bool) {
	switch {
	case e == nil:
		return 0, false
	case e.REST != nil:
		return e.REST.Native()
	case e.row != nil && e.row.ok:
		return e.row.native, true
	}
	return 0, false
}

// As sets a *chaterr.Code target to e's native code and reports whether it
// did.
func (e *Error) As(target any) bool {
	if p, ok := target.(*chaterr.Code); ok && p != nil {
		if c, ok := e.Native(); ok {
			*p = c
			return true
		}
	}
	return false
}

// Is reports whether target is e's native code, as a chaterr.Code or a
// non-nil *chaterr.Error: errors.Is(err, chaterr.TokenExpired) holds for
// the SDK's TOKEN_EXPIRED. The SDK's raw msync status never matches.
func (e *Error) Is(target error) bool {
	c, ok := e.Native()
	return ok && (target == c || c.Is(target))
}

// Documented reports whether e's Code is one of the SDK's documented codes.
func (e *Error) Documented() bool { return e != nil && slices.Contains(codes, e.Code) }

// Description says what e means, from its row or its REST answer, or ""
// when neither says.
func (e *Error) Description() string {
	switch {
	case e == nil:
		return ""
	case e.REST != nil:
		return e.REST.Description
	case e.row != nil:
		return e.row.meaning
	}
	return ""
}

// Hint says what to do about e: its row's own hint, or its native code's.
func (e *Error) Hint() string {
	if e == nil || e.row == nil {
		if c, ok := e.Native(); ok {
			return c.Hint()
		}
		return ""
	}
	if e.row.hint != "" {
		return e.row.hint
	}
	return e.row.native.Hint()
}

// flag answers a classification question: from the REST answer, from the
// native code, or from the row's own flag.
func (e *Error) flag(native func(chaterr.Code) bool, own bool) bool {
	if c, ok := e.Native(); ok && native(c) {
		return true
	}
	return own
}

// Retryable reports whether the same call may succeed later: the REST
// answer's or the native code's answer, or the row's own for a code
// without one (WRITE_BACKPRESSURE, HANDLER_BACKLOG, CALLBACK_BACKLOG and
// SEND_OUTCOME_UNKNOWN are retryable).
func (e *Error) Retryable() bool {
	switch {
	case e == nil:
		return false
	case e.REST != nil:
		return e.REST.Retryable()
	case e.row == nil:
		return false
	}
	return e.flag(func(c chaterr.Code) bool { return c.Retryable() || c.Timeout() }, e.row.retryable)
}

// Timeout reports whether waiting ran out of time (TIMEOUT,
// SEND_OUTCOME_UNKNOWN).
func (e *Error) Timeout() bool {
	switch {
	case e == nil:
		return false
	case e.REST != nil:
		return e.REST.Timeout()
	case e.row == nil:
		return false
	}
	return e.flag(chaterr.Code.Timeout, e.row.timeout)
}

// LoginRequired reports whether a new login can fix e, by its native code
// (TOKEN_EXPIRED, a kick, a removed account ...).
func (e *Error) LoginRequired() bool {
	c, ok := e.Native()
	return ok && c.LoginRequired()
}

// AlreadyDone reports whether what the call asked for already holds, by
// its native code.
func (e *Error) AlreadyDone() bool {
	c, ok := e.Native()
	return ok && c.AlreadyDone()
}

// RetryDelay is the wait that a REST answer's Retry-After asks for, or 0.
func (e *Error) RetryDelay() time.Duration {
	if e == nil || e.REST == nil {
		return 0
	}
	return e.REST.RetryAfter
}

// Label is the metric label of e for chaterr.Label when e has no native
// code, from a closed set: "GO_SDK_" and the SDK's code when it is
// documented, else "GO_SDK_UNDOCUMENTED"; a REST answer's label.
func (e *Error) Label() string {
	switch {
	case e == nil:
		return "GO_SDK_UNDOCUMENTED"
	case e.REST != nil:
		return e.REST.Label()
	case e.Documented():
		return "GO_SDK_" + e.Code
	}
	return "GO_SDK_UNDOCUMENTED"
}

// LogValue makes an *Error log as a group with the keys sdk_code (the
// SDK's code), operation, msync_status (the raw protocol status, when set:
// never under code, which is the native numbering's key) and http_status
// (when set); for a REST answer, the *rest.Error's group. chaterr.Loggable
// adds the native code and name, and the text under error.
func (e *Error) LogValue() slog.Value {
	switch {
	case e == nil:
		return slog.GroupValue()
	case e.REST != nil:
		return e.REST.LogValue()
	}
	attrs := []slog.Attr{
		slog.String("sdk_code", oneline.String(e.Code, 128)),
		slog.String("operation", oneline.String(e.Operation, 128)),
	}
	if e.StatusCode != 0 {
		attrs = append(attrs, slog.Int("msync_status", e.StatusCode))
	}
	if e.HTTPStatus != 0 {
		attrs = append(attrs, slog.Int("http_status", e.HTTPStatus))
	}
	return slog.GroupValue(attrs...)
}
