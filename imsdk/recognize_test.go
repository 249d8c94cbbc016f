package imsdk

import (
	"errors"
	"fmt"
	"net/http"
	"reflect"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/seed-a36dd713/chaterr"
)

// asSDK points sdkPackage at this package for the test, so that the local
// types named SDKError and APIError below stand for the SDK's.
func asSDK(t *testing.T) {
	old := sdkPackage
	sdkPackage = reflect.TypeOf(Error{}).PkgPath()
	t.Cleanup(func() { sdkPackage = old })
}

type errText string

func (e errText) Error() string { return string(e) }

// TestSameNameElsewhere: a type named SDKError at another import path than
// the SDK's is not taken for it.
func TestSameNameElsewhere(t *testing.T) {
	type SDKError struct {
		errText
		Code string
	}
	err := fmt.Errorf("x: %w", &SDKError{errText: "e", Code: "TOKEN_EXPIRED"})
	assert.Equal(t, err, Wrap(err))
	assert.Equal(t, chaterr.GeneralError, chaterr.CodeOf(Wrap(err)))
}

// TestFieldsOfAnotherShape: a future release whose fields are missing or
// of another type gives no code, and never a panic.
func TestFieldsOfAnotherShape(t *testing.T) {
	asSDK(t)
	t.Run("Code of another type", func(t *testing.T) {
		type SDKError struct {
			errText
			Code int
		}
		err := &SDKError{errText: "e", Code: 108}
		assert.Equal(t, error(err), Wrap(err), "no code: returned as it is")
	})
	t.Run("no Code", func(t *testing.T) {
		type SDKError struct{ errText }
		err := &SDKError{errText: "e"}
		assert.Equal(t, error(err), Wrap(err))
	})
	t.Run("StatusCode and Reason of other types", func(t *testing.T) {
		type ErrorCode string
		type SDKError struct {
			errText
			Code       ErrorCode
			Operation  string
			Reason     []byte
			StatusCode string
		}
		w := Wrap(&SDKError{errText: "e", Code: "PROTOCOL_ERROR", Operation: "send ack", Reason: []byte("x"), StatusCode: "15"})
		e, ok := w.(*Error)
		require.True(t, ok, "the code is read")
		assert.Zero(t, e.StatusCode, "a StatusCode of another type is none")
		_, native := e.Native()
		assert.False(t, native, "so the status-15 row does not apply")
	})
	t.Run("value, not pointer; unexported fields", func(t *testing.T) {
		type SDKError struct {
			errText
			Code string
			code string
		}
		e, ok := Wrap(SDKError{errText: "e", Code: "TOKEN_EXPIRED", code: "x"}).(*Error)
		require.True(t, ok)
		assert.Equal(t, chaterr.TokenExpired, chaterr.CodeOf(e))
	})
	t.Run("nil pointer", func(t *testing.T) {
		type SDKError struct {
			errText
			Code string
		}
		var nilErr *SDKError
		assert.NotPanics(t, func() { Wrap(nilErr) })
	})
	t.Run("APIError without a usable Response", func(t *testing.T) {
		type Response struct {
			StatusCode string
			Header     map[string]string
			Body       string
		}
		type APIError struct {
			errText
			Response *Response
		}
		err := &APIError{errText: "e", Response: &Response{StatusCode: "404"}}
		assert.Equal(t, error(err), Wrap(err))
		type Response2 struct {
			StatusCode int
			Header     map[string]string // not an http.Header: left out
			Body       string            // not []byte: left out
		}
		type APIError2 struct {
			errText
			Response *Response2
		}
		shape := shapeOf(reflect.TypeOf(&APIError2{}))
		assert.Equal(t, other, shape.kind, "APIError2 is not named APIError")
	})
	t.Run("APIError with a nil Response, and one with a header", func(t *testing.T) {
		type Response struct {
			StatusCode int
			Header     http.Header
			Body       []byte
		}
		type APIError struct {
			errText
			Response  *Response
			RequestID int // of another type: left out
		}
		assert.NotPanics(t, func() { Wrap(&APIError{errText: "e"}) })
		e, ok := Wrap(&APIError{errText: "e", Response: &Response{StatusCode: 429, Header: http.Header{"Retry-After": {"3"}}, Body: []byte(`{"error":"reach_limit"}`)}, RequestID: 5}).(*Error)
		require.True(t, ok)
		require.NotNil(t, e.REST)
		assert.Empty(t, e.REST.RequestID)
		assert.True(t, chaterr.Retryable(e))
		assert.Equal(t, chaterr.Decision{Action: chaterr.ActionRetry, Delay: 3e9}, chaterr.Decide(e))
	})
}

// TestShapeIsCached: a type is inspected once.
func TestShapeIsCached(t *testing.T) {
	err := fmt.Errorf("x: %w", errors.New("y"))
	Wrap(err)
	typ := reflect.TypeOf(err)
	s1, ok := shapes.Load(typ)
	require.True(t, ok, "the type's shape is cached")
	Wrap(err)
	s2, _ := shapes.Load(typ)
	assert.Same(t, s1, s2)
}

// TestRowsCoverCodes: every code has a fallback or its conditions, and the
// rows of a code sit together, as selectRow's order needs.
func TestRowsCoverCodes(t *testing.T) {
	seen := map[string]bool{}
	last := ""
	for _, r := range rows {
		if r.code != last {
			assert.False(t, seen[r.code], "imsdk/table.go: the rows of %s are not together", r.code)
			seen[r.code] = true
			last = r.code
		}
		assert.NotEmpty(t, r.meaning, r.code)
		if !r.ok {
			assert.NotEmpty(t, r.hint, "imsdk/table.go: %s without a native code needs a hint", r.code)
		}
	}
	for _, c := range codes {
		assert.NotEmpty(t, Explain(c), c)
	}
	assert.Nil(t, Explain("NO_SUCH_CODE"))
}

// TestNilError: every method of a nil *Error is safe.
func TestNilError(t *testing.T) {
	var e *Error
	assert.NotPanics(t, func() {
		_ = e.Error()
		_, _ = e.Native()
		_ = e.Is(chaterr.TokenExpired)
		_ = e.As(new(chaterr.Code))
		_ = e.Unwrap()
		_, _, _, _ = e.Retryable(), e.Timeout(), e.LoginRequired(), e.AlreadyDone()
		_, _, _ = e.Label(), e.Hint(), e.Description()
		_ = e.LogValue()
		_ = e.RetryDelay()
	})
	assert.Equal(t, chaterr.GeneralError, chaterr.CodeOf(fmt.Errorf("x: %w", e)))
}

// TestReasonFoldIsASCII: a Reason matches its phrase in any ASCII letter
// case only; the Kelvin sign is not a k.
func TestReasonFoldIsASCII(t *testing.T) {
	_, ok := Lookup("AUTHENTICATION_FAILED", "session", "\u212Aicked by other device", 0)
	assert.False(t, ok)
	r, ok := Lookup("AUTHENTICATION_FAILED", "session", "KICKED BY OTHER DEVICE", 0)
	assert.True(t, ok)
	assert.Equal(t, chaterr.UserKickedByOtherDevice, r.Native)
}
