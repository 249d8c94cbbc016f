package chaterr_test

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/seed-a36dd713/chaterr"
)

// opError is an app's own error type that carries a code through an As
// method, as the example does.
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

func TestRetryableAndTimeoutOfAnyError(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), time.Nanosecond)
	defer cancel()
	<-ctx.Done()
	canceled, cancel2 := context.WithCancel(context.Background())
	cancel2()

	pathErr := &os.PathError{Op: "read", Path: "x", Err: timeoutErr{}}
	for _, tc := range []struct {
		name               string
		err                error
		retryable, timeout bool
	}{
		{"nil", nil, false, false},
		{"plain", io.EOF, false, false},
		{"retryable code", fmt.Errorf("x: %w", chaterr.ServerBusy), true, false},
		{"timeout code", chaterr.New(chaterr.ServerTimeout, ""), true, true},
		{"not retryable", chaterr.New(chaterr.UserMuted, ""), false, false},
		{"context deadline", fmt.Errorf("join: %w", ctx.Err()), true, true},
		{"bare DeadlineExceeded", context.DeadlineExceeded, true, true},
		{"context canceled", fmt.Errorf("join: %w", canceled.Err()), false, false},
		{"cause times out", chaterr.Wrap(chaterr.GeneralError, "", timeoutErr{}), true, true},
		{"path error of a timeout", pathErr, true, true},
		{"batch with one retryable", errors.Join(chaterr.UserMuted, chaterr.ServerBusy), true, false},
		{"carrier", &opError{"send", chaterr.ConnectionTimeout}, true, true},
		{"Retryable method", retryableErr{}, true, false},
	} {
		assert.Equal(t, tc.retryable, chaterr.Retryable(tc.err), "Retryable(%s)", tc.name)
		assert.Equal(t, tc.timeout, chaterr.Timeout(tc.err), "Timeout(%s)", tc.name)
		if !hasCode(tc.err) && tc.err != nil {
			assert.Equal(t, chaterr.GeneralError, chaterr.CodeOf(tc.err), "CodeOf(%s) of an error without a code", tc.name)
		}
	}
	assert.Equal(t, chaterr.GeneralError, chaterr.CodeOf(ctx.Err()), "CodeOf of a deadline stays GENERAL_ERROR")

	// *Error asks its cause, as *os.PathError does.
	wrapped := chaterr.Wrap(chaterr.NetworkError, "", timeoutErr{})
	assert.True(t, wrapped.Timeout())
	assert.True(t, wrapped.Retryable())
	assert.False(t, chaterr.New(chaterr.UserMuted, "").Retryable())
	assert.False(t, chaterr.Wrap(chaterr.UserMuted, "", io.EOF).Timeout())
	var nilErr *chaterr.Error
	assert.False(t, nilErr.Retryable())
	assert.False(t, nilErr.Timeout())

	// No allocation for the package's own types and standard wrappers.
	own := fmt.Errorf("a: %w", errors.Join(io.EOF, fmt.Errorf("b: %w", chaterr.Wrap(chaterr.UserMuted, "m", ctx.Err()))))
	assert.Equal(t, 0.0, testing.AllocsPerRun(100, func() { _ = chaterr.Retryable(own) }))
	assert.Equal(t, 0.0, testing.AllocsPerRun(100, func() { _ = chaterr.Timeout(own) }))
	assert.Equal(t, 0.0, testing.AllocsPerRun(100, func() { _ = chaterr.CodeOf(own) }))
}

type retryableErr struct{}

func (retryableErr) Error() string   { return "rate limited" }
func (retryableErr) Retryable() bool { return true }

func hasCode(err error) bool {
	var c chaterr.Code
	return errors.As(err, &c)
}

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

