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
	"bufio"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"runtime"
	"strings"
	"syscall"
	"time"

	"github.com/seed-a36dd713/chaterr"
	"github.com/seed-a36dd713/chaterr/internal/oneline"
)

func main() {
	os.Exit(runIn(os.Args[1:], os.Stdin, os.Stdout, os.Stderr, environment{
		notify:         notifySignals,
		now:            time.Now,
		stdoutTerminal: isTerminal(os.Stdout),
		termWidth:      terminalWidth(os.Stdout),
		workers:        runtime.GOMAXPROCS(0),
	}))
}

// notifySignals routes SIGINT and SIGTERM to a channel, so that the command
// can end its output (the counts so far, the JSON array's bracket) before
// it exits.
func notifySignals() <-chan os.Signal {
	ch := make(chan os.Signal, 1)
	signal.Notify(ch, os.Interrupt, syscall.SIGTERM)
	return ch
}

// Exit statuses.
const (
	exitOK            = 0 // every input was a documented code
	exitNotDocumented = 1 // some input was undocumented, not a code, too long or unreadable
	exitUsage         = 2 // bad flags or arguments
	exitWrite         = 3 // writing the output failed
)

const usageText = `Usage:
  chaterr [flags] CODE...      explain codes: numbers, SDK names, iOS or Go names,
                               and the Go IM SDK's codes (IM_FORBIDDEN)
  chaterr [flags] [-]          explain whitespace-separated codes read from stdin
  chaterr -scan [flags] [FILE...]
                               find the codes in free text: logs, files or stdin
  chaterr -list [-category NAME] [-json|-jsonl]
                               the whole table, or one category of it
  chaterr -rest [-json|-jsonl] ERROR...
                               explain REST API error strings (reach_limit ...),
                               statuses (429) or error codes (60002);
                               -rest -list lists them all
  chaterr -web [-json|-jsonl] CODE...
                               explain codes a browser reported (Web SDK
                               numbering), with the native code of the same
                               meaning; -web -list [-category CATEGORY] lists them

With no CODE or FILE, chaterr reads stdin unless it is a terminal.

Flags (anywhere on the line; -- ends them):
  -scan           read free text and report every code found in it (rules below)
  -count          one row per distinct code, with its count, most frequent first
                  (ties by code); works with -scan, with CODEs and with stdin
  -old-release    read numbers as SDK releases from before the 605/606 swap
                  (2023) sent them: 605 is GROUP_NOT_EXIST, 606 the shared-file
                  error (chaterr.FromOldRelease); names are not changed
  -json           a JSON array, streamed as codes are found; each object has the
                  keys code, name, known, category, description, retryable,
                  timeout, login_required, already_done, deprecated, note
                  ("" or what the number means in other releases or in the
                  Web SDK) and hint ("" or what to do about it), and also
                  source, line, context, web_code (the Web SDK code the line
                  spelled, or null) and text (the line, escaped, at most
                  %d bytes) with -scan, and count with -count (which counts
                  a Web code by its native code where it has one: web_code
                  is then null)
  -jsonl          the same objects as JSON Lines, one per line, for jq -c and tail -f
  -notes[=false]  notes on what a number means in other releases and in the Web
                  SDK: on by default, off for -scan (they would repeat on
                  every line)
  -list           print every documented code, one row each
  -category NAME  only the codes of this category (implies -list): %s
  -rest           explain REST API error strings instead of SDK codes
  -web            read codes in the Web SDK's numbering (agora-chat,
                  easemob-websdk), which gives many numbers another meaning
                  than native SDKs do: Web 605 is native 606, GROUP_NOT_EXIST
  -h              print this help

-scan rules. A name is a code when an SDK prints it for a documented code,
spelled exactly: USER_MUTED, AgoraChatErrorUserMuted, EMErrorUserMuted (a word
such as user_muted in a sentence is not). A Go IM SDK code counts in the SDK's
own error text, "send ack: PERMISSION_DENIED: user is mute", as the native code
that its Operation and Reason select (219); its msync status is never a code.
A number is a code only in a context:
  callback    onError(215, ...)  OnError(-1)  onError: 508  onError 508
              ChatError(603, ...)  HyphenateException(603, ...)
  error key   errorCode=215  "error_code": "215"  errCode 215  err_code: 215
              (a word ending in errorcode, error_code, errcode or err_code, in
              any case; the value may be a name: error_code=user_muted), and
              code right after error, onError or an SDK error type:
              error code: 215  ChatError{code: 9999}  onError: code=9999
  phrase      error code 215  EMError code 606
  plain key   code=215  "code":215  code: 215  err=605  err: 605  error=605,
              documented codes only, on a line that mentions an error, a
              failure, an exception, a rejection, an expiry or a disconnect
              (or 失败, 错误, 报错, 异常); also error: 1502 on a line naming
              the chat SDK, and join failed: code 605, 撤回消息失败，code 500
Whose line it is. A line's component is its logcat tag (E/EMClient: ...,
"11-27 08:35:38.456 4821 4903 E EMClient: ..."), else the first [bracketed]
name after its timestamp, level and process ("ChatDemo[2201:88] [AgoraChat]");
under a framework's tag (flutter, ReactNativeJS, Unity, System.err) the
bracketed name after it. A line is another component's when its component or
any word names one (OkHttp, Retrofit, Volley, Glide, Fresco, Firebase, S3,
SQLite, Realm, billing, maps, ExoPlayer, a player, WebSocket, Socket.IO, FCM,
Agora RTC, Twilio, OpenSSL, Aliyun, MiPush, 支付宝, 极光 ...): there only an SDK
error type's numbers count (ChatError(603), EMError code 606), and names other
than EMError*/AgoraChatError* do not. So it is from an API's error envelope on
({"error": {"code": 404, "message": ...}}, code first), unless the line is the
chat SDK's. It is the chat SDK's when its component or its words name the SDK
(chat, Easemob, Hyphenate, Agora, EM* classes): there every rule holds, and
code=N desc=... (or msg=) on its error-level line counts, undocumented numbers
too. On any other
line only documented codes count, unless an SDK error type says so. The Web
SDK's type key (type: 206, message: ...; onError type=206) is a Web SDK code:
the native code of the same meaning, "(Read from Web SDK code N ...)", with a
message, msg, desc or reason key after it or on a line that names onError,
the Web SDK, Easemob, uni-app or a mini-program (小程序); or, when no native
code means it, web:N (JSON: code null), only on a line naming the Web SDK
itself (websdk, WebIM, agora-chat, AgoraChat; not WebImageView) and never for
a legacy notice or state (300, 400). onDisconnected 206 and onDisconnect206
count as native codes. A code key may take the full-width colon (code：500).
Lines end at LF, CR or CRLF; a line longer than 256 KiB is read in pieces
whose context carries across the cut.

Not codes: 0 (success), numbers ending in units or decimals (215ms, 1.5), a key
after a word that names another system (status code: 200, HTTP error code: 6,
verification code: 757911, exit code 1, sqlite3 error code 5), plain keys and
phrases on another library's line (OkHttp, SQLite, Firebase, NSURL, curl), keys
after another iOS error domain (Error Domain=NSURLErrorDomain Code=-1200), and
off the chat SDK's lines the code of an API's error envelope and a WebSocket
close event's ({code: 1000, reason: ...}, not after error), onError：110 (the
RTC SDK's as often), other types' calls (IOError(2, ...), SQLiteError(5, ...)),
timestamps, thread IDs, line numbers and bare numbers. A number that is not a
documented code is reported only as a callback, an error key or a phrase, and
a negative one only as a callback. A code found twice on one line is reported
once. Each code is printed as soon as its line is read, with the line's text
(escaped, at most %d bytes); each undocumented code found is also said on
stderr, with its file and line; when no code is found, stderr says so.

Live counting. -count prints its table when the input ends. While stdin (a
pipe or a terminal) keeps bringing new codes and stdout is a terminal, it also
redraws the table in place, at most once a second (text only; JSON stays one
document): tail -f app.log | chaterr -scan -count is a live view.

Signals. On Ctrl-C (SIGINT) or SIGTERM, whatever chaterr is waiting for (a
read, the opening of a FIFO), it stops reading, ends its output (-count prints
the counts so far, -json closes its array) and exits with status 130 or 143.
Files are scanned in chunks by as many workers as there are CPUs; the output
is the same as with one.

Output is written as input arrives: chaterr flushes before it waits for input,
so tail -f app.log | chaterr -scan prints each code as its line comes.

Exit status:
  0  every input was a documented code (with -scan: every code found was, or
     none was found)
  1  some input was undocumented, not a code, an over-long token (longer than
     128 KiB, without -scan) or an unreadable file; with -scan, some code found
     was undocumented (each is reported on stderr, past the first %d only
     counted; the rest is still explained)
  2  usage error
  3  writing the output failed
  130, 143  stopped by SIGINT or SIGTERM (-count printed the counts so far)

Examples:
  chaterr 508
  chaterr -scan -count app.log
  chaterr -scan -jsonl app.log | jq -c 'select(.retryable)'
  chaterr -list -category group
  chaterr -json 215 1500 | jq -r '.[] | "\(.code) \(.name) known=\(.known)"'
  chaterr -old-release 605
  chaterr -rest reach_limit
  chaterr -web 605
`

