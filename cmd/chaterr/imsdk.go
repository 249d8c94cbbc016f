package main

import (
	"bytes"
	"encoding/json"
	"strconv"

	"github.com/seed-a36dd713/chaterr"

	"github.com/seed-a36dd713/chaterr/imsdk"
)

// goSDKCode writes what a code of the Go IM SDK (IM_FORBIDDEN, in the SDK's
// spelling) means, one block per reading with the native code of the same
// meaning, and reports whether tok is such a code. Codes that are native
// names as well (TOKEN_EXPIRED) are explained as native codes, with the
// same meaning.
func (o *output) goSDKCode(tok []byte) bool {
	readings := imsdk.Explain(string(tok))
	if readings == nil {
		return false
	}
	if o.count {
		return true // -count tallies native codes only
	}
	for _, r := range readings {
		if o.isJSON() {
			b := o.beginObject(nil)
			obj, _ := json.Marshal(jsonGoSDK{GoSDKCode: r.Code, When: r.When, Native: nativeOf(r), Retryable: r.Retryable, Description: r.Description, Hint: r.Hint})
			b = append(b, obj...)
			if o.jsonl {
				b = append(b, '\n')
			}
			o.w.Write(b)
			continue
		}
		var b bytes.Buffer
		if o.n > 0 {
			b.WriteByte('\n')
		}
		o.n++
		blockLine(&b, "go sdk code", r.Code)
		if r.When != "" {
			blockLine(&b, "when", r.When)
		}
		native := "none"
		if r.HasNative {
			native = r.Native.String() + " (" + strconv.Itoa(int(r.Native)) + ")"
		}
		blockLine(&b, "native", native)
		blockLine(&b, "retryable", yesNo(r.Retryable))
		blockLine(&b, "description", r.Description)
		blockLine(&b, "hint", r.Hint)
		o.w.Write(b.Bytes())
	}
	return true
}

// goSDKDiffers reports whether tok, which parses as the native code c, is
// also a code of the Go IM SDK with a reading of another meaning, so that
// both are explained.
func goSDKDiffers(tok []byte, c chaterr.Code) bool {
	for _, r := range imsdk.Explain(string(tok)) {
		if !r.HasNative || r.Native != c {
			return true
		}
	}
	return false
}

// nativeOf is the native code of a reading, or nil for none.
func nativeOf(r imsdk.Reading) *int {
	if !r.HasNative {
		return nil
	}
	n := int(r.Native)
	return &n
}

// jsonGoSDK is the JSON form of one reading of a Go IM SDK code; native is
// null where there is no native equivalent.
type jsonGoSDK struct {
	GoSDKCode   string `json:"go_sdk_code"`
	When        string `json:"when"`
	Native      *int   `json:"native"`
	Retryable   bool   `json:"retryable"`
	Description string `json:"description"`
	Hint        string `json:"hint"`
}
