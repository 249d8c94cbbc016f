package main

import (
	"bytes"
	"encoding/json"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/seed-a36dd713/chaterr"
)

// result is what one run of the command produced.
type result struct {
	code           int
	stdout, stderr string
}

func runWith(stdin io.Reader, args ...string) result {
	var out, errOut bytes.Buffer
	code := run(args, stdin, &out, &errOut)
	return result{code, out.String(), errOut.String()}
}

// terminal is a stdin that says it is an interactive terminal.
type terminal struct{ io.Reader }

func (terminal) Stat() (os.FileInfo, error) { return charDevice{}, nil }

type charDevice struct{ os.FileInfo }

func (charDevice) Mode() os.FileMode { return os.ModeDevice | os.ModeCharDevice }

func TestExplainCodes(t *testing.T) {
	r := runWith(terminal{strings.NewReader("")}, "508", "user_muted", "ServerBusy")
	assert.Equal(t, 0, r.code)
	assert.Empty(t, r.stderr)
	blocks := strings.SplitAfter(r.stdout, "\n\n")
	require.Len(t, blocks, 3, "one block per argument:\n%s", r.stdout)
	for i, c := range []chaterr.Code{chaterr.MessageExternalLogicBlocked, chaterr.UserMuted, chaterr.ServerBusy} {
		assert.Contains(t, blocks[i], "code:         "+strconv.Itoa(int(c))+"\n")
		assert.Contains(t, blocks[i], "name:         "+c.String()+"\n")
		assert.Contains(t, blocks[i], "category:     "+c.Category().String()+"\n")
		assert.Contains(t, blocks[i], "description:  "+c.Description()+"\n")
	}
	assert.Contains(t, blocks[2], "flags:        retryable\n")
	assert.Contains(t, blocks[0], "flags:        none\n", "no flags, said in words")

	r = runWith(nil, "301")
	assert.Contains(t, r.stdout, "flags:        retryable, timeout\n")
	r = runWith(nil, "TOKEN_EXPIRED", "GROUP_ALREADY_JOINED")
	assert.Contains(t, r.stdout, "flags:        login required\n")
	assert.Contains(t, r.stdout, "flags:        already done\n")
}

func TestBadInputDoesNotStopTheOthers(t *testing.T) {
	r := runWith(nil, "99999", "508", "bogus", "-1", "0x10", "215")
	assert.Equal(t, 1, r.code)
	assert.Equal(t, 2, strings.Count(r.stdout, "code:"), "the documented codes are still explained:\n%s", r.stdout)
	assert.Contains(t, r.stdout, "MESSAGE_EXTERNAL_LOGIC_BLOCKED")
	assert.Contains(t, r.stdout, "USER_MUTED")
	assert.Equal(t, []string{
		"99999: not a documented Agora Chat error code",
		`chaterr: cannot parse "bogus" as a code: not a known Agora Chat error code name or a decimal integer`,
		"-1: not a documented Agora Chat error code",
		`chaterr: cannot parse "0x10" as a code: not a decimal integer or a code name`,
	}, strings.Split(strings.TrimSpace(r.stderr), "\n"))
}

func TestList(t *testing.T) {
	r := runWith(nil, "-list")
	assert.Equal(t, 0, r.code)
	assert.Empty(t, r.stderr)
	lines := strings.Split(strings.TrimSuffix(r.stdout, "\n"), "\n")
	require.Len(t, lines, len(chaterr.Codes())+1, "a header and a row per code")
	assert.True(t, strings.HasPrefix(lines[0], "CODE"))
	// Aligned: every row's name starts in the same column as the header's.
	col := strings.Index(lines[0], "NAME")
	for i, c := range chaterr.Codes() {
		assert.Equal(t, col, strings.Index(lines[i+1], c.String()), "row %q", lines[i+1])
		assert.True(t, strings.HasSuffix(lines[i+1], c.Description()))
	}
}

