package web_test

import (
	"encoding/json"
	"errors"
	"io"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/seed-a36dd713/chaterr/web"
)

// stalled returns its prefix, then no bytes and no error on every call.
type stalled struct {
	prefix string
	reads  int
}

func (s *stalled) Read(p []byte) (int, error) {
	s.reads++
	n := copy(p, s.prefix)
	s.prefix = s.prefix[n:]
	return n, nil
}

// TestDecodeEndsOnAReaderWithoutProgress: a reader that keeps returning
// (0, nil) ends Decode with io.ErrNoProgress after a bounded number of
// reads, instead of spinning for ever.
func TestDecodeEndsOnAReaderWithoutProgress(t *testing.T) {
	r := &stalled{prefix: `{"type":605`}
	e, err := web.Decode(r)
	assert.Nil(t, e)
	require.Error(t, err)
	assert.True(t, errors.Is(err, io.ErrNoProgress), "%v", err)
	assert.Less(t, r.reads, 1000, "Decode gave up after a bounded number of empty reads")

	e, err = web.Decode(strings.NewReader(`{"type":605}`))
	require.NoError(t, err)
	assert.Equal(t, web.GroupNotExist, e.Code)
}

// TestDecodeMatchesKeysAsEncodingJSON pins the key matching that the
// decoder had when it scanned members itself, now that encoding/json
// matches them: a key is unescaped before it is matched, letters match in
// any case (Unicode simple folding, as bytes.EqualFold folds: "ſ" is "s"),
// and of keys that name the same field, in whatever case or escaping, the
// last one counts, also when it is null.
func TestDecodeMatchesKeysAsEncodingJSON(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want web.Error
	}{
		{`{"\u0074ype":3}`, web.Error{Code: 3}},
		{`{"T\u0059PE":3,"type":1}`, web.Error{Code: 1}},
		{`{"type":1,"TYPE":2}`, web.Error{Code: 2}},
		{`{"TYPE":2,"Type":1}`, web.Error{Code: 1}},
		{`{"type":1,"meſſage":"long s"}`, web.Error{Code: 1, Message: "long s"}},
		{`{"type":1,"Message":"a","MESSAGE":"b"}`, web.Error{Code: 1, Message: "b"}},
		{`{"type":1,"message":"m","MESSAGE":null,"reason":"r"}`, web.Error{Code: 1, Message: "r"}},
		{`{"type":1,"data":1,"DATA":null}`, web.Error{Code: 1}},
		{`{"type":1,"data":[1,2,3],"data":"x"}`, web.Error{Code: 1, Data: json.RawMessage(`"x"`)}},
		{`{"type":1,"extraInfo":{"httpCode":404},"EXTRAINFO":null}`, web.Error{Code: 1}},
		{`{"type":1,"extraInfo":{"httpCode":404,"HTTPCODE":500}}`, web.Error{Code: 1, HTTPStatus: 500}},
		{`{"type":1,"extraInfo":{"httpCode":null}}`, web.Error{Code: 1}},
		{`{"type":1,"type ":2,"":3,"types":4}`, web.Error{Code: 1}},
	} {
		var e web.Error
		if assert.NoError(t, e.UnmarshalJSON([]byte(tc.in)), "%s", tc.in) {
			assert.Equal(t, tc.want, e, "%s", tc.in)
		}
	}
	// An earlier value of the wrong type does not matter once a later key
	// names the field again; a later one does.
	var e web.Error
	require.NoError(t, e.UnmarshalJSON([]byte(`{"type":"x","TYPE":7}`)))
	assert.Equal(t, web.Code(7), e.Code)
	assert.Error(t, e.UnmarshalJSON([]byte(`{"type":7,"TYPE":"x"}`)))
}

