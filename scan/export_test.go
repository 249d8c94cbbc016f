package scan

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// IndexBytewise is Index without index_amd64.s's skip over blocks.
func IndexBytewise(text []byte) int { return indexFrom(text, 0) }

// IndexBlocksGo is indexBlocks a byte at a time, with blocks of width bytes.
var IndexBlocksGo = indexBlocksGo

// BlockVariant is one build of indexBlocks that this machine runs.
type BlockVariant struct {
	Name  string
	Width int
	Find  func([]byte) (int, uint32)
}

// GoSDKCodes are the Go IM SDK's codes that the scanner knows.
func GoSDKCodes() map[string]bool { return goSDKCodes }

// LineWhole is s.Line reading every word of the line, without the skip to
// where Index points: what the skip must not change.
func LineWhole(s *Scanner, line []byte) []Match {
	s.whole = true
	defer func() { s.whole = false }()
	return s.Line(line)
}

// LogLines returns the lines of the test logs that glob names, such as
// "testdata/corpus/*.log": the seeds of the fuzzers, and lines to read.
func LogLines(tb testing.TB, glob string) []string {
	tb.Helper()
	logs, err := filepath.Glob(glob)
	if err != nil || len(logs) == 0 {
		tb.Fatalf("no test logs %s (%v)", glob, err)
	}
	var lines []string
	for _, path := range logs {
		b, err := os.ReadFile(path)
		if err != nil {
			tb.Fatal(err)
		}
		lines = append(lines, strings.Split(string(b), "\n")...)
	}
	return lines
}
