package main

import (
	"bufio"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/seed-a36dd713/chaterr"
	"github.com/seed-a36dd713/chaterr/web"
)

// found is one code that -scan reported.
type found struct {
	Source string `json:"source"`
	Line   int    `json:"line"`
	Code   int    `json:"code"`
}

// TestScanCorpus runs -scan over the hand-written logs in testdata/scan and
// compares what it finds with ../../scan/testdata/corpus/expected.tsv, which was written
// from the logs, not from the command.
func TestScanCorpus(t *testing.T) {
	want := map[string][]found{}
	f, err := os.Open("../../scan/testdata/corpus/expected.tsv")
	require.NoError(t, err)
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if l := sc.Text(); l != "" && !strings.HasPrefix(l, "#") {
			cols := strings.Split(l, "\t")
			require.Len(t, cols, 3, l)
			line, _ := strconv.Atoi(cols[1])
			code, _ := strconv.Atoi(cols[2])
			path := filepath.Join("../../scan/testdata/corpus", cols[0])
			want[path] = append(want[path], found{path, line, code})
		}
	}
	logs, err := filepath.Glob("../../scan/testdata/corpus/*.log")
	require.NoError(t, err)
	require.NotEmpty(t, logs)
	for _, path := range logs {
		t.Run(filepath.Base(path), func(t *testing.T) {
			r := runWith(nil, "-scan", "-jsonl", path)
			var got []found
			for _, l := range strings.Split(strings.TrimSpace(r.stdout), "\n") {
				if l == "" {
					continue
				}
				var fd found
				require.NoError(t, json.Unmarshal([]byte(l), &fd), l)
				got = append(got, fd)
			}
			assert.Equal(t, want[path], got, "codes found in %s (expected.tsv lists what must be found)", path)
			var undocumented []string
			for _, fd := range got {
				if !chaterr.Code(fd.Code).Known() {
					undocumented = append(undocumented, fmt.Sprintf("chaterr: %s:%d: %d is not a documented Agora Chat error code\n", path, fd.Line, fd.Code))
				}
			}
			switch {
			case len(got) == 0:
				assert.Regexp(t, `^chaterr: no error codes in \d+ lines?\n$`, r.stderr)
				assert.Equal(t, 0, r.code)
			case len(undocumented) > 0:
				assert.Equal(t, strings.Join(undocumented, ""), r.stderr, "each undocumented code is said on stderr")
				assert.Equal(t, 1, r.code)
			default:
				assert.Empty(t, r.stderr)
				assert.Equal(t, 0, r.code)
			}
		})
	}
}

func TestScanText(t *testing.T) {
	in := "x onError(215, \"muted\") USER_MUTED\nnothing here 12:30\nEMClient errorCode=9999\n"
	r := runWith(strings.NewReader(in), "-scan")
	assert.Equal(t, 1, r.code, "an undocumented code was found")
	assert.Equal(t, "stdin:1: 215 USER_MUTED (user; none): "+chaterr.UserMuted.Description()+` | x onError(215, "muted") USER_MUTED`+"\n"+
		"stdin:3: 9999 Code(9999) (unknown; none): not a documented Agora Chat error code | EMClient errorCode=9999\n",
		r.stdout, "one line per code, once per line, with the line's text")

	r = runWith(nil, "-scan", "../../scan/testdata/corpus/nocodes.log", "no/such/file.log", "../../scan/testdata/corpus/windows.log")
	assert.Equal(t, 1, r.code)
	assert.Equal(t, "chaterr: cannot open no/such/file.log: no such file or directory\n", r.stderr)
	assert.Equal(t, 3, strings.Count(r.stdout, "testdata/corpus/windows.log:"), "the other files are still read")

	// The text is escaped and bounded, around the code on a long line.
	long := strings.Repeat("x", 5000) + " errorCode=215 \x1b[2J " + strings.Repeat("y", 5000)
	r = runWith(strings.NewReader(long), "-scan", "-jsonl")
	var obj map[string]any
	require.NoError(t, json.Unmarshal([]byte(r.stdout), &obj), r.stdout)
	text, _ := obj["text"].(string)
	assert.Contains(t, text, `errorCode=215 \x1b[2J`, "escaped, around the code")
	assert.LessOrEqual(t, len(text), maxText+3)
	assert.Equal(t, "key", obj["context"])
}

