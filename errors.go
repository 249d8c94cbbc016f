package chaterr

import (
	"log/slog"
	"strconv"

	"github.com/seed-a36dd713/chaterr/internal/oneline"
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

// LogValue makes a Code log as a group of code (the number) and name (the
// SDK name), the same keys and types as an [*Error] and [Loggable], so that
// one query on the number or on the name finds every line:
//
//	logger.Info("retrying", "code", chaterr.ServerBusy)
//	// level=INFO msg=retrying code.code=302 code.name=SERVER_BUSY
func (c Code) LogValue() slog.Value {
	return slog.GroupValue(slog.Int("code", int(c)), slog.String("name", c.String()))
}

// Error is an error reported by the Agora Chat SDK: the code, the message the
// SDK gave with it, the package's description of the code, and the cause, if
// there is one. Build it with [FromSDK], [New] or [Wrap].
//
// errors.Is(err, code) and errors.As(err, &code) see through an *Error to its
// Code, however deeply it is wrapped, and errors.Is and errors.As also see its
// cause.
//
// Return an *Error as an error only when it is non-nil. A nil *Error stored
// in an error is not a nil error, because the interface holds a type:
//
//	var e *chaterr.Error // nil
//	var err error = e    // err != nil is true
//
// so a function with the result type error should return nil itself, not a
// nil *Error variable. [FromSDK] does that for the SDK's code 0. The methods
// of a nil *Error do not panic.
type Error struct {
	// Code is the SDK's error code, documented or not.
	Code Code
	// Message is what the SDK reported with the code: the desc argument of
	// an onError callback.
	Message string
	// Description is the package's description of Code; see
	// [Code.Description].
	Description string
	// Err is the underlying cause, if any: what Unwrap returns, and what
	// Error and LogValue end with.
	Err error
}

// FromSDK turns the pair an SDK reports, (code, desc), into an error: nil for
// code 0 (EM_NO_ERROR, success), and otherwise the *Error that [New] returns.
// The nil is an untyped nil error, so if err != nil means failure:
//
//	onError := func(code int, desc string) {
//		done <- chaterr.FromSDK(code, desc)
//	}
//
// An undocumented code is kept as it is.
func FromSDK(code int, desc string) error {
	if code == 0 {
		return nil
	}
	return New(Code(code), desc)
}

// New returns an *Error for code with the message the SDK reported (the desc
// of an onError callback). An empty message is replaced by the SDK name of
// code; Description is filled from the table and is empty for an
// undocumented code. New never returns nil, not even for NoError: use
// [FromSDK] for a pair that may mean success.
func New(code Code, message string) *Error {
	if message == "" {
		message = code.String()
	}
	return &Error{Code: code, Message: message, Description: code.Description()}
}

// Wrap is [New] with a cause: an *Error for code and message whose Err is
// cause, such as the transport error behind a NETWORK_ERROR. Its Error text
// ends with the cause's, and errors.Is and errors.As see the cause. Wrap
// never returns nil; a nil cause gives what New gives.
func Wrap(code Code, message string, cause error) *Error {
	e := New(code, message)
	e.Err = cause
	return e
}

// MaxErrorText bounds the text of [Error.Error]: a message or cause from the
// network can be of any size, and an error line should not be.
const MaxErrorText = 4 << 10

// Error returns one line with the SDK name, the number, the message and the
// cause, such as
//
//	chaterr: NETWORK_ERROR (2): connection lost: dial: connection reset by peer
//
// The message is left out when it is empty or only repeats the name.
// Characters of the Unicode categories Cc and Cf, the line and paragraph
// separators, and invalid UTF-8 in the message and the cause's text are
// escaped as Go escapes them (a newline becomes \n, a right-to-left override
// \u202e), so that text from the network can neither start a forged log line
// nor reorder one in a terminal. The text is at most [MaxErrorText] bytes:
// longer text is cut at a character boundary and ends with "...(cut)". A
// nil *Error gives "chaterr: <nil>".
//
// It takes one allocation when the text fits 256 bytes and two otherwise,
// besides what the cause's own Error method allocates, and time linear in
// what it writes, whatever the size of the message or the depth of a chain of
// *Error causes. A chain that mixes *Error with wrappers that build their
// text from their cause's on every call costs what those wrappers cost.
func (e *Error) Error() string {
	if e == nil {
		return "chaterr: <nil>"
	}
	// The text of a cause that is not an *Error is asked for once, here.
	var cause string
	next, chained := e.Err.(*Error)
	chained = chained && next != nil
	if e.Err != nil && !chained {
		cause = e.Err.Error()
	}
	if !chained {
		if s, ok := e.plainText(cause); ok {
			return s
		}
	}
	// Ordinary text fits the stack buffer, and the string is the one
	// allocation; longer text grows the buffer once, to the bound.
	var buf [256]byte
	return string(e.appendText(oneline.NewLine(buf[:0], MaxErrorText), cause).Bytes())
}

// plainText is the fast path of Error for an *Error whose cause, if any,
// is not an *Error and has the text cause: when the message and the cause
// need no escaping and the whole fits the bound, one concatenation makes the
// text.
func (e *Error) plainText(cause string) (string, bool) {
	name := e.Code.String()
	msg := ""
	if e.Message != "" && e.Message != name {
		msg = e.Message
	}
	if len(name)+len(msg)+len(cause) > MaxErrorText-40 || !oneline.Clean(name) || !oneline.Clean(msg) || !oneline.Clean(cause) {
		return "", false
	}
	var num [20]byte
	n := strconv.AppendInt(num[:0], int64(e.Code), 10)
	var msgSep, causeSep string
	if msg != "" {
		msgSep = ": "
	}
	if e.Err != nil {
		causeSep = ": "
	}
	return "chaterr: " + name + " (" + string(n) + ")" + msgSep + msg + causeSep + cause, true
}

// appendText returns line with the text of Error appended; cause is the
// text of e's cause when that is not an *Error. A cause that is itself an
// *Error is written in the same loop rather than by its Error method, so
// that a deep chain costs what it writes.
func (e *Error) appendText(line oneline.Line, cause string) oneline.Line {
	for top := true; !line.Full(); top = false {
		name := e.Code.String()
		line = line.Append("chaterr: ").Append(name).Append(" (").AppendInt(int64(e.Code)).Append(")")
		if e.Message != "" && e.Message != name {
			line = line.Append(": ").Append(e.Message)
		}
		if e.Err == nil {
			return line
		}
		line = line.Append(": ")
		next, ok := e.Err.(*Error)
		if !ok || next == nil {
			if !top {
				cause = e.Err.Error()
			}
			return line.Append(cause)
		}
		e = next
	}
	return line
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

// Timeout reports whether e is a timeout: its Code is one (see
// [Code.Timeout]), or its cause is, by [Timeout]. Code probing an error
// chain for interface{ Timeout() bool } finds it, as it finds the cause of
// an *os.PathError.
func (e *Error) Timeout() bool { return e != nil && (e.Code.Timeout() || Timeout(e.Err)) }

// Retryable reports whether the call that failed with e may succeed if it
// is made again later: [Retryable] of e, which asks its code and its cause.
func (e *Error) Retryable() bool { return e != nil && Retryable(e) }

// Unwrap returns the underlying cause, or nil.
func (e *Error) Unwrap() error {
	if e == nil {
		return nil
	}
	return e.Err
}

// LogValue makes an *Error log as a group with the keys code (the number),
// name (the SDK name), message (left out when it is empty or only repeats
// the name), and cause (the cause's text) when there is one. The message and
// the cause are escaped and bounded as [Error.Error] escapes and bounds them. A nil *Error
// logs as an empty group, which slog leaves out.
//
// Wrapped in another error, an *Error logs as that error's text only; log
// any error with [Loggable] to keep these keys.
func (e *Error) LogValue() slog.Value {
	if e == nil {
		return slog.GroupValue()
	}
	attrs := make([]slog.Attr, 0, 4)
	attrs = append(attrs, slog.Int("code", int(e.Code)), slog.String("name", e.Code.String()))
	return slog.GroupValue(e.appendDetails(attrs)...)
}

// appendDetails appends e's message, unless it is empty or only repeats the
// name, and its cause's text, if it has a cause.
func (e *Error) appendDetails(attrs []slog.Attr) []slog.Attr {
	if e.Message != "" && e.Message != e.Code.String() {
		attrs = append(attrs, slog.String("message", oneline.String(e.Message, MaxErrorText)))
	}
	if e.Err != nil {
		attrs = append(attrs, slog.String("cause", oneline.String(e.Err.Error(), MaxErrorText)))
	}
	return attrs
}
