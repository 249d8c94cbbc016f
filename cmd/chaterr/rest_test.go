package main

import (
	"encoding/json"
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/seed-a36dd713/chaterr"
	"github.com/seed-a36dd713/chaterr/imsdk"
	"github.com/seed-a36dd713/chaterr/rest"
)

func TestREST(t *testing.T) {
	r := runWith(nil, "-rest", "reach_limit")
	assert.Equal(t, 0, r.code)
	assert.Equal(t, "status:       429\nerror:        reach_limit\nretryable:    yes, after a delay\ndescription:  "+
		rest.ReachLimit.Description()+"\n", r.stdout, "the description is rest.Rows'")

	r = runWith(nil, "-rest", "-json", "web_application", "504")
	assert.Equal(t, 0, r.code)
	var rows []map[string]any
	require.NoError(t, json.Unmarshal([]byte(r.stdout), &rows), r.stdout)
	require.Len(t, rows, 3, "415 and 500 web_application, and 504")
	assert.Equal(t, 415.0, rows[0]["status"])
	assert.Equal(t, false, rows[0]["retryable"])
	assert.Equal(t, 500.0, rows[1]["status"])
	assert.Equal(t, false, rows[1]["retryable"], "500 web_application is a URL that is not valid")
	assert.Equal(t, "", rows[2]["error"])
	assert.Equal(t, true, rows[2]["retryable"])
	assert.Equal(t, "", rows[2]["when"])

	r = runWith(nil, "-rest", "nope")
	assert.Equal(t, 1, r.code)
	assert.Equal(t, "chaterr: nope: not a documented REST API error string, status or error code\n", r.stderr)

	r = runWith(nil, "-rest", "-list")
	assert.Equal(t, 0, r.code)
	lines := strings.Split(strings.TrimSuffix(r.stdout, "\n"), "\n")
	assert.Len(t, lines, 1+len(rest.Rows())+len(rest.ErrorCodes()), "a header, every row and every error code")
	assert.Contains(t, r.stdout, "error_code 60002")
	assert.Contains(t, r.stdout, "resource_limited")
	assert.Contains(t, r.stdout, `"too many queries"`)

	r = runWith(nil, "-rest")
	assert.Equal(t, exitUsage, r.code)
	assert.Equal(t, "chaterr: -rest needs an error string, status or error code, or -list\n"+usageHint, r.stderr, "a usage error says why and points to -h")

	// The numeric SDK look-ups do not change.
	assert.Contains(t, runWith(nil, "429").stderr, "429: not a documented Agora Chat error code")
}

// TestRESTAnyCase: names are looked up in any letter case and printed as
// the server spells them, which is what rest.Code matches.
func TestRESTAnyCase(t *testing.T) {
	for arg, want := range map[string]rest.Code{
		"REACH_LIMIT": rest.ReachLimit, "bad_request": rest.BadRequestUpper, "PARAM EXCEPTION": rest.ParamException,
		"internal_server_error": rest.InternalServerError, "editlimitexceededexception": rest.EditLimitExceededException,
	} {
		r := runWith(nil, "-rest", "-jsonl", arg)
		assert.Equal(t, 0, r.code, arg)
		for _, l := range strings.Split(strings.TrimSpace(r.stdout), "\n") {
			var row map[string]any
			require.NoError(t, json.Unmarshal([]byte(l), &row), l)
			assert.Equal(t, string(want), row["error"], "%s prints the exact string", arg)
			assert.True(t, want.Known())
		}
	}
}

// TestRESTWhen: a row chosen by a phrase of the description says so.
func TestRESTWhen(t *testing.T) {
	r := runWith(nil, "-rest", "message_send_error")
	assert.Equal(t, 0, r.code)
	blocks := strings.Split(r.stdout, "\n\n")
	require.Len(t, blocks, 3, "400, 403 and 403 with a phrase:\n%s", r.stdout)
	assert.NotContains(t, blocks[1], "when:")
	assert.Contains(t, blocks[2], "when:         the description contains \"message send reach limit\"\nretryable:    yes, after a delay\n")

	r = runWith(nil, "-rest", "-json", "400")
	var rows []map[string]any
	require.NoError(t, json.Unmarshal([]byte(r.stdout), &rows), r.stdout)
	whens := 0
	for _, row := range rows {
		if row["when"] != "" {
			whens++
		}
	}
	oracle := 0
	b, err := os.ReadFile("../../rest/testdata/rest-errors.tsv")
	require.NoError(t, err)
	for _, l := range strings.Split(string(b), "\n") {
		if cols := strings.Split(l, "\t"); !strings.HasPrefix(l, "#") && len(cols) == 4 && cols[0] == "400" && cols[2] != "" {
			oracle++
		}
	}
	assert.Positive(t, oracle)
	assert.Equal(t, oracle, whens, "the 400 rows told apart by the description, as many as rest/testdata/rest-errors.tsv has")
}

