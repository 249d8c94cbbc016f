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
	"2147483648", "-2147483649", "+", "-", "Code(1234)", "ÜSER_MUTED", "null", "true", "[]", "{}",
}

func FuzzParse(f *testing.F) {
	for _, c := range chaterr.Codes() {
		f.Add(c.String())
		f.Add(strings.ToLower(c.String()))
		f.Add(strconv.Itoa(int(c)))
	}
	for _, s := range badInputs {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		c, err := chaterr.Parse(s)
		if err != nil {
			if c != 0 {
				t.Errorf("Parse(%q) = %d with error %v; want 0 with an error", s, c, err)
			}
			if !strings.Contains(err.Error(), strconv.Quote(s)) {
				t.Errorf("Parse(%q) error %q does not quote the input", s, err)
			}
			return
		}
		if int64(c) != int64(int32(c)) {
			t.Errorf("Parse(%q) = %d, outside 32 bits", s, c)
		}
		// Whatever Parse accepts round-trips through the name and the number.
		if c.Known() {
			if back, err := chaterr.Parse(c.String()); err != nil || back != c {
				t.Errorf("Parse(%q) = %v, %v; want %d", c.String(), back, err, c)
			}
		}
		if back, err := chaterr.Parse(strconv.Itoa(int(c))); err != nil || back != c {
			t.Errorf("Parse(%q) = %v, %v; want %d", strconv.Itoa(int(c)), back, err, c)
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
