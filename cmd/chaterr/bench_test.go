package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
)

// twoMillion is 2,000,000 codes, one per line: names and numbers, documented
// and not, the input of the command's speed target.
var twoMillion = sync.OnceValue(func() []byte {
	words := []string{"215", "302", "508", "606", "1500", "9999", "-1", "0", "USER_MUTED", "server_busy"}
	var b bytes.Buffer
	for i := range 2_000_000 {
		b.WriteString(words[i%len(words)])
		b.WriteByte('\n')
	}
	return b.Bytes()
})

// scanLog is 2,000,000 logcat lines with a code each, for -scan.
var scanLog = sync.OnceValue(func() []byte {
	var b bytes.Buffer
	for i := range 2_000_000 {
		b.WriteString("11-27 08:35:38.")
		b.WriteString(strconv.Itoa(100 + i%900))
		b.WriteString("  4821  4903 E EMClient: onError: code=")
		b.WriteString([]string{"215", "302", "508"}[i%3])
		b.WriteString(", desc=x\n")
	}
	return b.Bytes()
})

// BenchmarkTwoMillionCodes measures the command's target: 2,000,000 codes in
// at most 3 s in text mode and with -json, and 1 s with -count (one op is
// the whole input; see ns/op). scripts/bench-cli measures the built binary
// and its memory.
func BenchmarkTwoMillionCodes(b *testing.B) {
	for _, mode := range []struct {
		name string
		args []string
		in   func() []byte
	}{
		{"text", nil, twoMillion},
		{"json", []string{"-json"}, twoMillion},
		{"count", []string{"-count"}, twoMillion},
		{"scan", []string{"-scan"}, scanLog},
		{"scan-json", []string{"-scan", "-json"}, scanLog},
		{"scan-count", []string{"-scan", "-count"}, scanLog},
	} {
		b.Run(mode.name, func(b *testing.B) {
			in := mode.in()
			b.SetBytes(int64(len(in)))
			for b.Loop() {
				run(mode.args, bytes.NewReader(in), io.Discard, io.Discard)
			}
		})
	}
}

// realisticLog is about 20 MB of logcat lines of many components, one in
// twelve with a chat code, as scripts/bench-cli builds its 100 MB log.
var realisticLog = sync.OnceValue(func() []byte { return makeRealisticLog(false) })

// uniqueLog is realisticLog where no line with a code repeats its message
// (each names its attempt), so that the Scanner's memory of repeated lines
// does not help.
var uniqueLog = sync.OnceValue(func() []byte { return makeRealisticLog(true) })

func makeRealisticLog(unique bool) []byte {
	noise := []string{
		"I ActivityManager: Displayed com.example.chat/.MainActivity: +412ms",
		"D EMChatManager: loadMessages conversation=alice count=20 took 31 ms",
		"W System.err: at java.lang.Thread.run(Thread.java:920)",
		"I OkHttp: <-- 200 OK https://a1.easemob.com/demo/chat/users/alice (88ms, 412-byte body)",
		"I Choreographer: Skipped 31 frames!  The application may be doing too much work on its main thread.",
		"E EMClient: connection failed: error code 302",
		"E Glide: Load failed for https://x/y.png, HttpException(error=404)",
	}
	coded := []string{"E EMClient: onError: code=202, desc=USER_AUTHENTICATION_FAILED", "E ChatManager: onError(215, \"muted\")"}
	var b bytes.Buffer
	for i := 0; b.Len() < 20<<20; i++ {
		line := noise[i%len(noise)]
		if i%12 == 0 {
			line = coded[i/12%len(coded)]
		}
		if unique && strings.Contains(line, "code") {
			line += " (attempt " + strconv.Itoa(i) + ")"
		}
		fmt.Fprintf(&b, "11-27 08:%02d:%02d.%03d  4821  4903 %s\n", i/60000%60, i/1000%60, i%1000, line)
	}
	return b.Bytes()
}

// BenchmarkScanCount is -scan -count on a realistic log file with one
// worker and with two, with its lines repeated as logs repeat them and with
// no line with a code repeated: the figures beside grep's are
// scripts/bench-cli's.
func BenchmarkScanCount(b *testing.B) {
	for _, log := range []struct {
		name string
		data func() []byte
	}{{"repeats", realisticLog}, {"unique", uniqueLog}} {
		path := filepath.Join(b.TempDir(), log.name+".log")
		if err := os.WriteFile(path, log.data(), 0o600); err != nil {
			b.Fatal(err)
		}
		for _, workers := range []int{1, 2} {
			b.Run(log.name+"/workers="+strconv.Itoa(workers), func(b *testing.B) {
				b.SetBytes(int64(len(log.data())))
				for b.Loop() {
					runIn([]string{"-scan", "-count", path}, nil, io.Discard, io.Discard, environment{workers: workers})
				}
			})
		}
	}
}