// TestScanWebCodes: a Web SDK error type is shown in its own numbering when
// no native code means it (web:16, JSON code null), and as the native code
// of its meaning, saying so, when one does (Web 39 is native 201).
func TestScanWebCodes(t *testing.T) {
	in := "easemob-websdk 登录失败 type:16.\n" + `{type: 39, message: "x"}` + "\nonError(215, x)\n" + `[WebIM] type: 16, message: "y"` + "\n"
	path := filepath.Join(t.TempDir(), "web.log")
	require.NoError(t, os.WriteFile(path, []byte(in), 0o644))
	for _, args := range [][]string{{"-scan"}, {"-scan", path}} {
		var r result
		if len(args) == 1 {
			r = runWith(strings.NewReader(in), args...)
		} else {
			r = runWith(nil, args...)
		}
		src := "stdin"
		if len(args) > 1 {
			src = path
		}
		assert.Equal(t, 0, r.code, "Web SDK codes are documented codes: %s", r.stderr)
		lines := strings.Split(strings.TrimSpace(r.stdout), "\n")
		require.Len(t, lines, 4, r.stdout)
		assert.Equal(t, src+":1: web:16 WEBIM_CONNCTION_DISCONNECTED (connection; retryable): "+web.Code(16).Description()+" | easemob-websdk 登录失败 type:16.", lines[0])
		assert.Equal(t, src+":2: 201 USER_NOT_LOGIN (user; login required): "+chaterr.UserNotLogin.Description()+
			` (Read from Web SDK code 39, WEBIM_CONNECTION_CLOSED.) | {type: 39, message: "x"}`, lines[1])
		assert.True(t, strings.HasPrefix(lines[2], src+":3: 215 USER_MUTED (user; none): "), lines[2])
		assert.True(t, strings.HasPrefix(lines[3], src+":4: web:16 WEBIM_CONNCTION_DISCONNECTED "), lines[3])
	}

	r := runWith(strings.NewReader(in), "-scan", "-json")
	var objs []map[string]any
	require.NoError(t, json.Unmarshal([]byte(r.stdout), &objs), r.stdout)
	require.Len(t, objs, 4)
	assert.Nil(t, objs[0]["code"], "no native code means Web 16")
	assert.Equal(t, []any{float64(16), "WEBIM_CONNCTION_DISCONNECTED", true, "connection", true},
		[]any{objs[0]["web_code"], objs[0]["name"], objs[0]["known"], objs[0]["category"], objs[0]["retryable"]})
	assert.Equal(t, []any{float64(201), float64(39)}, []any{objs[1]["code"], objs[1]["web_code"]})
	assert.Contains(t, objs[2], "web_code", "every -scan object has the key")
	assert.Nil(t, objs[2]["web_code"], "a native reading")
	for _, o := range objs[1:] {
		assert.Equal(t, len(objs[0]), len(o), "one shape: %v", o)
	}

	r = runWith(strings.NewReader(in), "-scan", "-count")
	lines := strings.Split(strings.TrimSpace(r.stdout), "\n")
	require.Len(t, lines, 4, r.stdout)
	assert.Regexp(t, `^2 +web:16 +WEBIM_CONNCTION_DISCONNECTED +connection +retryable +`, lines[1], "most frequent first")
	assert.Regexp(t, `^1 +201 +USER_NOT_LOGIN `, lines[2], "counted as the native code of its meaning")
	assert.Regexp(t, `^1 +215 +USER_MUTED `, lines[3])

	r = runWith(strings.NewReader(`WebIM {type: 1, message: "x"}`+"\n"+`{type: 55, message: "db"}`+"\n"), "-scan", "-notes")
	assert.Contains(t, r.stdout, "stdin:2: 3 DATABASE_ERROR ", "an error object's 55 is the old database failure")
	assert.Contains(t, r.stdout, "(Read from Web SDK code 55, LOCAL_DB_OPERATION_FAILED.)")
	assert.Contains(t, r.stdout, "web:1 WEBIM_CONNCTION_OPEN_ERROR ")
	assert.Contains(t, r.stdout, "Note: Native SDKs send 1 for GENERAL_ERROR, which means something else.")
}

