package chaterr_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"strconv"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/seed-a36dd713/chaterr"
)

func TestJSON(t *testing.T) {
	type msg struct {
		Code chaterr.Code  `json:"code"`
		Ptr  *chaterr.Code `json:"ptr,omitempty"`
	}
	b, err := json.Marshal(msg{Code: chaterr.UserMuted})
	require.NoError(t, err)
	assert.JSONEq(t, `{"code":215}`, string(b))
	b, err = json.Marshal(chaterr.Code(-7))
	require.NoError(t, err)
	assert.Equal(t, "-7", string(b))

	for in, want := range map[string]chaterr.Code{
		`{"code":215}`:               chaterr.UserMuted,
		`{"code":"USER_MUTED"}`:      chaterr.UserMuted,
		`{"code":"user_muted"}`:      chaterr.UserMuted,
		`{"code":"UserMuted"}`:       chaterr.UserMuted,
		`{"code":"215"}`:             chaterr.UserMuted,
		`{"code":"USER_\u004dUTED"}`: chaterr.UserMuted,
		`{"code":99999}`:             99999,
		`{"code":-1}`:                -1,
		`{"code":null}`:              chaterr.ServerBusy, // unchanged
	} {
		m := msg{Code: chaterr.ServerBusy}
		if assert.NoError(t, json.Unmarshal([]byte(in), &m), in) {
			assert.Equal(t, want, m.Code, in)
		}
	}

	for _, in := range []string{
		`1.5`, `1.0`, `1e3`, `true`, `false`, `[]`, `[215]`, `{}`, `2147483648`, `-2147483649`,
		`"NOPE"`, `""`, `"0x10"`, `" 215"`,
	} {
		c := chaterr.ServerBusy
		err := json.Unmarshal([]byte(in), &c)
		if assert.Error(t, err, "decode %s", in) {
			assert.Contains(t, err.Error(), "chaterr: ", "decode %s: %v", in, err)
		}
		assert.Equal(t, chaterr.ServerBusy, c, "a failed decode of %s leaves the value unchanged", in)
	}

	// Called directly, as encoding/json would not: the input is quoted.
	var c chaterr.Code
	err = c.UnmarshalJSON([]byte(`1.5`))
	assert.ErrorContains(t, err, `"1.5"`)
	err = c.UnmarshalJSON(nil)
	assert.ErrorContains(t, err, `""`)
	err = c.UnmarshalJSON([]byte(`"unterminated`))
	assert.ErrorContains(t, err, strconv.Quote(`"unterminated`))
}

func TestNew(t *testing.T) {
	e := chaterr.New(chaterr.UserMuted, "muted in group 9")
	require.NotNil(t, e)
	assert.Equal(t, chaterr.UserMuted, e.Code)
	assert.Equal(t, "muted in group 9", e.Message)
	assert.Equal(t, chaterr.UserMuted.Description(), e.Description)
	assert.Nil(t, e.Err)
	assert.Equal(t, "chaterr: USER_MUTED (215): muted in group 9", e.Error())

	e = chaterr.New(chaterr.UserMuted, "")
	assert.Equal(t, "USER_MUTED", e.Message, "an empty message defaults to the SDK name")
	assert.Equal(t, "chaterr: USER_MUTED (215)", e.Error(), "the name is not repeated")
	assert.Equal(t, "chaterr: USER_MUTED (215)", chaterr.New(chaterr.UserMuted, "USER_MUTED").Error())

	e = chaterr.New(1234, "brand new failure")
	require.NotNil(t, e)
	assert.Equal(t, chaterr.Code(1234), e.Code, "an undocumented code is kept")
	assert.Empty(t, e.Description)
	assert.Equal(t, "chaterr: Code(1234) (1234): brand new failure", e.Error())

	assert.Equal(t, "chaterr: EM_NO_ERROR (0)", (&chaterr.Error{}).Error(), "the zero Error")
	var nilErr *chaterr.Error
	assert.NotPanics(t, func() { _ = nilErr.Error() })
	assert.Equal(t, "chaterr: <nil>", nilErr.Error())
	assert.Nil(t, nilErr.Unwrap())
	assert.False(t, nilErr.Is(chaterr.NoError))
	var c chaterr.Code
	assert.False(t, nilErr.As(&c))
}

func TestErrorsIs(t *testing.T) {
	base := chaterr.New(chaterr.UserMuted, "muted in group 9")
	wrapped := fmt.Errorf("a: %w", fmt.Errorf("b: %w", fmt.Errorf("c: %w", base)))
	joined := errors.Join(io.EOF, fmt.Errorf("send: %w", base))
	bare := fmt.Errorf("send: %w", chaterr.UserMuted)
	for name, err := range map[string]error{"error": base, "wrapped": wrapped, "joined": joined, "bare": bare} {
		t.Run(name, func(t *testing.T) {
			assert.ErrorIs(t, err, chaterr.UserMuted)
			assert.ErrorIs(t, err, chaterr.New(chaterr.UserMuted, "other message"), "an *Error target matches by code")
			assert.NotErrorIs(t, err, chaterr.UserMutedByAdmin)
			assert.NotErrorIs(t, err, chaterr.New(chaterr.ServerBusy, ""))
			assert.NotErrorIs(t, err, (*chaterr.Error)(nil))
			assert.NotErrorIs(t, err, errors.New("USER_MUTED"))
		})
	}
	assert.ErrorIs(t, chaterr.UserMuted, chaterr.New(chaterr.UserMuted, ""), "a bare Code matches an *Error target")
	assert.NotErrorIs(t, chaterr.UserMuted, (*chaterr.Error)(nil))

	cause := fmt.Errorf("dial: %w", io.ErrUnexpectedEOF)
	e := &chaterr.Error{Code: chaterr.NetworkError, Message: "lost", Err: cause}
	assert.Same(t, cause, errors.Unwrap(e))
	assert.ErrorIs(t, e, io.ErrUnexpectedEOF, "the cause is in the chain")
	assert.ErrorIs(t, e, chaterr.NetworkError)
}

