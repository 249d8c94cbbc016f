// Command chaterr explains Agora Chat error codes from a log line: give it a
// number, an SDK name or a Go constant name and it prints the code's name,
// category, classification and description.
//
//	chaterr 508 user_muted ServerBusy
//	chaterr -list -category group
//	grep -o 'code=[0-9]*' app.log | cut -d= -f2 | chaterr -json - | jq .
//
// Run chaterr -h for every flag.
package main

import (
	"bufio"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
	"text/tabwriter"

	"github.com/seed-a36dd713/chaterr"
	"github.com/seed-a36dd713/chaterr/internal/codeinfo"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// Exit statuses.
const (
	exitOK           = 0 // every argument was a documented code
	exitUndocumented = 1 // some argument was undocumented or not a code
	exitUsage        = 2 // bad flags or no input
)

const usageText = `Usage:
  chaterr [-json] CODE...        explain codes: numbers, SDK names or Go names
  chaterr [-json] -              read whitespace-separated codes from stdin
  chaterr [-json] -list [-category NAME]
                                 the whole table, or one category of it

With no CODE and stdin not a terminal, chaterr reads codes from stdin.

Flags:
  -list           print every documented code, one row each
  -category NAME  only the codes of this category (implies -list): %s
  -json           print a JSON array of objects with the keys code, name,
                  category, description, retryable, timeout, login_required,
                  already_done
  -h              print this help

Exit status: 0 when every argument is a documented code, 1 when some
argument is undocumented or not a code, 2 for a usage error.

Examples:
  chaterr 508
  chaterr 508 user_muted ServerBusy
  chaterr -list -category group
  chaterr -json 215 | jq -r '.[0].name'
  grep -o 'code=[0-9]*' app.log | cut -d= -f2 | chaterr -
`

// options are the parsed command line.
type options struct {
	list, json bool
	category   string
	args       []string
}

// run is the whole command, wired to its input and outputs, and returns the
// exit status.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	opts, err := parseArgs(args)
	if errors.Is(err, flag.ErrHelp) {
		fmt.Fprintf(stdout, usageText, categoryNames())
		return exitOK
	}
	if err != nil {
		fmt.Fprintf(stderr, "chaterr: %v\n\n", err)
		fmt.Fprintf(stderr, usageText, categoryNames())
		return exitUsage
	}

	if opts.list {
		codes, err := listCodes(opts.category)
		if err != nil {
			fmt.Fprintf(stderr, "chaterr: %v\n", err)
			return exitUsage
		}
		if opts.json {
			return writeJSON(stdout, stderr, codes, exitOK)
		}
		writeTable(stdout, codes)
		return exitOK
	}

	inputs := opts.args
	if len(inputs) == 0 {
		if isTerminal(stdin) {
			fmt.Fprintf(stderr, "chaterr: no codes given\n\n")
			fmt.Fprintf(stderr, usageText, categoryNames())
			return exitUsage
		}
		inputs = []string{"-"}
	}
	codes, status := resolve(inputs, stdin, stderr)
	if opts.json {
		return writeJSON(stdout, stderr, codes, status)
	}
	for i, c := range codes {
		if i > 0 {
			fmt.Fprintln(stdout)
		}
		writeBlock(stdout, c)
	}
	return status
}

// parseArgs reads flags wherever they stand among the codes, so that both
// "chaterr -json 508" and "chaterr 508 -json" work. A negative number is a
// code, not a flag, and everything after "--" is a code.
func parseArgs(args []string) (options, error) {
	var opts options
	fs := flag.NewFlagSet("chaterr", flag.ContinueOnError)
	fs.SetOutput(io.Discard) // run prints the usage text itself
	fs.BoolVar(&opts.list, "list", false, "")
	fs.BoolVar(&opts.json, "json", false, "")
	fs.StringVar(&opts.category, "category", "", "")

	var flagArgs []string
	for i := 0; i < len(args); i++ {
		a := args[i]
		switch {
		case a == "--":
			opts.args = append(opts.args, args[i+1:]...)
			i = len(args)
		case a == "-" || !strings.HasPrefix(a, "-") || isNegativeNumber(a):
			opts.args = append(opts.args, a)
		default:
			flagArgs = append(flagArgs, a)
			// A flag that takes a value may have it in the next argument.
			if name := strings.TrimLeft(a, "-"); name == "category" && i+1 < len(args) {
				flagArgs = append(flagArgs, args[i+1])
				i++
			}
		}
	}
	if err := fs.Parse(flagArgs); err != nil {
		return opts, err
	}
	if opts.category != "" {
		opts.list = true
	}
	if opts.list && len(opts.args) > 0 {
		return opts, fmt.Errorf("-list and -category take no codes, got %q", opts.args)
	}
	return opts, nil
}

