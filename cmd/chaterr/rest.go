package main

import (
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"

	"github.com/seed-a36dd713/chaterr/rest"
)

// explainREST explains REST API error strings (reach_limit, in any letter
// case, printed as the server spells them), HTTP statuses (429) or the
// body's numeric error codes (60002), or with -list every documented row
// and error code. The descriptions are rest.Rows' and rest.ErrorCode's, the
// one place they are written.
func explainREST(opts options, out *output, stderr io.Writer) int {
	var listed []restEntry
	if opts.list {
		for _, r := range rest.Rows() {
			listed = append(listed, restEntry{row: r})
		}
		for _, c := range rest.ErrorCodes() {
			listed = append(listed, restEntry{code: c})
		}
	}
	return restCommand.run(opts, listed, out, stderr)
}

// restEntry is one thing that -rest explains: a documented row, or, when
// code is not 0, a documented error_code.
type restEntry struct {
	row  rest.Row
	code rest.ErrorCode
}

var restCommand = tableCommand[restEntry]{
	flag: "-rest", needs: "an error string, status or error code", notFound: "a documented REST API error string, status or error code",
	find:   restRows,
	header: "STATUS\tERROR\tWHEN\tRETRYABLE\tDESCRIPTION",
	cells: func(e restEntry) string {
		if e.code != 0 {
			return fmt.Sprintf("%s\terror_code %d\t-\tby status\t%s", joinInts(errorCodeStatuses(e.code)), e.code, e.code.Description())
		}
		r := e.row
		return fmt.Sprintf("%d\t%s\t%s\t%s\t%s", r.Status, restCode(r.Code), restWhen(r.When), yesNo(r.Retryable), r.Description)
	},
	block: func(w io.Writer, e restEntry) {
		if e.code != 0 {
			blockLine(w, "error_code", e.code.String())
			blockLine(w, "status", joinInts(errorCodeStatuses(e.code)))
			blockLine(w, "description", e.code.Description())
			for _, r := range errorCodeRules(e.code) {
				blockLine(w, "web sdk", webReading(r))
			}
			return
		}
		r := e.row
		blockLine(w, "status", strconv.Itoa(r.Status))
		blockLine(w, "error", restCode(r.Code))
		if r.When != "" {
			blockLine(w, "when", "the description contains "+strconv.Quote(r.When))
		}
		blockLine(w, "retryable", yesNo(r.Retryable))
		blockLine(w, "description", r.Description)
	},
	json: func(e restEntry) any {
		if e.code != 0 {
			j := jsonErrorCode{ErrorCode: int(e.code), Statuses: errorCodeStatuses(e.code), Description: e.code.Description()}
			for _, r := range errorCodeRules(e.code) {
				jr := jsonWebReading{Statuses: r.Statuses, Match: r.Match, GroupURL: r.GroupURL, WebCode: int(r.Web), WebName: r.Web.String()}
				if n, ok := r.Web.Native(); ok {
					jr.NativeCode, jr.NativeName = new(int), n.String()
					*jr.NativeCode = int(n)
				}
				j.Web = append(j.Web, jr)
			}
			return j
		}
		r := e.row
		return jsonREST{r.Status, string(r.Code), r.When, r.Retryable, r.Description}
	},
}

// restRows returns the entries that arg names: every row of a status, or of
// an error string in any letter case, or a documented error code.
func restRows(arg string) []restEntry {
	var match []restEntry
	n, numErr := strconv.Atoi(arg)
	if numErr == nil && rest.ErrorCode(n).Known() {
		return []restEntry{{code: rest.ErrorCode(n)}}
	}
	for _, r := range rest.Rows() {
		if (numErr == nil && r.Status == n) || (r.Code != "" && strings.EqualFold(string(r.Code), arg)) {
			match = append(match, restEntry{row: r})
		}
	}
	return match
}

// errorCodeRules are the Web SDK's rules that read c.
func errorCodeRules(c rest.ErrorCode) []rest.WebRule {
	var out []rest.WebRule
	for _, r := range rest.WebRules() {
		if r.ErrorCode == c {
			out = append(out, r)
		}
	}
	return out
}

// errorCodeStatuses are the statuses that c comes with, in the order of its
// rules.
func errorCodeStatuses(c rest.ErrorCode) []int {
	var out []int
	for _, r := range errorCodeRules(c) {
		for _, s := range r.Statuses {
			if !slices.Contains(out, s) {
				out = append(out, s)
			}
		}
	}
	return out
}

// webReading says what the Web SDK reports for an answer that rule r
// matches, with the native code of the same meaning.
func webReading(r rest.WebRule) string {
	s := joinInts(r.Statuses) + ": " + r.Web.String() + " (" + strconv.Itoa(int(r.Web)) + ")"
	if r.Match != "-" {
		s += " when the description " + r.Match
	}
	if n, ok := r.Web.Native(); ok {
		return s + "; native " + n.String() + " (" + strconv.Itoa(int(n)) + ")"
	}
	return s + "; no native equivalent"
}

// joinInts writes numbers separated by commas.
func joinInts(ns []int) string {
	parts := make([]string, len(ns))
	for i, n := range ns {
		parts[i] = strconv.Itoa(n)
	}
	return strings.Join(parts, ",")
}

// restWhen is a row's when phrase for the -list table: quoted, or "-" for a
// pair's fallback row.
func restWhen(when string) string {
	if when == "" {
		return "-"
	}
	return strconv.Quote(when)
}

// restCode is an error string as the server spells it, or "-" for none.
func restCode(c rest.Code) string {
	if c == "" {
		return "-"
	}
	return string(c)
}

// yesNo is a row's retry answer in words.
func yesNo(retryable bool) string {
	if retryable {
		return "yes, after a delay"
	}
	return "no"
}

// jsonErrorCode is the JSON form of a documented error_code: its meaning,
// and each reading of the Web SDK's rules.
type jsonErrorCode struct {
	ErrorCode   int              `json:"error_code"`
	Statuses    []int            `json:"statuses"`
	Description string           `json:"description"`
	Web         []jsonWebReading `json:"web"`
}

// jsonWebReading is one rule by which the Web SDK reads an answer; the
// native keys are left out where there is no native equivalent.
type jsonWebReading struct {
	Statuses   []int  `json:"statuses"`
	Match      string `json:"match"`
	GroupURL   bool   `json:"group_url"`
	WebCode    int    `json:"web_code"`
	WebName    string `json:"web_name"`
	NativeCode *int   `json:"native_code,omitempty"`
	NativeName string `json:"native_name,omitempty"`
}

// jsonREST is the JSON form of a REST error row; when is "" for a pair's
// fallback row.
type jsonREST struct {
	Status      int    `json:"status"`
	Error       string `json:"error"`
	When        string `json:"when"`
	Retryable   bool   `json:"retryable"`
	Description string `json:"description"`
}
