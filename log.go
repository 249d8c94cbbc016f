package chaterr

import (
	"log/slog"
	"slices"

	"github.com/seed-a36dd713/chaterr/internal/oneline"
)

// Loggable returns a value that logs any error, however it was wrapped or
// joined, as one group in which each key has one meaning and appears once:
//
//   - code: the number of the first code in err's tree (see [CodeOf]);
//   - name: its SDK name;
//   - codes: every code in the tree, as numbers in the order of [CodesOf],
//     when there is more than one, so that a batch's other failures reach a
//     dashboard keyed on codes; at most 64 of them, with codes_truncated
//     set to true when the tree holds more (or more than 65,536 nodes, so
//     that even a tree whose Unwrap methods form a cycle logs and returns);
//   - error: the text of err, escaped and bounded as [Error.Error] is. It
//     holds the messages and causes of the tree, which are therefore not
//     logged again under keys of their own.
//
// When the first code comes from another type that carries one (see
// [CodeOf]) and that type is a [slog.LogValuer] logging a group, the group's
// other keys join the record: a Web SDK error adds its web_code and
// web_name this way. An error that carries no code logs the group of the
// first slog.LogValuer in its tree, if any, such as a REST API error's
// status and rest_error. A key of such a group that the record has already
// (error, code, name), and its message, are left out, so that no key
// appears twice and the message once. A nil error logs as an empty group,
// which slog leaves out. The value is worked out only when a handler logs
// it.
//
//	if err != nil {
//		logger.Error("join failed", "err", chaterr.Loggable(err))
//	}
//	// level=ERROR msg="join failed" err.code=601 err.name=GROUP_ALREADY_JOINED
//	//   err.error="join group 9: chaterr: GROUP_ALREADY_JOINED (601): already in group 9"
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
	attrs := make([]slog.Attr, 0, 8)
	var group []slog.Attr // the keys a carrier's or a valuer's group adds
	if n == 0 {
		group = groupOf(valuer)
	} else {
		attrs = append(attrs, slog.Int("code", int(first)), slog.String("name", first.String()))
		switch carrier.(type) {
		case Code, *Error: // their message and cause are in the text
		default:
			group = groupOf(carrier)
		}
		if len(codes) > 1 {
			attrs = append(attrs, slog.Any("codes", codes))
		}
		if truncated {
			attrs = append(attrs, slog.Bool("codes_truncated", true))
		}
	}
	attrs = append(attrs, text)
	for _, a := range group {
		if a.Key != "message" && a.Key != "cause" && !hasKey(attrs, a.Key) {
			attrs = append(attrs, a)
		}
	}
	return slog.GroupValue(attrs...)
}

// hasKey reports whether attrs holds an attribute with the key.
func hasKey(attrs []slog.Attr, key string) bool {
	return slices.ContainsFunc(attrs, func(a slog.Attr) bool { return a.Key == key })
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
