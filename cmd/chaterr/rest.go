package main

import (
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/seed-a36dd713/chaterr/rest"
)

// explainREST explains REST API error strings (reach_limit, in any letter
// case, printed as the server spells them) or HTTP statuses (429), or with
// -list every documented row. The descriptions are rest.Rows', the one
// place they are written.
func explainREST(opts options, out *output, stderr io.Writer) int {
	var listed []rest.Row
	if opts.list {
		listed = rest.Rows()
	}
	return restCommand.run(opts, listed, out, stderr)
}

var restCommand = tableCommand[rest.Row]{
	flag: "-rest", needs: "an error string or status", notFound: "a documented REST API error string or status",
	find:   restRows,
	header: "STATUS\tERROR\tWHEN\tRETRYABLE\tDESCRIPTION",
	cells: func(r rest.Row) string {
		return fmt.Sprintf("%d\t%s\t%s\t%s\t%s", r.Status, restCode(r.Code), restWhen(r.When), yesNo(r.Retryable), r.Description)
	},
	block: func(w io.Writer, r rest.Row) {
		blockLine(w, "status", strconv.Itoa(r.Status))
		blockLine(w, "error", restCode(r.Code))
		if r.When != "" {
			blockLine(w, "when", "the description contains "+strconv.Quote(r.When))
		}
		blockLine(w, "retryable", yesNo(r.Retryable))
		blockLine(w, "description", r.Description)
	},
	json: func(r rest.Row) any { return jsonREST{r.Status, string(r.Code), r.When, r.Retryable, r.Description} },
}

// restRows returns the rows that arg names: every row of a status, or of an
// error string in any letter case.
func restRows(arg string) []rest.Row {
	var match []rest.Row
	n, numErr := strconv.Atoi(arg)
	for _, r := range rest.Rows() {
		if (numErr == nil && r.Status == n) || (r.Code != "" && strings.EqualFold(string(r.Code), arg)) {
			match = append(match, r)
		}
	}
	return match
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

// jsonREST is the JSON form of a REST error row; when is "" for a pair's
// fallback row.
type jsonREST struct {
	Status      int    `json:"status"`
	Error       string `json:"error"`
	When        string `json:"when"`
	Retryable   bool   `json:"retryable"`
	Description string `json:"description"`
}
