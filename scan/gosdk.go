package scan

import (
	"bytes"

	"github.com/seed-a36dd713/chaterr"
	"github.com/seed-a36dd713/chaterr/imsdk"
)

// goSDKCodes are the codes of the Go IM SDK (package imsdk), found only in
// the shape of the SDK's own error text. Each begins and ends with a capital
// letter, which goSDK looks for before it asks the map
// (TestGoSDKCodesAreCapitals).
var goSDKCodes = func() map[string]bool {
	m := map[string]bool{}
	for _, c := range imsdk.Codes() {
		m[c] = true
	}
	return m
}()

// maxOperation and maxReason bound what goSDK reads around a code.
const (
	maxOperation = 64
	maxReason    = 240
)

// goSDK reports the native code of a Go IM SDK code at line[start:end]
// when it stands as the SDK writes its errors, "<Operation>: <Code>:
// <Reason>" (or "<Code>: <Reason>", "<Operation>: <Code>"): the Operation
// runs back from the code to a quote, "=", a tab, "| ", "] " or an earlier
// ": " and the Reason on to a quote or the end of the line. The row that they select decides (PERMISSION_DENIED
// with "user is mute" is USER_MUTED_BY_ADMIN); a code whose row has no
// native code, or a word that is not in that shape, gives false. The SDK
// never writes its msync status into the text, so a StatusCode=7 elsewhere
// on the line is not read.
func goSDK(line []byte, start, end int) (chaterr.Code, bool) {
	after := end+1 < len(line) && line[end] == ':' && line[end+1] == ' '
	before := start >= 2 && line[start-2] == ':' && line[start-1] == ' '
	if !after && !before || !isUpper(line[start]) || !isUpper(line[end-1]) || !goSDKCodes[string(line[start:end])] {
		return 0, false
	}
	var op []byte
	if before {
		from := start - 2
		lo := max(0, from-maxOperation)
		i := from - 1
		for ; i >= lo; i-- {
			c := line[i]
			if c == '"' || c == '=' || c == '\t' || (c == ':' && i+1 < len(line) && line[i+1] == ' ') ||
				((c == '|' || c == ']') && i+1 < len(line) && line[i+1] == ' ') {
				break
			}
		}
		op = bytes.TrimSpace(line[i+1 : from])
	}
	var reason []byte
	if after {
		rest := line[end+2 : min(len(line), end+2+maxReason)]
		// A quote ends it, whether the quoted text began with the code or
		// with an Operation: a quote inside the SDK's text is escaped in a
		// log record, and the next key's value must not count.
		if q := bytes.IndexByte(rest, '"'); q >= 0 {
			rest = rest[:q]
		}
		reason = rest
	}
	r, ok := imsdk.Lookup(string(line[start:end]), string(op), string(reason), 0)
	if !ok || !r.HasNative {
		return 0, false
	}
	return r.Native, true
}

// goSDKValue returns the native code of a Go IM SDK code given as a key's
// value with nothing around it, as the SDK's own log records write it
// (error_code=IM_FORBIDDEN): the code's row without a condition, when it
// has one with a native code. A name that is a native name too is read as
// the native one before this is asked (error_code=INVALID_TOKEN is 104), as
// in any other key: only the SDK's own error text says it is the SDK's.
func goSDKValue(w []byte) (chaterr.Code, bool) {
	if !goSDKCodes[string(w)] {
		return 0, false
	}
	r, ok := imsdk.Lookup(string(w), "", "", 0)
	return r.Native, ok && r.HasNative
}

func isUpper(b byte) bool { return 'A' <= b && b <= 'Z' }
