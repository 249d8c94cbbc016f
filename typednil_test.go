package chaterr_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/seed-a36dd713/chaterr"
	"github.com/seed-a36dd713/chaterr/rest"
	"github.com/seed-a36dd713/chaterr/web"
)

// TestTypedNilInAnyTree: a typed-nil *chaterr.Error, *web.Error or
// *rest.Error, bare, wrapped, joined or as a cause, panics nowhere, and
// carries no code: a tree that holds it and USER_MUTED is USER_MUTED.
func TestTypedNilInAnyTree(t *testing.T) {
	var e *chaterr.Error
	var w *web.Error
	var r *rest.Error
	for name, err := range map[string]error{"chaterr": e, "web": w, "rest": r} {
		for form, tree := range map[string]error{"bare": err, "wrapped": fmt.Errorf("x: %w", err), "joined": errors.Join(err, chaterr.UserMuted), "wrap in Error": chaterr.Wrap(chaterr.ServerBusy, "m", err)} {
			for fn, f := range map[string]func(){
				"CodeOf": func() { chaterr.CodeOf(tree) },
				"CodesOf": func() {
					for range chaterr.CodesOf(tree) {
					}
				},
				"Retryable":     func() { chaterr.Retryable(tree) },
				"Timeout":       func() { chaterr.Timeout(tree) },
				"LoginRequired": func() { chaterr.LoginRequired(tree) },
				"AlreadyDone":   func() { chaterr.AlreadyDone(tree) },
				"Decide":        func() { chaterr.Decide(tree) },
				"Label":         func() { chaterr.Label(tree) },
				"Loggable": func() {
					slog.New(slog.DiscardHandler).Error("x", "err", chaterr.Loggable(tree))
					_ = chaterr.Loggable(tree).LogValue().String()
				},
				"Error": func() { _ = tree.Error() },
				"JSON":  func() { json.Marshal(tree) },
			} {
				assert.NotPanics(t, f, "%s of a typed-nil %s, %s (tree.go, retry.go, log.go)", fn, name, form)
			}
			assert.False(t, chaterr.Retryable(tree) && form != "wrap in Error", "%s %s: a typed nil is not retryable", name, form)
		}
		assert.Equal(t, chaterr.UserMuted, chaterr.CodeOf(errors.Join(err, chaterr.UserMuted)), "%s: a typed nil carries no code", name)
	}
}
