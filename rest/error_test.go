package rest_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/seed-a36dd713/chaterr/internal/oneline"
	"github.com/seed-a36dd713/chaterr/rest"
)

func TestErrorText(t *testing.T) {
	e := &rest.Error{Status: 429, Code: rest.ReachLimit, Message: "This request has reached API limit.", Description: "ours"}
	assert.Equal(t, "chaterr/rest: 429 reach_limit: This request has reached API limit.", e.Error(), "Description is not printed")
	assert.Equal(t, "chaterr/rest: 503 Service Unavailable", (&rest.Error{Status: 503}).Error())
	assert.Equal(t, "chaterr/rest: 599", (&rest.Error{Status: 599}).Error())
	assert.Equal(t, "chaterr/rest: 502: upstream reset", (&rest.Error{Status: 502, Message: "upstream reset"}).Error())
	assert.Equal(t, "chaterr/rest: 400 param exception", (&rest.Error{Status: 400, Code: rest.ParamException}).Error())
	assert.Equal(t, `chaterr/rest: 400 x\u202e\u200by: a\u2066b\x00c: d\ne`,
		(&rest.Error{Status: 400, Code: "x\u202e\u200by", Message: "a\u2066b\x00c", Err: errors.New("d\ne")}).Error(),
		"Cc and Cf are escaped in every part")

	var nilErr *rest.Error
	assert.NotPanics(t, func() {
		assert.Equal(t, "chaterr/rest: <nil>", nilErr.Error())
		assert.False(t, nilErr.Retryable())
		assert.False(t, nilErr.Timeout())
		assert.False(t, nilErr.Is(rest.ReachLimit))
		assert.Empty(t, nilErr.LogValue().Group())
	})
	assert.False(t, (&rest.Error{Status: 400}).Is(rest.Code("")), "an empty code matches nothing")
	assert.True(t, errors.Is(fmt.Errorf("send: %w", e), rest.ReachLimit))
	assert.False(t, errors.Is(e, rest.Code("REACH_LIMIT")), "matching is by the exact string")
}

func TestErrorTextIsBounded(t *testing.T) {
	huge := strings.Repeat("\u202e", 100_000)
	for name, e := range map[string]*rest.Error{
		"message":  {Status: 400, Code: rest.IllegalArgument, Message: huge},
		"code":     {Status: 400, Code: rest.Code(huge)},
		"err":      {Status: 500, Err: errors.New(huge)},
		"all":      {Status: -1 << 62, Code: rest.Code(huge), Message: huge, Err: errors.New(huge)},
		"ascii":    {Status: 400, Code: rest.Code(strings.Repeat("c", 1e5)), Message: strings.Repeat("m", 1e5), Err: errors.New(strings.Repeat("e", 1e5))},
		"invalid":  {Status: 400, Message: strings.Repeat("\xff", 1e5)},
		"no bound": {Status: 400, Message: strings.Repeat("m", 3000)},
	} {
		text := e.Error()
		assert.LessOrEqual(t, len(text), 4<<10, "%s: at most 4 KiB", name)
		assertEscaped(t, text)
		if name != "no bound" {
			assert.Contains(t, text, oneline.Marker, "%s: a cut says so", name)
		} else {
			assert.NotContains(t, text, oneline.Marker, "a 3000-byte message fits whole")
		}
	}
	e := &rest.Error{Status: 400, Code: rest.IllegalArgument, Message: huge}
	assert.LessOrEqual(t, testing.AllocsPerRun(50, func() { _ = e.Error() }), 1.0, "Error allocates its result only")
}

// logJSON logs v under the key err with slog's JSON handler and returns the
// group it logged.
func logJSON(t *testing.T, v any) map[string]any {
	t.Helper()
	var buf bytes.Buffer
	slog.New(slog.NewJSONHandler(&buf, nil)).Error("call failed", "err", v)
	var got struct {
		Err map[string]any `json:"err"`
	}
	require.NoError(t, json.Unmarshal(buf.Bytes(), &got), buf.String())
	return got.Err
}

// wantLog is what TestLogValue's error logs.
var wantLog = map[string]any{
	"status": 403.0, "rest_error": "message_send_error", "message": `Message send reach limit \u202e`,
	"description": "the meaning", "retry_after": float64(2 * time.Second), "retryable": true,
}

// logged is the error that wantLog describes.
func logged() *rest.Error {
	return &rest.Error{Status: 403, Code: rest.MessageSendError, Message: "Message send reach limit \u202e",
		Description: "the meaning", RetryAfter: 2 * time.Second, Exception: "not logged", Err: errors.New("not logged")}
}

func TestLogValue(t *testing.T) {
	assert.Equal(t, wantLog, logJSON(t, logged()), "exactly these keys, the message escaped (rest/error.go)")
	var nilErr *rest.Error
	assert.Nil(t, logJSON(t, nilErr), "a nil *Error logs as an empty group, which slog leaves out")
}