// usage returns the help text.
func usage() string {
	return fmt.Sprintf(usageText, maxText, categoryNames(), maxText, maxWordErrors)
}

// usageHint follows a usage error's reason.
const usageHint = "chaterr: run chaterr -h for the flags, the -scan rules and examples\n"

// options are the parsed command line.
type options struct {
	list, json, jsonl, scan, count, rest bool
	web                                  bool
	oldRelease                           bool
	notes                                bool // notes about other numberings and releases
	category                             string
	args                                 []string
}

// run is the whole command, wired to its input and outputs, and returns the
// exit status. Signals keep their default effect, and -count prints its
// table once.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	return runIn(args, stdin, stdout, stderr, environment{})
}

// environment is what the command learns from the process around it; the
// zero value watches no signals and never prints a table early.
type environment struct {
	notify         func() <-chan os.Signal // watch SIGINT and SIGTERM while reading input
	now            func() time.Time        // the clock for live tables
	stdoutTerminal bool                    // stdout is a terminal: -count may print live tables
	termWidth      int                     // its columns, or 0
	workers        int                     // goroutines that scan (-scan); 0 or 1: one
}

// runSignals is run that watches the signals notify returns: on SIGINT or
// SIGTERM the reading stops, -count prints the counts so far, -json closes
// its array, and the status is 128 plus the signal's number.
func runSignals(args []string, stdin io.Reader, stdout, stderr io.Writer, notify func() <-chan os.Signal) int {
	return runIn(args, stdin, stdout, stderr, environment{notify: notify})
}

