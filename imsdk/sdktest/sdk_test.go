package sdktest_test

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/easemob/go-im-sdk/sdk"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/seed-a36dd713/chaterr"
	"github.com/seed-a36dd713/chaterr/imsdk"
	"github.com/seed-a36dd713/chaterr/rest"
)

// tsvRow is a data row of testdata/go-im-sdk.tsv.
type tsvRow struct {
	code, native string
}

// readTSV returns the data rows of a tab-separated file without its
// comments and header line.
func readTSV(t *testing.T, path string, header bool) [][]string {
	t.Helper()
	f, err := os.Open(path)
	require.NoError(t, err)
	defer f.Close()
	var out [][]string
	sc := bufio.NewScanner(f)
	first := header
	for sc.Scan() {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if first {
			first = false
			continue
		}
		out = append(out, strings.Split(line, "\t"))
	}
	require.NoError(t, sc.Err())
	return out
}

func oracle(t *testing.T) []tsvRow {
	var rows []tsvRow
	for _, c := range readTSV(t, "testdata/go-im-sdk.tsv", true) {
		require.Len(t, c, 6, "testdata/go-im-sdk.tsv: code, go_name, when, native, confidence, meaning")
		rows = append(rows, tsvRow{code: c[0], native: c[3]})
	}
	return rows
}

// TestEveryRow checks every row of go-im-sdk.tsv through the stand-in
// SDK: the native code that the row names, found by chaterr.CodeOf,
// errors.Is and Native in a wrapped tree whose SDK value errors.As still
// finds; and for a row without one, no native code but a hint.
func TestEveryRow(t *testing.T) {
	rows := oracle(t)
	covered := make([]bool, len(rows))
	for _, c := range readTSV(t, "testdata/cases.tsv", false) {
		require.Len(t, c, 5, "testdata/cases.tsv: row, code, operation, reason, status")
		n, err := strconv.Atoi(c[0])
		require.NoError(t, err)
		require.True(t, n >= 1 && n <= len(rows), "testdata/cases.tsv: row %d", n)
		r := rows[n-1]
		require.Equal(t, r.code, c[1], "testdata/cases.tsv: row %d is %s in go-im-sdk.tsv", n, r.code)
		covered[n-1] = true
		status, err := strconv.Atoi(c[4])
		require.NoError(t, err)
		se := &sdk.SDKError{Code: sdk.ErrorCode(c[1]), Operation: c[2], Reason: c[3], StatusCode: int32(status), Cause: errors.New("cause")}
		where := fmt.Sprintf("go-im-sdk.tsv row %d (%s), case %q; edit imsdk/table.go", n, r.code, strings.Join(c, " | "))
		err = imsdk.Wrap(fmt.Errorf("send: %w", se))
		var e *imsdk.Error
		require.ErrorAs(t, err, &e, where)
		var back *sdk.SDKError
		require.ErrorAs(t, err, &back, "the SDK's own value stays reachable: %s", where)
		assert.Same(t, se, back, where)
		native, ok := e.Native()
		if r.native == "-" {
			assert.False(t, ok, "no native code: %s", where)
			assert.Equal(t, chaterr.GeneralError, chaterr.CodeOf(err), where)
			assert.NotEmpty(t, e.Hint(), "a code without a native equivalent has a hint of its own: %s", where)
			assert.Equal(t, "GO_SDK_"+r.code, chaterr.Label(err), where)
		} else {
			want, _ := strconv.Atoi(r.native)
			require.True(t, ok, "a native code: %s", where)
			assert.Equal(t, chaterr.Code(want), native, where)
			assert.Equal(t, chaterr.Code(want), chaterr.CodeOf(err), where)
			assert.ErrorIs(t, err, chaterr.Code(want), where)
			assert.Equal(t, chaterr.Code(want).Retryable() || chaterr.Code(want).Timeout() || e.Retryable(), chaterr.Retryable(err), where)
		}
		if status != 0 && (r.native == "-" || strconv.Itoa(status) != r.native) {
			assert.NotErrorIs(t, err, chaterr.Code(status), "the msync status %d is not native %d: %s", status, status, where)
		}
		assert.NotEmpty(t, e.Description(), where)
	}
	for i, ok := range covered {
		assert.True(t, ok, "go-im-sdk.tsv row %d (%s) has no case in testdata/cases.tsv", i+1, rows[i].code)
	}
	var codes []string
	for _, r := range rows {
		if len(codes) == 0 || codes[len(codes)-1] != r.code {
			codes = append(codes, r.code)
		}
	}
	assert.Equal(t, codes, imsdk.Codes(), "imsdk.Codes against go-im-sdk.tsv")
}

