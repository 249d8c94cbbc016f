package chaterr

import (
	"encoding/json"
	"errors"
)

var (
	_ json.Marshaler   = (*Error)(nil)
	_ json.Unmarshaler = (*Error)(nil)
)

// errorJSON is the JSON form of an *Error. Description and hint are left
// out: they follow from the code, in the reader's version of this package,
// which may know the code better than the writer's did.
type errorJSON struct {
	Code    *Code  `json:"code"`
	Name    string `json:"name,omitempty"`
	Message string `json:"message,omitempty"`
	Cause   string `json:"cause,omitempty"`
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
	if !e.Code.fits32() {
		return nil, e.Code.rangeError()
	}
	v := errorJSON{Code: &e.Code, Name: e.Code.String(), Message: e.Message}
	if e.Err != nil {
		v.Cause = e.Err.Error()
	}
	return json.Marshal(v)
}

// UnmarshalJSON decodes what MarshalJSON encodes. The code comes from the
// code key (a number or a name, as [Code.UnmarshalJSON] reads it), or from
// the name key when there is no code; when both are there they must agree.
// Description is filled from the code. A cause comes back as an error with
// the cause's text only: the original error's type and tree did not cross
// the wire, so errors.Is and errors.As cannot reach what it wrapped.
// Anything else, such as a missing code, is an error that leaves e
// unchanged.
func (e *Error) UnmarshalJSON(data []byte) error {
	var v errorJSON
	if err := json.Unmarshal(data, &v); err != nil {
		return err
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
				return jsonError(data, "code "+code.String()+" and name "+named.String()+" disagree")
			}
		}
	case v.Name != "":
		named, err := Parse(v.Name)
		if err != nil {
			return err
		}
		code = named
	default:
		return jsonError(data, "an error object needs a code or a name")
	}
	*e = Error{Code: code, Message: v.Message, Description: code.Description()}
	if v.Cause != "" {
		e.Err = errors.New(v.Cause)
	}
	return nil
}
