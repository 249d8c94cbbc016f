package web

import (
	"encoding/json"
	"log/slog"
	"strconv"

	"github.com/seed-a36dd713/chaterr"
	"github.com/seed-a36dd713/chaterr/internal/oneline"
)

// Compile-time checks of the interfaces that callers probe for.
var (
	_ error            = (*Error)(nil)
	_ slog.LogValuer   = (*Error)(nil)
	_ json.Unmarshaler = (*Error)(nil)
	_ json.Marshaler   = (*Error)(nil)
	_ error            = Code(0) // a bare Code is an error too
	_ interface {
		Is(error) bool
		As(any) bool
	} = (*Error)(nil)
)

// MaxErrorText bounds the text that Error returns, in bytes; a longer text
// is cut and ends with a visible marker.
const MaxErrorText = 4 << 10

// Error is an error that a Web SDK client reported: the error object that
// agora-chat and easemob-websdk reject with, {type, message, data}, or its
// variants {type, reason} and {type, message, data, extraInfo: {httpCode}}.
// Decode one from JSON with json.Unmarshal or [Decode], or build one with
// [New].
//
// Its Code means what the row of [Code.InErrorObject] says, so a type of 0
// is the login error of a missing user ID, never success. errors.Is and
// errors.As match it against both numberings:
//
//	errors.Is(err, chaterr.GroupNotExist) // true for Web 605, through Native
//	errors.Is(err, chaterr.Code(605))     // false: native 605 means another thing
//	errors.Is(err, web.GroupNotExist)     // true
//
// and chaterr.CodeOf, CodesOf and Loggable find its native code. The methods
// of a nil *Error do not panic.
type Error struct {
	// Code is the type field: the Web number.
	Code Code
	// Message is the message field, or the reason field when the object
	// has no message (some send failures, such as a mute, use reason).
	Message string
	// Data is the data field as the client sent it, or nil when it was
	// absent or null: often a REST response body, or {id, mid} of a message.
	Data json.RawMessage
	// HTTPStatus is extraInfo.httpCode, the HTTP status of a failed REST
	// call, or 0 when the object has none.
	HTTPStatus int
}

// New returns an *Error for code with message. It never returns nil.
func New(code Code, message string) *Error { return &Error{Code: code, Message: message} }

// Row returns the row of the table that e's code means in an error object
// (see [Code.InErrorObject]), and whether it is documented. A nil *Error
// has no row.
func (e *Error) Row() (Row, bool) {
	if e == nil {
		return Row{}, false
	}
	return e.Code.InErrorObject()
}

// Native returns the native SDK code with the same meaning as e, and
// whether there is one. For a type of 0 it is chaterr.InvalidUserName.
func (e *Error) Native() (chaterr.Code, bool) {
	if e == nil {
		return 0, false
	}
	n := e.Code.errorRow().native
	return n.code, n.ok
}

// name is the Web SDK name of e's row.
func (e *Error) name() string {
	if r := e.Code.errorRow(); r.name != "" {
		return r.name
	}
	return e.Code.String()
}

// Error returns one line: the Web name and number, the native equivalent
// when there is one, and the message, such as
//
//	web: GROUP_NOT_EXIST (605; native GROUP_NOT_EXIST 606): group not found
//
// Control and format characters of the message are escaped, and the whole
// text is at most [MaxErrorText] bytes, ending with a marker when cut. A nil
// *Error gives "web: <nil>".
func (e *Error) Error() string {
	if e == nil {
		return "web: <nil>"
	}
	buf := make([]byte, 0, 96+min(len(e.Message), MaxErrorText))
	buf = append(buf, "web: "...)
	buf = append(buf, e.name()...)
	buf = append(buf, " ("...)
	buf = strconv.AppendInt(buf, int64(e.Code), 10)
	if n, ok := e.Native(); ok {
		buf = append(buf, "; native "...)
		buf = append(buf, n.String()...)
		buf = append(buf, ' ')
		buf = strconv.AppendInt(buf, int64(n), 10)
	}
	buf = append(buf, ')')
	if e.Message != "" {
		buf = append(buf, ": "...)
		buf = oneline.Append(buf, e.Message, MaxErrorText)
	}
	return string(buf)
}

// Is reports whether target is e's native equivalent as a chaterr.Code or a
// non-nil *chaterr.Error, or e's own Web code as a Code or a non-nil *Error.
// A native code with e's number but another meaning does not match:
// errors.Is(err, chaterr.Code(605)) is false for Web 605.
func (e *Error) Is(target error) bool {
	if e == nil {
		return false
	}
	if t, ok := target.(*Error); ok {
		return t != nil && t.Code == e.Code
	}
	if target == e.Code {
		return true
	}
	// A chaterr.Code or *chaterr.Error: the native equivalent answers as
	// a native code does.
	n, ok := e.Native()
	return ok && (target == n || n.Is(target))
}