// TestScanSilence: finding nothing is said on stderr, and -count still
// prints its header (text) or an empty array (JSON).
func TestScanSilence(t *testing.T) {
	r := runWith(strings.NewReader("a\nb\ncode=0\n"), "-scan")
	assert.Equal(t, 0, r.code)
	assert.Empty(t, r.stdout)
	assert.Equal(t, "chaterr: no error codes in 3 lines\n", r.stderr)

	r = runWith(strings.NewReader("nothing\n"), "-scan", "-count")
	assert.Equal(t, "COUNT  CODE  NAME  CATEGORY  FLAGS  DESCRIPTION\n", r.stdout)
	assert.Equal(t, "chaterr: no error codes in 1 line\n", r.stderr)

	r = runWith(strings.NewReader("nothing\n"), "-scan", "-count", "-json")
	assert.JSONEq(t, "[]", r.stdout)
}

func TestCount(t *testing.T) {
	in := "errorCode=302\nsend failed code=302 SERVER_BUSY\nonError(215, x)\nEMClient error code 9999\nerrCode 215\nonError: 302\n"
	r := runWith(strings.NewReader(in), "-scan", "-count")
	assert.Equal(t, 1, r.code)
	lines := strings.Split(strings.TrimSpace(r.stdout), "\n")
	require.Len(t, lines, 4, r.stdout)
	assert.Regexp(t, `^COUNT +CODE +NAME +CATEGORY +FLAGS +DESCRIPTION$`, lines[0])
	assert.Regexp(t, `^3 +302 +SERVER_BUSY +server +retryable +The server is too busy`, lines[1])
	assert.Regexp(t, `^2 +215 +USER_MUTED +user +none +The user is muted`, lines[2])
	assert.Regexp(t, `^1 +9999 +Code\(9999\) +unknown +none +not a documented`, lines[3])

	// Ties by code; arguments and stdin count too; JSON has a count key.
	r = runWith(strings.NewReader("508 215"), "-count", "-json", "302", "-", "215")
	assert.Equal(t, 0, r.code)
	var rows []map[string]any
	require.NoError(t, json.Unmarshal([]byte(r.stdout), &rows), r.stdout)
	var got []string
	for _, row := range rows {
		got = append(got, fmt.Sprintf("%v:%v", row["code"], row["count"]))
	}
	assert.Equal(t, []string{"215:2", "302:1", "508:1"}, got)

	r = runWith(strings.NewReader(""), "-count")
	assert.Equal(t, 0, r.code)
	assert.Equal(t, "COUNT  CODE  NAME  CATEGORY  FLAGS  DESCRIPTION\n", r.stdout, "nothing counted: the header alone")
}

func TestJSONLines(t *testing.T) {
	r := runWith(strings.NewReader("215\n1500\n77\n"), "-jsonl")
	assert.Equal(t, 1, r.code)
	lines := strings.Split(strings.TrimSpace(r.stdout), "\n")
	require.Len(t, lines, 3)
	for _, l := range lines {
		var obj map[string]any
		assert.NoError(t, json.Unmarshal([]byte(l), &obj), l)
	}
}

// TestOverlongToken: a token of any length is reported once, with a bounded
// message, and reading goes on.
func TestOverlongToken(t *testing.T) {
	for _, size := range []int{bufSize - 1, bufSize, 3 << 20} {
		long := strings.Repeat("A", size)
		in := "errorCode=201\n" + long + " errorCode=215 " + long + "\nerrorCode=302\n"
		r := runWith(strings.NewReader(in), "-scan", "-jsonl")
		var codes []int
		for _, l := range strings.Split(strings.TrimSpace(r.stdout), "\n") {
			var fd found
			require.NoError(t, json.Unmarshal([]byte(l), &fd), l)
			codes = append(codes, fd.Code)
		}
		assert.Equal(t, []int{201, 215, 302}, codes, "word of %d bytes", size)
		assert.Empty(t, r.stderr, "with -scan a long word is only a word")
		assert.Equal(t, 0, r.code)
	}
	// Without -scan, an over-long word is not a code: status 1, said once
	// with its line, and on.
	r := runWith(strings.NewReader("508\n215 "+strings.Repeat("9", 2<<20)+" 302\n"), "-json")
	assert.Equal(t, 1, r.code)
	assert.Contains(t, r.stdout, `"USER_MUTED"`)
	assert.Contains(t, r.stdout, `"SERVER_BUSY"`)
	assert.Equal(t, fmt.Sprintf("chaterr: stdin:2: skipped a token longer than %d bytes\n", bufSize/2), r.stderr)
}

