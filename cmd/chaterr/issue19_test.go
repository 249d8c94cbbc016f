package main

import (
	"bytes"
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

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

// TestFileNamesEscaped: a newline or ESC in a file name cannot forge an
// output line or a message.
func TestFileNamesEscaped(t *testing.T) {
	dir := t.TempDir()
	name := filepath.Join(dir, "a\nstdin:9: 215 USER_MUTED\x1b[2J.log")
	require.NoError(t, os.WriteFile(name, []byte("onError(302, x)\n"), 0o600))
	for _, args := range [][]string{{"-scan", name}, {"-scan", "-jsonl", name}, {"-scan", name + "-missing"}} {
		r := runWith(nil, args...)
		for _, out := range []string{r.stdout, r.stderr} {
			assert.NotContains(t, out, "\x1b", "%q", args)
			for _, l := range strings.Split(out, "\n") {
				assert.False(t, strings.HasPrefix(l, "stdin:9"), "%q: a forged line:\n%s", args, out)
			}
		}
		assert.Contains(t, r.stdout+r.stderr, `nstdin:9: 215 USER_MUTED`, "%q: escaped, not dropped", args)
	}
}

// TestPlainModeOnALog: a log given without -scan says once to use -scan,
// reports only the first words one by one, and counts the rest.
func TestPlainModeOnALog(t *testing.T) {
	var log strings.Builder
	for range 1000 {
		log.WriteString("11-27 08:35:38.123 4821 4903 E EMClient: something happened here\n")
	}
	r := runWith(strings.NewReader(log.String()))
	assert.Equal(t, 1, r.code)
	lines := strings.Split(strings.TrimSpace(r.stderr), "\n")
	assert.Len(t, lines, maxWordErrors+2, "bounded:\n%s", r.stderr)
	assert.Equal(t, 1, strings.Count(r.stderr, "use -scan to read free text"))
	assert.Regexp(t, `chaterr: \d+ more words were not documented codes\n$`, r.stderr)
	r = runWith(strings.NewReader(strings.Repeat("x ", maxWordErrors+1)))
	assert.Regexp(t, `chaterr: 1 more word was not a documented code\n$`, r.stderr)
}

func TestFileWithoutScan(t *testing.T) {
	r := runWith(nil, "testdata/readme/app.log", "215")
	assert.Equal(t, 1, r.code)
	assert.Equal(t, "chaterr: testdata/readme/app.log is a file, not a code; use -scan to read free text such as logs\n", r.stderr)
	assert.Contains(t, r.stdout, "USER_MUTED")
}

func TestSuggestions(t *testing.T) {
	r := runWith(nil, "USER_MUTD")
	assert.Equal(t, 1, r.code)
	assert.Contains(t, r.stderr, "did you mean USER_MUTED?")
	r = runWith(nil, "server_bussy")
	assert.Contains(t, r.stderr, "did you mean SERVER_BUSY?")
	r = runWith(nil, "qwertyuiop")
	assert.NotContains(t, r.stderr, "did you mean", "nothing near")
	assert.Equal(t, 3, distance("kitten", "sitting", 5))
	assert.Greater(t, distance("a", "abcdef", 2), 2)
}

func TestHelpToAFullDisk(t *testing.T) {
	var stderr strings.Builder
	assert.Equal(t, exitWrite, run([]string{"-h"}, nil, failingWriter{}, &stderr))
	assert.Contains(t, stderr.String(), "writing output")
}

// TestInterruptPrintsCounts drives the command with a signal channel: on
// SIGINT, -count prints the counts so far and exits 130, while the input is
// still open.
func TestInterruptPrintsCounts(t *testing.T) {
	for _, tc := range []struct {
		sig  syscall.Signal
		want int
	}{{syscall.SIGINT, 130}, {syscall.SIGTERM, 143}} {
		inR, inW := io.Pipe()
		sigs := make(chan os.Signal, 1)
		var out bytes.Buffer
		done := make(chan int, 1)
		go func() {
			done <- runSignals([]string{"-scan", "-count"}, inR, &out, io.Discard, func() <-chan os.Signal { return sigs })
		}()
		_, err := io.WriteString(inW, "onError(215, x)\nerrorCode=302\nonError: 215\n")
		require.NoError(t, err)
		// A pipe write returns when it was read; the command reads again only
		// after it handled what it read, so after this one the codes are in.
		_, err = io.WriteString(inW, "\n")
		require.NoError(t, err)
		sigs <- tc.sig
		select {
		case code := <-done:
			assert.Equal(t, tc.want, code, "%v", tc.sig)
		case <-time.After(10 * time.Second): // a deadlock guard, not a speed check
			t.Fatalf("%v did not stop the command", tc.sig)
		}
		inW.Close()
		lines := strings.Split(strings.TrimSpace(out.String()), "\n")
		require.Len(t, lines, 3, "%v: the counts so far:\n%s", tc.sig, out.String())
		assert.Regexp(t, `^2 +215 +USER_MUTED`, lines[1])
		assert.Regexp(t, `^1 +302 +SERVER_BUSY`, lines[2])
	}
}

// TestHintLine: the hint line is there exactly when the code has a hint.
func TestHintLine(t *testing.T) {
	for _, c := range chaterr.Codes() {
		out := runWith(nil, strconv.Itoa(int(c))).stdout
		if h := c.Hint(); h != "" {
			assert.Contains(t, out, "\nhint:         "+h+"\n", "chaterr %d", int(c))
		} else {
			assert.NotContains(t, out, "hint:", "chaterr %d", int(c))
		}
	}
}

// TestLongLineOfDistinctCodes: a line far longer than the read buffer, with
// 50,000 distinct codes each written twice, counts each code once: the
// pieces of one line share the scanner's set of codes found.
func TestLongLineOfDistinctCodes(t *testing.T) {
	var line strings.Builder
	for range 2 {
		for i := 1; i <= 50_000; i++ {
			line.WriteString("errorCode=" + strconv.Itoa(i) + " ")
		}
	}
	require.Greater(t, line.Len(), 10*bufSize)
	r := runWith(strings.NewReader(line.String()+"\n"), "-scan", "-count", "-json")
	var rows []struct{ Code, Count int }
	require.NoError(t, json.Unmarshal([]byte(r.stdout), &rows))
	require.Len(t, rows, 50_000)
	for _, row := range rows {
		require.Equal(t, 1, row.Count, "code %d", row.Code)
	}
}

// TestLiveTable: with -count, stdout a terminal and stdin a pipe, the table
// is printed again when a second has passed (on an injected clock) and new
// codes came; not when nothing new came; and once more at the end.
func TestLiveTable(t *testing.T) {
	start := time.Date(2026, 11, 27, 8, 0, 0, 0, time.UTC)
	calls := 0
	clock := func() time.Time { calls++; return start.Add(time.Duration(calls) * 2 * time.Second) }
	inR, inW := io.Pipe()
	var out bytes.Buffer
	done := make(chan int, 1)
	go func() {
		done <- runIn([]string{"-scan", "-count"}, inR, &out, io.Discard, environment{now: clock, stdoutTerminal: true})
	}()
	for _, chunk := range []string{"onError(215, x)\n", "no code\n", "nor here\n", "errorCode=302\n"} {
		_, err := io.WriteString(inW, chunk)
		require.NoError(t, err)
	}
	inW.Close()
	select {
	case code := <-done:
		assert.Equal(t, 0, code)
	case <-time.After(10 * time.Second): // a deadlock guard, not a speed check
		t.Fatal("the command did not end with its input")
	}
	tables := strings.Split(strings.TrimSpace(out.String()), "\n\n")
	require.Len(t, tables, 3, "after 215, after 302 and at the end:\n%s", out.String())
	assert.Equal(t, 1, strings.Count(tables[0], "USER_MUTED"))
	assert.NotContains(t, tables[0], "SERVER_BUSY")
	assert.Contains(t, tables[1], "SERVER_BUSY")
	assert.Equal(t, tables[1], tables[2])

	// Not on a pipe to a file, nor in JSON: one table.
	for _, env := range []environment{{now: clock}, {now: clock, stdoutTerminal: true}} {
		args := []string{"-scan", "-count"}
		if env.stdoutTerminal {
			args = append(args, "-json")
		}
		var buf bytes.Buffer
		runIn(args, strings.NewReader("onError(215, x)\nerrorCode=302\n"), &buf, io.Discard, env)
		assert.Equal(t, 1, strings.Count(buf.String(), "USER_MUTED"), "%q %+v", args, env.stdoutTerminal)
	}
}

// TestWebCollisionNotes: every native number that the Web SDK uses for
// another meaning (testdata/web-collisions.tsv, cut from the reference Web
// table) has a note naming the Web meaning; the other numbers have none
// about the Web.
func TestWebCollisionNotes(t *testing.T) {
	b, err := os.ReadFile("testdata/web-collisions.tsv")
	require.NoError(t, err)
	want := map[chaterr.Code]string{}
	for _, l := range strings.Split(strings.TrimSpace(string(b)), "\n") {
		if strings.HasPrefix(l, "#") {
			continue
		}
		cols := strings.Split(l, "\t")
		require.Len(t, cols, 3, l)
		n, err := strconv.Atoi(cols[0])
		require.NoError(t, err, l)
		want[chaterr.Code(n)] = cols[1]
	}
	require.Len(t, want, 60)
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
