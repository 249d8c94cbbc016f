package chaterr_test

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

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

func TestFromSDK(t *testing.T) {
	assert.NoError(t, chaterr.FromSDK(0, ""), "code 0 is success: an untyped nil")
	assert.True(t, chaterr.FromSDK(0, "ignored") == nil, "err == nil holds")

	err := chaterr.FromSDK(215, "muted in group 9")
	require.Error(t, err)
	var e *chaterr.Error
	require.ErrorAs(t, err, &e)
	assert.Equal(t, chaterr.New(chaterr.UserMuted, "muted in group 9"), e, "the *Error New gives")
	assert.ErrorIs(t, err, chaterr.UserMuted)

	err = chaterr.FromSDK(1234, "")
	require.ErrorAs(t, err, &e)
	assert.Equal(t, chaterr.Code(1234), e.Code, "an undocumented code is kept")
	assert.Equal(t, "chaterr: Code(1234) (1234)", err.Error())

	err = chaterr.FromSDK(-1, "x")
	require.ErrorAs(t, err, &e)
	assert.Equal(t, chaterr.Code(-1), e.Code)
}

func TestWrapAndCause(t *testing.T) {
	cause := fmt.Errorf("dial: %w", io.ErrUnexpectedEOF)
	e := chaterr.Wrap(chaterr.NetworkError, "connection lost", cause)
	require.NotNil(t, e)
	assert.Equal(t, chaterr.NetworkError.Description(), e.Description, "Description is filled in")
	assert.Same(t, cause, e.Err)
	assert.Equal(t, "chaterr: NETWORK_ERROR (2): connection lost: dial: unexpected EOF", e.Error())
	assert.ErrorIs(t, e, io.ErrUnexpectedEOF, "the cause is in the chain")
	assert.ErrorIs(t, e, chaterr.NetworkError)

	assert.Equal(t, "chaterr: NETWORK_ERROR (2): dial: unexpected EOF", chaterr.Wrap(chaterr.NetworkError, "", cause).Error(),
		"the default message is not repeated")
	assert.Equal(t, chaterr.New(chaterr.NetworkError, "m"), chaterr.Wrap(chaterr.NetworkError, "m", nil), "a nil cause gives New")
}

func TestErrorIsOneLine(t *testing.T) {
	for _, tc := range []struct {
		message string
		cause   error
		want    string
	}{
		{"line one\nERROR forged line", nil, `chaterr: USER_MUTED (215): line one\nERROR forged line`},
		{"tab\there\r\x1b[31m", nil, `chaterr: USER_MUTED (215): tab\there\r\x1b[31m`},
		{"sep\u2028next\u0085", nil, `chaterr: USER_MUTED (215): sep\u2028next\u0085`},
		{"bad \xff byte", nil, `chaterr: USER_MUTED (215): bad \xff byte`},
		{"ok: ünïcode \\n stays", errors.New("cause\nwith newline"), `chaterr: USER_MUTED (215): ok: ünïcode \n stays: cause\nwith newline`},
	} {
		got := chaterr.Wrap(chaterr.UserMuted, tc.message, tc.cause).Error()
		assert.Equal(t, tc.want, got)
		assert.NotContains(t, got, "\n")
		assert.NotContains(t, got, "\r")
	}
}

func TestCodesOf(t *testing.T) {
	batch := errors.Join(
		fmt.Errorf("join 1: %w", chaterr.New(chaterr.GroupAlreadyJoined, "")),
		fmt.Errorf("join 2: %w", chaterr.Wrap(chaterr.ServerBusy, "busy", chaterr.NetworkError)),
		io.EOF,
		fmt.Errorf("%w and %w", chaterr.TokenExpired, errors.Join(chaterr.UserMuted)),
	)
	var got []chaterr.Code
	for c := range chaterr.CodesOf(batch) {
		got = append(got, c)
	}
	assert.Equal(t, []chaterr.Code{
		chaterr.GroupAlreadyJoined, chaterr.ServerBusy, chaterr.NetworkError, chaterr.TokenExpired, chaterr.UserMuted,
	}, got, "every code, in the order errors.Is visits them")
	for _, c := range got {
		assert.ErrorIs(t, batch, c)
	}

	// Stopping early stops the walk.
	var first []chaterr.Code
	for c := range chaterr.CodesOf(batch) {
		first = append(first, c)
		if len(first) == 2 {
			break
		}
	}
	assert.Equal(t, got[:2], first)

	var nilErr *chaterr.Error
	for _, err := range []error{nil, io.EOF, fmt.Errorf("x: %w", io.EOF), nilErr} {
		for c := range chaterr.CodesOf(err) {
			t.Errorf("CodesOf(%v) yielded %v", err, c)
		}
	}
	assert.Equal(t, chaterr.GroupAlreadyJoined, chaterr.CodeOf(batch), "CodeOf is the first code")
}

