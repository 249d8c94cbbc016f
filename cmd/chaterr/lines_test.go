package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestWorkersGiveTheSameOutput: many workers write what one does, in every
// output mode, on an input of many chunks with CR, LF and CRLF endings and
// lines longer than a buffer.
func TestWorkersGiveTheSameOutput(t *testing.T) {
	var in bytes.Buffer
	ends := []string{"\n", "\r\n", "\r"}
	for i := 0; in.Len() < 6*bufSize; i++ {
		fmt.Fprintf(&in, "11-27 08:35:38.%03d E EMClient: onError(%d, x)%s", i%1000, []int{215, 302, 9999}[i%3], ends[i%3])
		if i%5000 == 0 {
			in.WriteString("E EMClient: failed " + strings.Repeat("x ", bufSize) + "error code 508\n")
		}
	}
	path := filepath.Join(t.TempDir(), "app.log")
	require.NoError(t, os.WriteFile(path, in.Bytes(), 0o600))
	for _, args := range [][]string{{"-scan"}, {"-scan", "-json"}, {"-scan", "-count"}, {"-scan", "-count", "-json"}} {
		var one, many bytes.Buffer
		var errOne, errMany bytes.Buffer
		a := runIn(append(args, path), nil, &one, &errOne, environment{workers: 1})
		b := runIn(append(args, path), nil, &many, &errMany, environment{workers: 4})
		assert.Equal(t, a, b, "%q", args)
		assert.Equal(t, one.String(), many.String(), "%q: the same output with 1 and 4 workers", args)
		assert.Equal(t, errOne.String(), errMany.String(), "%q", args)
	}
	var out bytes.Buffer
	runIn([]string{"-scan", "-jsonl", path}, nil, &out, io.Discard, environment{workers: 2})
	var last found
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	require.NoError(t, json.Unmarshal([]byte(lines[len(lines)-1]), &last))
	assert.Equal(t, strings.Count(strings.ReplaceAll(in.String(), "\r\n", "\n"), "\n")+strings.Count(in.String(), "\r")-strings.Count(in.String(), "\r\n"),
		last.Line, "every CR, LF and CRLF ends a line")
}

// TestLineEndings: a CR-only log is many lines.
func TestLineEndings(t *testing.T) {
	for _, end := range []string{"\n", "\r", "\r\n"} {
		in := strings.Join([]string{"E/EMClient: onError(215, x)", "nothing", "E/EMClient: onError(302, x)", "E/EMClient: onError(508, x)"}, end)
		r := runWith(strings.NewReader(in), "-scan")
		assert.Equal(t, 0, r.code, "%q", end)
		assert.Regexp(t, `^stdin:1: 215 [^\n]*\nstdin:3: 302 [^\n]*\nstdin:4: 508 `, r.stdout, "%q", end)
	}
}

// TestExcerptBound: the text printed with a code is at most 240 bytes,
// markers included, and never starts or ends inside a character.
func TestExcerptBound(t *testing.T) {
	line := strings.Repeat("é", 300) + " E/EMClient: onError(215, x) " + strings.Repeat("ü", 300)
	r := runWith(strings.NewReader(line+"\n"), "-scan", "-jsonl")
	var fd struct{ Text string }
	require.NoError(t, json.Unmarshal([]byte(r.stdout), &fd), r.stdout)
	assert.LessOrEqual(t, len(fd.Text), maxText)
	assert.True(t, strings.ToValidUTF8(fd.Text, "?") == fd.Text, "cut at rune boundaries: %q", fd.Text)
	assert.Contains(t, fd.Text, "onError(215")
}

// TestEmptyFlagValue and bounded echoes.
func TestEmptyFlagValue(t *testing.T) {
	for _, args := range [][]string{{"-category", ""}, {"-category="}} {
		r := runWith(nil, args...)
		assert.Equal(t, exitUsage, r.code, "%q", args)
		assert.Contains(t, r.stderr, "-category needs a category name")
	}
	long := strings.Repeat("z", 150_000)
	for _, args := range [][]string{{"-category", long}, {"-list", long}, {"-" + long}, {"-rest", long}, {"-web", long}} {
		r := runWith(nil, args...)
		assert.NotEqual(t, 0, r.code, "%.20q", args)
		for _, l := range strings.Split(r.stderr, "\n") {
			assert.LessOrEqual(t, len(l), 2*maxEcho+64, "%.20q: a message echoes at most 240 bytes of input", args)
		}
	}
}

// TestNotesFlag: -scan prints no notes unless -notes asks; lookups print
// them unless -notes=false.
func TestNotesFlag(t *testing.T) {
	line := "E/EMClient: onError(302, x)\n"
	assert.NotContains(t, runWith(strings.NewReader(line), "-scan").stdout, "Note:")
	assert.Contains(t, runWith(strings.NewReader(line), "-scan", "-notes").stdout, "Note:")
	assert.Contains(t, runWith(nil, "302").stdout, "note:")
	assert.NotContains(t, runWith(nil, "-notes=false", "302").stdout, "note:")
}

// TestSignalWhileOpeningAFIFO: a FIFO that no one writes blocks its open;
// SIGTERM still ends the command, with the counts so far and a closed JSON
// array.
func TestSignalWhileOpeningAFIFO(t *testing.T) {
	dir := t.TempDir()
	fifo := filepath.Join(dir, "fifo")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Skipf("no FIFOs here: %v", err)
	}
	first := filepath.Join(dir, "first.log")
	require.NoError(t, os.WriteFile(first, []byte("E/EMClient: onError(215, x)\n"), 0o600))
	for _, args := range [][]string{{"-scan", "-count"}, {"-scan", "-json"}} {
		sigs := make(chan os.Signal, 1)
		var out bytes.Buffer
		done := make(chan int, 1)
		go func() {
			done <- runSignals(append(args, first, fifo), nil, &out, io.Discard, func() <-chan os.Signal { return sigs })
		}()
		sigs <- syscall.SIGTERM // before or while the open blocks: it must end either way
		select {
		case code := <-done:
			assert.Equal(t, 143, code, "%q", args)
		case <-time.After(10 * time.Second): // a deadlock guard, not a speed check
			t.Fatalf("%q: SIGTERM did not stop the command while it opened a FIFO", args)
		}
		if args[1] == "-json" {
			var v []map[string]any
			assert.NoError(t, json.Unmarshal(out.Bytes(), &v), "a closed, valid array: %s", out.String())
		} else {
			assert.Contains(t, out.String(), "COUNT  CODE", "the counts so far (TestInterruptPrintsCounts checks what they hold)")
		}
	}
	// Unblock the open, so that the feeder goroutines end.
	if f, err := os.OpenFile(fifo, os.O_WRONLY|syscall.O_NONBLOCK, 0); err == nil {
		f.Close()
	}
}
