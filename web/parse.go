package web

import (
	"errors"
	"strconv"
	"strings"

	"github.com/seed-a36dd713/chaterr"
	"github.com/seed-a36dd713/chaterr/internal/ascii"
)

// names maps every upper-cased spelling that Parse accepts to its code.
var names = buildNames()

// goNameExceptions are the Go constant names that are not their SDK name
// re-cased. Every other Go name folds to the SDK name without underscores.
var goNameExceptions = map[string]Code{
	"LOCALDBOPERATIONFAILEDLEGACY": LocalDBOperationFailedLegacy, // the name is 800's
}

// buildNames adds the rows that are not live first, so that a name that two
// rows share (LOCAL_DB_OPERATION_FAILED, 55 then 800) ends with the live
// row's number.
func buildNames() map[string]Code {
	m := make(map[string]Code, 3*len(rows)+len(goNameExceptions))
	add := func(r *row) {
		name := r.name
		if name == "" {
			name = r.code.String()
		}
		m[name] = r.code
		m[strings.ReplaceAll(name, "_", "")] = r.code // the Go name, folded
		for _, a := range r.also {
			m[strings.ToUpper(a)] = r.code
		}
	}
	for i := range rows {
		if rows[i].role != roleLive {
			add(&rows[i])
		}
	}
	for i := range rows {
		if rows[i].role == roleLive {
			add(&rows[i])
		}
	}
	for name, c := range goNameExceptions {
		m[name] = c
	}
	return m
}

// maxNameLen bounds the names that Parse looks up; a longer input is no
// name.
const maxNameLen = 64

// maxQuoted bounds how much of a refused input a ParseError keeps.
const maxQuoted = 64

// Parse returns the Web code that s names. It accepts, in any ASCII letter
// case:
//
//   - the Web SDK's name of every row: "GROUP_NOT_EXIST",
//     "WEBIM_CONNCTION_USER_NOT_ASSIGN_ERROR", "webim_message_rec_audio";
//   - the other spellings of a row: "ALREADY_JOINED" for 601, as the
//     circleSdk build calls it;
//   - the Go constant name: "GroupNotExist", "LocalDBOperationFailedLegacy";
//   - a decimal integer in the signed 32-bit range: "605", "-4";
//   - what [Code.String] prints for an undocumented code: "Code(1234)".
//
// A name that two rows share parses to the live row:
// "LOCAL_DB_OPERATION_FAILED" is 800, not 55. An undocumented number is
// returned as it is, with a nil error; check [Code.Known].
//
// Any other input returns RequestUnknown, never RequestSuccess, so that a
// caller who drops the error does not read success, and a
// [*chaterr.ParseError] whose What is "Web code". Parse allocates nothing
// unless it fails.
func Parse(s string) (Code, error) {
	if s == "" {
		return RequestUnknown, parseError(s, "empty input")
	}
	if c := s[0]; c == '-' || c == '+' || ('0' <= c && c <= '9') {
		return parseNumber(s, s, "not a decimal integer or a Web code name")
	}
	const prefix = "Code("
	if len(s) > len(prefix) && ascii.EqualFold(s[:len(prefix)], prefix) && s[len(s)-1] == ')' {
		return parseNumber(s, s[len(prefix):len(s)-1], "not Code(N) with a decimal integer N")
	}
	if c, ok := lookupName(s); ok {
		return c, nil
	}
	return RequestUnknown, parseError(s, "not a known Agora Chat Web SDK error name or a decimal integer")
}

// parseNumber parses digits, all or part of s, as a decimal integer in the
// signed 32-bit range.
func parseNumber(s, digits, notInteger string) (Code, error) {
	n, err := strconv.ParseInt(digits, 10, 32)
	switch {
	case err == nil:
		return Code(n), nil
	case errors.Is(err, strconv.ErrRange):
		return RequestUnknown, parseError(s, "number outside the signed 32-bit range")
	}
	return RequestUnknown, parseError(s, notInteger)
}

// lookupName finds s in names, folding it to upper case in a stack buffer
// so that the look-up allocates nothing.
func lookupName(s string) (Code, bool) {
	if len(s) > maxNameLen {
		return 0, false
	}
	var buf [maxNameLen]byte
	c, ok := names[string(ascii.AppendUpper(buf[:0], s))]
	return c, ok
}

// parseError is the error of Parse and the decoders: the refused input, cut
// to its first 64 bytes, and why.
func parseError(input, reason string) *chaterr.ParseError {
	e := &chaterr.ParseError{What: "Web code", Input: input, Size: len(input), Reason: reason}
	if len(input) > maxQuoted {
		e.Input = strings.Clone(input[:maxQuoted])
	}
	return e
}