// TestCodeOfHasNoCode: the two-result way to ask whether an error carries a
// code at all is errors.As, which agrees with CodeOf when it does.
func TestCodeOfHasNoCode(t *testing.T) {
	var code chaterr.Code
	assert.False(t, errors.As(context.DeadlineExceeded, &code), "no SDK code")
	assert.Equal(t, chaterr.GeneralError, chaterr.CodeOf(context.DeadlineExceeded))
	err := errors.Join(io.EOF, fmt.Errorf("x: %w", chaterr.New(chaterr.GeneralError, "")))
	if assert.True(t, errors.As(err, &code)) {
		assert.Equal(t, chaterr.GeneralError, code, "a real GENERAL_ERROR is found")
		assert.Equal(t, chaterr.CodeOf(err), code)
	}
}

// logLine logs one record with the handler h makes and returns its output.
func logLine(t *testing.T, json bool, args ...any) string {
	t.Helper()
	var buf bytes.Buffer
	opts := &slog.HandlerOptions{ReplaceAttr: func(groups []string, a slog.Attr) slog.Attr {
		if a.Key == slog.TimeKey && len(groups) == 0 {
			return slog.Attr{}
		}
		return a
	}}
	var h slog.Handler = slog.NewTextHandler(&buf, opts)
	if json {
		h = slog.NewJSONHandler(&buf, opts)
	}
	slog.New(h).Error("failed", args...)
	return buf.String()
}

func TestLogging(t *testing.T) {
	bare := chaterr.New(chaterr.ServerBusy, "busy now")
	wrapped := fmt.Errorf("send: %w", bare)
	joined := errors.Join(io.EOF, wrapped)
	caused := fmt.Errorf("login: %w", chaterr.Wrap(chaterr.NetworkError, "lost", errors.New("dial: reset")))

	decode := func(line string) map[string]any {
		var m map[string]any
		require.NoError(t, json.Unmarshal([]byte(line), &m), line)
		return m
	}
	// JSON: the same keys and types whichever way the code is logged.
	for name, v := range map[string]any{
		"bare *Error":      bare,
		"Loggable(bare)":   chaterr.Loggable(bare),
		"Loggable(wrap)":   chaterr.Loggable(wrapped),
		"Loggable(joined)": chaterr.Loggable(joined),
		"bare Code":        chaterr.ServerBusy,
	} {
		got := decode(logLine(t, true, "err", v))["err"].(map[string]any)
		assert.Equal(t, 302.0, got["code"], "%s: code is a number", name)
		assert.Equal(t, "SERVER_BUSY", got["name"], "%s: name is the SDK name", name)
		switch name {
		case "bare *Error":
			assert.Equal(t, "busy now", got["message"], name)
		case "bare Code":
		default:
			assert.NotContains(t, got, "message", "%s: the message is in the error text, logged once", name)
			assert.Contains(t, got["error"], "busy now", name)
		}
	}
	got := decode(logLine(t, true, "err", chaterr.Loggable(joined)))["err"].(map[string]any)
	assert.Equal(t, strings.ReplaceAll(joined.Error(), "\n", `\n`), got["error"], "the full error text, on one line")
	got = decode(logLine(t, true, "err", chaterr.Loggable(caused)))["err"].(map[string]any)
	assert.Equal(t, map[string]any{
		"code": 2.0, "name": "NETWORK_ERROR", "error": caused.Error(),
	}, got, "the message and the cause are in the error text, logged once")
	got = decode(logLine(t, true, "err", chaterr.Wrap(chaterr.NetworkError, "lost", errors.New("dial: reset"))))["err"].(map[string]any)
	assert.Equal(t, "dial: reset", got["cause"], "a bare *Error logs its cause")
	got = decode(logLine(t, true, "err", chaterr.Loggable(io.EOF)))["err"].(map[string]any)
	assert.Equal(t, map[string]any{"error": "EOF"}, got, "no code: only the text")
	assert.NotContains(t, logLine(t, true, "err", chaterr.Loggable(nil)), `"err"`, "nil logs nothing")

	// Text: the same keys, the number unquoted.
	for _, v := range []any{bare, chaterr.Loggable(wrapped), chaterr.Loggable(joined), chaterr.ServerBusy} {
		line := logLine(t, false, "err", v)
		assert.Contains(t, line, " err.code=302 err.name=SERVER_BUSY", line)
	}
	assert.Equal(t,
		`level=ERROR msg=failed err.code=215 err.name=USER_MUTED err.error="join: chaterr: USER_MUTED (215): muted in group 9"`+"\n",
		logLine(t, false, "err", chaterr.Loggable(fmt.Errorf("join: %w", chaterr.New(chaterr.UserMuted, "muted in group 9")))))

	var nilErr *chaterr.Error
	assert.NotPanics(t, func() { _ = nilErr.LogValue() })
	assert.Empty(t, nilErr.LogValue().Group())
	assert.Equal(t, "[code=1234 name=Code(1234)]", chaterr.Code(1234).LogValue().String())
}