// runIn is run in the given environment.
func runIn(args []string, stdin io.Reader, stdout, stderr io.Writer, env environment) int {
	opts, err := parseArgs(args)
	if errors.Is(err, flag.ErrHelp) {
		out := bufio.NewWriter(stdout)
		out.WriteString(usage())
		if err := out.Flush(); err != nil {
			fmt.Fprintf(stderr, "chaterr: writing output: %v\n", err)
			return exitWrite
		}
		return exitOK
	}
	if err != nil {
		fmt.Fprintf(stderr, "chaterr: %v\n%s", err, usageHint)
		return exitUsage
	}
	out := newOutput(stdout, stderr, opts)
	out.termWidth = env.termWidth
	var signals <-chan os.Signal
	if env.notify != nil && !opts.list && !opts.rest && !opts.web { // the modes that read input
		signals = env.notify()
	}
	r := &reader{stdin: stdin, out: out, stderr: stderr, scan: opts.scan, oldRelease: opts.oldRelease,
		status: exitOK, signals: signals, workers: env.workers}
	r.scanner.OldRelease = opts.oldRelease
	if opts.count && !out.isJSON() && env.stdoutTerminal && env.now != nil && !isRegularFile(stdin) {
		r.now = env.now
	}
	status := dispatch(opts, r)
	if err := out.close(); err != nil {
		fmt.Fprintf(stderr, "chaterr: writing output: %v\n", err)
		return exitWrite
	}
	return status
}

