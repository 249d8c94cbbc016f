package chaterr_test

import (
	"encoding/json"
	"strconv"
	"strings"
	"testing"

	"github.com/seed-a36dd713/chaterr"
)

// badInputs are inputs that Parse and the JSON decoder must refuse; they seed
// the fuzzers next to the names and numbers of every documented code.
var badInputs = []string{
	"", " ", "NOT_A_CODE", "USER__MUTED", " 215", "0x10", "1e3", "1.5", "1_000",
	"2147483648", "-2147483649", "+", "-", "Code(", "Code()", "Code(2147483648)", "ÜSER_MUTED",
	"EMNOERROR", "null", "true", "[]", "{}",
}

func FuzzParse(f *testing.F) {
	for _, c := range chaterr.Codes() {
		f.Add(c.String())
		f.Add(strings.ToLower(c.String()))
		f.Add(strconv.Itoa(int(c)))
		for _, n := range c.Names() {
			f.Add(n)
		}
	}
	for _, s := range []string{"Code(1234)", "code(-1)", "PushUnbindFailedLegacy"} {
		f.Add(s)
	}
	for _, s := range badInputs {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		c, err := chaterr.Parse(s)
		if err != nil {
			if c != chaterr.GeneralError {
				t.Errorf("Parse(%q) = %d with error %v; want GeneralError with an error (parse.go)", s, c, err)
			}
			if !strings.Contains(err.Error(), strconv.Quote(s[:min(len(s), 64)])) {
				t.Errorf("Parse(%q) error %q does not quote the input (parse.go)", s, err)
			}
			return
		}
		if int64(c) != int64(int32(c)) {
			t.Errorf("Parse(%q) = %d, outside 32 bits (parse.go)", s, c)
		}
		// Whatever Parse accepts round-trips through String and the number.
		// The one exception is a deprecated code whose name a current code
		// also carries (902 and 1502): the name means the current code.
		name := c.String()
		back, err := chaterr.Parse(name)
		switch {
		case err != nil:
			t.Errorf("Parse(%q) gave %d, whose String %q does not parse back: %v (parse.go, spellings.go)", s, int(c), name, err)
		case back != c && !(c.Deprecated() && back.Known() && !back.Deprecated() && back.String() == name):
			t.Errorf("Parse(%q) gave %d, whose String %q parses back to %d (parse.go, spellings.go)", s, int(c), name, int(back))
		}
		if back, err := chaterr.Parse(strconv.Itoa(int(c))); err != nil || back != c {
			t.Errorf("Parse(%q) gave %d, whose number parses back to %d, %v (parse.go)", s, int(c), int(back), err)
		}
	})
}

func FuzzUnmarshalJSON(f *testing.F) {
	for _, c := range chaterr.Codes() {
		f.Add(strconv.Itoa(int(c)))
		f.Add(strconv.Quote(c.String()))
	}
	for _, s := range badInputs {
		f.Add(s)
		f.Add(strconv.Quote(s))
	}
	f.Fuzz(func(t *testing.T, s string) {
		const before = chaterr.Code(-42)
		c := before
		if err := json.Unmarshal([]byte(s), &c); err != nil {
			if c != before {
				t.Errorf("decoding %q failed (%v) but changed the value to %d", s, err, c)
			}
			return
		}
		// A decoded Code re-encodes to a JSON number that decodes to the
		// same value.
		b, err := json.Marshal(c)
		if err != nil {
			t.Fatalf("encoding %d: %v", c, err)
		}
		if _, err := strconv.ParseInt(string(b), 10, 32); err != nil {
			t.Errorf("%d encodes as %s, not a 32-bit JSON integer", c, b)
		}
		back := before
		if err := json.Unmarshal(b, &back); err != nil || back != c {
			t.Errorf("%s decodes to %d, %v; want %d", b, back, err, c)
		}
	})
}