func TestTextForms(t *testing.T) {
	for c, want := range map[chaterr.Code]string{
		chaterr.UserMuted: "USER_MUTED", 1234: "Code(1234)", -1: "Code(-1)", 902: "902", chaterr.PushUnbindFailed: "PUSH_UNBIND_FAILED",
	} {
		b, err := c.MarshalText()
		require.NoError(t, err)
		assert.Equal(t, want, string(b))
		var back chaterr.Code
		require.NoError(t, back.UnmarshalText(b))
		assert.Equal(t, c, back, "text round trip of %d", int(c))
	}
	for _, c := range chaterr.Codes() {
		b, err := c.MarshalText()
		require.NoError(t, err)
		var back chaterr.Code
		require.NoError(t, back.UnmarshalText(b), string(b))
		assert.Equal(t, c, back, "text round trip of %s", b)
	}

	// Outside 32 bits: refused in every direction.
	big := chaterr.Code(1 << 40)
	_, err := big.MarshalText()
	assert.Error(t, err)
	_, err = json.Marshal(big)
	assert.Error(t, err)
	_, err = json.Marshal(map[chaterr.Code]int{big: 1})
	assert.Error(t, err)
	c := chaterr.ServerBusy
	assert.Error(t, c.UnmarshalText([]byte("1099511627776")))
	assert.Error(t, json.Unmarshal([]byte(`{"1099511627776":1}`), &map[chaterr.Code]int{}))
	assert.Error(t, c.UnmarshalText([]byte("USER_MUTD")))
	assert.Equal(t, chaterr.ServerBusy, c, "a failed decode leaves the value unchanged")

	// Values are numbers; UnmarshalJSON, not UnmarshalText, decodes them.
	b, err := json.Marshal(struct{ C chaterr.Code }{chaterr.UserMuted})
	require.NoError(t, err)
	assert.JSONEq(t, `{"C":215}`, string(b))
	var v struct{ C chaterr.Code }
	require.NoError(t, json.Unmarshal([]byte(`{"C":215}`), &v), "a JSON number, which UnmarshalText could not take")
	assert.Equal(t, chaterr.UserMuted, v.C)
	require.NoError(t, json.Unmarshal([]byte(`{"C":"user_muted"}`), &v))
	assert.Equal(t, chaterr.UserMuted, v.C)

	// Map keys are names, and decode from names or numbers.
	m := map[chaterr.Code]int{chaterr.UserMuted: 3, chaterr.ServerBusy: 1, 1234: 2}
	b, err = json.Marshal(m)
	require.NoError(t, err)
	assert.JSONEq(t, `{"USER_MUTED":3,"SERVER_BUSY":1,"Code(1234)":2}`, string(b))
	var back map[chaterr.Code]int
	require.NoError(t, json.Unmarshal(b, &back))
	assert.Equal(t, m, back)
	back = nil
	require.NoError(t, json.Unmarshal([]byte(`{"215":1,"usermuted":2}`), &back))
	assert.Equal(t, map[chaterr.Code]int{chaterr.UserMuted: 2}, back, "both keys are 215; the later wins")

	// flag.TextVar takes a Code.
	fs := flag.NewFlagSet("x", flag.ContinueOnError)
	var code chaterr.Code
	fs.TextVar(&code, "code", chaterr.NoError, "the code to match")
	require.NoError(t, fs.Parse([]string{"-code", "AgoraChatErrorUserMuted"}))
	assert.Equal(t, chaterr.UserMuted, code)
	fs.SetOutput(io.Discard)
	assert.Error(t, fs.Parse([]string{"-code", "USER_MUTD"}))
}

func TestCategoryText(t *testing.T) {
	for _, c := range append(chaterr.Categories(), chaterr.CategoryUnknown) {
		b, err := c.MarshalText()
		require.NoError(t, err)
		assert.Equal(t, c.String(), string(b))
		var back chaterr.Category
		require.NoError(t, back.UnmarshalText([]byte(strings.ToUpper(string(b)))))
		assert.Equal(t, c, back)
		p, err := chaterr.ParseCategory(c.String())
		require.NoError(t, err)
		assert.Equal(t, c, p)
	}
	got, err := chaterr.ParseCategory("groups")
	assert.Equal(t, chaterr.CategoryUnknown, got)
	var perr *chaterr.ParseError
	if assert.ErrorAs(t, err, &perr) {
		assert.Equal(t, "category", perr.What)
		assert.Contains(t, err.Error(), `"groups"`)
		assert.Contains(t, err.Error(), "chatroom", "lists the valid names")
	}
	_, err = chaterr.Category(200).MarshalText()
	assert.Error(t, err)
	b, err := json.Marshal(map[chaterr.Category]bool{chaterr.CategoryGroup: true})
	require.NoError(t, err)
	assert.JSONEq(t, `{"group":true}`, string(b))
	b, err = json.Marshal(struct{ C chaterr.Category }{chaterr.CategoryPush})
	require.NoError(t, err)
	assert.JSONEq(t, `{"C":"push"}`, string(b))
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