// TestDecodeIntegerRules pins what type and extraInfo.httpCode accept: the
// digits of an integer in the signed 32-bit range, with an optional minus;
// no fraction or exponent, even of an integral value, and nothing that
// overflows.
func TestDecodeIntegerRules(t *testing.T) {
	for in, want := range map[string]web.Code{
		`0`: 0, `-0`: 0, `2147483647`: 2147483647, `-2147483648`: -2147483648, `605`: 605,
	} {
		var e web.Error
		if assert.NoError(t, e.UnmarshalJSON([]byte(`{"type":`+in+`}`)), "%s", in) {
			assert.Equal(t, want, e.Code, "%s", in)
		}
	}
	for _, in := range []string{`1e2`, `2.0`, `1e400`, `1E0`, `2147483648`, `-2147483649`, `12345678901`, `-0.0`} {
		for _, field := range []string{"type", "extraInfo.httpCode"} {
			obj := `{"type":` + in + `}`
			if field != "type" {
				obj = `{"type":1,"extraInfo":{"httpCode":` + in + `}}`
			}
			var e web.Error
			err := e.UnmarshalJSON([]byte(obj))
			assert.Equal(t, &web.DecodeError{Field: field, Value: in, Size: len(in),
				Reason: "want a JSON integer in the signed 32-bit range"}, err, "%s", obj)
		}
	}
}

// TestDecodeErrorTexts pins the whole of each kind of DecodeError: field,
// excerpt, size and reason, and for input that is not JSON, encoding/json's
// own error after "not valid JSON: ".
func TestDecodeErrorTexts(t *testing.T) {
	long := `"` + strings.Repeat("y", 100) + `"`
	for _, tc := range []struct {
		in   string
		want web.DecodeError
		text string
	}{
		{`{"type":"605"}`, web.DecodeError{Field: "type", Value: `"605"`, Size: 5, Reason: "want a JSON integer in the signed 32-bit range"},
			`web: cannot decode error object: field "type": want a JSON integer in the signed 32-bit range, got "\"605\""`},
		{`{"message":"m"}`, web.DecodeError{Field: "type", Reason: "missing: every Web SDK error object has a type"},
			`web: cannot decode error object: field "type": missing: every Web SDK error object has a type`},
		{`{"type":1,"message":5}`, web.DecodeError{Field: "message", Value: "5", Size: 1, Reason: "want a JSON string"},
			`web: cannot decode error object: field "message": want a JSON string, got "5"`},
		{`{"type":1,"reason":[ ]}`, web.DecodeError{Field: "reason", Value: "[ ]", Size: 3, Reason: "want a JSON string"}, ""},
		{`{"type":1,"extraInfo":[1]}`, web.DecodeError{Field: "extraInfo", Value: "[1]", Size: 3, Reason: "want a JSON object"},
			`web: cannot decode error object: field "extraInfo": want a JSON object, got "[1]"`},
		{`{"type":1,"extraInfo":{"httpCode":"404"}}`, web.DecodeError{Field: "extraInfo.httpCode", Value: `"404"`, Size: 5,
			Reason: "want a JSON integer in the signed 32-bit range"}, ""},
		{` [1] `, web.DecodeError{Value: "[1]", Size: 3, Reason: "want a JSON object"},
			`web: cannot decode error object: want a JSON object, got "[1]"`},
		{`{"type":1`, web.DecodeError{Value: `{"type":1`, Size: 9, Reason: "not valid JSON: unexpected end of JSON input"},
			`web: cannot decode error object: not valid JSON: unexpected end of JSON input, got "{\"type\":1"`},
		{`{"type":1} {}`, web.DecodeError{Value: `{"type":1} {}`, Size: 13,
			Reason: "not valid JSON: invalid character '{' after top-level value"}, ""},
	} {
		var e web.Error
		err := e.UnmarshalJSON([]byte(tc.in))
		var derr *web.DecodeError
		if !assert.ErrorAs(t, err, &derr, "%s", tc.in) {
			continue
		}
		assert.Equal(t, tc.want, *derr, "%s", tc.in)
		if tc.text != "" {
			assert.Equal(t, tc.text, err.Error(), "%s", tc.in)
		}
		if strings.HasPrefix(tc.want.Reason, "not valid JSON: ") {
			var v any
			jerr := json.Unmarshal([]byte(tc.in), &v)
			require.Error(t, jerr)
			assert.Equal(t, "not valid JSON: "+jerr.Error(), derr.Reason, "the reason quotes encoding/json")
		}
	}
	// A long refused value is cut to 64 bytes and its size given.
	var e web.Error
	err := e.UnmarshalJSON([]byte(`{"type":` + long + `}`))
	assert.Equal(t, &web.DecodeError{Field: "type", Value: long[:64], Size: len(long),
		Reason: "want a JSON integer in the signed 32-bit range"}, err)
	assert.Contains(t, err.Error(), `... (102 bytes)`)
}
