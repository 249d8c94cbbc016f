package main

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/seed-a36dd713/chaterr"
)

// FuzzScanLine feeds any line to the -scan patterns: they must not panic,
// and every code they find must be in the 32-bit range and be mentioned in
// the line, as a number or as a name.
func FuzzScanLine(f *testing.F) {
	logs, _ := filepath.Glob("testdata/scan/*.log")
	for _, path := range logs {
		b, err := os.ReadFile(path)
		if err != nil {
			f.Fatal(err)
		}
		for _, line := range strings.Split(string(b), "\n") {
			f.Add(line)
		}
	}
	for _, s := range []string{"code=", "code=-", "onError(", "onError(-", "error code", "code:\"", "errorcode 99999999999", "code=2147483648"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, line string) {
		scanLine([]byte(line), func(c chaterr.Code) {
			if chaterr.Code(int32(c)) != c {
				t.Errorf("scanLine(%q) found %d, outside 32 bits (scan.go)", line, int(c))
			}
			digits := strings.TrimPrefix(strconv.Itoa(int(c)), "-") // -01 is -1
			mentioned := strings.Contains(line, digits)
			for _, n := range c.Names() {
				mentioned = mentioned || strings.Contains(line, n)
			}
			if !mentioned {
				t.Errorf("scanLine(%q) found %d, which the line does not mention (scan.go)", line, int(c))
			}
		})
	})
}