func TestErrorsAs(t *testing.T) {
	for _, err := range []error{
		chaterr.UserMuted,
		fmt.Errorf("x: %w", chaterr.UserMuted),
		fmt.Errorf("x: %w", fmt.Errorf("y: %w", chaterr.New(chaterr.UserMuted, "m"))),
		errors.Join(io.EOF, chaterr.New(chaterr.UserMuted, "m")),
	} {
		var code chaterr.Code
		if assert.True(t, errors.As(err, &code), "%v", err) {
			assert.Equal(t, chaterr.UserMuted, code)
		}
	}
	var e *chaterr.Error
	if assert.True(t, errors.As(fmt.Errorf("x: %w", chaterr.New(chaterr.ServerBusy, "m")), &e)) {
		assert.Equal(t, "m", e.Message)
	}
	var code chaterr.Code
	assert.False(t, errors.As(io.EOF, &code))
	assert.False(t, chaterr.New(chaterr.UserMuted, "").As(&e), "As fills only a *Code")
	assert.False(t, chaterr.New(chaterr.UserMuted, "").As((*chaterr.Code)(nil)))
}

func TestCodeOf(t *testing.T) {
	var nilErr *chaterr.Error
	for name, tc := range map[string]struct {
		err  error
		want chaterr.Code
	}{
		"nil":           {nil, chaterr.NoError},
		"bare":          {chaterr.ServerBusy, chaterr.ServerBusy},
		"error":         {chaterr.New(chaterr.UserMuted, ""), chaterr.UserMuted},
		"wrapped":       {fmt.Errorf("a: %w", fmt.Errorf("b: %w", chaterr.New(chaterr.UserMuted, ""))), chaterr.UserMuted},
		"undocumented":  {fmt.Errorf("a: %w", chaterr.Code(1234)), 1234},
		"plain":         {io.EOF, chaterr.GeneralError},
		"plain wrapped": {fmt.Errorf("a: %w", io.EOF), chaterr.GeneralError},
		"nil *Error":    {nilErr, chaterr.GeneralError},
		"join order": {errors.Join(
			io.EOF,
			fmt.Errorf("a: %w", chaterr.New(chaterr.GroupNotJoined, "")),
			chaterr.ServerBusy,
		), chaterr.GroupNotJoined},
		"nested join": {fmt.Errorf("x: %w", errors.Join(
			errors.Join(io.EOF, fmt.Errorf("%w and %w", io.ErrClosedPipe, chaterr.TokenExpired)),
			chaterr.ServerBusy,
		)), chaterr.TokenExpired},
		"outer code first": {chaterr.New(chaterr.ServerBusy, "busy"), chaterr.ServerBusy},
		"cause below code": {&chaterr.Error{Code: chaterr.NetworkError, Err: chaterr.ServerBusy}, chaterr.NetworkError},
	} {
		t.Run(name, func(t *testing.T) {
			got := chaterr.CodeOf(tc.err)
			assert.Equal(t, tc.want, got)
			if tc.err != nil && tc.want != chaterr.GeneralError {
				assert.ErrorIs(t, tc.err, got, "CodeOf finds a code that errors.Is agrees with")
			}
		})
	}
}

func TestLogValue(t *testing.T) {
	var buf bytes.Buffer
	log := slog.New(slog.NewJSONHandler(&buf, &slog.HandlerOptions{
		ReplaceAttr: func(groups []string, a slog.Attr) slog.Attr {
			if a.Key == slog.TimeKey && len(groups) == 0 {
				return slog.Attr{}
			}
			return a
		},
	}))
	log.Error("send failed", "code", chaterr.UserMuted, "err", chaterr.New(chaterr.UserMuted, "muted in group 9"))
	var got map[string]any
	require.NoError(t, json.Unmarshal(buf.Bytes(), &got), buf.String())
	assert.Equal(t, "USER_MUTED", got["code"])
	assert.Equal(t, map[string]any{"code": 215.0, "name": "USER_MUTED", "message": "muted in group 9"}, got["err"])

	var nilErr *chaterr.Error
	assert.NotPanics(t, func() { _ = nilErr.LogValue() })
	assert.Equal(t, slog.KindGroup, nilErr.LogValue().Kind())
	assert.Empty(t, nilErr.LogValue().Group())
	assert.Equal(t, "Code(1234)", chaterr.Code(1234).LogValue().String())
}
