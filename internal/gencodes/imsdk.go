package main

import (
	"fmt"
	"io"
	"strconv"

	"github.com/seed-a36dd713/chaterr/imsdk"
)

// renderGoSDK writes the Go IM SDK section of CODES.md: every reading of
// every code of package imsdk, with its native equivalent.
func renderGoSDK(w io.Writer) {
	io.WriteString(w, goSDKHeader)
	for _, c := range imsdk.Codes() {
		for _, r := range imsdk.Explain(c) {
			when, native := "-", "none"
			if r.When != "" {
				when = mdCell(r.When)
			}
			if r.HasNative {
				native = "`" + r.Native.String() + "` (" + strconv.Itoa(int(r.Native)) + ")"
			}
			fmt.Fprintf(w, "| `%s` | %s | %s | %s | %s | %s |\n", r.Code, when, native, yesNoCell(r.Retryable), mdCell(r.Description), mdCell(r.Hint))
		}
	}
}

// yesNoCell is a retry answer in a table cell.
func yesNoCell(b bool) string {
	if b {
		return "yes"
	}
	return "no"
}

const goSDKHeader = `
## Go IM SDK codes

The official Go IM client SDK (` + "`github.com/easemob/go-im-sdk`" + `, package ` + "`sdk`" + `) reports string codes of its
own in ` + "`*sdk.SDKError`" + `; ` + "`imsdk.Wrap(err)`" + ` gives them the native code of the same meaning, which
` + "`chaterr.CodeOf`" + ` and the predicates see, and ` + "`chaterr IM_FORBIDDEN`" + ` explains one. One code can mean several
native codes: the first row whose **When** holds applies (the SDK's Operation, the Reason it gives, the
raw msync status, which is never a native code itself). A code without a native equivalent has a
classification and a hint of its own.

| Code | When | Native | Retryable | Description | Hint |
|---|---|---|---|---|---|
`
