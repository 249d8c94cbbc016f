package rest_test

import (
	"os"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/seed-a36dd713/chaterr/rest"
)

// TestREADMETable checks the short table of the README's REST section
// against rest.Rows: every documented status in exactly one line, a plain
// "no" or "after a delay" true of all its rows, and every string or phrase a
// mixed line names documented under its statuses.
func TestREADMETable(t *testing.T) {
	readme, err := os.ReadFile("../README.md")
	require.NoError(t, err)
	section := string(readme)
	i := strings.Index(section, "## Server side: REST API errors")
	require.GreaterOrEqual(t, i, 0, "README.md lacks its REST section")
	section = section[i:]
	if j := strings.Index(section[3:], "\n## "); j >= 0 {
		section = section[:j+3]
	}
	retry := map[int][]bool{}
	names := map[int]map[string]bool{}
	for _, r := range rest.Rows() {
		retry[r.Status] = append(retry[r.Status], r.Retryable)
		if names[r.Status] == nil {
			names[r.Status] = map[string]bool{}
		}
		names[r.Status][string(r.Code)] = true
		names[r.Status][r.When] = true
	}
	seen := map[int]bool{}
	named := regexp.MustCompile("`([^`]+)`|\"([^\"]+)\"")
	for _, line := range strings.Split(section, "\n") {
		cells := strings.Split(strings.Trim(line, "|"), "|")
		if len(cells) != 2 || !strings.HasPrefix(line, "| ") || strings.HasPrefix(line, "| Status") {
			continue
		}
		answer := strings.TrimSpace(cells[1])
		for _, f := range strings.Split(cells[0], ",") {
			status, err := strconv.Atoi(strings.TrimSpace(f))
			require.NoError(t, err, "README.md REST table: %q", line)
			assert.False(t, seen[status], "README.md: %d is in two lines", status)
			seen[status] = true
			require.NotEmpty(t, retry[status], "README.md: %d is not a documented status", status)
			switch answer {
			case "no", "after a delay":
				for _, r := range retry[status] {
					assert.Equal(t, answer != "no", r, "README.md says %q for every %d row; see rest.Rows", answer, status)
				}
			default:
				assert.Contains(t, retry[status], true, "README.md: %d has a row retried after a delay", status)
				assert.Contains(t, retry[status], false, "README.md: %d has a row not retried", status)
				for _, m := range named.FindAllStringSubmatch(answer, -1) {
					assert.True(t, names[status][m[1]+m[2]], "README.md: %q is not documented under %d", m[1]+m[2], status)
				}
			}
		}
	}
	for status := range retry {
		assert.True(t, seen[status], "README.md's REST table lacks status %d", status)
	}
}