func TestListCategory(t *testing.T) {
	for _, name := range []string{"group", "GROUP", "Group"} {
		r := runWith(nil, "-category", name)
		assert.Equal(t, 0, r.code)
		lines := strings.Split(strings.TrimSuffix(r.stdout, "\n"), "\n")
		var want int
		for _, c := range chaterr.Codes() {
			if c.Category() == chaterr.CategoryGroup {
				want++
			}
		}
		assert.Len(t, lines, want+1, "-category %s", name)
		for _, l := range lines[1:] {
			assert.Contains(t, l, " group ")
		}
	}
	r := runWith(nil, "-list", "-category=chatroom")
	assert.Equal(t, 0, r.code)
	assert.Contains(t, r.stdout, "CHATROOM_NOT_EXIST")
	assert.NotContains(t, r.stdout, "GROUP_NOT_EXIST")

	r = runWith(nil, "-category", "nope")
	assert.Equal(t, 2, r.code)
	assert.Empty(t, r.stdout)
	assert.Contains(t, r.stderr, `unknown category "nope"`)
	for _, c := range chaterr.Categories() {
		assert.Contains(t, r.stderr, c.String(), "the error lists the valid names")
	}
}

// TestJSON checks that the JSON decodes into exactly the documented keys.
func TestJSON(t *testing.T) {
	keys := []string{"code", "name", "known", "category", "description", "retryable", "timeout", "login_required", "already_done", "deprecated", "note", "hint"}
	for _, args := range [][]string{{"-json", "301", "user_muted"}, {"301", "-json", "user_muted"}} {
		r := runWith(nil, args...)
		assert.Equal(t, 0, r.code, "%q", args)
		var got []map[string]any
		require.NoError(t, json.Unmarshal([]byte(r.stdout), &got), r.stdout)
		require.Len(t, got, 2)
		for _, obj := range got {
			var k []string
			for key := range obj {
				k = append(k, key)
			}
			assert.ElementsMatch(t, keys, k)
		}
		assert.Equal(t, map[string]any{
			"code": 301.0, "name": "SERVER_TIMEOUT", "known": true, "category": "server",
			"description": chaterr.ServerTimeout.Description(),
			"retryable":   true, "timeout": true, "login_required": false, "already_done": false, "deprecated": false,
			"note": note(chaterr.ServerTimeout), "hint": chaterr.ServerTimeout.Hint(),
		}, got[0])
		assert.Equal(t, "USER_MUTED", got[1]["name"])
	}

	r := runWith(nil, "-json", "-list")
	var all []struct {
		Code int    `json:"code"`
		Name string `json:"name"`
	}
	require.NoError(t, json.Unmarshal([]byte(r.stdout), &all))
	assert.Len(t, all, len(chaterr.Codes()))

	r = runWith(nil, "-json", "99999", "bogus")
	assert.Equal(t, 1, r.code)
	var undocumented []map[string]any
	require.NoError(t, json.Unmarshal([]byte(r.stdout), &undocumented), r.stdout)
	require.Len(t, undocumented, 1, "an undocumented number is in the JSON")
	assert.Equal(t, 99999.0, undocumented[0]["code"])
	assert.Equal(t, false, undocumented[0]["known"])
	assert.Contains(t, r.stderr, `"bogus"`, "what is not a code goes to stderr only")
	assert.Contains(t, r.stderr, "99999: not a documented", "an undocumented number is also said on stderr, as -h says")

	r = runWith(strings.NewReader(""), "-json")
	assert.Equal(t, 0, r.code)
	assert.JSONEq(t, "[]", r.stdout, "an array, never null")
}

func TestStdin(t *testing.T) {
	// "-" reads whitespace-separated codes from stdin, in its place.
	r := runWith(strings.NewReader("215\n508  ServerBusy\t\n"), "1", "-", "301")
	assert.Equal(t, 0, r.code, r.stderr)
	var names []string
	for _, l := range strings.Split(r.stdout, "\n") {
		if name, ok := strings.CutPrefix(l, "name:"); ok {
			names = append(names, strings.TrimSpace(name))
		}
	}
	assert.Equal(t, []string{"GENERAL_ERROR", "USER_MUTED", "MESSAGE_EXTERNAL_LOGIC_BLOCKED", "SERVER_BUSY", "SERVER_TIMEOUT"}, names)

	// No arguments and stdin not a terminal: read stdin.
	r = runWith(strings.NewReader("215 77777"), "-json")
	assert.Equal(t, 1, r.code)
	assert.Contains(t, r.stdout, `"USER_MUTED"`)
	assert.Contains(t, r.stdout, `"code":77777`)
	assert.Equal(t, "77777: not a documented Agora Chat error code\n", r.stderr)

	r = runWith(strings.NewReader(""))
	assert.Equal(t, 0, r.code, "empty stdin is no error")
	assert.Empty(t, r.stdout)
}

