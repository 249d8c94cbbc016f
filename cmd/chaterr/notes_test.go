package main

import (
	"encoding/json"
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/seed-a36dd713/chaterr"
)

// TestNotes: each number whose meaning changed gets one note line (text)
// and a note key (JSON); other codes get neither line nor text.
func TestNotes(t *testing.T) {
	for _, n := range []string{"605", "606", "706", "305", "900", "901", "902"} {
		r := runWith(nil, n)
		assert.Equal(t, 0, r.code, n)
		assert.Equal(t, 1, strings.Count(r.stdout, "\nnote:         "), "chaterr %s: one note line (notes.go)\n%s", n, r.stdout)
	}
	assert.Contains(t, runWith(nil, "605").stdout, "-old-release")
	assert.NotContains(t, runWith(nil, "215").stdout, "note:")

	// 1403 is not documented, but the iOS value of PUSH_NOT_SUPPORT.
	r := runWith(nil, "1403")
	assert.Equal(t, 1, r.code)
	assert.Contains(t, r.stderr, "1403: not a documented Agora Chat error code; note: ")
	assert.Contains(t, r.stderr, "PUSH_NOT_SUPPORT")
	assert.Contains(t, r.stderr, "iOS")

	r = runWith(nil, "-json", "1403", "215")
	var rows []map[string]any
	require.NoError(t, json.Unmarshal([]byte(r.stdout), &rows))
	require.Len(t, rows, 2)
	assert.Contains(t, rows[0]["note"], "PUSH_NOT_SUPPORT")
	assert.Equal(t, "", rows[1]["note"], "the key is there, empty")
}

func TestOldReleaseFlag(t *testing.T) {
	r := runWith(nil, "-old-release", "605", "606", "GROUP_NOT_EXIST", "215")
	assert.Equal(t, 0, r.code)
	var names []string
	for _, l := range strings.Split(r.stdout, "\n") {
		if n, ok := strings.CutPrefix(l, "name:         "); ok {
			names = append(names, n)
		}
	}
	assert.Equal(t, []string{"GROUP_NOT_EXIST", "GROUP_SHARED_FILE_INVALIDID", "GROUP_NOT_EXIST", "USER_MUTED"}, names,
		"numbers through chaterr.FromOldRelease, names as they are")

	r = runWith(strings.NewReader("onError(605, x)\n"), "-scan", "-old-release")
	assert.Contains(t, r.stdout, "stdin:1: 606 GROUP_NOT_EXIST")
	assert.Contains(t, r.stdout, "send 605 for this", "the note says which number was decoded")

	r = runWith(nil, "-old-release", "-json", "606", "706")
	var rows []map[string]any
	require.NoError(t, json.Unmarshal([]byte(r.stdout), &rows))
	require.Len(t, rows, 2)
	assert.Equal(t, "Read with -old-release: releases from before the 605/606 swap send 606 for this.", rows[0]["note"])
	assert.Equal(t, note(706), rows[1]["note"], "other notes stay")

	assert.Equal(t, exitUsage, runWith(nil, "-rest", "-old-release", "x").code)
}

// TestWebCollisionNotes: every native number that the Web SDK uses for
// another meaning (the rows of package web's oracle, web/testdata/web-codes.tsv,
// whose collides column is filled) has a note naming the Web meaning; the
// other numbers have none about the Web.
func TestWebCollisionNotes(t *testing.T) {
	want := oracleCollisions(t)
	require.NotEmpty(t, want)
	for n, name := range want {
		assert.Contains(t, note(n), " "+strconv.Itoa(int(n))+" ", "note of %d (notes.go)", int(n))
		assert.Contains(t, note(n), "Web SDK", "note of %d", int(n))
		assert.Contains(t, note(n), name+": ", "note of %d names the Web meaning", int(n))
	}
	for _, c := range chaterr.Codes() {
		if _, ok := want[c]; !ok {
			assert.NotContains(t, note(c), "Web", "chaterr %d: no Web collision", int(c))
		}
	}
	out := runWith(nil, "605").stdout
	assert.Equal(t, 1, strings.Count(out, "note:"), "one note line, with both notes:\n%s", out)
	assert.Contains(t, out, "GROUP_NOT_EXIST: ")
}

// oracleCollisions maps each number of a row of package web's oracle whose
// collides column (the seventh) is filled to that row's Web name; of two
// such rows of one number, the last.
func oracleCollisions(t *testing.T) map[chaterr.Code]string {
	t.Helper()
	b, err := os.ReadFile("../../web/testdata/web-codes.tsv")
	require.NoError(t, err)
	out := map[chaterr.Code]string{}
	for _, l := range strings.Split(strings.TrimSpace(string(b)), "\n") {
		cols := strings.Split(l, "\t")
		if strings.HasPrefix(l, "#") || len(cols) < 7 || cols[6] == "" {
			continue
		}
		n, err := strconv.Atoi(cols[0])
		require.NoError(t, err, l)
		out[chaterr.Code(n)] = cols[1]
	}
	return out
}
