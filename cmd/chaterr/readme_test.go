package main

import (
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestREADMECommandLine checks the README's "## Command line" section
// against the command: its sample output is what chaterr -scan -count prints
// for testdata/readme/app.log, its jq recipe prints the line text, and it
// says who Easemob is.
func TestREADMECommandLine(t *testing.T) {
	b, err := os.ReadFile("../../README.md")
	require.NoError(t, err)
	_, section, ok := strings.Cut(string(b), "\n## Command line\n")
	require.True(t, ok, "README.md has no ## Command line section")
	section, _, _ = strings.Cut(section, "\n## ")

	_, rest, ok := strings.Cut(section, "\n\n```\n") // the first plain block
	require.True(t, ok, "README.md ## Command line: no plain ``` block of sample output")
	sample, _, ok := strings.Cut(rest, "```\n")
	require.True(t, ok)

	r := runWith(nil, "-scan", "-count", "testdata/readme/app.log")
	require.Equal(t, 0, r.code, r.stderr)
	assert.Equal(t, r.stdout, sample,
		"README.md ## Command line is stale: run go generate ./... (internal/genreadme writes the sample)")
	assert.NotContains(t, section, "…", "the command does not cut descriptions")
	assert.Contains(t, section, `\(.text)`, "the jq recipe shows the line text")
	assert.Contains(t, section, "Easemob is the")
	assert.Contains(t, section, "`EM_NO_ERROR`")
}

// TestREADMEQuickStart checks the sample output under "## Quick start"
// against what the command prints for the code its sh block explains.
func TestREADMEQuickStart(t *testing.T) {
	b, err := os.ReadFile("../../README.md")
	require.NoError(t, err)
	_, section, ok := strings.Cut(string(b), "\n## Quick start\n")
	require.True(t, ok, "README.md has no ## Quick start section")
	section, _, _ = strings.Cut(section, "\n## ")
	_, rest, ok := strings.Cut(section, "\n\n```\n")
	require.True(t, ok, "README.md ## Quick start: no plain ``` block of sample output")
	sample, _, ok := strings.Cut(rest, "```\n")
	require.True(t, ok)
	require.Contains(t, section, "go run ./cmd/chaterr 508")
	r := runWith(nil, "508")
	require.Equal(t, 0, r.code, r.stderr)
	assert.Equal(t, r.stdout, sample, "README.md ## Quick start is stale: run go generate ./... (internal/genreadme writes the sample)")
}
