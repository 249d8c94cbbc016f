package main

import (
	"bytes"
	"io"
	"strconv"
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
