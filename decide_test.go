package chaterr_test

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"os"
	"syscall"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/seed-a36dd713/chaterr"
	"github.com/seed-a36dd713/chaterr/rest"
	"github.com/seed-a36dd713/chaterr/web"
)

func TestDecide(t *testing.T) {
	restBusy := &rest.Error{Status: 429, Code: rest.ReachLimit, RetryAfter: 3 * time.Second}
	for name, tc := range map[string]struct {
		err   error
		want  chaterr.Action
		delay time.Duration
	}{
		"nil":                {nil, chaterr.ActionNone, 0},
		"NoError":            {chaterr.NoError, chaterr.ActionNone, 0},
		"already joined":     {fmt.Errorf("join: %w", chaterr.New(chaterr.GroupAlreadyJoined, "")), chaterr.ActionSucceed, 0},
		"token expired":      {chaterr.TokenExpired, chaterr.ActionLogin, 0},
		"token will expire":  {fmt.Errorf("x: %w", chaterr.TokenWillExpire), chaterr.ActionRenewToken, 0},
		"server busy":        {chaterr.New(chaterr.ServerBusy, ""), chaterr.ActionRetry, 0},
		"muted":              {chaterr.UserMuted, chaterr.ActionGiveUp, 0},
		"undocumented":       {chaterr.Code(987654), chaterr.ActionGiveUp, 0},
		"plain":              {errors.New("boom"), chaterr.ActionGiveUp, 0},
		"deadline":           {context.DeadlineExceeded, chaterr.ActionRetry, 0},
		"canceled":           {context.Canceled, chaterr.ActionGiveUp, 0},
		"reset":              {&net.OpError{Op: "read", Err: os.NewSyscallError("read", syscall.ECONNRESET)}, chaterr.ActionRetry, 0},
		"refused":            {&net.OpError{Op: "dial", Err: os.NewSyscallError("connect", syscall.ECONNREFUSED)}, chaterr.ActionRetry, 0},
		"unexpected EOF":     {fmt.Errorf("read body: %w", io.ErrUnexpectedEOF), chaterr.ActionRetry, 0},
		"no such host":       {&net.DNSError{Err: "no such host", Name: "x.invalid", IsNotFound: true}, chaterr.ActionGiveUp, 0},
		"dns timeout":        {&net.DNSError{Err: "timeout", Name: "x", IsTimeout: true}, chaterr.ActionRetry, 0},
		"rest with delay":    {fmt.Errorf("call: %w", restBusy), chaterr.ActionRetry, 3 * time.Second},
		"rest not retryable": {&rest.Error{Status: 401, Code: rest.Unauthorized}, chaterr.ActionGiveUp, 0},
		"web only retryable": {&web.Error{Code: web.MessageWebSocketDisconnected}, chaterr.ActionRetry, 0},
		"web with native":    {&web.Error{Code: web.GroupNotExist}, chaterr.ActionGiveUp, 0},
		"batch login wins":   {errors.Join(chaterr.ServerBusy, chaterr.TokenExpired, chaterr.GroupAlreadyJoined), chaterr.ActionLogin, 0},
		"batch partly done":  {errors.Join(chaterr.GroupAlreadyJoined, chaterr.ServerBusy), chaterr.ActionRetry, 0},
		"batch all done":     {errors.Join(chaterr.GroupAlreadyJoined, chaterr.ChatRoomAlreadyJoined), chaterr.ActionSucceed, 0},
		"batch longest wait": {errors.Join(restBusy, &rest.Error{Status: 503, RetryAfter: time.Minute}), chaterr.ActionRetry, time.Minute},
	} {
		got := chaterr.Decide(tc.err)
		assert.Equal(t, tc.want, got.Action, "%s: Decide(%v) (decide.go)", name, tc.err)
		assert.Equal(t, tc.delay, got.Delay, "%s: delay", name)
	}
}

func TestDecideAllocatesNothing(t *testing.T) {
	tree := fmt.Errorf("a: %w", errors.Join(io.EOF, fmt.Errorf("b: %w", chaterr.Wrap(chaterr.ServerBusy, "m", context.DeadlineExceeded))))
	assert.Zero(t, testing.AllocsPerRun(100, func() { chaterr.Decide(tree) }))
}

func TestActionText(t *testing.T) {
	b, err := json.Marshal(map[chaterr.Action]int{chaterr.ActionRetry: 1})
	require.NoError(t, err)
	assert.JSONEq(t, `{"retry":1}`, string(b))
	b, err = json.Marshal(struct{ A chaterr.Action }{chaterr.ActionGiveUp})
	require.NoError(t, err)
	assert.JSONEq(t, `{"A":"give_up"}`, string(b))
	_, err = chaterr.Action(200).MarshalText()
	assert.ErrorContains(t, err, "not an action")
	seen := map[string]bool{}
	for a := chaterr.ActionNone; a <= chaterr.ActionGiveUp; a++ {
		assert.False(t, seen[a.String()], "%d", a)
		seen[a.String()] = true
	}
}
