package web

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"unicode/utf8"

	"github.com/seed-a36dd713/chaterr/internal/readlimit"
)

// MaxBody is the most that [Decode] reads of an error report: 64 KiB,
// far more than any error object the Web SDK builds.
const MaxBody = 64 << 10

// Decode reads one error object from r, reading at most [MaxBody]
// bytes, and returns it. A body larger than that, input that is not a JSON
// object, an object without a type, and a field of the wrong JSON type are
// each a [*DecodeError]; an error from r is returned wrapped, and a reader
// that keeps returning no bytes and no error ends the read with
// io.ErrNoProgress.
//
//	werr, err := web.Decode(r.Body) // in an http.Handler: r.Body is bounded here
func Decode(r io.Reader) (*Error, error) {
	data, err := readlimit.AtMost(r, nil, MaxBody+1)
	if err != nil {
		return nil, fmt.Errorf("web: reading an error report: %w", err)
	}
	if len(data) > MaxBody {
		return nil, &DecodeError{Value: excerpt(data), Size: -1,
			Reason: "the report is larger than " + strconv.Itoa(MaxBody) + " bytes, the most Decode reads"}
	}
	e := new(Error)
	if err := e.decode(data); err != nil {
		return nil, err
	}
	return e, nil
}

// UnmarshalJSON fills e from a Web SDK error object: type (required, a JSON
// integer), message or reason (strings; message wins when both are there),
// data (any JSON, kept as it is) and extraInfo.httpCode (a JSON integer).
// Other fields are ignored, and field names match in any letter case, as
// encoding/json matches them; of a repeated field, the last counts. JSON
// null leaves e unchanged. A field of the wrong type, an object without
// type, or input that is not a JSON object is a [*DecodeError], and leaves
// e unchanged.
//
// It is encoding/json that reads the object, each member kept raw and
// checked once the whole object is read. That allocates more than
// json.Unmarshal into a plain struct of the same fields: a copy of each
// member kept, the message, and a second decode of extraInfo: at most twice
// as many allocations, as TestDecodeAllocationsAreBounded holds it
// (BenchmarkUnmarshalJSONMethod measures it).
func (e *Error) UnmarshalJSON(data []byte) error {
	if string(bytes.Trim(data, " \t\r\n")) == "null" { // JSON's white space only
		return nil
	}
	return e.decode(data)
}

// MarshalJSON encodes e as the Web SDK's error object: type, message, data
// when there is some, and extraInfo.httpCode when HTTPStatus is not 0.
func (e *Error) MarshalJSON() ([]byte, error) {
	if e == nil {
		return []byte("null"), nil
	}
	type extraInfo struct {
		HTTPCode int `json:"httpCode"`
	}
	var obj struct {
		Type      Code            `json:"type"`
		Message   string          `json:"message"`
		Data      json.RawMessage `json:"data,omitempty"`
		ExtraInfo *extraInfo      `json:"extraInfo,omitempty"`
	}
	obj.Type, obj.Message, obj.Data = e.Code, e.Message, e.Data
	if e.HTTPStatus != 0 {
		obj.ExtraInfo = &extraInfo{e.HTTPStatus}
	}
	return json.Marshal(obj)
}

// DecodeError says why an error report could not be decoded.
type DecodeError struct {
	// Field is the field that was refused: "type", "message", "reason",
	// "extraInfo" or "extraInfo.httpCode"; "" for the report as a whole.
	Field string
	// Value is the start of the refused value, at most 64 bytes.
	Value string
	// Size is the refused value's size in bytes, or -1 when the report was
	// too large to read to its end.
	Size int
	// Reason says what was wrong.
	Reason string
}

// maxExcerpt bounds the part of a refused value that a DecodeError keeps.
const maxExcerpt = 64

func excerpt(b []byte) string { return string(b[:min(len(b), maxExcerpt)]) }

func fieldError(field string, value []byte, reason string) *DecodeError {
	return &DecodeError{Field: field, Value: excerpt(value), Size: len(value), Reason: reason}
}

// Error returns one line that names the field and quotes its value, escaped,
// such as
//
//	web: cannot decode error object: field "type": want a JSON integer, got "\"605\""
func (e *DecodeError) Error() string {
	if e == nil {
		return "web: <nil>"
	}
	msg := "web: cannot decode error object: "
	if e.Field != "" {
		msg += "field " + strconv.Quote(e.Field) + ": "
	}
	msg += e.Reason
	if e.Value != "" {
		msg += ", got " + strconv.Quote(e.Value)
		if e.Size > len(e.Value) {
			msg += "... (" + strconv.Itoa(e.Size) + " bytes)"
		} else if e.Size < 0 {
			msg += "..."
		}
	}
	return msg
}

