package chaterr

import (
	"encoding"
	"encoding/json"
	"strconv"
)

var (
	_ json.Marshaler           = Code(0)
	_ json.Unmarshaler         = (*Code)(nil)
	_ encoding.TextMarshaler   = Code(0)
	_ encoding.TextUnmarshaler = (*Code)(nil)
	_ encoding.TextMarshaler   = Category(0)
	_ encoding.TextUnmarshaler = (*Category)(nil)
)

// fits32 reports whether c is in the signed 32-bit range, the range of the
// SDKs' codes and of everything Parse and the decoders accept. The encoders
// refuse the rest, so that whatever they write decodes again.
func (c Code) fits32() bool { return Code(int32(c)) == c }

func (c Code) rangeError() error {
	return &ParseError{What: "code", Input: strconv.Itoa(int(c)), Size: len(strconv.Itoa(int(c))),
		Reason: "number outside the signed 32-bit range cannot be encoded"}
}

// MarshalJSON encodes c as a JSON number, as the SDK sends it. A value
// outside the signed 32-bit range is an error. JSON object keys use
// MarshalText instead.
func (c Code) MarshalJSON() ([]byte, error) {
	if !c.fits32() {
		return nil, c.rangeError()
	}
	return strconv.AppendInt(nil, int64(c), 10), nil
}

// UnmarshalJSON decodes a code from a JSON number (215) or from a JSON string
// that [Parse] accepts ("USER_MUTED", "UserMuted", "215"). JSON null leaves c
// unchanged. Anything else, such as a fraction, a bool, an array, a number
// outside the signed 32-bit range or an unknown name, is a [*ParseError] and
// leaves c unchanged. For a value, encoding/json calls UnmarshalJSON, not
// UnmarshalText.
func (c *Code) UnmarshalJSON(data []byte) error {
	switch {
	case string(data) == "null":
		return nil
	case len(data) > 0 && data[0] == '"':
		var str string
		if err := json.Unmarshal(data, &str); err != nil {
			return jsonError(data, "not a valid JSON string")
		}
		return c.UnmarshalText([]byte(str))
	case len(data) > 0 && (data[0] == '-' || ('0' <= data[0] && data[0] <= '9')):
		if len(data) > maxQuoted {
			return jsonError(data, "JSON number outside the signed 32-bit range")
		}
		s := string(data)
		v, err := parseNumber(s, s, "JSON number is not an integer")
		if err != nil {
			return err
		}
		*c = v
		return nil
	}
	return jsonError(data, "want a JSON number or string")
}

// jsonError is a ParseError for JSON input, made without copying more of it
// than the error quotes.
func jsonError(data []byte, reason string) *ParseError {
	return &ParseError{What: "code", Input: string(data[:min(len(data), maxQuoted)]), Size: len(data), Reason: reason}
}

// MarshalText encodes c as its SDK name, or as Code(1234) for an
// undocumented code: the text that String prints, which UnmarshalText reads
// back. The deprecated 902, whose name means 1502, encodes as its number. A
// value outside the signed 32-bit range is an error. It makes a Code work
// with flag.TextVar, as a JSON object key, and in text-based config formats.
func (c Code) MarshalText() ([]byte, error) {
	if !c.fits32() {
		return nil, c.rangeError()
	}
	name := c.String()
	if back, err := Parse(name); err != nil || back != c {
		return strconv.AppendInt(nil, int64(c), 10), nil
	}
	return []byte(name), nil
}

// UnmarshalText decodes anything that [Parse] accepts. On error it returns a
// [*ParseError] and leaves c unchanged.
func (c *Code) UnmarshalText(text []byte) error {
	v, err := Parse(string(text))
	if err != nil {
		return err
	}
	*c = v
	return nil
}

// MarshalText encodes a category as its short name, such as "group". An
// undocumented category value is an error.
func (c Category) MarshalText() ([]byte, error) {
	if c >= numCategories {
		return nil, &ParseError{What: "category", Input: c.String(), Size: len(c.String()), Reason: "not a category"}
	}
	return []byte(c.String()), nil
}

// UnmarshalText decodes anything that [ParseCategory] accepts. On error it
// returns a [*ParseError] and leaves c unchanged.
func (c *Category) UnmarshalText(text []byte) error {
	v, err := ParseCategory(string(text))
	if err != nil {
		return err
	}
	*c = v
	return nil
}
