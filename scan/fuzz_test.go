package scan_test

import (
	"strconv"
	"testing"

	"github.com/seed-a36dd713/chaterr"
	"github.com/seed-a36dd713/chaterr/imsdk"
	"github.com/seed-a36dd713/chaterr/scan"
)

// FuzzLine feeds any line to the scanner, whole and cut in two: it must not
// panic, and every code it finds must be in the 32-bit range, not zero, and
// spelled by the bytes its match points at, as a number or as a name.
func FuzzLine(f *testing.F) {
	for _, line := range scan.LogLines(f, "testdata/corpus/*.log") {
		f.Add(line, len(line)/2)
	}
	for _, s := range []string{"code=", "code=-", "onError(", "onError(-", "error code", "code:\"", "errorcode 99999999999",
		"code=2147483648", "Domain=", "error_code=", "failed: code", "ChatError{code:",
		"send ack: PERMISSION_DENIED: user is mute", `error="session: AUTHENTICATION_FAILED: another device login"`,
		": IM_FORBIDDEN", "PROTOCOL_ERROR: ", "error_code=IM_FORBIDDEN", `"": DNS_ERROR: x"`,
		`{type: 39, message: "x"}`, "easemob-websdk type:16", `type: 605, message: ""`,
		`{"error": {"code": 404, "message": "x"}} USER_MUTED`, `{code: 1000, reason: "x"} failed`, "\u5931\u8d25\uff0ccode 500"} {
		f.Add(s, 3)
	}
	f.Fuzz(func(t *testing.T, line string, cut int) {
		check := func(piece string, ms []scan.Match) {
			for _, m := range ms {
				if m.Web != 0 { // read in the Web SDK's numbering
					native, _ := m.Web.Native()
					if m.Start < 0 || m.Start >= m.End || m.End > len(piece) || piece[m.Start:m.End] != strconv.Itoa(int(m.Web)) ||
						!m.Web.Known() || m.Code != native {
						t.Errorf("Line(%q) found Web %d (native %d) at [%d, %d) of %q: not what the line says (scan/rules.go, webType)", line, int(m.Web), int(m.Code), m.Start, m.End, piece)
					}
					continue
				}
				if m.Code == 0 || chaterr.Code(int32(m.Code)) != m.Code {
					t.Errorf("Line(%q) found %d: zero or outside 32 bits (scan/rules.go)", line, int(m.Code))
				}
				if m.Start < 0 || m.Start >= m.End || m.End > len(piece) {
					t.Fatalf("Line(%q) found %d at [%d, %d), outside the piece of %d bytes", line, int(m.Code), m.Start, m.End, len(piece))
				}
				spelled := piece[m.Start:m.End]
				c, err := chaterr.Parse(spelled)
				n, numErr := strconv.Atoi(spelled)
				if (err != nil || c != m.Code) && (numErr != nil || chaterr.FromOldRelease(n) != m.Code && chaterr.Code(n) != m.Code) && !goSDKReads(spelled, m.Code) {
					t.Errorf("Line(%q) found %d where the line says %q (scan/rules.go)", line, int(m.Code), spelled)
				}
			}
		}
		var s scan.Scanner
		check(line, s.Line([]byte(line)))
		if cut >= 0 && cut <= len(line) {
			check(line[:cut], s.Line([]byte(line[:cut])))
			check(line[cut:], s.More([]byte(line[cut:])))
		}
	})
}

// goSDKReads reports whether word is a Go IM SDK code with a reading whose
// native code is c, as the scanner reports the SDK's own text.
func goSDKReads(word string, c chaterr.Code) bool {
	for _, r := range imsdk.Explain(word) {
		if r.HasNative && r.Native == c {
			return true
		}
	}
	return false
}

// FuzzIndex holds Index to its promise: reading a line from where it points
// (two words before) finds what reading every word finds, and what it finds
// is in the line.
func FuzzIndex(f *testing.F) {
	for _, s := range []string{"error code 215", "USER_MUTED", "x(603)", "HyphenateException(603, x)", "EMErrorUserMuted", "code=5"} {
		f.Add(s)
	}
	for _, line := range scan.LogLines(f, "testdata/corpus/*.log") {
		f.Add(line)
	}
	f.Fuzz(func(t *testing.T, line string) {
		i := scan.Index([]byte(line))
		if i >= len(line) || i < -1 {
			t.Fatalf("Index(%q) = %d, outside the line", line, i)
		}
		if b := scan.IndexBytewise([]byte(line)); b != i {
			t.Fatalf("Index(%q) = %d, but byte by byte %d (scan/index_amd64.s and triggerPairs disagree)", line, i, b)
		}
		var s, whole scan.Scanner
		if got, want := s.Line([]byte(line)), scan.LineWhole(&whole, []byte(line)); !equalMatches(got, want) {
			t.Errorf("Line(%q) = %v, but read word by word %v (scan/index.go passes over a word a rule needs)", line, got, want)
		}
	})
}

// equalMatches reports whether a and b hold the same matches, nil and empty alike.
func equalMatches(a, b []scan.Match) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// FuzzRepeats holds the scanner to what its memory of repeated lines
// assumes: the digits before a line's first letter (a timestamp, a pid)
// change no code found on it. Each line is read word by word with those
// digits changed, and through the memory after the line as it was.
func FuzzRepeats(f *testing.F) {
	for _, line := range scan.LogLines(f, "testdata/*/*.log") {
		f.Add(line, uint8(3))
	}
	f.Add("12: PERMISSION_DENIED: user is mute", uint8(1))
	f.Add("1 2 3 4 5 6 7 [EMClient] code=302 desc=x", uint8(7))
	f.Fuzz(func(t *testing.T, line string, shift uint8) {
		other := []byte(line)
		for i, b := range other {
			if 'a' <= b|0x20 && b|0x20 <= 'z' || b >= 0x80 {
				break
			}
			if '0' <= b && b <= '9' {
				other[i] = '0' + (b-'0'+shift)%10
			}
		}
		var s, whole scan.Scanner
		want := append([]scan.Match(nil), scan.LineWhole(&whole, []byte(line))...)
		if got := append([]scan.Match(nil), scan.LineWhole(&whole, other)...); !equalMatches(got, want) {
			t.Fatalf("Line(%q) = %v, but Line(%q) = %v: a digit before the first letter counts (scan/repeat.go assumes none does)", line, want, other, got)
		}
		s.Line([]byte(line))
		if got := s.Line(other); !equalMatches(got, want) {
			t.Fatalf("Line(%q) after Line(%q) = %v, want %v (scan/repeat.go)", other, line, got, want)
		}
	})
}
