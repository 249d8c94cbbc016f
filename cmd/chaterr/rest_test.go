package main

import (
	"encoding/json"
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

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
	assert.Equal(t, "chaterr: nope: not a documented REST API error string or status\n", r.stderr)

	r = runWith(nil, "-rest", "-list")
	assert.Equal(t, 0, r.code)
	lines := strings.Split(strings.TrimSuffix(r.stdout, "\n"), "\n")
	assert.Len(t, lines, 1+len(rest.Rows()), "a header and every row")
	assert.Contains(t, r.stdout, "resource_limited")
	assert.Contains(t, r.stdout, `"too many queries"`)

	r = runWith(nil, "-rest")
	assert.Equal(t, exitUsage, r.code)
	assert.Equal(t, "chaterr: -rest needs an error string or status, or -list\n"+usageHint, r.stderr, "a usage error says why and points to -h")

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
