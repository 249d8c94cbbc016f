package main

import (
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"
	"text/tabwriter"

	"github.com/seed-a36dd713/chaterr/rest"
)

// explainREST explains REST API error strings (reach_limit, in any letter
// case, printed as the server spells them) or HTTP statuses (429), or with
// -list every documented row. The meanings are rest.Table's, the one place
// they are written.
func explainREST(opts options, out *output, stderr io.Writer) int {
	var rows []rest.Row
	status := exitOK
	if opts.list {
		rows = rest.Rows()
	}
	for _, arg := range opts.args {
		var match []rest.Row
		n, numErr := strconv.Atoi(arg)
		for _, r := range rest.Rows() {
			if (numErr == nil && r.Status == n) || (r.Code != "" && strings.EqualFold(string(r.Code), arg)) {
				match = append(match, r)
			}
		}
		if len(match) == 0 {
			fmt.Fprintf(stderr, "chaterr: %q is not a documented REST API error string or status\n", arg)
			status = exitNotDocumented
		}
		rows = append(rows, match...)
	}
	if len(opts.args) == 0 && !opts.list {
		fmt.Fprintln(stderr, "chaterr: -rest needs an error string or status, or -list")
		return exitUsage
	}
	switch {
	case out.isJSON():
		for _, r := range rows {
			out.restRow(r)
		}
	case opts.list:
		tw := tabwriter.NewWriter(out.w, 0, 0, 2, ' ', 0)
		fmt.Fprintln(tw, "STATUS\tERROR\tWHEN\tRETRYABLE\tMEANING")
		for _, r := range rows {
			fmt.Fprintf(tw, "%d\t%s\t%s\t%s\t%s\n", r.Status, restCode(r.Code), restWhen(r.When), yesNo(r.Retryable), r.Description)
		}
		tw.Flush()
	default:
		for i, r := range rows {
			if i > 0 {
				fmt.Fprintln(out.w)
			}
			fmt.Fprintf(out.w, "status:     %d\nerror:      %s\n", r.Status, restCode(r.Code))
			if r.When != "" {
				fmt.Fprintf(out.w, "when:       the description contains %q\n", r.When)
			}
			fmt.Fprintf(out.w, "retryable:  %s\nmeaning:    %s\n", yesNo(r.Retryable), r.Description)
		}
	}
	return status
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

// restRow writes one REST row as a JSON object.
func (o *output) restRow(r rest.Row) {
	obj, _ := json.Marshal(jsonREST{r.Status, string(r.Code), r.When, r.Retryable, r.Description})
	b := append(o.beginObject(nil), obj...)
	if o.jsonl {
		b = append(b, '\n')
	}
	o.w.Write(b)
}
