// Package codec is the parsing and the text and JSON encoding that the native
// codes (package chaterr) and the Web codes (package web) share, written once
// and generic over the code type, so that a fix to one is a fix to both.
//
// It cannot import package chaterr, which imports it, so it builds
// chaterr.ParseError through the type parameter E, whose constraint is that
// struct: the caller names its own error type and gets a *E back. The
// encoders are named Encode and Decode, not Marshal and Unmarshal, because
// they take the value as an argument: the types' own MarshalJSON and the
// like call them.
package codec

import (
	"encoding/json"
	"errors"
	"strconv"
	"strings"

	"github.com/seed-a36dd713/chaterr/internal/ascii"
)

// ParseError is the struct of chaterr.ParseError. A type with this
// underlying struct is what E stands for.
type ParseError interface {
	~struct {
		What   string
		Input  string
		Size   int
		Reason string
	}
}

// Pointer is the pointer to E, the type of the errors that this package
// returns: naming it lets the compiler check that it is an error.
type Pointer[E ParseError] interface {
	*E
	error
}

// MaxQuoted bounds how much of a refused input a ParseError keeps and
// quotes, so that a huge input does not make a huge error.
const MaxQuoted = 64

// maxNameLen bounds the names that Parse looks up; a longer input is no
// name, and a shorter one fits the stack buffer that the look-up folds into.
const maxNameLen = 64

// Error is the ParseError for input: what it should have been, and why it
// was refused. It keeps a copy of the first MaxQuoted bytes only, so that
// the error does not pin a huge input in memory.
func Error[E ParseError, P Pointer[E]](what, input, reason string) P {
	size := len(input)
	if len(input) > MaxQuoted {
		input = strings.Clone(input[:MaxQuoted])
	}
	return P(&E{What: what, Input: input, Size: size, Reason: reason})
}

// JSONError is the ParseError for JSON input, made without copying more of
// data than the error quotes.
func JSONError[E ParseError, P Pointer[E]](what string, data []byte, reason string) P {
	return P(&E{What: what, Input: string(data[:min(len(data), MaxQuoted)]), Size: len(data), Reason: reason})
}

// Codes is what one code type's parser and encoders need to know of it.
type Codes[C ~int, E ParseError, P Pointer[E]] struct {
	// What is the What of the errors: "code", "Web code".
	What string
	// Failed is the code returned with an error: never the success code, so
	// that a caller who drops the error does not read success.
	Failed C
	// NotNumber is the reason for input that starts like a number but is
	// not one, nor a name.
	NotNumber string
	// Unknown is the reason for input that is no name the package knows.
	Unknown string
	// Names maps the upper-case form of every name that Parse accepts to
	// its code.
	Names map[string]C
}

// Parse returns the code that s names: a name from Names in any ASCII
// letter case, a decimal integer in the signed 32-bit range, or Code(N) as
// String prints an undocumented code. It allocates nothing unless it fails.
func (cs *Codes[C, E, P]) Parse(s string) (C, error) {
	if s == "" {
		return cs.Failed, Error[E, P](cs.What, s, "empty input")
	}
	if c := s[0]; c == '-' || c == '+' || ('0' <= c && c <= '9') {
		return cs.number(s, s, cs.NotNumber)
	}
	const prefix = "Code("
	if len(s) > len(prefix) && ascii.EqualFold(s[:len(prefix)], prefix) && s[len(s)-1] == ')' {
		return cs.number(s, s[len(prefix):len(s)-1], "not Code(N) with a decimal integer N")
	}
	if len(s) <= maxNameLen {
		// Folded in a stack buffer, and looked up with string(bytes) as the
		// key, which the compiler does without allocating.
		var buf [maxNameLen]byte
		if c, ok := cs.Names[string(ascii.AppendUpper(buf[:0], s))]; ok {
			return c, nil
		}
	}
	return cs.Failed, Error[E, P](cs.What, s, cs.Unknown)
}

// number parses digits, all or part of the input s, as a decimal integer
// in the signed 32-bit range; notInteger says why any other input was
// refused.
func (cs *Codes[C, E, P]) number(s, digits, notInteger string) (C, error) {
	n, err := strconv.ParseInt(digits, 10, 32)
	switch {
	case err == nil:
		return C(n), nil
	case errors.Is(err, strconv.ErrRange):
		return cs.Failed, Error[E, P](cs.What, s, "number outside the signed 32-bit range")
	}
	return cs.Failed, Error[E, P](cs.What, s, notInteger)
}

