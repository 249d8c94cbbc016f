package chaterr

import (
	"encoding/json"
	"errors"
	"strconv"
	"strings"
)

// names maps the upper-case form of every spelling that Parse accepts to its
// code: the SDK name (USER_MUTED), its aliases (USER_NOT_ON_ROSTER), and the
// Go constant name (USERMUTED for UserMuted). Go names are the SDK name's
// words re-cased, so their key is the SDK name without underscores;
// goNameExceptions lists the constants named otherwise. SDK names always hold
// an underscore and Go names never do, so the two kinds of key cannot clash.
var names = buildNames()

// goNameExceptions maps the Go constant names that are not the SDK name's
// words re-cased to their code. The tests check every constant in codes.go
// against Parse, so a new exception cannot be forgotten.
var goNameExceptions = map[string]Code{
	"NoError": NoError, // EM_NO_ERROR: the EM_ prefix is dropped
}

func buildNames() map[string]Code {
	m := make(map[string]Code, 2*len(descriptions)+len(aliases)+len(goNameExceptions))
	for _, c := range documented {
		sdk := c.String()
		m[sdk] = c
		m[strings.ReplaceAll(sdk, "_", "")] = c
	}
	for name, c := range aliases {
		m[name] = c
	}
	for name, c := range goNameExceptions {
		m[strings.ToUpper(name)] = c
	}
	return m
}

// maxNameLen bounds the names that Parse looks up; a longer input is no name.
const maxNameLen = 64

// Parse returns the code that s names. It accepts:
//
//   - the SDK name in any letter case: "USER_MUTED", "user_muted", and the
//     other spellings newer SDKs use, such as "USER_NOT_ON_ROSTER";
//   - the Go constant name, also in any letter case: "UserMuted";
//   - a decimal integer in the signed 32-bit range, with an optional sign:
//     "215", "-1".
//
// An undocumented number is returned as it is, with a nil error, because
// newer SDKs send codes that this package does not list yet; check
// [Code.Known] to tell. Any other input, such as "", an unknown name, "0x10",
// "1e3", " 215" or a number outside 32 bits, returns an error that quotes s.
func Parse(s string) (Code, error) {
	if s == "" {
		return 0, &parseError{s, "empty input"}
	}
	if c := s[0]; c == '-' || c == '+' || ('0' <= c && c <= '9') {
		return parseNumber(s, "not a decimal integer or a code name")
	}
	if c, ok := lookupName(s); ok {
		return c, nil
	}
	return 0, &parseError{s, "not a known Agora Chat error code name or a decimal integer"}
}

// parseNumber parses a decimal integer in the signed 32-bit range; notInteger
// says why any other input was refused.
func parseNumber(s, notInteger string) (Code, error) {
	n, err := strconv.ParseInt(s, 10, 32)
	switch {
	case err == nil:
		return Code(n), nil
	case errors.Is(err, strconv.ErrRange):
		return 0, &parseError{s, "number outside the signed 32-bit range"}
	}
	return 0, &parseError{s, notInteger}
}

// lookupName finds s in names, folding it to upper case in a stack buffer so
// that the look-up allocates nothing.
func lookupName(s string) (Code, bool) {
	if len(s) > maxNameLen {
		return 0, false
	}
	var buf [maxNameLen]byte
	for i := 0; i < len(s); i++ {
		b := s[i]
		if 'a' <= b && b <= 'z' {
			b -= 'a' - 'A'
		}
		buf[i] = b
	}
	c, ok := names[string(buf[:len(s)])]
	return c, ok
}

// parseError is the error of Parse and of JSON decoding: the input, quoted,
// and why it was refused.
type parseError struct {
	input, why string
}

func (e *parseError) Error() string {
	return "chaterr: cannot parse " + strconv.Quote(e.input) + " as a code: " + e.why
}

var (
	_ json.Marshaler   = Code(0)
	_ json.Unmarshaler = (*Code)(nil)
)

// MarshalJSON encodes c as a JSON number, as the SDK sends it.
func (c Code) MarshalJSON() ([]byte, error) {
	return strconv.AppendInt(nil, int64(c), 10), nil
}

// UnmarshalJSON decodes a code from a JSON number (215) or from a JSON string
// that [Parse] accepts ("USER_MUTED", "UserMuted", "215"). JSON null leaves c
// unchanged. Anything else, such as a fraction, a bool, an array, a number
// outside the signed 32-bit range or an unknown name, is an error that quotes
// the input and leaves c unchanged.
func (c *Code) UnmarshalJSON(data []byte) error {
	s := string(data)
	switch {
	case s == "null":
		return nil
	case strings.HasPrefix(s, `"`):
		var str string
		if err := json.Unmarshal(data, &str); err != nil {
			return &parseError{s, "not a valid JSON string"}
		}
		v, err := Parse(str)
		if err != nil {
			return err
		}
		*c = v
		return nil
	case s != "" && (s[0] == '-' || ('0' <= s[0] && s[0] <= '9')):
		v, err := parseNumber(s, "JSON number is not an integer")
		if err != nil {
			return err
		}
		*c = v
		return nil
	}
	return &parseError{s, "want a JSON number or string"}
}
