package chaterr_test

import (
	"encoding/json"
	"errors"
	"log/slog"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/seed-a36dd713/chaterr"
)

// The error types and helpers below are what the tests of tree.go, retry.go,
// log.go and errjson.go build their error trees from and read them with.

// opError is an app's own error type that carries a code through an As
// method, the way an app's wrapper of SDK failures often does.
type opError struct {
	Op   string
	Code chaterr.Code
}

func (e *opError) Error() string { return e.Op + " failed: " + e.Code.String() }

func (e *opError) As(target any) bool {
	if p, ok := target.(*chaterr.Code); ok {
		*p = e.Code
		return true
	}
	return false
}

func (e *opError) LogValue() slog.Value {
	return slog.GroupValue(slog.Int("code", int(e.Code)), slog.String("name", e.Code.String()), slog.String("op", e.Op))
}

// isOnly matches a code through Is alone: it cannot say which code it has.
type isOnly struct{ code chaterr.Code }

func (e isOnly) Error() string              { return "is-only" }
func (e isOnly) Is(target error) bool       { return target == e.code }
func (e isOnly) Unwrap() error              { return nil }
func (e isOnly) Timeout() bool              { return false }
func (e isOnly) LogValue() slog.Value       { return slog.GroupValue(slog.String("kind", "is-only")) }
func (e isOnly) Retryable() (result bool)   { return false }
func (e isOnly) Temporary() (result bool)   { return false }
func (e isOnly) String() (printed string)   { return "is-only" }
func (e isOnly) GoString() (printed string) { return "isOnly{}" }

// timeoutErr is a cause that reports a timeout, like a net.Error.
type timeoutErr struct{}

func (timeoutErr) Error() string { return "i/o timeout" }
func (timeoutErr) Timeout() bool { return true }

func collect(seq func(func(chaterr.Code) bool)) []chaterr.Code {
	var out []chaterr.Code
	for c := range seq {
		out = append(out, c)
	}
	return out
}

func decodeLog(t *testing.T, v any) map[string]any {
	t.Helper()
	var m map[string]any
	line := logLine(t, true, "err", v)
	require.NoError(t, json.Unmarshal([]byte(line), &m), line)
	got, _ := m["err"].(map[string]any)
	return got
}

type retryableErr struct{}

func (retryableErr) Error() string   { return "rate limited" }
func (retryableErr) Retryable() bool { return true }

func hasCode(err error) bool {
	var c chaterr.Code
	return errors.As(err, &c)
}

// cyclic is a hostile wrapper whose Unwrap chain comes back to the start.
type cyclic struct{ next error }

func (c *cyclic) Error() string { return "cycle" }
func (c *cyclic) Unwrap() error { return c.next }
