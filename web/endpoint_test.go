package web_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/seed-a36dd713/chaterr"
	"github.com/seed-a36dd713/chaterr/web"
)

// reportHandler is a backend's endpoint for the error reports of browser
// clients: it decodes the report, decides what to do with the native
// constants that the handlers of native clients use, and logs it.
func reportHandler(logger *slog.Logger) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		werr, err := web.Decode(r.Body) // reads at most web.MaxBody
		if err != nil {
			http.Error(w, err.Error(), http.StatusBadRequest)
			return
		}
		action := "report"
		switch code := chaterr.CodeOf(werr); {
		case errors.Is(werr, chaterr.GroupNotExist):
			action = "drop the group from the client's list"
		case code.LoginRequired():
			action = "log in again"
		case code.Retryable():
			action = "retry later"
		}
		logger.Error("client error", "platform", "web", "err", chaterr.Loggable(werr))
		w.Header().Set("Content-Type", "application/json")
		json.NewEncoder(w).Encode(map[string]any{"native": int(chaterr.CodeOf(werr)), "action": action})
	}
}

func TestEndpointReceivesBrowserReport(t *testing.T) {
	var logs bytes.Buffer
	logger := slog.New(slog.NewJSONHandler(&logs, &slog.HandlerOptions{ReplaceAttr: dropTime}))
	srv := httptest.NewServer(reportHandler(logger))
	defer srv.Close()

	post := func(body string) (int, string) {
		t.Helper()
		resp, err := http.Post(srv.URL, "application/json", strings.NewReader(body))
		require.NoError(t, err)
		defer resp.Body.Close()
		b, err := io.ReadAll(resp.Body)
		require.NoError(t, err)
		return resp.StatusCode, string(b)
	}

	// Web 605 is "group not found": native 606, not native 605.
	status, body := post(`{"type":605,"message":"group 42 not found","data":{"groupId":"42"}}`)
	require.Equal(t, http.StatusOK, status, body)
	assert.JSONEq(t, `{"native":606,"action":"drop the group from the client's list"}`, body)
	var line struct {
		Platform string         `json:"platform"`
		Err      map[string]any `json:"err"`
	}
	require.NoError(t, json.Unmarshal(logs.Bytes(), &line), logs.String())
	assert.Equal(t, "web", line.Platform)
	assert.Equal(t, float64(606), line.Err["code"], "the native code under the native key: %s", logs.String())
	assert.Equal(t, "GROUP_NOT_EXIST", line.Err["name"])
	assert.Equal(t, float64(605), line.Err["web_code"], "the Web number under a key of its own")
	assert.Equal(t, "GROUP_NOT_EXIST", line.Err["web_name"])
	assert.NotContains(t, line.Err, "message", "the message is in the error text, logged once")
	assert.Contains(t, line.Err["error"], "web: GROUP_NOT_EXIST (605")
	assert.Contains(t, line.Err["error"], "group 42 not found")

	// A rejected login without a user is not success.
	logs.Reset()
	status, body = post(`{"type":0,"message":"user is required"}`)
	require.Equal(t, http.StatusOK, status, body)
	assert.JSONEq(t, `{"native":101,"action":"report"}`, body)

	// A REST failure keeps its HTTP status; a timeout is retried.
	logs.Reset()
	status, body = post(`{"type":-1,"message":"timeout","extraInfo":{"httpCode":504}}`)
	require.Equal(t, http.StatusOK, status, body)
	assert.JSONEq(t, `{"native":301,"action":"retry later"}`, body)
	assert.Contains(t, logs.String(), `"http_status":504`)

	// A Web code without a native equivalent: CodeOf has no code to give.
	logs.Reset()
	status, body = post(`{"type":17,"message":"ajax","data":"Bad Gateway"}`)
	require.Equal(t, http.StatusOK, status, body)
	assert.JSONEq(t, `{"native":1,"action":"report"}`, body, "GENERAL_ERROR: no native code in the tree")
	assert.Contains(t, logs.String(), `"web_code":17`)

	// A bad report is refused with a bounded, escaped reason.
	status, body = post(`{"type":"605\u202e"}`)
	assert.Equal(t, http.StatusBadRequest, status)
	assert.Contains(t, body, `field "type"`)
	status, body = post(`{"type":1,"message":"` + strings.Repeat("x", web.MaxBody) + `"}`)
	assert.Equal(t, http.StatusBadRequest, status)
	assert.Contains(t, body, "larger than 65536 bytes")
	assert.Less(t, len(body), 300)
}