// dispatch runs the mode the options ask for, reading through r.
func dispatch(opts options, r *reader) int {
	out, stderr := r.out, r.stderr
	switch {
	case opts.rest:
		return explainREST(opts, out, stderr)
	case opts.web:
		return explainWeb(opts, out, stderr)
	case opts.list:
		codes, err := listCodes(opts.category)
		if err != nil {
			fmt.Fprintf(stderr, "chaterr: %v\n%s", err, usageHint)
			return exitUsage
		}
		if !opts.json && !opts.jsonl {
			out.table(codes)
			return exitOK
		}
		for _, c := range codes {
			out.code(c, nil)
		}
		return exitOK
	}
	inputs := opts.args
	if len(inputs) == 0 {
		if isTerminal(r.stdin) {
			fmt.Fprintf(stderr, "chaterr: no codes given and stdin is a terminal\n%s", usageHint)
			return exitUsage
		}
		inputs = []string{"-"}
	}
	r.readAll(inputs)
	r.finish()
	if opts.count {
		out.counts()
	}
	if s, ok := r.interrupted.(syscall.Signal); ok {
		return 128 + int(s)
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
		if errors.Is(err, flag.ErrHelp) {
			return opts, err
		}
		return opts, errors.New(oneline.String(err.Error(), maxEcho)) // it may quote a flag of any length
	}
	set := map[string]bool{}
	fs.Visit(func(f *flag.Flag) { set[f.Name] = true })
	if set["category"] && opts.category == "" {
		return opts, errors.New("-category needs a category name, got an empty one")
	}
	if !set["notes"] {
		opts.notes = !opts.scan // a scan reports native codes; its notes would repeat on every line
	}
	if opts.category != "" {
		opts.list = true
	}
	switch {
	case opts.list && len(opts.args) > 0 && !opts.rest && !opts.web:
		more := ""
		if len(opts.args) > 1 {
			more = fmt.Sprintf(" and %d more", len(opts.args)-1)
		}
		return opts, fmt.Errorf("-list and -category take no codes, got %s%s", quote(opts.args[0]), more)
	case opts.json && opts.jsonl:
		return opts, errors.New("-json and -jsonl exclude each other")
	case opts.list && (opts.scan || opts.count):
		return opts, errors.New("-list excludes -scan and -count")
	case opts.rest && (opts.scan || opts.count || opts.category != "" || opts.oldRelease || opts.web):
		return opts, errors.New("-rest excludes -scan, -count, -category, -old-release and -web")
	case opts.web && (opts.scan || opts.count || opts.oldRelease):
		return opts, errors.New("-web excludes -scan, -count and -old-release")
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
	fs.BoolVar(&opts.web, "web", false, "")
	fs.BoolVar(&opts.oldRelease, "old-release", false, "")
	fs.BoolVar(&opts.notes, "notes", false, "")
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

// maxEcho bounds the input that a message repeats.
const maxEcho = 240

// quote returns s for a message: escaped, cut to maxEcho bytes and in quotes.
func quote(s string) string { return `"` + oneline.String(s, maxEcho) + `"` }

// isTerminal reports whether r is an interactive terminal, from which
// chaterr does not wait for codes. /dev/null is a character device too, but
// an empty input, like an empty pipe.
func isTerminal(r any) bool {
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

// isRegularFile reports whether r is a regular file, which is read to its
// end at once rather than as it grows.
func isRegularFile(r io.Reader) bool {
	f, ok := r.(interface{ Stat() (os.FileInfo, error) })
	if !ok {
		return false
	}
	fi, err := f.Stat()
	return err == nil && fi.Mode().IsRegular()
}

// listCodes returns every documented code, or those of the named category.
func listCodes(category string) ([]chaterr.Code, error) {
	all := chaterr.Codes()
	if category == "" {
		return all, nil
	}
	cat, err := chaterr.ParseCategory(category)
	if err != nil || cat == chaterr.CategoryUnknown { // no documented code is unknown
		return nil, fmt.Errorf("unknown category %s; valid categories: %s", quote(category), categoryNames())
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
