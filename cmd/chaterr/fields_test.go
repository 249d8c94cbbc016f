package main

import (
	"encoding/json"
	"strconv"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/seed-a36dd713/chaterr"
)

// TestAppendJSONString: what appendJSONString writes decodes to the same
// string as encoding/json's, for quotes, controls, escapes and bad UTF-8.
func TestAppendJSONString(t *testing.T) {
	for _, s := range []string{"", "plain", `q"b\s`, "\n\t\r\x00\x1b\x7f", "<&>", "é 中 \u2028", "\xff\xfe bad", "a\xc3"} {
		got := appendJSONString(nil, s)
		var back, want string
		assert.NoError(t, json.Unmarshal(got, &back), "%q -> %s", s, got)
		ref, _ := json.Marshal(s)
		assert.NoError(t, json.Unmarshal(ref, &want))
		assert.Equal(t, want, back, "%q", s)
		assert.Zero(t, testing.AllocsPerRun(10, func() { appendJSONString(got[:0], s) }), "%q: no allocation", s)
	}
}

// TestHintLine: the hint line is there exactly when the code has a hint.
func TestHintLine(t *testing.T) {
	for _, c := range chaterr.Codes() {
		out := runWith(nil, strconv.Itoa(int(c))).stdout
		if h := c.Hint(); h != "" {
			assert.Contains(t, out, "\nhint:         "+h+"\n", "chaterr %d", int(c))
		} else {
			assert.NotContains(t, out, "hint:", "chaterr %d", int(c))
		}
	}
}
