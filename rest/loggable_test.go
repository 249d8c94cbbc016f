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
		assert.Equal(t, a.Value.String(), got[a.Key], "key %s of chaterr.Loggable(wrapped *rest.Error); see log.go", a.Key)
	}
}

// TestLoggableKeysAreUnique: each key once, or a JSON reader keeps only the
// last value: the REST error key "error" must not be overwritten by the
// error text.
func TestLoggableKeysAreUnique(t *testing.T) {
	seen := map[string]bool{}
	for _, a := range loggableGroup() {
		assert.False(t, seen[a.Key], "chaterr.Loggable logs the key %q twice for a wrapped *rest.Error (log.go); a JSON reader keeps the last", a.Key)
		seen[a.Key] = true
	}
	assert.Equal(t, "message_send_error", logJSON(t, chaterr.Loggable(fmt.Errorf("x: %w", logged())))["error"],
		"the error key as a JSON reader sees it")
}