func TestErrorJSONRoundTrip(t *testing.T) {
	for _, e := range []*chaterr.Error{
		chaterr.New(chaterr.UserMuted, "muted in group 9"),
		chaterr.Wrap(chaterr.NetworkError, "lost", errors.New("dial: reset")),
		chaterr.New(chaterr.Code(4321), ""),
		chaterr.New(chaterr.PushUnbindFailedLegacy, "old"),
	} {
		data, err := json.Marshal(e)
		require.NoError(t, err)
		var back chaterr.Error
		require.NoError(t, json.Unmarshal(data, &back), "%s", data)
		assert.ErrorIs(t, &back, e.Code, "%s", data)
		assert.Equal(t, e.Message, back.Message)
		assert.Equal(t, e.Description, back.Description)
		assert.Equal(t, e.Error(), back.Error(), "the same text after the round trip")
	}
	data, err := json.Marshal(chaterr.Wrap(chaterr.UserMuted, "m", io.EOF))
	require.NoError(t, err)
	assert.JSONEq(t, `{"code":215,"name":"USER_MUTED","message":"m","cause":"EOF"}`, string(data))
	var back chaterr.Error
	require.NoError(t, json.Unmarshal(data, &back))
	assert.NotErrorIs(t, &back, io.EOF, "the cause comes back as text only")

	for _, bad := range []string{`{}`, `{"code":"NOPE"}`, `{"code":215,"name":"SERVER_BUSY"}`, `[]`, `{"code":1.5}`} {
		var e chaterr.Error
		assert.Error(t, json.Unmarshal([]byte(bad), &e), bad)
	}
	var e chaterr.Error
	require.NoError(t, json.Unmarshal([]byte(`{"name":"user_muted"}`), &e))
	assert.Equal(t, chaterr.UserMuted, e.Code)
	out, err := json.Marshal((*chaterr.Error)(nil))
	require.NoError(t, err)
	assert.Equal(t, "null", string(out))
}

func TestErrorTextIsEscapedAndBounded(t *testing.T) {
	for _, hostile := range []string{"a\u202eb", "x\u2066y\u2069", "zero\u200bwidth", "\ufeffbom", "nl\nx", "sep\u2028x"} {
		text := chaterr.Wrap(chaterr.UserMuted, hostile, errors.New(hostile)).Error()
		for _, r := range text {
			assert.False(t, strings.ContainsRune("\u202e\u2066\u2069\u200b\ufeff\n\u2028", r), "%q keeps %U", text, r)
		}
	}
	huge := strings.Repeat("é\u202e", 5<<20/5)
	e := chaterr.Wrap(chaterr.UserMuted, huge, errors.New(huge))
	text := e.Error()
	assert.LessOrEqual(t, len(text), chaterr.MaxErrorText)
	assert.True(t, utf8.ValidString(text))
	assert.True(t, strings.HasSuffix(text, "...(cut)"), "a visible marker ends a cut")
	assert.LessOrEqual(t, testing.AllocsPerRun(5, func() { _ = e.Error() }), 2.0, "the buffer grows once, and the string")
	assert.Equal(t, 1.0, testing.AllocsPerRun(100, func() { _ = chaterr.New(chaterr.UserMuted, "muted in group 9").Error() })-1,
		"one allocation for the text of an ordinary message (besides New's)")

	// A deep chain of *Error causes formats in time linear in its depth:
	// building the text touches each level once, and stops at the bound.
	var deep error = io.EOF
	for i := range 20000 {
		deep = chaterr.Wrap(chaterr.Code(i%50), "level", deep)
	}
	text = deep.Error()
	assert.LessOrEqual(t, len(text), chaterr.MaxErrorText)
	assert.True(t, strings.HasPrefix(text, "chaterr: Code(49) (49): level: chaterr: Code(48) (48): level"), text[:80])
}

func TestParseCategoryFoldsASCIIOnly(t *testing.T) {
	for _, s := range []string{"pu\u017fh", "un\u212anown", "\u212aNOWN"} {
		_, err := chaterr.ParseCategory(s)
		assert.Error(t, err, "%q must not fold to a category", s)
	}
	c, err := chaterr.ParseCategory("PUSH")
	require.NoError(t, err)
	assert.Equal(t, chaterr.CategoryPush, c)
}

// cyclic is a hostile wrapper whose Unwrap chain comes back to the start.
type cyclic struct{ next error }

func (c *cyclic) Error() string { return "cycle" }
func (c *cyclic) Unwrap() error { return c.next }

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

func TestErrorJSONEdges(t *testing.T) {
	var holder struct{ E chaterr.Error }
	require.NoError(t, json.Unmarshal([]byte(`{"E":null}`), &holder), "null leaves the value alone")

	var e chaterr.Error
	err := json.Unmarshal([]byte(`{"code":215,"message":5}`), &e)
	var perr *chaterr.ParseError
	require.ErrorAs(t, err, &perr, "a wrong-typed field is a ParseError")
	assert.Contains(t, perr.Error(), "message")
	assert.NotContains(t, perr.Error(), "errorJSON", "no internal type names")

	withEmptyCause := chaterr.Wrap(chaterr.UserMuted, "m", errors.New(""))
	data, err := json.Marshal(withEmptyCause)
	require.NoError(t, err)
	var back chaterr.Error
	require.NoError(t, json.Unmarshal(data, &back))
	assert.Error(t, back.Err, "a cause with empty text is still a cause: %s", data)
}
