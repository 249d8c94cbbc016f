package rest

import (
	"bytes"
	"encoding/json"
	"errors"
	"strings"
	"time"

	"github.com/seed-a36dd713/chaterr/internal/oneline"
)

// wireBody is the JSON body of a failed call.
type wireBody struct {
	Error            string    `json:"error"`
	Exception        string    `json:"exception"`
	Timestamp        int64     `json:"timestamp"` // milliseconds since the Unix epoch
	Duration         int64     `json:"duration"`  // milliseconds
	ErrorDescription string    `json:"error_description"`
	ErrorCode        errorCode `json:"error_code"`
	Result           string    `json:"result"` // read by one of the Web SDK's rules only
}

// errorCode is the body's numeric error_code: a JSON number or a string of
// digits, from 1 to 2^31-1. Anything else, of any JSON type, decodes as 0
// without failing the body, since the other fields still say what went
// wrong. Decoding it allocates nothing.
type errorCode ErrorCode

func (c *errorCode) UnmarshalJSON(data []byte) error {
	*c = 0
	if len(data) >= 2 && data[0] == '"' && data[len(data)-1] == '"' {
		if bytes.IndexByte(data, '\\') >= 0 { // escapes: decode them, as the salvage path does
			var s string
			if json.Unmarshal(data, &s) != nil {
				return nil
			}
			data = []byte(s)
		} else {
			data = data[1 : len(data)-1]
		}
	}
	n, ok := digits(data)
	if ok && n > 0 {
		*c = errorCode(n)
	}
	return nil
}

// digits parses b as 1 to 10 ASCII digits no greater than 2^31-1.
func digits(b []byte) (int64, bool) {
	if len(b) == 0 || len(b) > 10 {
		return 0, false
	}
	var n int64
	for _, c := range b {
		if c < '0' || c > '9' {
			return 0, false
		}
		n = n*10 + int64(c-'0')
	}
	return n, n <= 1<<31-1
}

// maxText bounds the message taken from a body that is not clean JSON: an
// excerpt, an HTML title, the start of a text.
const maxText = 512

// bom is the UTF-8 byte-order mark, which some servers put before a body.
const bom = "\xef\xbb\xbf"

// decodeBody fills e from body. A JSON object gives its fields, each on its
// own: a field of the wrong type is left out and the others are kept; a
// truncated or invalid object gives the fields before the fault. Either way
// the message is then an excerpt of the raw body, so that what the server
// sent stays visible. Anything else gives a message: the HTML title, or the
// start of the text. A leading byte-order mark is skipped.
//
// w is scratch space for the decoding, allocated with e.
func decodeBody(e *Error, w *wireBody, body []byte) {
	trimmed := bytes.TrimSpace(body)
	trimmed = bytes.TrimSpace(bytes.TrimPrefix(trimmed, []byte(bom)))
	if len(trimmed) == 0 {
		return
	}
	if trimmed[0] != '{' {
		e.Message = textMessage(trimmed)
		return
	}
	clean := true
	if err := json.Unmarshal(trimmed, w); err != nil {
		clean = false
		if !isTypeError(err) {
			*w = salvage(trimmed) // truncated or invalid: keep what came before the fault
		}
	}
	e.Code = Code(w.Error)
	e.Exception = w.Exception
	e.ErrorCode = ErrorCode(w.ErrorCode)
	e.Message = w.ErrorDescription
	if !clean {
		e.Message = oneline.String(string(trimmed[:min(len(trimmed), maxText+1)]), maxText) // more than fits: cut with the marker
	}
	if w.Timestamp > 0 {
		e.Timestamp = time.UnixMilli(w.Timestamp).UTC()
	}
	if w.Duration >= 0 && w.Duration < int64(1<<62)/int64(time.Millisecond) {
		e.Duration = time.Duration(w.Duration) * time.Millisecond
	}
}

// isTypeError reports whether err is json.Unmarshal's report of a field of
// the wrong type, after which the other fields are decoded all the same.
func isTypeError(err error) bool {
	var typeErr *json.UnmarshalTypeError
	return errors.As(err, &typeErr)
}

// salvage reads the top-level string and number fields of a JSON object
// token by token, up to the first syntax error.
func salvage(data []byte) wireBody {
	var w wireBody
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	if t, err := dec.Token(); err != nil || t != json.Delim('{') {
		return w
	}
	for {
		t, err := dec.Token()
		if err != nil {
			return w
		}
		key, ok := t.(string)
		if !ok {
			return w // the closing brace
		}
		v, err := dec.Token()
		if err != nil {
			return w
		}
		if d, ok := v.(json.Delim); ok { // an array or object: skip it whole
			if !skipValue(dec, d) {
				return w
			}
			continue
		}
		s, _ := v.(string)
		var n int64
		if num, ok := v.(json.Number); ok {
			n, _ = num.Int64()
		}
		switch { // keys in any letter case, as encoding/json matches them
		case strings.EqualFold(key, "error"):
			w.Error = s
		case strings.EqualFold(key, "exception"):
			w.Exception = s
		case strings.EqualFold(key, "error_description"):
			w.ErrorDescription = s
		case strings.EqualFold(key, "error_code"):
			if num, ok := v.(json.Number); ok {
				s = string(num)
			}
			if n, ok := digits([]byte(s)); ok {
				w.ErrorCode = errorCode(n)
			}
		case strings.EqualFold(key, "result"):
			w.Result = s
		case strings.EqualFold(key, "timestamp"):
			w.Timestamp = n
		case strings.EqualFold(key, "duration"):
			w.Duration = n
		}
	}
}

// skipValue reads the tokens of the array or object that open began.
func skipValue(dec *json.Decoder, open json.Delim) bool {
	for depth := 1; depth > 0; {
		t, err := dec.Token()
		if err != nil {
			return false
		}
		switch t {
		case json.Delim('{'), json.Delim('['):
			depth++
		case json.Delim('}'), json.Delim(']'):
			depth--
		}
	}
	return true
}

// textMessage describes a body that is not JSON: the text of its HTML title
// when it has one, or else the start of the text, on one line.
func textMessage(body []byte) string {
	s := string(body[:min(len(body), MaxBody)])
	lower := asciiLower(s) // same length as s, so its indexes are s's
	if i := strings.Index(lower, "<title>"); i >= 0 {
		if j := strings.Index(lower[i:], "</title>"); j >= 0 {
			s = s[i+len("<title>") : i+j]
		}
	}
	return oneline.String(strings.Join(strings.Fields(s), " "), maxText)
}

// asciiLower lower-cases the ASCII letters of s and leaves every other byte
// as it is, unlike strings.ToLower, which may change the length of text that
// is not ASCII or not valid UTF-8.
func asciiLower(s string) string {
	b := []byte(s)
	for i, c := range b {
		b[i] = lower(c)
	}
	return string(b)
}
