package web_test

import (
	"encoding/json"
	"errors"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/seed-a36dd713/chaterr/web"
)

// FuzzDecode feeds arbitrary bytes to the error object decoder: it must
// never panic, must agree with encoding/json on what is valid JSON, must
// leave the error unchanged when it fails, and must give an error text that
// is one bounded line.
func FuzzDecode(f *testing.F) {
	for _, s := range []string{
		`{"type":605,"message":"group not found","data":{"id":"1","mid":"2"}}`,
		`{"type":17,"message":"x","data":"body","extraInfo":{"elapse":1,"httpCode":429,"errDesc":"slow"}}`,
		`{"type":507,"reason":"you were muted"}`,
		`{"type":0}`, `{"type":-4,"message":"a\u202eb\n"}`, `{"TYPE":1,"Message":"\ud83d"}`,
		`{"type":"605"}`, `{"type":1.5}`, `{"type":1,"extraInfo":[]}`, `{}`, `[]`, `null`, ``, `{"type":1`,
		`{"type":1,"data":[{"a":"]}"},"\\\""]}`, `{"type":2147483648}`, "{\"type\":1,\"message\":\"\xff\"}",
	} {
		f.Add([]byte(s))
	}
	for _, c := range web.Codes() {
		f.Add([]byte(`{"type":` + strconv.Itoa(int(c)) + `,"message":"` + c.String() + `"}`))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		var e web.Error
		kept := web.Error{Code: 12345, Message: "kept"}
		e = kept
		err := e.UnmarshalJSON(data)
		if err != nil {
			var derr *web.DecodeError
			if errors.As(err, &derr) && derr.Field == "" && strings.HasPrefix(derr.Reason, "not valid JSON") && json.Valid(data) {
				t.Errorf("UnmarshalJSON(%q) refused valid JSON (web/decode.go)", data)
			}
			if e.Code != kept.Code || e.Message != kept.Message || e.Data != nil || e.HTTPStatus != 0 {
				t.Errorf("UnmarshalJSON(%q) failed with %v but changed the error to %+v (web/decode.go)", data, err, e)
			}
			if msg := err.Error(); strings.ContainsAny(msg, "\n\r") || len(msg) > 512 {
				t.Errorf("UnmarshalJSON(%q): error text is not one bounded line: %q (web/decode.go)", data, msg)
			}
			return
		}
		if !json.Valid(data) {
			t.Errorf("UnmarshalJSON(%q) accepted invalid JSON (web/decode.go)", data)
		}
		if e.Data != nil && !json.Valid(e.Data) {
			t.Errorf("UnmarshalJSON(%q): data %q is not the JSON value it was (web/decode.go)", data, e.Data)
		}
		text := e.Error()
		if len(text) > web.MaxErrorText || strings.ContainsAny(text, "\n\r") || !utf8.ValidString(text) {
			t.Errorf("Error() of %q is not one bounded line of UTF-8: %q (web/errors.go)", data, text)
		}
		if string(data) != "null" {
			var plain struct {
				Type int `json:"type"`
			}
			if jerr := json.Unmarshal(data, &plain); jerr == nil && plain.Type != int(e.Code) {
				t.Errorf("UnmarshalJSON(%q): type %d, encoding/json reads %d (web/decode.go)", data, e.Code, plain.Type)
			}
		}
		if _, err := json.Marshal(&e); err != nil {
			t.Errorf("Marshal after decoding %q: %v", data, err)
		}
	})
}

// FuzzParse checks that Parse never panics, fails only with RequestUnknown,
// and that whatever it accepts as a name round-trips through String.
func FuzzParse(f *testing.F) {
	for _, r := range web.Rows() {
		f.Add(r.Name)
		f.Add(strings.ToLower(r.Name))
	}
	for _, s := range []string{"", "605", "-4", "Code(1234)", "code(-1)", " 1", "0x10", "LocalDBOperationFailedLegacy"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		c, err := web.Parse(s)
		if err != nil {
			if c != web.RequestUnknown {
				t.Errorf("Parse(%q) = %d with error %v; want RequestUnknown (web/parse.go)", s, c, err)
			}
			return
		}
		back, err := web.Parse(c.String())
		if err != nil || back != c {
			t.Errorf("Parse(%q) = %d, but Parse(%q) = %d, %v (web/parse.go)", s, c, c.String(), back, err)
		}
	})
}
