package web

import (
	"strings"

	"github.com/seed-a36dd713/chaterr"
	"github.com/seed-a36dd713/chaterr/internal/codec"
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
func Parse(s string) (Code, error) { return webCodes.Parse(s) }

// webCodes is what the parser and the text and JSON forms, written once in
// internal/codec for this package and package chaterr, need to know of Code.
var webCodes = codec.Codes[Code, chaterr.ParseError, *chaterr.ParseError]{
	What:      "Web code",
	Failed:    RequestUnknown,
	NotNumber: "not a decimal integer or a Web code name",
	Unknown:   "not a known Agora Chat Web SDK error name or a decimal integer",
	Names:     names,
}
