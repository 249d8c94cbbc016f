package oneline

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
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
		{"sep\u2028x\u0085\u2029", -1, `sep\u2028x\u0085\u2029`},
		{"bad\xffbyte", -1, `bad\xffbyte`},
		{"ünï\\n", -1, "ünï\\n"},
		// Format characters (Cf): bidi controls, zero-width ones, the BOM.
		{"evil\u202etxt.exe", -1, `evil\u202etxt.exe`},
		{"\u2066iso\u2069 zw\u200bsp \ufeffbom \u00ad", -1, `\u2066iso\u2069 zw\u200bsp \ufeffbom \u00ad`},
		{"tag\U000e0041", -1, `tag\U000e0041`},
		{"abcdefghijklmnop", 12, "abcd" + Marker},
		{"abc", 3, "abc"},
		{"abcdefghijkl", 12, "abcdefghijkl"}, // fits exactly: no marker
		{"ab\ncdefghijklm", 13, `ab\nc` + Marker},
		{"aéééééé", 10, "a" + Marker},         // é is two bytes: never cut in half
		{"ab\u202eefghij", 13, "ab" + Marker}, // an escape is never cut in half
		{"abcdefghijklmnop", 4, "...("},       // not even the marker fits
		{"", 0, ""},
	} {
		got := String(tc.in, tc.max)
		assert.Equal(t, tc.want, got, "String(%q, %d)", tc.in, tc.max)
		if tc.max >= 0 {
			assert.LessOrEqual(t, len(got), tc.max, "String(%q, %d) is over its bound", tc.in, tc.max)
		}
	}
	assert.Equal(t, 0.0, testing.AllocsPerRun(10, func() { _ = String("clean text", -1) }), "clean text is not copied")
	assert.True(t, Clean("clean text, ünï"))
	for _, dirty := range []string{"a\nb", "x\u202e", "\xff", "\u2028"} {
		assert.False(t, Clean(dirty), "%q", dirty)
	}
	assert.Equal(t, 1.0, testing.AllocsPerRun(10, func() { _ = String("dirty\ntext", -1) }), "one allocation for escaped text")
}

// TestEveryEscapedRune checks the escaped set against the Unicode tables
// themselves, so that a category the fast path forgets fails here.
func TestEveryEscapedRune(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if !utf8.ValidRune(r) {
			continue
		}
		want := unicode.In(r, unicode.Cc, unicode.Cf, unicode.Zl, unicode.Zp)
		s := string(r)
		if got := String(s, -1) != s; got != want {
			t.Fatalf("U+%04X: escaped %v, want %v", r, got, want)
		}
		if want && strings.ContainsRune(String(s, -1), r) {
			t.Fatalf("U+%04X survives escaping", r)
		}
	}
}

func TestAppendBoundAndLinear(t *testing.T) {
	huge := strings.Repeat("x\u202e\ny", 1<<20) // 6 MiB of text needing escapes
	got := Append(make([]byte, 0, 4096), huge, 4096)
	assert.True(t, len(got) <= 4096 && len(got) > 4096-12, "len %d, want at most 4096 and cut only at an escape", len(got))
	assert.True(t, strings.HasSuffix(string(got), Marker))
	assert.True(t, utf8.Valid(got))
	// Append reads only what it writes: the cost of a huge input is that of
	// the bound. One allocation at most, for the result's own buffer.
	assert.Equal(t, 0.0, testing.AllocsPerRun(10, func() {
		var buf [256]byte
		_ = Append(buf[:0], huge, len(buf))
	}))
}

func FuzzString(f *testing.F) {
	f.Add("a\nb\u202ec\xff", 7)
	f.Fuzz(func(t *testing.T, s string, max int) {
		max = max % 5000
		got := String(s, max)
		if max >= len(Marker) {
			require.LessOrEqual(t, len(got), max)
		}
		require.True(t, utf8.ValidString(got), "String(%q, %d) = %q is not valid UTF-8", s, max, got)
		for _, r := range got {
			require.False(t, NeedsEscape(r, utf8.RuneLen(r)) && r != utf8.RuneError, "String(%q, %d) = %q keeps %U", s, max, got, r)
		}
		if max < 0 || len(got) < max-len(Marker)-12 {
			require.NotContains(t, got, Marker+"x") // sanity: a marker only ends the text
		}
	})
}

func TestLine(t *testing.T) {
	var buf [8]byte
	line := NewLine(buf[:0], 24).Append("name ").AppendInt(-42).Append(": ")
	assert.False(t, line.Full())
	line = line.Append("a message that is far too long").Append(" and more")
	assert.True(t, line.Full())
	assert.Equal(t, "name -42: a mess"+Marker, string(line.Bytes()), "the line is cut within its bound")

	// A piece that fits exactly, then one that does not: the cut goes back
	// into the earlier piece so that the whole marker fits.
	line = NewLine(nil, 12).Append("abcdefghijk").Append("xyz")
	assert.Equal(t, "abcd"+Marker, string(line.Bytes()))
	line = NewLine(nil, 12).Append("abc").Append("def")
	assert.Equal(t, "abcdef", string(line.Bytes()))
	assert.False(t, line.Full())
}
