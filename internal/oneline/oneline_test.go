package oneline

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestString(t *testing.T) {
	for _, tc := range []struct {
		in   string
		max  int
		want string
	}{
		{"plain text", -1, "plain text"},
		{"a\nb\r\tc", -1, `a\nb\r\tc`},
		{"\x1b[31mred", -1, `\x1b[31mred`},
		{"sep\u2028x\u0085", -1, `sep\u2028x\u0085`},
		{"bad\xffbyte", -1, `bad\xffbyte`},
		{"ünï\\n", -1, "ünï\\n"},
		{"abcdef", 3, "abc..."},
		{"abc", 3, "abc"},
		{"ab\ncd", 3, `ab\n...`},
		{"aé", 2, "a..."}, // é is two bytes: not cut in half
		{"", 0, ""},
	} {
		assert.Equal(t, tc.want, String(tc.in, tc.max), "String(%q, %d)", tc.in, tc.max)
	}
	long := strings.Repeat("x", 1000)
	assert.Len(t, String(long, 10), 13)
	assert.Equal(t, 0.0, testing.AllocsPerRun(10, func() { _ = String("clean text", -1) }), "clean text is not copied")
}
