package web

import (
	"encoding"
	"encoding/json"
	"log/slog"
)

var (
	_ json.Marshaler           = Code(0)
	_ json.Unmarshaler         = (*Code)(nil)
	_ encoding.TextMarshaler   = Code(0)
	_ encoding.TextUnmarshaler = (*Code)(nil)
)

// MarshalJSON encodes c as a JSON number, as the Web SDK sends it in the
// type field. A value outside the signed 32-bit range is an error.
func (c Code) MarshalJSON() ([]byte, error) { return webCodes.EncodeJSON(c) }

// UnmarshalJSON decodes a code from a JSON number (605) or from a JSON
// string that [Parse] accepts ("GROUP_NOT_EXIST", "605"). JSON null leaves c
// unchanged. Anything else is a [*chaterr.ParseError] and leaves c
// unchanged.
func (c *Code) UnmarshalJSON(data []byte) error { return webCodes.DecodeJSON(data, c) }

// MarshalText encodes c as its Web SDK name, or as Code(1234) for an
// undocumented code: the text that String prints and UnmarshalText reads
// back. A value outside the signed 32-bit range is an error.
func (c Code) MarshalText() ([]byte, error) { return webCodes.EncodeText(c, c.String()) }

// UnmarshalText decodes anything that [Parse] accepts. On error it returns
// a [*chaterr.ParseError] and leaves c unchanged.
func (c *Code) UnmarshalText(text []byte) error { return webCodes.DecodeText(text, c) }

var _ slog.LogValuer = Code(0)

// LogValue makes a Code log as a group of web_code (the number) and
// web_name (the Web SDK name): keys of their own, so that a Web number is
// never read as a native one.
func (c Code) LogValue() slog.Value {
	return slog.GroupValue(slog.Int("web_code", int(c)), slog.String("web_name", c.String()))
}
