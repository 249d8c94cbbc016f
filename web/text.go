package web

import (
	"encoding"
	"encoding/json"
	"log/slog"
	"strconv"
)

var (
	_ json.Marshaler           = Code(0)
	_ json.Unmarshaler         = (*Code)(nil)
	_ encoding.TextMarshaler   = Code(0)
	_ encoding.TextUnmarshaler = (*Code)(nil)
	_ slog.LogValuer           = Code(0)
	_ error                    = Code(0)
)

func (c Code) fits32() bool { return Code(int32(c)) == c }

func (c Code) rangeError() error {
	return parseError(strconv.Itoa(int(c)), "number outside the signed 32-bit range cannot be encoded")
}

// MarshalJSON encodes c as a JSON number, as the Web SDK sends it in the
// type field. A value outside the signed 32-bit range is an error.
func (c Code) MarshalJSON() ([]byte, error) {
	if !c.fits32() {
		return nil, c.rangeError()
	}
	return strconv.AppendInt(nil, int64(c), 10), nil
}

// UnmarshalJSON decodes a code from a JSON number (605) or from a JSON
// string that [Parse] accepts ("GROUP_NOT_EXIST", "605"). JSON null leaves c
// unchanged. Anything else is a [*chaterr.ParseError] and leaves c
// unchanged.
func (c *Code) UnmarshalJSON(data []byte) error {
	switch {
	case string(data) == "null":
		return nil
	case len(data) > 0 && data[0] == '"':
		var s string
		if err := json.Unmarshal(data, &s); err != nil {
			return jsonError(data, "not a valid JSON string")
		}
		return c.UnmarshalText([]byte(s))
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

func jsonError(data []byte, reason string) error {
	e := parseError(string(data[:min(len(data), maxQuoted)]), reason)
	e.Size = len(data)
	return e
}

// MarshalText encodes c as its Web SDK name, or as Code(1234) for an
// undocumented code: the text that String prints and UnmarshalText reads
// back. A value outside the signed 32-bit range is an error.
func (c Code) MarshalText() ([]byte, error) {
	if !c.fits32() {
		return nil, c.rangeError()
	}
	return []byte(c.String()), nil
}

// UnmarshalText decodes anything that [Parse] accepts. On error it returns
// a [*chaterr.ParseError] and leaves c unchanged.
func (c *Code) UnmarshalText(text []byte) error {
	v, err := Parse(string(text))
	if err != nil {
		return err
	}
	*c = v
	return nil
}

// LogValue makes a Code log as a group of web_code (the number) and
// web_name (the Web SDK name): keys of their own, so that a Web number is
// never read as a native one.
func (c Code) LogValue() slog.Value {
	return slog.GroupValue(slog.Int("web_code", int(c)), slog.String("web_name", c.String()))
}
