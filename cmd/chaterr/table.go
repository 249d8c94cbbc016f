package main

import (
	"encoding/json"
	"fmt"
	"io"
	"text/tabwriter"

	"github.com/seed-a36dd713/chaterr/internal/oneline"
)

// tableCommand is what -rest and -web have in common: each looks up rows of
// a table of its own by its arguments, or lists them with -list, and prints
// them as text blocks, as a -list table, or as JSON. R is the row type.
type tableCommand[R any] struct {
	flag     string // the flag that runs it, "-rest"
	needs    string // what it needs when it has no argument, "a code or a name"
	notFound string // what an argument that names no row is not, "a documented Web SDK error code"
	// find returns the rows that arg names.
	find func(arg string) []R
	// header is the -list table's header and cells one row of it, each
	// with its columns separated by tabs.
	header string
	cells  func(R) string
	// block writes one row as a text block.
	block func(io.Writer, R)
	// json is the value that encodes one row as a JSON object.
	json func(R) any
}

// run prints listed (the rows of -list, nil without it) and the rows that
// each argument names, and returns the exit status: exitNotDocumented when
// an argument names no row, exitUsage when there is nothing to look up.
func (t tableCommand[R]) run(opts options, listed []R, out *output, stderr io.Writer) int {
	status, rows := exitOK, listed
	for _, arg := range opts.args {
		match := t.find(arg)
		if len(match) == 0 {
			fmt.Fprintf(stderr, "chaterr: %s: not %s\n", oneline.String(arg, maxText), t.notFound)
			status = exitNotDocumented
		}
		rows = append(rows, match...)
	}
	if len(opts.args) == 0 && !opts.list {
		fmt.Fprintf(stderr, "chaterr: %s needs %s, or -list\n%s", t.flag, t.needs, usageHint)
		return exitUsage
	}
	switch {
	case out.isJSON():
		for _, r := range rows {
			out.jsonValue(t.json(r))
		}
	case opts.list:
		tw := tabwriter.NewWriter(out.w, 0, 0, 2, ' ', 0)
		fmt.Fprintln(tw, t.header)
		for _, r := range rows {
			fmt.Fprintln(tw, t.cells(r))
		}
		tw.Flush()
	default:
		for i, r := range rows {
			if i > 0 {
				fmt.Fprintln(out.w)
			}
			t.block(out.w, r)
		}
	}
	return status
}

// jsonValue writes v, a struct of strings, numbers and booleans that
// cannot fail to encode, as one JSON object of the output's form.
func (o *output) jsonValue(v any) {
	obj, _ := json.Marshal(v)
	b := append(o.beginObject(nil), obj...)
	if o.jsonl {
		b = append(b, '\n')
	}
	o.w.Write(b)
}

// blockLine writes one line of a text block: the label, and the value at
// the column where the values of every block start.
func blockLine(w io.Writer, label, value string) {
	fmt.Fprintf(w, "%-*s%s\n", labelWidth, label+":", value)
}