func TestUsage(t *testing.T) {
	r := runWith(terminal{strings.NewReader("")})
	assert.Equal(t, 2, r.code, "no arguments on a terminal")
	assert.Equal(t, "chaterr: no codes given and stdin is a terminal\n"+usageHint, r.stderr, "the reason and one line pointing to -h")

	r = runWith(nil, "-bogus", "215")
	assert.Equal(t, 2, r.code)
	assert.Equal(t, "chaterr: flag provided but not defined: -bogus\n"+usageHint, r.stderr)
	assert.Empty(t, r.stdout)

	r = runWith(nil, "-list", "215")
	assert.Equal(t, 2, r.code, "-list takes no codes")

	r = runWith(nil, "-category")
	assert.Equal(t, 2, r.code, "-category needs a value")

	for _, h := range []string{"-h", "--help", "-help"} {
		r = runWith(nil, h)
		assert.Equal(t, 0, r.code)
		assert.Contains(t, r.stdout, "Usage:")
		assert.Contains(t, r.stdout, "Examples:")
		assert.Contains(t, r.stdout, "chaterr -list -category group")
		assert.Contains(t, r.stdout, "-scan rules.")
		assert.Contains(t, r.stdout, "-old-release")
		assert.Contains(t, r.stdout, "Live counting.")
		assert.Empty(t, r.stderr)
	}

	r = runWith(nil, "--", "-1", "215")
	assert.Equal(t, 1, r.code, "after --, everything is a code")
	assert.Contains(t, r.stdout, "USER_MUTED")
}

// TestBinary builds the command and runs it as a user would.
func TestBinary(t *testing.T) {
	// go test puts the running toolchain's bin first on PATH.
	goTool, err := exec.LookPath("go")
	require.NoError(t, err)
	bin := filepath.Join(t.TempDir(), "chaterr")
	build := exec.Command(goTool, "build", "-o", bin, ".")
	out, err := build.CombinedOutput()
	require.NoError(t, err, "go build: %s", out)

	for _, tc := range []struct {
		arg                string
		code               int
		stdout, stderrWant string
	}{
		{"508", 0, "name:         MESSAGE_EXTERNAL_LOGIC_BLOCKED\n", ""},
		{"99999", 1, "", "99999: not a documented Agora Chat error code\n"},
	} {
		cmd := exec.Command(bin, tc.arg)
		var stdout, stderr bytes.Buffer
		cmd.Stdout, cmd.Stderr = &stdout, &stderr
		cmd.Stdin = strings.NewReader("")
		cmd.WaitDelay = 10 * time.Second
		err := cmd.Run()
		code := 0
		if ee, ok := err.(*exec.ExitError); ok {
			code = ee.ExitCode()
		} else {
			require.NoError(t, err)
		}
		assert.Equal(t, tc.code, code, tc.arg)
		if tc.stdout == "" {
			assert.Empty(t, stdout.String(), tc.arg)
		} else {
			assert.Contains(t, stdout.String(), tc.stdout, tc.arg)
		}
		assert.Equal(t, tc.stderrWant, stderr.String(), tc.arg)
	}
}

// TestExplainsEveryCode runs the command on the number of every documented
// code, the moved ones among them.
func TestExplainsEveryCode(t *testing.T) {
	for _, c := range chaterr.Codes() {
		r := runWith(nil, strconv.Itoa(int(c)))
		assert.Equal(t, 0, r.code, "chaterr %d: %s", int(c), r.stderr)
		assert.Contains(t, r.stdout, "name:         "+c.String()+"\n", "chaterr %d", int(c))
		assert.Contains(t, r.stdout, "description:  "+c.Description()+"\n", "chaterr %d", int(c))
	}
	r := runWith(nil, "606", "1500", "GROUP_NOT_EXIST", "AgoraChatErrorGroupNotExist")
	assert.Equal(t, 0, r.code)
	assert.Equal(t, 3, strings.Count(r.stdout, "name:         GROUP_NOT_EXIST\n"), r.stdout)
	assert.Contains(t, r.stdout, "name:         PUSH_NOT_SUPPORT\n")
	assert.Contains(t, r.stdout, "category:     push\n")
	r = runWith(nil, "902")
	assert.Contains(t, r.stdout, "flags:        deprecated\n")
}

func TestHelpToAFullDisk(t *testing.T) {
	var stderr strings.Builder
	assert.Equal(t, exitWrite, run([]string{"-h"}, nil, failingWriter{}, &stderr))
	assert.Contains(t, stderr.String(), "writing output")
}
