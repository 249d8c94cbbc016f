package chaterr_test

import (
	"errors"
	"fmt"
	"io"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/seed-a36dd713/chaterr"
)

func TestLoggableBatch(t *testing.T) {
	batch := errors.Join(chaterr.GroupAlreadyJoined, fmt.Errorf("item 2: %w", chaterr.New(chaterr.ServerBusy, "")), io.EOF)
	got := decodeLog(t, chaterr.Loggable(batch))
	assert.Equal(t, 601.0, got["code"])
	assert.Equal(t, "GROUP_ALREADY_JOINED", got["name"])
	assert.Equal(t, []any{601.0, 302.0}, got["codes"], "every code of the batch, as numbers")
	assert.Equal(t, strings.ReplaceAll(batch.Error(), "\n", `\n`), got["error"], "the text, on one line")

	one := decodeLog(t, chaterr.Loggable(fmt.Errorf("x: %w", chaterr.New(chaterr.UserMuted, ""))))
	assert.NotContains(t, one, "codes", "one code: no list")
	assert.NotContains(t, one, "message", "a message that only repeats the name is left out")
	assert.NotContains(t, decodeLog(t, chaterr.New(chaterr.UserMuted, "")), "message")

	// No code, but a node that logs itself: its group is kept.
	got = decodeLog(t, chaterr.Loggable(fmt.Errorf("rest: %w", isOnly{chaterr.UserMuted})))
	assert.Equal(t, map[string]any{"kind": "is-only", "error": "rest: is-only"}, got)
}

func TestLoggableIsBounded(t *testing.T) {
	// A cycle through a code: Loggable returns, with a bounded codes list.
	e := chaterr.New(chaterr.UserMuted, "m")
	e.Err = &cyclic{next: e}
	got := decodeLog(t, chaterr.Loggable(&cyclic{next: e}))
	assert.Equal(t, 215.0, got["code"])
	assert.Len(t, got["codes"], 64)
	assert.Equal(t, true, got["codes_truncated"])

	// A cycle without a code: the walk stops too.
	loop := &cyclic{}
	loop.next = loop
	assert.Equal(t, map[string]any{"error": "cycle"}, decodeLog(t, chaterr.Loggable(loop)))

	// A huge batch logs at most 64 codes.
	var errs []error
	for i := range 100000 {
		errs = append(errs, chaterr.Code(600+i%10))
	}
	got = decodeLog(t, chaterr.Loggable(errors.Join(errs...)))
	assert.Len(t, got["codes"], 64)
	assert.LessOrEqual(t, len(got["error"].(string)), chaterr.MaxErrorText)

	// Messages and causes are escaped and bounded in every log form.
	huge := strings.Repeat("x\u202e", 1<<20)
	w := chaterr.Wrap(chaterr.UserMuted, huge, errors.New(huge))
	for _, v := range []any{w, chaterr.Loggable(fmt.Errorf("a: %w", w))} {
		got := decodeLog(t, v)
		for _, key := range []string{"message", "cause", "error"} {
			if s, ok := got[key].(string); ok {
				assert.LessOrEqual(t, len(s), chaterr.MaxErrorText, key)
				assert.NotContains(t, s, "\u202e", key)
			}
		}
	}
}