func isNegativeNumber(s string) bool {
	if len(s) < 2 || s[0] != '-' {
		return false
	}
	for _, r := range s[1:] {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// isTerminal reports whether r is an interactive terminal, from which
// chaterr does not wait for codes.
func isTerminal(r io.Reader) bool {
	f, ok := r.(interface{ Stat() (os.FileInfo, error) })
	if !ok {
		return false
	}
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}

// resolve parses each input in order ("-" stands for the codes on stdin),
// reports on stderr each one that is not a documented code, and returns the
// documented ones with the exit status.
func resolve(inputs []string, stdin io.Reader, stderr io.Writer) ([]chaterr.Code, int) {
	var codes []chaterr.Code
	status := exitOK
	check := func(s string) {
		c, err := chaterr.Parse(s)
		switch {
		case err != nil:
			fmt.Fprintln(stderr, err)
			status = exitUndocumented
		case !c.Known():
			fmt.Fprintf(stderr, "%d: not a documented Agora Chat error code\n", int(c))
			status = exitUndocumented
		default:
			codes = append(codes, c)
		}
	}
	stdinRead := false
	for _, in := range inputs {
		if in != "-" {
			check(in)
			continue
		}
		if stdinRead {
			continue // stdin is read once, however often "-" is given
		}
		stdinRead = true
		sc := bufio.NewScanner(stdin)
		sc.Buffer(make([]byte, 0, 4096), 1<<20)
		sc.Split(bufio.ScanWords)
		for sc.Scan() {
			check(sc.Text())
		}
		if err := sc.Err(); err != nil {
			fmt.Fprintf(stderr, "chaterr: reading stdin: %v\n", err)
			status = exitUndocumented
		}
	}
	return codes, status
}

// listCodes returns every documented code, or those of the named category.
func listCodes(category string) ([]chaterr.Code, error) {
	all := chaterr.Codes()
	if category == "" {
		return all, nil
	}
	cat, err := chaterr.ParseCategory(category)
	if err != nil || cat == chaterr.CategoryUnknown { // no documented code is unknown
		return nil, fmt.Errorf("unknown category %q; valid categories: %s", category, categoryNames())
	}
	var codes []chaterr.Code
	for _, c := range all {
		if c.Category() == cat {
			codes = append(codes, c)
		}
	}
	return codes, nil
}

func categoryNames() string {
	var names []string
	for _, c := range chaterr.Categories() {
		names = append(names, c.String())
	}
	return strings.Join(names, ", ")
}

// writeBlock explains one code, one aligned field a line.
func writeBlock(w io.Writer, c chaterr.Code) {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintf(tw, "code:\t%d\n", int(c))
	fmt.Fprintf(tw, "name:\t%s\n", c)
	fmt.Fprintf(tw, "category:\t%s\n", c.Category())
	fmt.Fprintf(tw, "flags:\t%s\n", codeinfo.Flags(c))
	fmt.Fprintf(tw, "description:\t%s\n", c.Description())
	tw.Flush()
}

// writeTable prints codes one aligned row each, under a header.
func writeTable(w io.Writer, codes []chaterr.Code) {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "CODE\tNAME\tCATEGORY\tFLAGS\tDESCRIPTION")
	for _, c := range codes {
		fmt.Fprintf(tw, "%d\t%s\t%s\t%s\t%s\n", int(c), c, c.Category(), codeinfo.Flags(c), c.Description())
	}
	tw.Flush()
}

// jsonCode is the JSON form of one code; the keys are part of the command's
// interface.
type jsonCode struct {
	Code          int    `json:"code"`
	Name          string `json:"name"`
	Category      string `json:"category"`
	Description   string `json:"description"`
	Retryable     bool   `json:"retryable"`
	Timeout       bool   `json:"timeout"`
	LoginRequired bool   `json:"login_required"`
	AlreadyDone   bool   `json:"already_done"`
}

// writeJSON prints codes as a JSON array (never null) and returns status, or
// exitUndocumented when stdout fails.
func writeJSON(stdout, stderr io.Writer, codes []chaterr.Code, status int) int {
	out := make([]jsonCode, 0, len(codes))
	for _, c := range codes {
		out = append(out, jsonCode{
			Code:          int(c),
			Name:          c.String(),
			Category:      c.Category().String(),
			Description:   c.Description(),
			Retryable:     c.Retryable(),
			Timeout:       c.Timeout(),
			LoginRequired: c.LoginRequired(),
			AlreadyDone:   c.AlreadyDone(),
		})
	}
	enc := json.NewEncoder(stdout)
	enc.SetIndent("", "  ")
	if err := enc.Encode(out); err != nil {
		fmt.Fprintf(stderr, "chaterr: writing JSON: %v\n", err)
		return exitUndocumented
	}
	return status
}
