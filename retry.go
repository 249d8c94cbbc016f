package chaterr

import (
	"context"
	"io/fs"
	"net"
	"net/url"
	"os"
)

// Retryable reports whether the call that failed with err may succeed if it
// is made again later, unchanged, as pgx's SafeToRetry answers for a
// database error. It holds when any node of err's tree (in the order
// errors.As visits it) is
//
//   - a code that is retryable or a timeout ([Code.Retryable],
//     [Code.Timeout]), carried as [CodeOf] says;
//   - an error with a method Retryable() bool that reports true, such as a
//     REST API error of package rest;
//   - an error with a method Timeout() bool that reports true, such as a
//     net.Error that timed out or an *os.PathError of one;
//   - context.DeadlineExceeded, the caller's own deadline: the next attempt,
//     with a new deadline, may well finish in time.
//
// A node that has a method Retryable() bool, other than an *Error, answers
// for itself: it is believed over a code it also carries through As, and so
// is a node's own Timeout method in [Timeout].
//
// context.Canceled is not retryable: the caller gave up on the call on
// purpose, and trying it again would undo that decision; a cancellation
// that should be retried is the caller's to start again. A nil err is not
// retryable: there is nothing to retry.
//
// For a batch joined with errors.Join, true means that at least one of its
// failures may pass on a later attempt; decide item by item with [CodesOf]
// where that matters.
//
// Retryable allocates nothing for trees of the package's own types and the
// standard library's wrappers; see [CodeOf] for the cost of other carriers.
// A type's own Retryable or Timeout method must answer from its own state:
// Retryable visits the type's cause itself, and a method that called
// Retryable on its own receiver would recurse until the stack runs out.
//
// CodeOf of a context error stays GeneralError, since no SDK reported a
// code: mapping a deadline to SERVER_TIMEOUT would count the caller's own
// impatience as a server failure in every log query on the code. Ask
// Retryable and [Timeout] instead, which answer for it.
func Retryable(err error) bool {
	return anyNode(err, func(node error) bool {
		switch n := node.(type) {
		case *Error: // its code answers; its cause comes next
			return n != nil && (n.Code.Retryable() || n.Code.Timeout())
		case interface{ Retryable() bool }: // believed over a code it carries
			return n.Retryable() || isTimeoutNode(node)
		}
		if c, ok := codeAt(node); ok && (c.Retryable() || c.Timeout()) {
			return true
		}
		return isTimeoutNode(node)
	})
}

// Timeout reports whether err means that something ran out of time: any
// node of its tree is a code that is a timeout ([Code.Timeout]), an error
// with a method Timeout() bool that reports true, or
// context.DeadlineExceeded. A timeout is also [Retryable].
//
// Like Retryable, it allocates nothing for trees of the package's own types
// and the standard library's wrappers.
func Timeout(err error) bool {
	return anyNode(err, func(node error) bool {
		if n, ok := node.(*Error); ok { // its code answers; its cause comes next
			return n != nil && n.Code.Timeout()
		}
		if timeout, says := ownTimeout(node); says { // believed over a code it carries
			return timeout
		}
		c, ok := codeAt(node)
		return ok && c.Timeout()
	})
}

// isTimeoutNode reports whether the node itself, without its tree, says it
// is a timeout.
func isTimeoutNode(node error) bool {
	timeout, _ := ownTimeout(node)
	return timeout
}

// ownTimeout returns what the node itself says of a timeout, and whether it
// says anything: context.DeadlineExceeded and a node with a method Timeout()
// bool do. The standard library's wrappers say nothing of their own: their
// Timeout methods only ask their cause, which the walk visits next, and
// asking them too would make a chain that alternates them with *Error
// cost time exponential in its depth, since (*Error).Timeout walks its
// own cause again.
func ownTimeout(node error) (timeout, says bool) {
	if node == context.DeadlineExceeded {
		return true, true
	}
	t, ok := node.(interface{ Timeout() bool })
	if !ok {
		return false, false // most nodes: no further cost
	}
	switch node.(type) {
	case *fs.PathError, *os.SyscallError, *net.OpError, *url.Error:
		return false, true
	}
	return t.Timeout(), true
}

// anyNode reports whether match holds for a node of err's tree.
func anyNode(err error, match func(error) bool) bool {
	found := false
	walkNodes(err, func(node error) bool {
		found = match(node)
		return !found
	})
	return found
}

// LoginRequired reports whether a new login can fix err: any node of its
// tree says so, a node with a method LoginRequired() bool by that method
// (believed over a code it carries), any other by its code
// ([Code.LoginRequired]), as [CodeOf] finds it. For a batch joined with
// errors.Join, one such failure is enough: the session is gone for every
// item. It allocates nothing for trees of the package's own types and the
// standard library's wrappers.
func LoginRequired(err error) bool {
	return anyNode(err, func(node error) bool {
		if s, ok := node.(interface{ LoginRequired() bool }); ok {
			return s.LoginRequired()
		}
		c, ok := codeAt(node)
		return ok && c.LoginRequired()
	})
}

// AlreadyDone reports whether what the failed call asked for already holds,
// so that the caller may treat err as success: every failure in its tree is
// already done, and there is at least one. A node with a method
// AlreadyDone() bool is a failure that answers for itself (believed over a
// code it carries); any other node that carries a code ([CodeOf]) answers
// by its code ([Code.AlreadyDone]); nodes with neither, such as the
// wrappers around them, do not count. So a batch of GROUP_ALREADY_JOINED
// and USER_MUTED is not already done, and neither is an *Error of one code
// whose cause carries another that is not. A nil err is not: there was no
// call to treat as done.
func AlreadyDone(err error) bool {
	failures, done := 0, true
	walkNodes(err, func(node error) bool {
		var d bool
		if s, ok := node.(interface{ AlreadyDone() bool }); ok {
			d = s.AlreadyDone()
		} else if c, ok := codeAt(node); ok {
			d = c.AlreadyDone()
		} else {
			return true
		}
		failures++
		done = done && d
		return done // one failure that is not done settles it
	})
	return failures > 0 && done
}