// Fits32 reports whether c is in the signed 32-bit range, the range of the
// SDKs' codes and of everything Parse and the decoders accept. The encoders
// refuse the rest, so that whatever they write decodes again.
func Fits32[C ~int](c C) bool { return C(int32(c)) == c }

// RangeError is the error of encoding a c that Fits32 refuses.
func (cs *Codes[C, E, P]) RangeError(c C) P {
	return Error[E, P](cs.What, strconv.Itoa(int(c)), "number outside the signed 32-bit range cannot be encoded")
}

// EncodeJSON encodes c as a JSON number, as the SDKs send it.
func (cs *Codes[C, E, P]) EncodeJSON(c C) ([]byte, error) {
	if !Fits32(c) {
		return nil, cs.RangeError(c)
	}
	return strconv.AppendInt(nil, int64(c), 10), nil
}

// EncodeText encodes c as name, or as its number when name is "" (a name
// that would not decode back to c).
func (cs *Codes[C, E, P]) EncodeText(c C, name string) ([]byte, error) {
	if !Fits32(c) {
		return nil, cs.RangeError(c)
	}
	if name == "" {
		return strconv.AppendInt(nil, int64(c), 10), nil
	}
	return []byte(name), nil
}

// DecodeText sets *dst to what Parse makes of text, and leaves it
// unchanged on error.
func (cs *Codes[C, E, P]) DecodeText(text []byte, dst *C) error {
	v, err := cs.Parse(string(text))
	if err != nil {
		return err
	}
	*dst = v
	return nil
}

// DecodeJSON sets *dst from a JSON number, or from a JSON string that
// Parse accepts; JSON null leaves it unchanged, and so does an error.
func (cs *Codes[C, E, P]) DecodeJSON(data []byte, dst *C) error {
	switch {
	case string(data) == "null":
		return nil
	case len(data) > 0 && data[0] == '"':
		var s string
		if err := json.Unmarshal(data, &s); err != nil {
			return JSONError[E, P](cs.What, data, "not a valid JSON string")
		}
		return cs.DecodeText([]byte(s), dst)
	case len(data) > 0 && (data[0] == '-' || ('0' <= data[0] && data[0] <= '9')):
		if len(data) > MaxQuoted {
			return JSONError[E, P](cs.What, data, "JSON number outside the signed 32-bit range")
		}
		s := string(data)
		v, err := cs.number(s, s, "JSON number is not an integer")
		if err != nil {
			return err
		}
		*dst = v
		return nil
	}
	return JSONError[E, P](cs.What, data, "want a JSON number or string")
}

// Category is what a category type must be: a small number whose String is
// its short name.
type Category interface {
	~uint8
	String() string
}

// Categories is what one category type's parser and encoders need to know
// of it. Its zero value, 0, is the unknown category.
type Categories[K Category, E ParseError, P Pointer[E]] struct {
	// Count is the number of categories, the unknown one included.
	Count K
	// What is the What of ParseCategory's errors.
	What string
	// BadWhat and BadReason are the What and Reason of the error of
	// encoding a value that is not a category.
	BadWhat, BadReason string
}

// List returns every category but the unknown one, in the order of their
// numbers, as a new slice on each call.
func (ks *Categories[K, E, P]) List() []K {
	cats := make([]K, 0, ks.Count-1)
	for c := K(1); c < ks.Count; c++ {
		cats = append(cats, c)
	}
	return cats
}

// Parse returns the category whose short name is s, in any ASCII letter
// case. Any other input is an error that lists the names.
func (ks *Categories[K, E, P]) Parse(s string) (K, error) {
	for c := K(0); c < ks.Count; c++ {
		if ascii.EqualFold(c.String(), s) {
			return c, nil
		}
	}
	names := make([]string, 0, ks.Count-1)
	for _, c := range ks.List() {
		names = append(names, c.String())
	}
	return 0, Error[E, P](ks.What, s, "want one of "+strings.Join(names, ", "))
}

// EncodeText encodes c as its short name; a value that is not a category
// is an error.
func (ks *Categories[K, E, P]) EncodeText(c K) ([]byte, error) {
	if c >= ks.Count {
		return nil, Error[E, P](ks.BadWhat, c.String(), ks.BadReason)
	}
	return []byte(c.String()), nil
}

// DecodeText sets *dst to what Parse makes of text, and leaves it
// unchanged on error.
func (ks *Categories[K, E, P]) DecodeText(text []byte, dst *K) error {
	v, err := ks.Parse(string(text))
	if err != nil {
		return err
	}
	*dst = v
	return nil
}
