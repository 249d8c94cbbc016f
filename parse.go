package chaterr

import (
	"slices"
	"strconv"
	"strings"

	"github.com/seed-a36dd713/chaterr/internal/codec"
)

// names maps the upper-case form of every spelling that Parse accepts to its
// code: the SDK name (USER_MUTED), the other SDK spellings (a row's also), the iOS
// enum names with their prefixes (AGORACHATERRORUSERMUTED) and the Go
// constant name (USERMUTED for UserMuted). SDK names always hold an
// underscore and the other kinds never do, and the iOS names carry a prefix
// that no Go name has, so the kinds cannot clash with each other.
//
// When two codes claim one spelling, a current code wins over a deprecated
// one: PUSH_UNBIND_FAILED is 1502, not 902. nameConflicts lists any spelling
// that two current codes claim; the tests require it to be empty.
//
// sdkNames holds, for each code, the names an SDK prints for it (all but the
// Go name), as they are spelled, for [Code.Names].
var names, sdkNames, nameConflicts = buildNames()

// iosPrefixes are the prefixes of the iOS enum names: AgoraChatErrorUserMuted
// in Agora's SDK, EMErrorUserMuted in Easemob's.
var iosPrefixes = [...]string{"AgoraChatError", "EMError"}

func buildNames() (map[string]Code, map[Code][]string, []string) {
	type spelling struct {
		name string
		code Code
		sdk  bool // printed by an SDK, not a Go name
	}
	var all []spelling
	for i := range rows {
		r := &rows[i]
		c := r.code
		sdk := c.String()
		all = append(all, spelling{sdk, c, true})
		for _, name := range r.also {
			all = append(all, spelling{name, c, true})
		}
		if r.ios != "" {
			for _, prefix := range iosPrefixes {
				all = append(all, spelling{prefix + r.ios, c, true})
			}
		}
		if r.goName != "" {
			all = append(all, spelling{r.goName, c, false})
		} else {
			all = append(all, spelling{strings.ReplaceAll(sdk, "_", ""), c, false})
		}
	}

	m := make(map[string]Code, len(all))
	var conflicts []string
	for _, s := range all {
		key := strings.ToUpper(s.name)
		prev, taken := m[key]
		switch {
		case !taken || prev.Deprecated() && !s.code.Deprecated():
			m[key] = s.code
		case prev != s.code && !s.code.Deprecated():
			conflicts = append(conflicts, s.name)
		}
	}
	byCode := make(map[Code][]string, len(documented))
	for _, s := range all {
		if s.sdk && m[strings.ToUpper(s.name)] == s.code {
			byCode[s.code] = append(byCode[s.code], s.name)
		}
	}
	return m, byCode, conflicts
}

// Names returns the names an SDK prints for c, each of which [Parse] turns
// back into c: the SDK name that String returns, the other SDK spellings of
// the same code, and the iOS enum names with the Agora prefix
// (AgoraChatErrorUserMuted) and the Easemob one (EMErrorUserMuted). It
// returns nil for an undocumented code, and for 902, whose name is 1502's.
// The slice is new on each call.
func (c Code) Names() []string { return slices.Clone(sdkNames[c]) }

// Parse returns the code that s names. It accepts, in any ASCII letter case:
//
//   - the SDK name: "USER_MUTED", "user_muted";
//   - the other SDK spellings of the same code: "USER_NOT_ON_ROSTER" for
//     USER_NOT_FRIEND, "MODERATION_FAILED" for THIRD_MODERATION_FAILED;
//   - the iOS enum name with its Agora or Easemob prefix:
//     "AgoraChatErrorUserMuted", "EMErrorUserMuted";
//   - the Go constant name: "UserMuted";
//   - a decimal integer in the signed 32-bit range, with an optional sign:
//     "215", "-1";
//   - what [Code.String] prints for an undocumented code: "Code(1234)".
//
// A name resolves to the number that current SDK releases send: the names
// that the 2023 Unity and Windows documentation gave to moved numbers follow
// their meaning, so "GROUP_NOT_EXIST" is 606 and "PUSH_UNBIND_FAILED" is 1502
// (not the deprecated 902, whose String it also is). An undocumented number
// is returned as it is, with a nil error, because newer SDKs send codes that
// this package does not list yet; check [Code.Known] to tell.
//
// Any other input, such as "", an unknown name, "0x10", "1e3", " 215" or a
// number outside 32 bits, returns GeneralError, never NoError, so that a
// caller who drops the error does not read success; and a [*ParseError] that
// quotes the start of s.
//
// Parse allocates nothing unless it fails.
func Parse(s string) (Code, error) { return nativeCodes.Parse(s) }

// nativeCodes is what the parser and the text and JSON forms, written once
// in internal/codec for this package and package web, need to know of Code.
var nativeCodes = codec.Codes[Code, ParseError, *ParseError]{
	What:      "code",
	Failed:    GeneralError,
	NotNumber: "not a decimal integer or a code name",
	Unknown:   "not a known Agora Chat error code name or a decimal integer",
	Names:     names,
}

// ParseError is the error of [Parse], [ParseCategory] and the text and JSON
// decoders: the input that was refused, and why. Match it with errors.As:
//
//	var perr *chaterr.ParseError
//	if errors.As(err, &perr) {
//		// a config value or a log token that is not a code
//	}
type ParseError struct {
	// What is what the input should have been: "code" or "category".
	What string
	// Input is the refused input, cut to its first 64 bytes.
	Input string
	// Size is the length of the whole input in bytes.
	Size int
	// Reason says why the input was refused.
	Reason string
	// The fields are those of internal/codec's ParseError constraint, in
	// its order, so that the parsing code shared with package web can
	// build this type: a field added here must be added there.
}

// Error returns one line that quotes the input, or its first 64 bytes and
// its size when it is longer: chaterr: cannot parse "0x10" as a code: ...
func (e *ParseError) Error() string {
	if e == nil {
		return "chaterr: <nil>"
	}
	quoted := strconv.Quote(e.Input)
	if e.Size > len(e.Input) {
		quoted += "... (" + strconv.Itoa(e.Size) + " bytes)"
	}
	return "chaterr: cannot parse " + quoted + " as a " + e.What + ": " + e.Reason
}
