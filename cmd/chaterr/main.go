// Command chaterr explains Agora Chat error codes: the numbers and names
// that SDK callbacks report, one at a time or every one in a log.
//
//	chaterr 508 user_muted AgoraChatErrorGroupNotExist
//	chaterr -scan -count app.log
//	tail -f app.log | chaterr -scan
//	chaterr -rest reach_limit
//
// Run chaterr -h for every flag, pattern and exit status.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/seed-a36dd713/chaterr"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// Exit statuses.
const (
	exitOK            = 0 // every input was a documented code
	exitNotDocumented = 1 // some input was undocumented, not a code, too long or unreadable
	exitUsage         = 2 // bad flags or arguments
	exitWrite         = 3 // writing the output failed
)

const usageText = `Usage:
  chaterr [flags] CODE...      explain codes: numbers, SDK names, iOS or Go names
  chaterr [flags] [-]          explain whitespace-separated codes read from stdin
  chaterr -scan [flags] [FILE...]
                               find the codes in free text: logs, files or stdin
  chaterr -list [-category NAME] [-json|-jsonl]
                               the whole table, or one category of it
  chaterr -rest [-json|-jsonl] ERROR...
                               explain REST API error strings (reach_limit ...);
                               -rest -list lists them all

With no CODE or FILE, chaterr reads stdin unless it is a terminal.

Flags (anywhere on the line; -- ends them):
  -scan           read free text and report every code found in it (patterns below)
  -count          one row per distinct code, with its count, most frequent first
                  (ties by code); works with -scan, with CODEs and with stdin
  -json           a JSON array, streamed as codes are found; each object has the
                  keys code, name, known, category, description, retryable,
                  timeout, login_required, already_done, deprecated, and also
                  source and line with -scan, count with -count
  -jsonl          the same objects as JSON Lines, one per line, for jq -c and tail -f
  -list           print every documented code, one row each
  -category NAME  only the codes of this category (implies -list): %s
  -rest           explain REST API error strings instead of SDK codes
  -h              print this help

-scan patterns. A number is a code only in a code context:
  code=215  code: 215  "code":215  "code":"215"  errorCode=215  error_code: 215
  errCode 215  errorCode 215  error code 215  onError(215, ...)  OnError(-1)
(the key is code, or a word ending in errorcode, error_code, errcode or err_code,
in any letter case; it takes =, : or, except for a lone "code", a space). A name
is a code when it is an SDK name or an iOS name that the package knows, spelled
exactly: USER_MUTED, AgoraChatErrorUserMuted, EMErrorUserMuted. Timestamps, thread
IDs, line numbers, status codes and other bare numbers are not codes. A code found
twice on one line counts once. Each code is printed as soon as its line is read.

Output is written as input arrives: chaterr flushes before it waits for input,
so tail -f app.log | chaterr -scan prints each code as its line comes.

Exit status:
  0  every input was a documented code (with -scan: every code found was)
  1  some input was undocumented, not a code, an over-long token or an unreadable
     file (each is reported on stderr; the rest is still explained)
  2  usage error
  3  writing the output failed

Examples:
  chaterr 508
  chaterr -scan -count app.log
  chaterr -scan -jsonl app.log | jq -c 'select(.retryable)'
  chaterr -list -category group
  chaterr -json 215 1500 | jq -r '.[] | "\(.code) \(.name) known=\(.known)"'
  chaterr -rest reach_limit
`

// options are the parsed command line.
type options struct {
	list, json, jsonl, scan, count, rest bool
	category                             string
	args                                 []string
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
	out := newOutput(stdout, stderr, opts)
	status := dispatch(opts, stdin, out, stderr)
	if err := out.close(); err != nil {
		fmt.Fprintf(stderr, "chaterr: writing output: %v\n", err)
		return exitWrite
	}
	return status
}

// dispatch runs the mode the options ask for.
func dispatch(opts options, stdin io.Reader, out *output, stderr io.Writer) int {
	switch {
	case opts.rest:
		return explainREST(opts, out, stderr)
	case opts.list:
		codes, err := listCodes(opts.category)
		if err != nil {
			fmt.Fprintf(stderr, "chaterr: %v\n", err)
			return exitUsage
		}
		if !opts.json && !opts.jsonl {
			out.table(codes)
			return exitOK
		}
		for _, c := range codes {
			out.code(c, "", 0)
		}
		return exitOK
	}
	inputs := opts.args
	if len(inputs) == 0 {
		if isTerminal(stdin) {
			fmt.Fprintf(stderr, "chaterr: no codes given and stdin is a terminal\n\n")
			fmt.Fprintf(stderr, usageText, categoryNames())
			return exitUsage
		}
		inputs = []string{"-"}
	}
	r := &reader{stdin: stdin, out: out, stderr: stderr, scan: opts.scan, status: exitOK}
	r.readAll(inputs)
	if opts.count {
		out.counts()
	}
	return r.status
}

// parseArgs reads flags wherever they stand among the codes, so that both
// "chaterr -json 508" and "chaterr 508 -json" work. A negative number is a
// code, not a flag, and everything after "--" is a code. A flag that takes a
// value takes the next argument when it has no "=value": which flags take a
// value is asked of the flag set, not listed here.
func parseArgs(args []string) (options, error) {
	var opts options
	fs := newFlagSet(&opts)

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
			if takesValue(fs, a) && i+1 < len(args) {
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
	switch {
	case opts.list && len(opts.args) > 0 && !opts.rest:
		return opts, fmt.Errorf("-list and -category take no codes, got %q", opts.args)
	case opts.json && opts.jsonl:
		return opts, errors.New("-json and -jsonl exclude each other")
	case opts.list && (opts.scan || opts.count):
		return opts, errors.New("-list excludes -scan and -count")
	case opts.rest && (opts.scan || opts.count || opts.category != ""):
		return opts, errors.New("-rest excludes -scan, -count and -category")
	}
	return opts, nil
}

// newFlagSet defines every flag, filling opts.
func newFlagSet(opts *options) *flag.FlagSet {
	fs := flag.NewFlagSet("chaterr", flag.ContinueOnError)
	fs.SetOutput(io.Discard) // run prints the usage text itself
	fs.BoolVar(&opts.list, "list", false, "")
	fs.BoolVar(&opts.json, "json", false, "")
	fs.BoolVar(&opts.jsonl, "jsonl", false, "")
	fs.BoolVar(&opts.scan, "scan", false, "")
	fs.BoolVar(&opts.count, "count", false, "")
	fs.BoolVar(&opts.rest, "rest", false, "")
	fs.StringVar(&opts.category, "category", "", "")
	return fs
}

// takesValue reports whether the flag argument a ("-name" or "--name",
// without "=value") names a flag that needs a value.
func takesValue(fs *flag.FlagSet, a string) bool {
	name := strings.TrimLeft(a, "-")
	if strings.Contains(name, "=") {
		return false
	}
	f := fs.Lookup(name)
	if f == nil {
		return false
	}
	b, ok := f.Value.(interface{ IsBoolFlag() bool })
	return !ok || !b.IsBoolFlag()
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
// chaterr does not wait for codes. /dev/null is a character device too, but
// an empty input, like an empty pipe.
func isTerminal(r io.Reader) bool {
	f, ok := r.(interface{ Stat() (os.FileInfo, error) })
	if !ok {
		return false
	}
	fi, err := f.Stat()
	if err != nil || fi.Mode()&os.ModeCharDevice == 0 {
		return false
	}
	if null, err := os.Stat(os.DevNull); err == nil && os.SameFile(fi, null) {
		return false
	}
	return true
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
