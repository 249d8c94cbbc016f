package web

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"
)

// MaxBody is the most that [Decode] reads of an error report: 64 KiB,
// far more than any error object the Web SDK builds.
const MaxBody = 64 << 10

// Decode reads one error object from r, reading at most [MaxBody]
// bytes, and returns it. A body larger than that, input that is not a JSON
// object, an object without a type, and a field of the wrong JSON type are
// each a [*DecodeError]; an error from r is returned wrapped.
//
//	werr, err := web.Decode(r.Body) // in an http.Handler: r.Body is bounded here
func Decode(r io.Reader) (*Error, error) {
	data, err := io.ReadAll(io.LimitReader(r, MaxBody+1))
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
// It checks the input, then reads it once more, and allocates only the
// message and a copy of data: for field names without escapes, no more than
// json.Unmarshal into a plain struct of the same fields.
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

// decode is UnmarshalJSON without the null case.
func (e *Error) decode(data []byte) error {
	if !validJSON(data) {
		var v any
		reason := "not valid JSON"
		if err := json.Unmarshal(data, &v); err != nil {
			reason += ": " + err.Error()
		}
		return fieldError("", data, reason)
	}
	obj := bytes.Trim(data, " \t\r\n")
	if obj[0] != '{' {
		return fieldError("", obj, "want a JSON object")
	}
	var (
		out                   Error
		haveType, haveMessage bool
		message, reason       []byte
		messageRaw, reasonRaw []byte
		extraInfoRaw, dataRaw []byte
		typeRaw               []byte
	)
	eachMember(obj, func(key, val []byte) {
		switch {
		case keyIs(key, "type"):
			typeRaw = val
		case keyIs(key, "message"):
			messageRaw = val
		case keyIs(key, "reason"):
			reasonRaw = val
		case keyIs(key, "data"):
			dataRaw = val
		case keyIs(key, "extraInfo"):
			extraInfoRaw = val
		}
	})
	if typeRaw != nil {
		n, err := integer("type", typeRaw)
		if err != nil {
			return err
		}
		out.Code, haveType = Code(n), true
	}
	if !haveType {
		return fieldError("type", nil, "missing: every Web SDK error object has a type")
	}
	var err error
	if message, haveMessage, err = stringField("message", messageRaw); err != nil {
		return err
	}
	if reason, _, err = stringField("reason", reasonRaw); err != nil {
		return err
	}
	if extraInfoRaw != nil && !isNull(extraInfoRaw) {
		if extraInfoRaw[0] != '{' {
			return fieldError("extraInfo", extraInfoRaw, "want a JSON object")
		}
		var httpRaw []byte
		eachMember(extraInfoRaw, func(key, val []byte) {
			if keyIs(key, "httpCode") {
				httpRaw = val
			}
		})
		if httpRaw != nil && !isNull(httpRaw) {
			n, err := integer("extraInfo.httpCode", httpRaw)
			if err != nil {
				return err
			}
			out.HTTPStatus = n
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
	if dataRaw != nil && !isNull(dataRaw) {
		out.Data = append(json.RawMessage(nil), dataRaw...)
	}
	*e = out
	return nil
}

func isNull(v []byte) bool { return string(v) == "null" }

// keyIs reports whether the quoted key is name, folded as encoding/json
// folds field names (bytes.EqualFold). A key with escapes is unescaped
// first, which allocates; plain keys cost nothing.
func keyIs(key []byte, name string) bool {
	inner := key[1 : len(key)-1]
	if bytes.IndexByte(inner, '\\') < 0 {
		return bytes.EqualFold(inner, []byte(name))
	}
	var s string
	return json.Unmarshal(key, &s) == nil && strings.EqualFold(s, name)
}

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

// eachMember calls f with the quoted key and the value of each member of
// obj, a valid JSON object.
func eachMember(obj []byte, f func(key, val []byte)) {
	i := skipSpace(obj, 1)
	for i < len(obj) && obj[i] == '"' {
		k := valueEnd(obj, i)
		key := obj[i:k]
		i = skipSpace(obj, k)
		i = skipSpace(obj, i+1) // the colon
		v := valueEnd(obj, i)
		f(key, obj[i:v])
		i = skipSpace(obj, v)
		if i < len(obj) && obj[i] == ',' {
			i = skipSpace(obj, i+1)
		}
	}
}

func skipSpace(b []byte, i int) int {
	for i < len(b) && (b[i] == ' ' || b[i] == '\t' || b[i] == '\n' || b[i] == '\r') {
		i++
	}
	return i
}

// valueEnd returns the end of the valid JSON value that starts at b[i].
func valueEnd(b []byte, i int) int {
	if i >= len(b) {
		return i
	}
	switch b[i] {
	case '"':
		return stringEnd(b, i)
	case '{', '[':
		depth := 0
		for i < len(b) {
			switch b[i] {
			case '"':
				i = stringEnd(b, i)
				continue
			case '{', '[':
				depth++
			case '}', ']':
				depth--
				if depth == 0 {
					return i + 1
				}
			}
			i++
		}
		return i
	}
	for i < len(b) && b[i] != ',' && b[i] != '}' && b[i] != ']' && b[i] != ' ' &&
		b[i] != '\t' && b[i] != '\n' && b[i] != '\r' {
		i++
	}
	return i
}

// stringEnd returns the end of the JSON string that starts at b[i].
func stringEnd(b []byte, i int) int {
	for j := i + 1; j < len(b); j++ {
		switch b[j] {
		case '\\':
			j++
		case '"':
			return j + 1
		}
	}
	return len(b)
}