// TestRESTErrorCode: a numeric error_code is explained with its meaning and
// the Web SDK's reading of it, with the native code of the same meaning.
func TestRESTErrorCode(t *testing.T) {
	r := runWith(nil, "-rest", "60002")
	assert.Equal(t, 0, r.code, r.stderr)
	assert.Equal(t, "error_code:   60002\nstatus:       403\ndescription:  "+rest.ErrorCode60002.Description()+
		"\nweb sdk:      403: PERMISSION_DENIED (603); no native equivalent\n", r.stdout)

	r = runWith(nil, "-rest", "-jsonl", "60003", "60010")
	assert.Equal(t, 0, r.code, r.stderr)
	lines := strings.Split(strings.TrimSpace(r.stdout), "\n")
	require.Len(t, lines, 2, r.stdout)
	var got struct {
		ErrorCode   int    `json:"error_code"`
		Statuses    []int  `json:"statuses"`
		Description string `json:"description"`
		Web         []struct {
			Match      string `json:"match"`
			WebCode    int    `json:"web_code"`
			WebName    string `json:"web_name"`
			NativeCode *int   `json:"native_code"`
		} `json:"web"`
	}
	require.NoError(t, json.Unmarshal([]byte(lines[0]), &got))
	assert.Equal(t, 60003, got.ErrorCode)
	assert.Equal(t, []int{404}, got.Statuses)
	require.Len(t, got.Web, 1)
	assert.Equal(t, "GROUP_NOT_JOINED", got.Web[0].WebName)
	require.NotNil(t, got.Web[0].NativeCode)
	assert.Equal(t, 602, *got.Web[0].NativeCode, "native GROUP_NOT_JOINED")
	require.NoError(t, json.Unmarshal([]byte(lines[1]), &got))
	require.Len(t, got.Web, 2, "60010 has two rules")
	assert.Equal(t, 50, got.Web[0].WebCode)
	assert.Contains(t, got.Web[0].Match, "single value limit")
	assert.Nil(t, got.Web[1].NativeCode)

	for _, c := range rest.ErrorCodes() {
		r := runWith(nil, "-rest", c.String())
		assert.Equal(t, 0, r.code, "%d: %s", c, r.stderr)
		assert.Contains(t, r.stdout, c.Description(), "%d", c)
	}
	r = runWith(nil, "-rest", "40013")
	assert.Equal(t, 1, r.code, "an undocumented error code")
}

// TestGoSDKCodes: every code of the Go IM SDK is explained with its native
// equivalent, in text and JSON; one that is also a native name of another
// meaning is explained both ways.
func TestGoSDKCodes(t *testing.T) {
	for _, c := range imsdk.Codes() {
		r := runWith(nil, c)
		assert.Equal(t, 0, r.code, "%s: %s", c, r.stderr)
		for _, reading := range imsdk.Explain(c) {
			if n, err := chaterr.Parse(c); err == nil && reading.HasNative && n == reading.Native {
				assert.Contains(t, r.stdout, n.Description(), "%s is a native name of the same meaning", c)
				continue
			}
			assert.Contains(t, r.stdout, reading.Description, c)
			if reading.HasNative {
				assert.Contains(t, r.stdout, reading.Native.String(), c)
			}
		}
	}
	r := runWith(nil, "IM_FORBIDDEN")
	assert.Equal(t, "go sdk code:  IM_FORBIDDEN\nnative:       SERVER_SERVICE_RESTRICTED (305)\nretryable:    no\ndescription:  "+
		imsdk.Explain("IM_FORBIDDEN")[0].Description+"\nhint:         "+imsdk.Explain("IM_FORBIDDEN")[0].Hint+"\n", r.stdout)
	r = runWith(nil, "-jsonl", "PERMISSION_DENIED")
	lines := strings.Split(strings.TrimSpace(r.stdout), "\n")
	require.Len(t, lines, 5, r.stdout)
	var got map[string]any
	require.NoError(t, json.Unmarshal([]byte(lines[2]), &got))
	assert.Equal(t, 219.0, got["native"], "a mute on a send acknowledgement")
	r = runWith(nil, "INVALID_TOKEN")
	assert.Contains(t, r.stdout, "code:         104", "the native name")
	assert.Contains(t, r.stdout, "go sdk code:  INVALID_TOKEN", "and the Go IM SDK's code of another meaning")
}
