package chaterr

import (
	"encoding"
	"encoding/json"

	"github.com/seed-a36dd713/chaterr/internal/codec"
)

var (
	_ json.Marshaler           = Code(0)
	_ json.Unmarshaler         = (*Code)(nil)
	_ encoding.TextMarshaler   = Code(0)
	_ encoding.TextUnmarshaler = (*Code)(nil)
)

// MarshalJSON encodes c as a JSON number, as the SDK sends it. A value
// outside the signed 32-bit range is an error. JSON object keys use
// MarshalText instead.
func (c Code) MarshalJSON() ([]byte, error) { return nativeCodes.EncodeJSON(c) }

// UnmarshalJSON decodes a code from a JSON number (215) or from a JSON string
// that [Parse] accepts ("USER_MUTED", "UserMuted", "215"). JSON null leaves c
// unchanged. Anything else, such as a fraction, a bool, an array, a number
// outside the signed 32-bit range or an unknown name, is a [*ParseError] and
// leaves c unchanged. For a value, encoding/json calls UnmarshalJSON, not
// UnmarshalText.
func (c *Code) UnmarshalJSON(data []byte) error { return nativeCodes.DecodeJSON(data, c) }

// jsonError is a ParseError for JSON input, made without copying more of it
// than the error quotes.
func jsonError(data []byte, reason string) *ParseError {
	return codec.JSONError[ParseError]("code", data, reason)
}

// MarshalText encodes c as its SDK name, or as Code(1234) for an
// undocumented code: the text that String prints, which UnmarshalText reads
// back. The deprecated 902, whose name means 1502, encodes as its number. A
// value outside the signed 32-bit range is an error. It makes a Code work
// with flag.TextVar, as a JSON object key, and in text-based config formats.
func (c Code) MarshalText() ([]byte, error) {
	name := c.String()
	if back, err := Parse(name); err != nil || back != c {
		name = "" // 902: its name would decode as 1502
	}
	return nativeCodes.EncodeText(c, name)
}

// UnmarshalText decodes anything that [Parse] accepts. On error it returns a
// [*ParseError] and leaves c unchanged.
func (c *Code) UnmarshalText(text []byte) error { return nativeCodes.DecodeText(text, c) }

var (
	_ encoding.TextMarshaler   = Category(0)
	_ encoding.TextUnmarshaler = (*Category)(nil)
)

// MarshalText encodes a category as its short name, such as "group". An
// undocumented category value is an error.
func (c Category) MarshalText() ([]byte, error) { return nativeCategories.EncodeText(c) }

// UnmarshalText decodes anything that [ParseCategory] accepts. On error it
// returns a [*ParseError] and leaves c unchanged.
func (c *Category) UnmarshalText(text []byte) error { return nativeCategories.DecodeText(text, c) }
