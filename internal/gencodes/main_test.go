package main

import (
	"bytes"
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// TestCODESIsCurrent fails when CODES.md at the repository root is not what
// the generator writes from the package today, and prints only the lines
// that differ.
func TestCODESIsCurrent(t *testing.T) {
	goNames, err := readGoNames("../../codes.go")
	require.NoError(t, err)
	var want bytes.Buffer
	render(&want, goNames)
	got, err := os.ReadFile("../../CODES.md")
	require.NoError(t, err, "CODES.md is missing: run go generate ./...")
	if bytes.Equal(got, want.Bytes()) {
		return
	}
	gotLines := lineSet(string(got))
	var missing []string
	for _, l := range strings.Split(want.String(), "\n") {
		if !gotLines[l] {
			missing = append(missing, l)
		}
	}
	wantLines := lineSet(want.String())
	var stale []string
	for _, l := range strings.Split(string(got), "\n") {
		if !wantLines[l] {
			stale = append(stale, l)
		}
	}
	t.Errorf("CODES.md is stale: run go generate ./... and commit it.\nlines it lacks:\n%s\nlines it should not have:\n%s",
		strings.Join(missing, "\n"), strings.Join(stale, "\n"))
}

func lineSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, l := range strings.Split(s, "\n") {
		m[l] = true
	}
	return m
}

func TestReadGoNames(t *testing.T) {
	names, err := readGoNames("../../codes.go")
	require.NoError(t, err)
	require.Equal(t, "GroupNotExist", names[606])
	require.Equal(t, "PushUnbindFailedLegacy", names[902])
	_, err = readGoNames("no-such-file.go")
	require.Error(t, err)
}
