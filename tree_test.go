package chaterr_test

import (
	"errors"
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/seed-a36dd713/chaterr"
)

func TestAnyCarrierOfACode(t *testing.T) {
	err := fmt.Errorf("ui: %w", &opError{"send", chaterr.ServerBusy})
	var code chaterr.Code
	require.True(t, errors.As(err, &code))
	require.Equal(t, chaterr.ServerBusy, code, "errors.As finds it")

	assert.Equal(t, chaterr.ServerBusy, chaterr.CodeOf(err), "CodeOf sees what errors.As sees")
	assert.True(t, chaterr.CodeOf(err).Retryable())
	assert.True(t, chaterr.Retryable(err))
	assert.Equal(t, []chaterr.Code{chaterr.ServerBusy}, collect(chaterr.CodesOf(err)))

	// In errors.As order: err itself, then each Unwrap result, depth first.
	tree := errors.Join(
		fmt.Errorf("a: %w", &opError{"a", chaterr.UserMuted}),
		chaterr.Wrap(chaterr.NetworkError, "", &opError{"cause", chaterr.ServerTimeout}),
		isOnly{chaterr.GroupNotExist},
		chaterr.InvalidToken,
	)
	assert.Equal(t, []chaterr.Code{chaterr.UserMuted, chaterr.NetworkError, chaterr.ServerTimeout, chaterr.InvalidToken},
		collect(chaterr.CodesOf(tree)), "an Is-only type cannot tell its code, so it is not listed")
	assert.Equal(t, chaterr.GeneralError, chaterr.CodeOf(isOnly{chaterr.GroupNotExist}))
	assert.ErrorIs(t, isOnly{chaterr.GroupNotExist}, chaterr.GroupNotExist, "errors.Is still matches it")

	// The carrier's own log group joins the record.
	got := decodeLog(t, chaterr.Loggable(err))
	assert.Equal(t, map[string]any{"code": 302.0, "name": "SERVER_BUSY", "op": "send", "error": err.Error()}, got)
}
