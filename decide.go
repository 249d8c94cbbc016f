package chaterr

import (
	"io"
	"syscall"
	"time"

	"github.com/seed-a36dd713/chaterr/internal/codec"
)

// Action is the one thing a program should do about an error, as [Decide]
// answers it. Its String, the line comment of each constant, is the word
// to log or to answer a client with.
type Action uint8

// The actions, in the order in which [Decide] considers them for a tree
// that holds several failures.
const (
	// ActionNone is the answer for a nil error, or a bare NoError:
	// nothing failed.
	ActionNone Action = iota // none
	// ActionLogin: a failure needs a new login (see [LoginRequired]);
	// go back to the login screen. It comes first, because the session is
	// gone for every other failure too.
	ActionLogin // login
	// ActionSucceed: every failure says that what the call asked for
	// already holds (see [AlreadyDone]); treat the call as successful.
	ActionSucceed // succeed
	// ActionRenewToken: the token is about to expire (TOKEN_WILL_EXPIRE,
	// 109); fetch a new one and renew it before it does.
	ActionRenewToken // renew_token
	// ActionRetry: the same call may pass later (see [Retryable]), or a
	// connection was reset, refused or cut short; retry after
	// Decision.Delay where the tree gave one, with back-off otherwise.
	ActionRetry // retry
	// ActionGiveUp: the call cannot succeed as it was sent; do not
	// retry it, and show or log why.
	ActionGiveUp // give_up

	numActions = iota
)

// MarshalText encodes an action as its String, such as "retry"; a value
// that is not an action is an error.
func (a Action) MarshalText() ([]byte, error) {
	if a >= numActions {
		return nil, codec.Error[ParseError]("action", a.String(), "not an action")
	}
	return []byte(a.String()), nil
}

// Decision is what [Decide] answers: the action, and for ActionRetry the
// delay that the server asked for.
type Decision struct {
	Action Action
	// Delay is the longest wait that a node of the tree asks for before a
	// retry, through a method RetryDelay() time.Duration (a REST answer's
	// Retry-After, see package rest); 0 means no hint: back off as usual.
	Delay time.Duration
}

// Decide returns the one action to take for err, for any error: native,
// Web and REST errors, contexts, transport errors, and batches joined with
// errors.Join. The actions are considered in the order of their constants,
// and the first that holds wins:
//
//	nil, or a bare NoError (0)              ActionNone
//	a failure needs a login                 ActionLogin
//	every failure is already done           ActionSucceed
//	TOKEN_WILL_EXPIRE (109) in the tree     ActionRenewToken
//	Retryable(err), or a transient network  ActionRetry
//	  error: a connection reset, refused
//	  or aborted, a broken pipe, an
//	  unexpected EOF
//	anything else, such as a DNS name that  ActionGiveUp
//	  does not exist, context.Canceled or
//	  an undocumented code
//
// CODES.md lists the action of every documented code. Decide allocates
// nothing for trees of the package's own types and the standard library's
// wrappers.
func Decide(err error) Decision {
	switch {
	case err == nil, err == NoError: // a bare NoError is no failure either
		return Decision{Action: ActionNone}
	case LoginRequired(err):
		return Decision{Action: ActionLogin}
	case AlreadyDone(err):
		return Decision{Action: ActionSucceed}
	case holdsCode(err, TokenWillExpire):
		return Decision{Action: ActionRenewToken}
	case Retryable(err) || anyNode(err, isTransient):
		return Decision{Action: ActionRetry, Delay: retryDelay(err)}
	}
	return Decision{Action: ActionGiveUp}
}

// holdsCode reports whether any node of err's tree carries c.
func holdsCode(err error, c Code) bool {
	found := false
	walkCodes(err, func(got Code) bool {
		found = got == c
		return !found
	})
	return found
}

// isTransient reports whether a node is a network failure that a new
// attempt, on a new connection, may well not meet again.
func isTransient(node error) bool {
	switch node {
	case io.ErrUnexpectedEOF, syscall.ECONNRESET, syscall.ECONNREFUSED, syscall.ECONNABORTED, syscall.EPIPE:
		return true
	}
	return false
}

// retryDelay is the longest delay that a node of err's tree asks for.
func retryDelay(err error) time.Duration {
	var d time.Duration
	walkNodes(err, func(node error) bool {
		if r, ok := node.(interface{ RetryDelay() time.Duration }); ok {
			d = max(d, r.RetryDelay())
		}
		return true
	})
	return d
}
