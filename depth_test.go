package chaterr_test

import (
	"errors"
	"fmt"
	"io/fs"
	"net"
	"net/url"
	"os"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/seed-a36dd713/chaterr"
)

// countingLeaf counts how often a walk asks it whether it timed out.
type countingLeaf struct{ asked *int }

func (l countingLeaf) Error() string { *l.asked++; return "leaf" }
func (l countingLeaf) Timeout() bool { *l.asked++; return false }

// alternating is a chain of depth nodes that alternates the standard
// library's wrappers, each of whose Timeout asks its cause, with the
// package's *Error, above leaf.
func alternating(depth int, leaf error) error {
	err := leaf
	for i := 0; i < depth; i++ {
		switch i % 5 {
		case 0:
			if i%10 == 0 {
				err = errors.Join(errors.New("sibling"), err) // a join inside the chain
			}
			err = chaterr.Wrap(chaterr.UserMuted, "m", err)
		case 1:
			err = &fs.PathError{Op: "open", Path: "p", Err: err}
		case 2:
			err = &net.OpError{Op: "dial", Net: "tcp", Err: err}
		case 3:
			err = &url.Error{Op: "Get", URL: "u", Err: err}
		default:
			err = os.NewSyscallError("read", err)
		}
	}
	return err
}

// TestTreeWalksAreLinear: Retryable, Timeout and (*Error).Timeout ask the
// leaf of a deep alternating chain a bounded number of times, not once per
// path through the wrappers' own Timeout methods.
func TestTreeWalksAreLinear(t *testing.T) {
	for _, depth := range []int{10, 40, 200} {
		asked := 0
		err := alternating(depth, countingLeaf{&asked})
		for name, f := range map[string]func() bool{
			"Retryable":     func() bool { return chaterr.Retryable(err) },
			"Timeout":       func() bool { return chaterr.Timeout(err) },
			"LoginRequired": func() bool { return chaterr.LoginRequired(err) },
			"AlreadyDone":   func() bool { return chaterr.AlreadyDone(err) },
			"Decide":        func() bool { return chaterr.Decide(err).Action != chaterr.ActionGiveUp },
			"Label":         func() bool { return chaterr.Label(err) != "USER_MUTED" },
			"CodesOf": func() bool {
				for range chaterr.CodesOf(err) {
				}
				return false
			},
			"Loggable": func() bool {
				_ = chaterr.Loggable(err).LogValue().Resolve()
				return false
			},
		} {
			asked = 0
			assert.False(t, f(), "%s at depth %d", name, depth)
			assert.LessOrEqual(t, asked, 4, "%s at depth %d asked the leaf %d times (retry.go)", name, depth, asked)
		}
		asked = 0
		var top *chaterr.Error = chaterr.Wrap(chaterr.UserMuted, "top", err)
		assert.False(t, top.Timeout())
		assert.LessOrEqual(t, asked, 4, "(*Error).Timeout at depth %d asked the leaf %d times (errors.go)", depth, asked)
	}
}

func BenchmarkRetryableDepth(b *testing.B) {
	for _, depth := range []int{10, 100, 1000} {
		asked := 0
		err := alternating(depth, countingLeaf{&asked})
		b.Run(fmt.Sprint(depth), func(b *testing.B) {
			for b.Loop() {
				chaterr.Retryable(err)
			}
		})
	}
}