// TestClassificationOfOwnCodes: the codes without a native equivalent that
// the issue names answer as it says.
func TestClassificationOfOwnCodes(t *testing.T) {
	decide := func(code, op string) chaterr.Decision {
		return chaterr.Decide(imsdk.Wrap(&sdk.SDKError{Code: sdk.ErrorCode(code), Operation: op}))
	}
	assert.Equal(t, chaterr.ActionRetry, decide("SEND_OUTCOME_UNKNOWN", "send").Action)
	assert.Contains(t, imsdk.Wrap(&sdk.SDKError{Code: "SEND_OUTCOME_UNKNOWN"}).(*imsdk.Error).Hint(), "same ClientMessageID")
	assert.Contains(t, imsdk.Wrap(&sdk.SDKError{Code: "HANDLER_BACKLOG"}).(*imsdk.Error).Hint(), "handler")
	assert.Equal(t, chaterr.ActionGiveUp, decide("CLIENT_CLOSED", "close").Action, "a programming error")
	assert.Contains(t, imsdk.Wrap(&sdk.SDKError{Code: "CLIENT_CLOSED"}).(*imsdk.Error).Hint(), "bug")
	assert.Equal(t, chaterr.ActionLogin, decide("TOKEN_EXPIRED", "provision").Action)
	kicked := imsdk.Wrap(&sdk.SDKError{Code: "AUTHENTICATION_FAILED", Operation: "session", Reason: "another device login"})
	assert.True(t, chaterr.LoginRequired(kicked))
	assert.Equal(t, chaterr.UserLoginAnotherDevice, chaterr.CodeOf(kicked))
}

// TestLoggable: the SDK's code and operation are logged, the msync status
// under a key of its own, never as the native code.
func TestLoggable(t *testing.T) {
	err := imsdk.Wrap(fmt.Errorf("send: %w", &sdk.SDKError{Code: "PERMISSION_DENIED", Operation: "send ack", Reason: "user is mute\x1b[31m", StatusCode: 7}))
	var buf bytes.Buffer
	slog.New(slog.NewJSONHandler(&buf, nil)).Error("send failed", "err", chaterr.Loggable(err))
	var rec struct{ Err map[string]any }
	require.NoError(t, json.Unmarshal(buf.Bytes(), &rec), buf.String())
	assert.Equal(t, float64(chaterr.UserMutedByAdmin), rec.Err["code"], buf.String())
	assert.Equal(t, "USER_MUTED_BY_ADMIN", rec.Err["name"])
	assert.Equal(t, "PERMISSION_DENIED", rec.Err["sdk_code"])
	assert.Equal(t, "send ack", rec.Err["operation"])
	assert.Equal(t, 7.0, rec.Err["msync_status"])
	assert.NotContains(t, buf.String(), "\x1b", "the server's words are escaped")
	assert.Contains(t, rec.Err["error"], "send ack: PERMISSION_DENIED: user is mute")
}

// TestAPIError: an APIError becomes the *rest.Error that rest.FromParts
// gives for its status, header and body, with its RequestID.
func TestAPIError(t *testing.T) {
	body := []byte(`{"error":"resource_not_found","error_description":"do not find this group:9"}`)
	h := http.Header{"Content-Type": {"application/json"}}
	api := &sdk.APIError{Response: &sdk.Response{StatusCode: 404, Header: h, Body: body}, ServiceCode: "resource_not_found", RequestID: "req-42"}
	err := imsdk.Wrap(fmt.Errorf("fetch: %w", api))
	var r *rest.Error
	require.ErrorAs(t, err, &r)
	want := rest.FromParts(404, h, body).(*rest.Error)
	want.RequestID = "req-42"
	assert.Equal(t, want, r)
	assert.Equal(t, rest.ResourceNotFound, r.Code)
	var back *sdk.APIError
	require.ErrorAs(t, err, &back)
	assert.Same(t, api, back)
	assert.ErrorIs(t, err, rest.ResourceNotFound)
	assert.Equal(t, "CHATROOM_NOT_EXIST", chaterr.Label(err), "no group URL: the chat-room reading, as rest.FromParts documents")
	assert.NoError(t, func() error {
		ok := &sdk.APIError{Response: &sdk.Response{StatusCode: 200}}
		if imsdk.Wrap(ok) != error(ok) {
			return errors.New("a 2xx APIError is returned as it is")
		}
		return nil
	}())
}

// TestNoSDKError: a tree without SDK errors is returned as it is, and nil
// is nil; a typed nil of the SDK's type is no SDK error.
func TestNoSDKError(t *testing.T) {
	plain := fmt.Errorf("x: %w", context.DeadlineExceeded)
	assert.Equal(t, plain, imsdk.Wrap(plain))
	assert.Nil(t, imsdk.Wrap(nil))
	var nilErr *sdk.SDKError
	assert.Equal(t, error(nilErr), imsdk.Wrap(nilErr))
	joined := errors.Join(errors.New("a"), &sdk.SDKError{Code: "TOKEN_EXPIRED"})
	assert.Equal(t, chaterr.TokenExpired, chaterr.CodeOf(imsdk.Wrap(joined)), "found inside a join")
	w := imsdk.Wrap(joined)
	assert.Equal(t, w, imsdk.Wrap(w), "wrapping twice changes nothing")
	assert.Zero(t, testing.AllocsPerRun(100, func() { _ = imsdk.Wrap(plain) }), "no SDK error: nothing allocated")
}