// As sets *target to e's native equivalent when target is a *chaterr.Code
// and e has one (reporting false when it has none), and to e's Web code when
// target is a *Code. It is what lets errors.As and chaterr.CodeOf find a
// native code in a Web error.
func (e *Error) As(target any) bool {
	if e == nil {
		return false
	}
	switch p := target.(type) {
	case *chaterr.Code:
		n, ok := e.Native()
		if ok && p != nil {
			*p = n
			return true
		}
	case *Code:
		if p != nil {
			*p = e.Code
			return true
		}
	}
	return false
}

// LogValue makes an *Error log as a group with the keys code and name (the
// native equivalent's number and SDK name, left out when there is none),
// web_code and web_name (the Web number and name), message when there is
// one (escaped and bounded like Error's text), and http_status when the object had
// extraInfo.httpCode. A nil *Error logs as an empty group, which slog leaves
// out.
func (e *Error) LogValue() slog.Value {
	if e == nil {
		return slog.GroupValue()
	}
	attrs := make([]slog.Attr, 0, 6)
	if n, ok := e.Native(); ok {
		attrs = append(attrs, slog.Int("code", int(n)), slog.String("name", n.String()))
	}
	attrs = append(attrs, slog.Int("web_code", int(e.Code)), slog.String("web_name", e.name()))
	if e.Message != "" {
		attrs = append(attrs, slog.String("message", oneline.String(e.Message, MaxErrorText)))
	}
	if e.HTTPStatus != 0 {
		attrs = append(attrs, slog.Int("http_status", e.HTTPStatus))
	}
	return slog.GroupValue(attrs...)
}

// Error returns the Web SDK name of c, the same text as String, so that a
// bare Code printed with %v shows GROUP_NOT_EXIST rather than 605. A bare
// Code stands for its live row; decode a client's error object into an
// [*Error], which knows that a type of 0 there is not success.
func (c Code) Error() string { return c.String() }

// Is reports whether target is a non-nil *Error with code c, so that
// errors.Is(web.GroupNotExist, err) holds as errors.Is(err,
// web.GroupNotExist) does.
func (c Code) Is(target error) bool {
	e, ok := target.(*Error)
	return ok && e != nil && e.Code == c
}

// As sets *target to [Code.Native] when target is a *chaterr.Code and c has
// a native equivalent, so that chaterr.CodeOf finds the native code of a
// bare Code returned as an error, as it does for an *Error.
func (c Code) As(target any) bool {
	p, ok := target.(*chaterr.Code)
	if !ok || p == nil {
		return false
	}
	n, ok := c.Native()
	if ok {
		*p = n
	}
	return ok
}

// Retryable, Timeout, LoginRequired and AlreadyDone answer for the row that
// e's code means in an error object ([Code.InErrorObject]): from its native
// equivalent where it has one, else from the Web row's own classification.
// They let chaterr.Retryable, chaterr.Timeout, chaterr.LoginRequired and
// chaterr.AlreadyDone answer for a Web error that has no native code. A nil
// *Error answers false.
func (e *Error) Retryable() bool {
	return e != nil && e.Code.errorRow().flag(chaterr.Code.Retryable, rowRetryable)
}

// Timeout: see [Error.Retryable].
func (e *Error) Timeout() bool {
	return e != nil && e.Code.errorRow().flag(chaterr.Code.Timeout, rowTimeout)
}

// LoginRequired: see [Error.Retryable].
func (e *Error) LoginRequired() bool {
	return e != nil && e.Code.errorRow().flag(chaterr.Code.LoginRequired, rowLoginRequired)
}

// AlreadyDone: see [Error.Retryable].
func (e *Error) AlreadyDone() bool {
	return e != nil && e.Code.errorRow().flag(chaterr.Code.AlreadyDone, rowAlreadyDone)
}

// Label is the metric label of e for chaterr.Label, from a closed set:
// "WEB_" and the name of the row that e's code means in an error object, or
// "WEB_UNDOCUMENTED" for a number the package does not document. A Web
// error with a native equivalent is labelled by chaterr.Label with the
// native name instead, since it finds the native code first.
func (e *Error) Label() string {
	if e == nil {
		return "WEB_UNDOCUMENTED"
	}
	if l := e.Code.errorRow().label; l != "" {
		return l
	}
	return "WEB_UNDOCUMENTED"
}