// errorObject is an error object as encoding/json reads it. Each field is
// kept raw and checked once the whole object is read, so that of a repeated
// field the last counts, whatever the earlier ones held, and a field of the
// wrong JSON type is refused by its name.
type errorObject struct {
	Type      json.RawMessage `json:"type"`
	Message   json.RawMessage `json:"message"`
	Reason    json.RawMessage `json:"reason"`
	Data      json.RawMessage `json:"data"`
	ExtraInfo json.RawMessage `json:"extraInfo"`
}

// extraInfo is the extraInfo member of an error object, read the same way.
type extraInfo struct {
	HTTPCode json.RawMessage `json:"httpCode"`
}

// decode is UnmarshalJSON without the null case.
func (e *Error) decode(data []byte) error {
	var obj errorObject
	if err := json.Unmarshal(data, &obj); err != nil {
		// json.Unmarshal checks the whole input before it decodes, so a
		// type error means valid JSON that is not an object; the check
		// below says so.
		var typeErr *json.UnmarshalTypeError
		if !errors.As(err, &typeErr) {
			return fieldError("", data, "not valid JSON: "+err.Error())
		}
	}
	if v := bytes.Trim(data, " \t\r\n"); v[0] != '{' { // valid JSON is not empty
		return fieldError("", v, "want a JSON object")
	}
	var out Error
	if obj.Type == nil {
		return fieldError("type", nil, "missing: every Web SDK error object has a type")
	}
	n, err := integer("type", obj.Type)
	if err != nil {
		return err
	}
	out.Code = Code(n)
	message, haveMessage, err := stringField("message", obj.Message)
	if err != nil {
		return err
	}
	reason, _, err := stringField("reason", obj.Reason)
	if err != nil {
		return err
	}
	if obj.ExtraInfo != nil && !isNull(obj.ExtraInfo) {
		if obj.ExtraInfo[0] != '{' {
			return fieldError("extraInfo", obj.ExtraInfo, "want a JSON object")
		}
		var extra extraInfo
		if err := json.Unmarshal(obj.ExtraInfo, &extra); err != nil {
			return fieldError("extraInfo", obj.ExtraInfo, "not valid JSON: "+err.Error())
		}
		if extra.HTTPCode != nil && !isNull(extra.HTTPCode) {
			if out.HTTPStatus, err = integer("extraInfo.httpCode", extra.HTTPCode); err != nil {
				return err
			}
		}
	}
	if haveMessage {
		out.Message, err = jsonString("message", message)
	} else if reason != nil {
		out.Message, err = jsonString("reason", reason)
	}
	if err != nil {
		return err
	}
	if obj.Data != nil && !isNull(obj.Data) {
		out.Data = obj.Data // json.RawMessage holds a copy of the input
	}
	*e = out
	return nil
}

func isNull(v []byte) bool { return string(v) == "null" }

// integer reads a JSON number that must be an integer in the signed 32-bit
// range, without allocating.
func integer(field string, v []byte) (int, error) {
	const want = "want a JSON integer in the signed 32-bit range"
	digits, neg := v, false
	if len(digits) > 0 && digits[0] == '-' {
		digits, neg = digits[1:], true
	}
	if len(digits) == 0 || len(digits) > 10 {
		return 0, fieldError(field, v, want)
	}
	n := int64(0)
	for _, b := range digits {
		if b < '0' || b > '9' {
			return 0, fieldError(field, v, want)
		}
		n = n*10 + int64(b-'0')
	}
	if neg {
		n = -n
	}
	if n != int64(int32(n)) {
		return 0, fieldError(field, v, want)
	}
	return int(n), nil
}

// stringField checks that v, when present and not null, is a JSON string,
// and returns it.
func stringField(field string, v []byte) ([]byte, bool, error) {
	if v == nil || isNull(v) {
		return nil, false, nil
	}
	if v[0] != '"' {
		return nil, false, fieldError(field, v, "want a JSON string")
	}
	return v, true, nil
}

// jsonString decodes a valid JSON string. One without escapes is copied
// once; one with escapes goes through encoding/json.
func jsonString(field string, v []byte) (string, error) {
	inner := v[1 : len(v)-1]
	if bytes.IndexByte(inner, '\\') < 0 && utf8.Valid(inner) {
		return string(inner), nil
	}
	var s string
	if err := json.Unmarshal(v, &s); err != nil {
		return "", fieldError(field, v, "not a valid JSON string")
	}
	return s, nil
}
