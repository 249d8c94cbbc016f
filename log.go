package chaterr

import (
	"log/slog"
	"slices"

	"github.com/seed-a36dd713/chaterr/internal/oneline"
)

// Loggable returns a value that logs any error, however it was wrapped or
// joined, as a group with the keys and types of a bare [*Error], plus the
// error's text:
//
//   - code: the number of the first code in err's tree (see [CodeOf]);
//   - name: its SDK name;
//   - message: the SDK's message, when the code came from an *Error and the
//     message says more than the name;
//   - cause: the text of that *Error's cause, when it has one;
//   - codes: every code in the tree, as numbers in the order of [CodesOf],
//     when there is more than one, so that a batch's other failures reach a
//     dashboard keyed on codes; at most 64 of them, with codes_truncated
//     set to true when the tree holds more (or more than 65,536 nodes, so
//     that even a tree whose Unwrap methods form a cycle logs and returns);
//   - error: the text of err, escaped and bounded as [Error.Error] is.
//
// The message and the cause are escaped and bounded in the same way.
//
// When the first code comes from another type that carries one (see
// [CodeOf]) and that type is a [slog.LogValuer] logging a group, the group's
// other keys join the record: a Web SDK error adds its own number and name
// this way. An error that carries no code logs the group of the first
// slog.LogValuer in its tree, if any, such as a REST API error's status and
// error string, and its error key; when that group has an error key of its
// own, as a REST API error does, the text goes under the key text instead. A nil error logs as an empty group, which
// slog leaves out. The value is worked out only when a handler logs it.
//
//	if err != nil {
//		logger.Error("join failed", "err", chaterr.Loggable(err))
//	}
//	// level=ERROR msg="join failed" err.code=601 err.name=GROUP_ALREADY_JOINED
//	//   err.message="already in group 9" err.error="join group 9: chaterr: ..."
//
// A bare Code and a bare *Error log with the same code and name keys, so one
// query on the number, or one on the name, finds every line that carries it.
func Loggable(err error) slog.LogValuer { return loggable{err} }

type loggable struct{ err error }

// maxLoggedCodes bounds the codes key, and maxLoggedNodes the walk of the
// tree: a batch of a million failures, or a tree whose Unwrap methods form a
// cycle, must still log one bounded line, and return.
const (
	maxLoggedCodes = 64
	maxLoggedNodes = 1 << 16
)

func (l loggable) LogValue() slog.Value {
	if l.err == nil {
		return slog.GroupValue()
	}
	var (
		first     Code
		carrier   error // the node that carries first
		n         int   // codes found
		codes     []int
		nodes     int
		truncated bool
		valuer    slog.LogValuer // the first node that logs itself, for a tree without codes
	)
	walkNodes(l.err, func(node error) bool {
		if nodes++; nodes > maxLoggedNodes {
			truncated = true
			return false
		}
		if valuer == nil {
			valuer, _ = node.(slog.LogValuer)
		}
		c, ok := codeAt(node)
		if !ok {
			return true
		}
		switch n++; {
		case n == 1:
			first, carrier = c, node // the list is made only for a second code
		case n > maxLoggedCodes:
			truncated = true
			return false
		case n == 2:
			codes = append(make([]int, 0, 8), int(first), int(c))
		default:
			codes = append(codes, int(c))
		}
		return true
	})
	text := slog.String("error", oneline.String(l.err.Error(), MaxErrorText))
	if n == 0 {
		attrs := groupOf(valuer)
		if slices.ContainsFunc(attrs, func(a slog.Attr) bool { return a.Key == "error" }) {
			text.Key = "text" // the group's own error key, such as a REST error string, wins
		}
		return slog.GroupValue(append(attrs, text)...)
	}
	attrs := make([]slog.Attr, 0, 8)
	attrs = append(attrs, slog.Int("code", int(first)), slog.String("name", first.String()))
	switch e := carrier.(type) {
	case Code:
	case *Error:
		attrs = e.appendDetails(attrs)
	default:
		for _, a := range groupOf(e) {
			if a.Key != "code" && a.Key != "name" {
				attrs = append(attrs, a)
			}
		}
	}
	if len(codes) > 1 {
		attrs = append(attrs, slog.Any("codes", codes))
	}
	if truncated {
		attrs = append(attrs, slog.Bool("codes_truncated", true))
	}
	return slog.GroupValue(append(attrs, text)...)
}

// groupOf returns the attributes of v's log value when v is a
// slog.LogValuer that logs a group, and nil otherwise.
func groupOf(v any) []slog.Attr {
	lv, ok := v.(slog.LogValuer)
	if !ok {
		return nil
	}
	if val := lv.LogValue().Resolve(); val.Kind() == slog.KindGroup {
		return slices.Clone(val.Group())
	}
	return nil
}
