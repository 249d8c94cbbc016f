package chaterr_test

import (
	"errors"
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/seed-a36dd713/chaterr"
	"github.com/seed-a36dd713/chaterr/web"
)

// selfSaying answers the classification questions for itself and carries a
// code through As, which its own answers override.
type selfSaying struct {
	code        chaterr.Code
	login, done bool
}

func (s selfSaying) Error() string       { return "self" }
func (s selfSaying) LoginRequired() bool { return s.login }
func (s selfSaying) AlreadyDone() bool   { return s.done }
func (s selfSaying) As(target any) bool {
	if p, ok := target.(*chaterr.Code); ok {
		*p = s.code
		return true
	}
	return false
}

func TestLoginRequiredOfATree(t *testing.T) {
	batch := errors.Join(chaterr.New(chaterr.UserMuted, ""), fmt.Errorf("item: %w", chaterr.TokenExpired))
	assert.False(t, chaterr.CodeOf(batch).LoginRequired(), "the first code alone says no")
	assert.True(t, chaterr.LoginRequired(batch), "one failure of the batch needs a login")
	assert.False(t, chaterr.LoginRequired(nil))
	assert.False(t, chaterr.LoginRequired(errors.New("plain")))
	assert.False(t, chaterr.LoginRequired(fmt.Errorf("x: %w", selfSaying{code: chaterr.TokenExpired})), "the node's own answer wins over its code")
	assert.True(t, chaterr.LoginRequired(fmt.Errorf("x: %w", selfSaying{code: chaterr.UserMuted, login: true})))
	assert.True(t, chaterr.LoginRequired(fmt.Errorf("x: %w", &web.Error{Code: web.RESTParamsStatus})), "a Web-only row answers for itself")
	assert.Zero(t, testing.AllocsPerRun(100, func() { chaterr.LoginRequired(batch) }))
}

func TestAlreadyDoneOfATree(t *testing.T) {
	joined := chaterr.New(chaterr.GroupAlreadyJoined, "")
	assert.True(t, chaterr.AlreadyDone(fmt.Errorf("join: %w", joined)))
	assert.True(t, chaterr.AlreadyDone(errors.Join(joined, chaterr.ChatRoomAlreadyJoined)), "every failure is done")
	assert.False(t, chaterr.AlreadyDone(errors.Join(joined, chaterr.UserMuted)), "one failure is not done")
	assert.False(t, chaterr.AlreadyDone(chaterr.Wrap(chaterr.GroupAlreadyJoined, "", chaterr.UserMuted)), "a cause that is not done counts")
	assert.True(t, chaterr.AlreadyDone(chaterr.Wrap(chaterr.GroupAlreadyJoined, "", errors.New("no code"))), "a cause without a code does not count")
	assert.False(t, chaterr.AlreadyDone(nil))
	assert.False(t, chaterr.AlreadyDone(errors.New("plain")), "no failure that says so")
	assert.True(t, chaterr.AlreadyDone(selfSaying{code: chaterr.UserMuted, done: true}), "the node's own answer wins over its code")
	assert.False(t, chaterr.AlreadyDone(selfSaying{code: chaterr.GroupAlreadyJoined}))
	assert.True(t, chaterr.AlreadyDone(&web.Error{Code: web.GroupAlreadyJoined}), "a Web error answers from its native code")
	mixed := errors.Join(joined, chaterr.UserMuted)
	assert.Zero(t, testing.AllocsPerRun(100, func() { chaterr.AlreadyDone(mixed) }))
}

// TestWebOnlyRowsAnswer: a Web code without a native equivalent answers the
// tree-wide questions from its own row, and one with a native equivalent
// from the native code.
func TestWebOnlyRowsAnswer(t *testing.T) {
	for _, c := range web.Codes() {
		e := fmt.Errorf("x: %w", &web.Error{Code: c})
		row, _ := c.InErrorObject()
		w0 := &web.Error{Code: c}
		assert.Equal(t, []bool{w0.Retryable(), w0.Timeout(), w0.LoginRequired(), w0.AlreadyDone()},
			[]bool{row.Retryable, row.Timeout, row.LoginRequired, row.AlreadyDone}, "Web %d: the Row's flags are the error's", int(c))
		if row.HasNative {
			assert.Equal(t, row.Native.Retryable() || row.Native.Timeout(), chaterr.Retryable(e), "Web %d: Retryable from native %s", int(c), row.Native)
			assert.Equal(t, row.Native.LoginRequired(), chaterr.LoginRequired(e), "Web %d", int(c))
			assert.Equal(t, row.Native.AlreadyDone(), chaterr.AlreadyDone(e), "Web %d", int(c))
			continue
		}
		assert.Equal(t, chaterr.GeneralError, chaterr.CodeOf(e), "Web %d has no native code", int(c))
		w := &web.Error{Code: c}
		assert.Equal(t, w.Retryable() || w.Timeout(), chaterr.Retryable(e), "Web %d: Retryable from its row (web/table.go)", int(c))
		assert.Equal(t, w.LoginRequired(), chaterr.LoginRequired(e), "Web %d", int(c))
		assert.Equal(t, w.AlreadyDone(), chaterr.AlreadyDone(e), "Web %d", int(c))
	}
	for _, c := range []web.Code{web.MessageWebSocketDisconnected, web.ReactionCreating, web.WebIMConnctionDisconnected, web.OperationNotAllowed} {
		assert.True(t, chaterr.Retryable(&web.Error{Code: c}), "Web %d (%s) is retryable by its row", int(c), c)
	}
	for _, c := range []web.Code{web.WebIMConnectionError, web.RESTParamsStatus} {
		assert.True(t, chaterr.LoginRequired(&web.Error{Code: c}), "Web %d (%s) needs a login by its row", int(c), c)
	}
	assert.False(t, chaterr.Retryable(&web.Error{Code: web.RequestAbort}), "an aborted request is not retried")
}

// notRetryable carries a retryable code through As but says for itself that
// it is not retryable, nor a timeout.
type notRetryable struct{}

func (notRetryable) Error() string   { return "says no" }
func (notRetryable) Retryable() bool { return false }
func (notRetryable) Timeout() bool   { return false }
func (notRetryable) As(target any) bool {
	if p, ok := target.(*chaterr.Code); ok {
		*p = chaterr.ServerTimeout
		return true
	}
	return false
}

func TestSelfSayingNodeIsBelieved(t *testing.T) {
	err := fmt.Errorf("x: %w", notRetryable{})
	assert.Equal(t, chaterr.ServerTimeout, chaterr.CodeOf(err), "it carries a timeout code")
	assert.False(t, chaterr.Retryable(err), "its own Retryable wins over its code (retry.go)")
	assert.False(t, chaterr.Timeout(err), "its own Timeout wins over its code (retry.go)")
	assert.True(t, chaterr.Retryable(errors.Join(err, chaterr.ServerBusy)), "another failure of the batch still counts")
}
