package rest_test

import (
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"

	"github.com/seed-a36dd713/chaterr"
	"github.com/seed-a36dd713/chaterr/rest"
	"github.com/seed-a36dd713/chaterr/web"
)

// loggableGroup is what chaterr.Loggable logs for a *rest.Error wrapped once.
func loggableGroup() []slog.Attr {
	return chaterr.Loggable(fmt.Errorf("x: %w", logged())).LogValue().Resolve().Group()
}

// TestLoggableOfWrappedError: chaterr.Loggable of a wrapped *rest.Error logs
// the REST keys, not only the text.
func TestLoggableOfWrappedError(t *testing.T) {
	got := map[string]string{}
	for _, a := range loggableGroup() {
		if _, dup := got[a.Key]; !dup { // the first value of each key
			got[a.Key] = a.Value.String()
		}
	}
	for _, a := range logged().LogValue().Group() {
		if a.Key == "message" {
			assert.NotContains(t, got, "message", "the message is in the error text, logged once (log.go)")
			continue
		}
		assert.Equal(t, a.Value.String(), got[a.Key], "key %s of chaterr.Loggable(wrapped *rest.Error); see log.go", a.Key)
	}
	assert.Contains(t, got["error"], "Message send reach limit", "the error text holds the message")
}

// TestLoggableKeysAreUnique: each key once, or a JSON reader keeps only the
// last value; error is the error's text, and the REST string has a key of
// its own.
func TestLoggableKeysAreUnique(t *testing.T) {
	seen := map[string]bool{}
	for _, a := range loggableGroup() {
		assert.False(t, seen[a.Key], "chaterr.Loggable logs the key %q twice for a wrapped *rest.Error (log.go); a JSON reader keeps the last", a.Key)
		seen[a.Key] = true
	}
	m := logJSON(t, chaterr.Loggable(fmt.Errorf("x: %w", logged())))
	assert.Equal(t, "message_send_error", m["rest_error"], "the REST string under its own key")
	assert.Equal(t, `x: chaterr/rest: 403 message_send_error: Message send reach limit \u202e: not logged`, m["error"], "the error key is the text")
}

// TestSDKMeaningInTheTree: chaterr's tree-wide questions and Loggable see
// the native code of a REST error, however it is wrapped.
func TestSDKMeaningInTheTree(t *testing.T) {
	group := func(status int, body string) error {
		req := httptest.NewRequest(http.MethodPost, "http://x/org/app/chatgroups/9/users", nil)
		resp := &http.Response{StatusCode: status, Request: req, Header: http.Header{}, Body: io.NopCloser(strings.NewReader(body))}
		return fmt.Errorf("invite: %w", rest.FromResponse(resp))
	}
	joined := group(403, `{"error":"forbidden_op","error_description":"invite users to join group failed: user 7 already in group 9"}`)
	assert.Equal(t, chaterr.GroupAlreadyJoined, chaterr.CodeOf(joined))
	assert.True(t, chaterr.AlreadyDone(joined), "already in the group: treat as success")
	assert.Equal(t, chaterr.ActionSucceed, chaterr.Decide(joined).Action)
	assert.Equal(t, []chaterr.Code{chaterr.GroupAlreadyJoined}, slices.Collect(chaterr.CodesOf(joined)))
	assert.Equal(t, "GROUP_ALREADY_JOINED", chaterr.Label(joined))

	m := logJSON(t, chaterr.Loggable(joined))
	assert.Equal(t, float64(chaterr.GroupAlreadyJoined), m["code"], "the native code")
	assert.Equal(t, "GROUP_ALREADY_JOINED", m["name"])
	assert.Equal(t, float64(web.GroupAlreadyJoined), m["web_code"], "the Web SDK's reading")
	assert.Equal(t, "forbidden_op", m["rest_error"])
	assert.Equal(t, 403.0, m["status"])

	busy := fmt.Errorf("send: %w", rest.FromParts(429, http.Header{"Retry-After": {"2"}}, []byte(`{"error":"reach_limit"}`)))
	assert.Equal(t, chaterr.ServerBusy, chaterr.CodeOf(busy))
	assert.Equal(t, chaterr.Decision{Action: chaterr.ActionRetry, Delay: 2 * time.Second}, chaterr.Decide(busy))

	full := group(403, `{"error":"forbidden_op","error_description":"group member list is full!"}`)
	assert.ErrorIs(t, full, chaterr.GroupMembersFull)
	assert.False(t, chaterr.Retryable(full))
	assert.Equal(t, chaterr.ActionGiveUp, chaterr.Decide(full).Action)
}
