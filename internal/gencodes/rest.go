package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/seed-a36dd713/chaterr/rest"
)

// renderREST writes the REST section of CODES.md: every row of rest.Rows,
// with the meaning written there.
func renderREST(w io.Writer) {
	io.WriteString(w, restHeader)
	for _, r := range rest.Rows() {
		code, when, retry := "-", "-", "no"
		if r.Code != "" {
			code = "`" + string(r.Code) + "`"
		}
		if r.When != "" {
			when = "`" + r.When + "`"
		}
		if r.Retryable {
			retry = "yes, after a delay"
		}
		fmt.Fprintf(w, "| %d | %s | %s | %s | %s |\n", r.Status, code, when, retry, mdCell(r.Description))
	}
}

// mdCell makes text safe inside a Markdown table cell.
func mdCell(s string) string { return strings.ReplaceAll(s, "|", `\|`) }

const restHeader = `
## REST API errors

The server REST API answers a failed call with an HTTP status and a JSON body whose ` + "`error`" + `
field is a string, spelled as listed (some APIs send an exception class or a label with spaces);
package ` + "`rest`" + ` types them (` + "`rest.FromResponse`" + `). The same string can mean different things
under different statuses, and under one status with different descriptions: where a pair has rows
with a phrase in **When**, the row whose phrase occurs in ` + "`error_description`" + ` (in any letter case)
applies, else the pair's row without one. For a pair not listed here, ` + "`Retryable`" + ` decides by the
status: 408, 409, 429 and 5xx other than 501.

| Status | Error | When | Retryable | Description |
|---|---|---|---|---|
`
