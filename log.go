package chaterr

import "log/slog"

// Loggable returns a value that logs any error, however it was wrapped or
// joined, as a group with the same keys and types as a bare [*Error]:
//
//   - code: the number of the first code in err's tree (see [CodeOf]);
//   - name: its SDK name;
//   - message: the SDK's message, when the code came from an *Error;
//   - cause: the text of that *Error's cause, when it has one;
//   - error: the full text of err.
//
// An error that carries no code logs only its error key; a nil error logs as
// an empty group, which slog leaves out. The value is worked out only when a
// handler logs it.
//
//	logger.Error("join failed", "err", chaterr.Loggable(err))
//	// level=ERROR msg="join failed" err.code=601 err.name=GROUP_ALREADY_JOINED
//	//   err.message="already in group 9" err.error="join group 9: chaterr: ..."
//
// A bare Code and a bare *Error log with the same code and name keys, so one
// query on the number, or one on the name, finds every line that carries it.
func Loggable(err error) slog.LogValuer { return loggable{err} }

type loggable struct{ err error }

func (l loggable) LogValue() slog.Value {
	if l.err == nil {
		return slog.GroupValue()
	}
	text := slog.String("error", l.err.Error())
	first, ok := firstCode(l.err)
	if !ok {
		return slog.GroupValue(text)
	}
	code, name := slog.Int("code", int(first.code)), slog.String("name", first.code.String())
	switch e := first.e; {
	case e == nil:
		return slog.GroupValue(code, name, text)
	case e.Err == nil:
		return slog.GroupValue(code, name, slog.String("message", e.Message), text)
	default:
		return slog.GroupValue(code, name, slog.String("message", e.Message), slog.String("cause", e.Err.Error()), text)
	}
}
