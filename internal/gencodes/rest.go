package main

import (
	"fmt"
	"io"
	"slices"
	"strconv"
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
	renderErrorCodes(w)
	renderWebRules(w)
}

// renderErrorCodes writes the numeric error_code values with their
// meanings, as rest.ErrorCode describes them.
func renderErrorCodes(w io.Writer) {
	io.WriteString(w, errorCodeHeader)
	for _, c := range rest.ErrorCodes() {
		var statuses, webs []string
		for _, r := range rest.WebRules() {
			if r.ErrorCode != c {
				continue
			}
			for _, s := range r.Statuses {
				if st := strconv.Itoa(s); !slices.Contains(statuses, st) {
					statuses = append(statuses, st)
				}
			}
			webs = append(webs, webName(r))
		}
		fmt.Fprintf(w, "| %d | %s | %s | %s |\n", c, strings.Join(statuses, ", "), mdCell(c.Description()), strings.Join(webs, "; "))
	}
}

// renderWebRules writes every rule by which the Web SDK reads a REST
// answer, in the order it tries them.
func renderWebRules(w io.Writer) {
	io.WriteString(w, webRulesHeader)
	for i, r := range rest.WebRules() {
		statuses := make([]string, len(r.Statuses))
		for j, s := range r.Statuses {
			statuses[j] = strconv.Itoa(s)
		}
		code, match, url := "-", "-", "-"
		if r.ErrorCode != 0 {
			code = r.ErrorCode.String()
		}
		if r.Match != "-" {
			match = "`" + strings.ReplaceAll(r.Match, "`", "'") + "`"
		}
		if r.GroupURL {
			url = "groups"
		}
		fmt.Fprintf(w, "| %d | %s | %s | %s | %s | %s |\n", i+1, strings.Join(statuses, ", "), code, mdCell(match), url, webName(r))
	}
}

// webName is the Web code a rule gives, with its native equivalent.
func webName(r rest.WebRule) string {
	s := fmt.Sprintf("`%s` (%d)", r.Web, int(r.Web))
	if n, ok := r.Web.Native(); ok {
		s += fmt.Sprintf(", native `%s` (%d)", n, int(n))
	}
	return s
}

const errorCodeHeader = `
### Numeric error codes

Many failed answers also carry a numeric ` + "`error_code`" + `, which the Web SDK and the Go IM SDK read
first; ` + "`rest.Error.ErrorCode`" + ` holds it and ` + "`chaterr -rest 60002`" + ` explains one. The server's documentation
does not list these numbers: the meanings below are what the Web SDK makes of each under its status.

| error_code | Status | Description | Web SDK code (native) |
|---|---|---|---|
`

const webRulesHeader = `
### The SDK meaning of a REST answer

A ` + "`*rest.Error`" + ` also says which SDK error the answer is, as the Web SDK reads the same answer
(` + "`rest.Error.Web`" + `, and the native code of the same meaning, which ` + "`chaterr.CodeOf`" + ` and ` + "`errors.Is`" + `
find). The first rule that matches applies; an answer that matches none is
` + "`WEBIM_CONNCTION_AJAX_ERROR`" + ` (17). **URL** ` + "`groups`" + ` means the request's path has a ` + "`chatgroups`" + `
segment; without a request (` + "`rest.FromParts`" + `) the rule after it, for chat rooms, applies. Where the
documented row says a retry will not help but the native code says it may (a 429
` + "`resource_limited`" + `, read as ` + "`SERVER_BUSY`" + `), the native code is not carried.

| # | Status | error_code | Match (error_description, exception, result) | URL | Web SDK code (native) |
|---|---|---|---|---|---|
`

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
