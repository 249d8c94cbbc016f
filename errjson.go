package chaterr

import (
	"encoding/json"
	"errors"

	"github.com/seed-a36dd713/chaterr/internal/codec"
)

var (
	_ json.Marshaler   = (*Error)(nil)
	_ json.Unmarshaler = (*Error)(nil)
)

// errorJSON is the JSON form of an *Error. Description and hint are left
// out: they follow from the code, in the reader's version of this package,
// which may know the code better than the writer's did.
type errorJSON struct {
	Code    *Code   `json:"code"`
	Name    string  `json:"name,omitempty"`
	Message string  `json:"message,omitempty"`
	Cause   *string `json:"cause,omitempty"` // a pointer: a cause with empty text is still a cause
}

// MarshalJSON encodes e as an object with the keys code (the number), name
// (the SDK name, for a reader without this package), message and cause (the
// cause's text), the last two when they are not empty:
//
//	{"code":215,"name":"USER_MUTED","message":"muted in group 9"}
//
// The description and the hint are not encoded: they are derived from the
// code. A nil *Error encodes as null.
func (e *Error) MarshalJSON() ([]byte, error) {
	if e == nil {
		return []byte("null"), nil
	}
	if !codec.Fits32(e.Code) {
		return nil, nativeCodes.RangeError(e.Code)
	}
	v := errorJSON{Code: &e.Code, Name: e.Code.String(), Message: e.Message}
	if e.Err != nil {
		cause := e.Err.Error()
		v.Cause = &cause
	}
	return json.Marshal(v)
}

// UnmarshalJSON decodes what MarshalJSON encodes. The code comes from the
// code key (a number or a name, as [Code.UnmarshalJSON] reads it), or from
// the name key when there is no code; when both are there they must agree.
// Description is filled from the code. A cause comes back as an error with
// the cause's text only: the original error's type and tree did not cross
// the wire, so errors.Is and errors.As cannot reach what it wrapped.
// JSON null leaves e unchanged, as encoding/json expects. Anything else,
// such as a missing code or a field of the wrong type, is a [*ParseError]
// that leaves e unchanged.
func (e *Error) UnmarshalJSON(data []byte) error {
	if string(data) == "null" {
		return nil
	}
	var v errorJSON
	if err := json.Unmarshal(data, &v); err != nil {
		var typeErr *json.UnmarshalTypeError
		if errors.As(err, &typeErr) && typeErr.Field != "" {
			return objectError(data, "its "+typeErr.Field+" must be a JSON string")
		}
		return objectError(data, "want a JSON object with the keys code, name, message and cause")
	}
	var code Code
	switch {
	case v.Code != nil:
		code = *v.Code
		if v.Name != "" && v.Name != code.String() {
			named, err := Parse(v.Name)
			if err != nil {
				return err
			}
			if named != code {
				return objectError(data, "code "+code.String()+" and name "+named.String()+" disagree")
			}
		}
	case v.Name != "":
		named, err := Parse(v.Name)
		if err != nil {
			return err
		}
		code = named
	default:
		return objectError(data, "an error object needs a code or a name")
	}
	*e = Error{Code: code, Message: v.Message, Description: code.Description()}
	if v.Cause != nil {
		e.Err = errors.New(*v.Cause)
	}
	return nil
}

// objectError is a ParseError for a JSON error object, quoting at most the
// start of it.
func objectError(data []byte, reason string) *ParseError {
	e := jsonError(data, reason)
	e.What = "error object"
	return e
}
