package rest_test

import (
	"fmt"
	"log/slog"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/seed-a36dd713/chaterr"
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