// failingWriter fails every write, as a full disk does.
type failingWriter struct{}

func (failingWriter) Write([]byte) (int, error) { return 0, errors.New("no space left on device") }

func TestWriteError(t *testing.T) {
	for _, args := range [][]string{{"215"}, {"-json", "215"}, {"-scan", "-count", "../../scan/testdata/corpus/android.log"}, {"-list"}} {
		var stderr strings.Builder
		code := run(args, strings.NewReader(""), failingWriter{}, &stderr)
		assert.Equal(t, exitWrite, code, "%q", args)
		assert.Contains(t, stderr.String(), "writing output: no space left on device")
	}
}

func TestEmptyStdin(t *testing.T) {
	null, err := os.Open(os.DevNull)
	require.NoError(t, err)
	defer null.Close()
	pr, pw, err := os.Pipe()
	require.NoError(t, err)
	pw.Close()
	defer pr.Close()
	for _, args := range [][]string{nil, {"-json"}, {"-scan"}, {"-count"}} {
		a := runWith(null, args...)
		b := runWith(pr, args...)
		assert.Equal(t, 0, a.code, "/dev/null %q: %s", args, a.stderr)
		assert.Equal(t, a, b, "/dev/null and an empty pipe behave the same: %q", args)
		null.Seek(0, io.SeekStart)
	}
}

func TestFlagsAnywhere(t *testing.T) {
	for _, args := range [][]string{
		{"-category", "group"}, {"--category", "group"}, {"-category=group"}, {"-json", "-category", "group"},
		{"-category", "group", "-json"},
	} {
		r := runWith(nil, args...)
		assert.Equal(t, 0, r.code, "%q: %s", args, r.stderr)
		assert.Contains(t, r.stdout, "GROUP_NOT_EXIST", "%q", args)
	}
	assert.True(t, takesValue(newFlagSetForTest(), "-category"))
	assert.False(t, takesValue(newFlagSetForTest(), "-json"))
	assert.False(t, takesValue(newFlagSetForTest(), "-category=x"))
	assert.False(t, takesValue(newFlagSetForTest(), "-nope"))

	r := runWith(nil, "-json", "-jsonl", "215")
	assert.Equal(t, exitUsage, r.code)
}

// TestStreaming: with stdin a pipe that stays open, each code is written
// before the next line arrives, as tail -f needs.
func TestStreaming(t *testing.T) {
	inR, inW := io.Pipe()
	outR, outW := io.Pipe()
	done := make(chan int, 1)
	go func() {
		done <- run([]string{"-scan"}, inR, outW, io.Discard)
		outW.Close()
	}()
	lines := bufio.NewReader(outR)
	for _, tc := range []struct{ in, want string }{
		{"E/EMClient: onError: code=215\n", "stdin:1: 215 USER_MUTED"},
		{"nothing\nI/x: error code 302\n", "stdin:3: 302 SERVER_BUSY"},
	} {
		_, err := io.WriteString(inW, tc.in)
		require.NoError(t, err)
		got := make(chan string, 1)
		go func() { l, _ := lines.ReadString('\n'); got <- l }()
		select {
		case l := <-got:
			assert.True(t, strings.HasPrefix(l, tc.want), "got %q, want %q", l, tc.want)
		case <-time.After(10 * time.Second): // a deadlock guard, not a speed check
			t.Fatalf("no output for %q while the input stays open", tc.in)
		}
	}
	inW.Close()
	assert.Equal(t, 0, <-done)
}

func newFlagSetForTest() *flag.FlagSet { return newFlagSet(&options{}) }
