package chaterr

import (
	"log/slog"
	"strconv"
	"strings"
)

// Compile-time checks of the interfaces that callers probe for.
var (
	_ error          = Code(0)
	_ slog.LogValuer = Code(0)
	_ error          = (*Error)(nil)
	_ slog.LogValuer = (*Error)(nil)
)

// Error returns the SDK name of c, the same text as String, so that a bare
// Code printed with %v or %s shows USER_MUTED rather than 215.
func (c Code) Error() string { return c.String() }

// Is reports whether target is a non-nil *Error with code c, so that
// errors.Is(chaterr.UserMuted, chaterr.New(chaterr.UserMuted, "")) holds as it
// does the other way round. errors.Is compares two Codes itself.
func (c Code) Is(target error) bool {
	e, ok := target.(*Error)
	return ok && e != nil && e.Code == c
}

// LogValue makes a Code log as its SDK name.
func (c Code) LogValue() slog.Value { return slog.StringValue(c.String()) }

// Error is an error reported by the Agora Chat SDK: the code, the message the
// SDK gave with it, and the package's description of the code. Err, when
// set, is the underlying cause (a transport error, say) and is what Unwrap
// returns.
//
// errors.Is(err, code) and errors.As(err, &code) see through an *Error to its
// Code, however deeply it is wrapped.
type Error struct {
	// Code is the SDK's error code, documented or not.
	Code Code
	// Message is what the SDK reported with the code: the desc argument of
	// an onError callback.
	Message string
	// Description is the package's description of Code; see
	// [Code.Description].
	Description string
	// Err is the underlying cause, if any.
	Err error
}

// New returns an *Error for code with the message the SDK reported (the desc
// of an onError callback). An empty message is replaced by the SDK name of
// code; Description is filled from the table and is empty for an
// undocumented code. New never returns nil.
func New(code Code, message string) *Error {
	if message == "" {
		message = code.String()
	}
	return &Error{Code: code, Message: message, Description: code.Description()}
}

// Error returns one line with the SDK name, the number and the message, such
// as "chaterr: USER_MUTED (215): muted in group 9". The message is left out
// when it is empty or only repeats the name. A nil *Error gives
// "chaterr: <nil>".
func (e *Error) Error() string {
	if e == nil {
		return "chaterr: <nil>"
	}
	name := e.Code.String()
	var num [20]byte
	n := strconv.AppendInt(num[:0], int64(e.Code), 10)
	var b strings.Builder
	b.Grow(len("chaterr: ") + len(name) + len(" (") + len(n) + len("): ") + len(e.Message))
	b.WriteString("chaterr: ")
	b.WriteString(name)
	b.WriteString(" (")
	b.Write(n)
	b.WriteString(")")
	if e.Message != "" && e.Message != name {
		b.WriteString(": ")
		b.WriteString(e.Message)
	}
	return b.String()
}

// Is reports whether target is the Code of e, or a non-nil *Error with the
// same Code. It is what makes errors.Is(err, chaterr.UserMuted) work.
func (e *Error) Is(target error) bool {
	if e == nil {
		return false
	}
	switch t := target.(type) {
	case Code:
		return t == e.Code
	case *Error:
		return t != nil && t.Code == e.Code
	}
	return false
}

// As sets *target to e's Code when target is a *Code, so that
// errors.As(err, &code) finds the code of a wrapped *Error.
func (e *Error) As(target any) bool {
	if p, ok := target.(*Code); ok && e != nil && p != nil {
		*p = e.Code
		return true
	}
	return false
}

// Timeout reports whether e's Code is a timeout (see [Code.Timeout]), so
// that code probing an error chain for interface{ Timeout() bool } finds it.
func (e *Error) Timeout() bool { return e != nil && e.Code.Timeout() }

// Unwrap returns the underlying cause, or nil.
func (e *Error) Unwrap() error {
	if e == nil {
		return nil
	}
	return e.Err
}

// LogValue makes an *Error log as a group with the keys code (the number),
// name (the SDK name) and message. A nil *Error logs as an empty group,
// which slog leaves out.
func (e *Error) LogValue() slog.Value {
	if e == nil {
		return slog.GroupValue()
	}
	return slog.GroupValue(
		slog.Int("code", int(e.Code)),
		slog.String("name", e.Code.String()),
		slog.String("message", e.Message),
	)
}

// CodeOf returns the code that err carries: NoError for a nil err; otherwise
// the first Code or non-nil *Error found in err's tree, visited in the order
// errors.Is uses (err itself, then each Unwrap result depth first); and
// GeneralError when the tree holds no code.
func CodeOf(err error) Code {
	if err == nil {
		return NoError
	}
	if c, ok := findCode(err); ok {
		return c
	}
	return GeneralError
}

// findCode walks the tree of err as errors.Is does.
func findCode(err error) (Code, bool) {
	for err != nil {
		switch e := err.(type) {
		case Code:
			return e, true
		case *Error:
			if e != nil {
				return e.Code, true
			}
			return 0, false
		case interface{ Unwrap() error }:
			err = e.Unwrap()
		case interface{ Unwrap() []error }:
			for _, inner := range e.Unwrap() {
				if c, ok := findCode(inner); ok {
					return c, true
				}
			}
			return 0, false
		default:
			return 0, false
		}
	}
	return 0, false
}
