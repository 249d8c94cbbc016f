package chaterr_test

import (
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestREADMEShape keeps the README short, quick start first: detail belongs
// in CODES.md and the Go docs.
func TestREADMEShape(t *testing.T) {
	b, err := os.ReadFile("README.md")
	require.NoError(t, err)
	lines := strings.Split(strings.TrimSuffix(string(b), "\n"), "\n")
	assert.LessOrEqual(t, len(lines), 150, "README.md has %d lines: move detail to CODES.md or the Go docs", len(lines))
	for _, line := range lines {
		if strings.HasPrefix(line, "## ") {
			assert.Equal(t, "## Quick start", line, "README.md: the first section is the quick start")
			break
		}
	}
}
