package main

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/seed-a36dd713/chaterr/web"
)

func TestWeb(t *testing.T) {
	// By number and by name, in any case: the Web meaning, the native
	// equivalent, and the warning that native 605 is another error.
	for _, arg := range []string{"605", "GROUP_NOT_EXIST", "group_not_exist"} {
		r := runWith(nil, "-web", arg)
		assert.Equal(t, exitOK, r.code, arg)
		assert.Contains(t, r.stdout, "web code:     605\nname:         GROUP_NOT_EXIST\n", arg)
		assert.Contains(t, r.stdout, "native:       606 GROUP_NOT_EXIST\n", arg)
		assert.Contains(t, r.stdout, "warning:      native 605 is GROUP_SHARED_FILE_INVALIDID", arg)
		assert.Contains(t, r.stdout, "hint:         "+web.GroupNotExist.Hint()+"\n", arg)
	}

	// A shared number shows both rows, and which one an error object means.
	r := runWith(nil, "-web", "0")
	assert.Equal(t, exitOK, r.code)
	assert.Equal(t, 2, strings.Count(r.stdout, "web code:     0\n"), r.stdout)
	assert.Contains(t, r.stdout, "note:         in an error object, 0 means WEBIM_CONNCTION_USER_NOT_ASSIGN_ERROR")
	assert.Contains(t, r.stdout, "native:       101 INVALID_USER_NAME")

	// A number with the same meaning on both sides has no warning.
	r = runWith(nil, "-web", "-1")
	assert.Equal(t, exitOK, r.code)
	assert.NotContains(t, r.stdout, "warning:")

	// JSON, as for native codes.
	r = runWith(nil, "-web", "-json", "605", "-4")
	require.Equal(t, exitOK, r.code)
	var rows []map[string]any
	require.NoError(t, json.Unmarshal([]byte(r.stdout), &rows), r.stdout)
	require.Len(t, rows, 2)
	assert.Equal(t, 605.0, rows[0]["web_code"])
	assert.Equal(t, 606.0, rows[0]["native"])
	assert.Equal(t, 605.0, rows[0]["collides"])
	assert.Equal(t, "GROUP_SHARED_FILE_INVALIDID", rows[0]["collides_name"])
	assert.Nil(t, rows[1]["native"], "REQUEST_ABORT has no native equivalent")

	// The whole table, and one family of it.
	r = runWith(nil, "-web", "-list")
	assert.Equal(t, exitOK, r.code)
	assert.Len(t, strings.Split(strings.TrimSuffix(r.stdout, "\n"), "\n"), 1+len(web.Rows()))
	r = runWith(nil, "-web", "-list", "-category", "group")
	assert.Equal(t, exitOK, r.code)
	for _, line := range strings.Split(strings.TrimSuffix(r.stdout, "\n"), "\n")[1:] {
		assert.Contains(t, line, " group ", line)
	}
	r = runWith(nil, "-web", "-jsonl", "-list")
	assert.Equal(t, len(web.Rows()), strings.Count(r.stdout, "\n"))

	// Refusals.
	r = runWith(nil, "-web", "9999", "NOPE\x1b[2J")
	assert.Equal(t, exitNotDocumented, r.code)
	assert.Contains(t, r.stderr, "9999: not a documented Web SDK error code")
	assert.Contains(t, r.stderr, `NOPE\x1b[2J`, "escaped")
	assert.Equal(t, exitUsage, runWith(nil, "-web").code)
	assert.Equal(t, exitUsage, runWith(nil, "-web", "-scan", "x.log").code)
	assert.Equal(t, exitUsage, runWith(nil, "-web", "-rest", "x").code)
	assert.Equal(t, exitUsage, runWith(nil, "-web", "-list", "-category", "nope").code)
}

// TestCategoryKeyIsShared: a native and a Web code name their family with
// the same JSON key and the same text label, so one query reads both.
func TestCategoryKeyIsShared(t *testing.T) {
	for _, args := range [][]string{{"-json", "605"}, {"-web", "-json", "605"}} {
		r := runWith(nil, args...)
		require.Equal(t, 0, r.code, r.stderr)
		var rows []map[string]any
		require.NoError(t, json.Unmarshal([]byte(r.stdout), &rows), r.stdout)
		require.NotEmpty(t, rows)
		assert.Equal(t, "group", rows[0]["category"], "%v: the category key", args)
		assert.NotContains(t, rows[0], "family", "%v", args)
	}
	for _, args := range [][]string{{"605"}, {"-web", "605"}} {
		assert.Contains(t, runWith(nil, args...).stdout, "\ncategory:     group\n", "%v: the category label", args)
	}
	r := runWith(nil, "-web", "-list", "-category", "nope")
	assert.Contains(t, r.stderr, `unknown Web category "nope"; valid categories:`)
}
