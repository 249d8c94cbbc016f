package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/seed-a36dd713/chaterr"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

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

// TestLongLineOfDistinctCodes: a line far longer than the read buffer, with
// 50,000 distinct codes each written twice, counts each code once: the
// pieces of one line share the scanner's set of codes found.
func TestLongLineOfDistinctCodes(t *testing.T) {
	var line strings.Builder
	for range 2 {
		for i := 1; i <= 50_000; i++ {
			line.WriteString("EMClient errorCode=" + strconv.Itoa(i) + " ")
		}
	}
	require.Greater(t, line.Len(), 5*bufSize)
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
	var calls atomic.Int64
	clock := func() time.Time { return start.Add(time.Duration(calls.Add(1)) * 2 * time.Second) }
	inR, inW := io.Pipe()
	outR, outW := io.Pipe()
	done := make(chan int, 1)
	go func() {
		done <- runIn([]string{"-scan", "-count"}, inR, outW, io.Discard, environment{now: clock, stdoutTerminal: true, termWidth: 200})
		outW.Close()
	}()
	out := bufio.NewReader(outR)
	// readTable reads the output up to the end of the table row of want.
	var all strings.Builder
	readTable := func(want string) {
		got := make(chan error, 1)
		go func() {
			for {
				l, err := out.ReadString('\n')
				all.WriteString(l)
				if err != nil || strings.Contains(l, want) {
					got <- err
					return
				}
			}
		}()
		select {
		case err := <-got:
			require.NoError(t, err, "the output so far: %q", all.String())
		case <-time.After(10 * time.Second): // a deadlock guard, not a speed check
			t.Fatalf("no table with %s while the input stays open: %q", want, all.String())
		}
	}
	for _, chunk := range []string{"onError(215, x)\n", "no code\n", "nor here\n"} {
		_, err := io.WriteString(inW, chunk)
		require.NoError(t, err)
	}
	readTable("USER_MUTED")
	_, err := io.WriteString(inW, "errorCode=302\n")
	require.NoError(t, err)
	readTable("SERVER_BUSY")
	inW.Close()
	rest, err := io.ReadAll(out)
	require.NoError(t, err)
	all.Write(rest)
	assert.Equal(t, 0, <-done)

	// Each table after the first goes back over the last one's rows (ANSI
	// cursor up, erase down), so that the screen shows one table.
	tables := regexp.MustCompile(`\x1b\[\d+A\x1b\[J`).Split(all.String(), -1)
	require.Len(t, tables, 3, "after 215, after 302 and at the end:\n%q", all.String())
	ups := regexp.MustCompile(`\x1b\[(\d+)A`).FindAllStringSubmatch(all.String(), -1)
	assert.Equal(t, "2", ups[0][1], "the first table had a header and one row, each narrower than the terminal")
	assert.Equal(t, "3", ups[1][1])
	assert.Equal(t, 1, strings.Count(tables[0], "USER_MUTED"))
	assert.NotContains(t, tables[0], "SERVER_BUSY")
	assert.Contains(t, tables[1], "SERVER_BUSY")
	assert.Equal(t, tables[1], tables[2])

	// On a terminal of 80 columns, a row of 110 takes two.
	var o output
	o.termWidth = 80
	o.w = bufio.NewWriter(io.Discard)
	o.tally = map[chaterr.Code]int{chaterr.UserMuted: 1}
	assert.Equal(t, 3, o.countTable([]shown{{code: chaterr.UserMuted}}), "a header and a wrapped row")

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
