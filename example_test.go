package chaterr_test

import (
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"strconv"
	"time"

	"github.com/seed-a36dd713/chaterr"
	"github.com/seed-a36dd713/chaterr/rest"
)

// joinGroup stands in for an SDK call that reports its result through an
// onError(code, desc) callback on one of the SDK's own threads, as real SDKs
// do: here, another goroutine.
func joinGroup(groupID string, code int, onError func(code int, desc string)) {
	go onError(code, "group "+groupID+": "+chaterr.Code(code).String())
}

// The callback turns the SDK's (code, desc) pair into an error with FromSDK
// and hands it over on a channel, which is safe whichever goroutine the SDK
// calls back on. Code 0 becomes a nil error.
func ExampleFromSDK() {
	for _, code := range []int{0, 215} {
		done := make(chan error, 1)
		joinGroup("9", code, func(code int, desc string) {
			done <- chaterr.FromSDK(code, desc)
		})
		err := <-done
		if err != nil {
			err = fmt.Errorf("join group 9: %w", err)
		}

		switch {
		case err == nil:
			fmt.Println("joined")
		case errors.Is(err, chaterr.UserMuted):
			fmt.Println("muted: hide the message box:", err)
		}
	}
	// Output:
	// joined
	// muted: hide the message box: join group 9: chaterr: USER_MUTED (215): group 9: USER_MUTED
}

// action is what a program does about the result of a call.
type action int

const (
	proceed action = iota // success, or "already done"
	retryLater
	report
	login
)

var actionNames = [...]string{"proceed", "retry later", "report", "back to the login screen"}

// decide visits every code in err, so that a batch whose errors were joined
// is decided by its worst item, whatever their order.
func decide(err error) action {
	if err == nil {
		return proceed
	}
	worst, found := proceed, false
	for code := range chaterr.CodesOf(err) {
		found = true
		a := report
		switch {
		case code.AlreadyDone():
			a = proceed
		case code.Retryable():
			a = retryLater
		case code.LoginRequired():
			a = login
		}
		worst = max(worst, a)
	}
	if !found {
		return report // no SDK code: a bug or an I/O error of our own
	}
	return worst
}

// A decision over every code of an error, right for a batch whose items
// failed in different ways: CodesOf visits them all.
func ExampleCodesOf() {
	alreadyJoined := chaterr.New(chaterr.GroupAlreadyJoined, "")
	serverBusy := chaterr.New(chaterr.ServerBusy, "busy")
	for _, err := range []error{
		nil,
		fmt.Errorf("join: %w", alreadyJoined),
		errors.Join(alreadyJoined, serverBusy),
		errors.Join(serverBusy, alreadyJoined),
		errors.Join(serverBusy, chaterr.New(chaterr.TokenExpired, "")),
		errors.New("disk full"),
	} {
		fmt.Println(actionNames[decide(err)])
	}
	// Output:
	// proceed
	// proceed
	// retry later
	// retry later
	// back to the login screen
	// report
}

// CodeOf returns the first code, for a quick switch; errors.As tells whether
// the error carries an SDK code at all.
func ExampleCodeOf() {
	for _, err := range []error{
		fmt.Errorf("send: %w", chaterr.New(chaterr.UserMuted, "")),
		errors.New("disk full"),
	} {
		var code chaterr.Code
		if errors.As(err, &code) {
			fmt.Println("SDK code:", code, "=", chaterr.CodeOf(err))
		} else {
			fmt.Println("no SDK code; CodeOf says", chaterr.CodeOf(err))
		}
	}
	// Output:
	// SDK code: USER_MUTED = USER_MUTED
	// no SDK code; CodeOf says GENERAL_ERROR
}

// Loggable logs any error, however it was wrapped, with the same code and
// name keys as a bare *Error or Code; the cause of an *Error is kept.
func ExampleLoggable() {
	logger := slog.New(slog.NewTextHandler(os.Stdout, &slog.HandlerOptions{
		ReplaceAttr: func(groups []string, a slog.Attr) slog.Attr {
			if a.Key == slog.TimeKey && len(groups) == 0 {
				return slog.Attr{} // drop the time so the output is stable
			}
			return a
		},
	}))
	err := fmt.Errorf("login: %w", chaterr.Wrap(chaterr.NetworkError, "connection lost", errors.New("dial: reset")))
	logger.Error("login failed", "err", chaterr.Loggable(err))
	logger.Warn("send failed", "err", chaterr.New(chaterr.UserMuted, "muted in group 9"))
	logger.Info("retrying", "code", chaterr.ServerBusy)
	// Output:
	// level=ERROR msg="login failed" err.code=2 err.name=NETWORK_ERROR err.error="login: chaterr: NETWORK_ERROR (2): connection lost: dial: reset"
	// level=WARN msg="send failed" err.code=215 err.name=USER_MUTED err.message="muted in group 9"
	// level=INFO msg=retrying code.code=302 code.name=SERVER_BUSY
}

// Parse reads a code the way it appears in a log line: a number, an SDK
// name in any case, an iOS enum name, or a Go constant name.
func ExampleParse() {
	for _, s := range []string{"508", "user_muted", "AgoraChatErrorGroupNotExist", "1234", "0x10"} {
		code, err := chaterr.Parse(s)
		switch {
		case err != nil:
			fmt.Println(err)
		case !code.Known():
			fmt.Printf("%s: undocumented, kept as %d\n", s, int(code))
		default:
			fmt.Printf("%s: %d %s (%s) %s\n", s, int(code), code, code.Category(), code.Description())
		}
	}
	// Output:
	// 508: 508 MESSAGE_EXTERNAL_LOGIC_BLOCKED (message) The app's own pre-send callback rejected the message.
	// user_muted: 215 USER_MUTED (user) The user is muted in this group or chat room and cannot send messages there.
	// AgoraChatErrorGroupNotExist: 606 GROUP_NOT_EXIST (group) The group does not exist or was dissolved.
	// 1234: undocumented, kept as 1234
	// chaterr: cannot parse "0x10" as a code: not a decimal integer or a code name
}

// Telemetry from clients on mixed SDK releases: a client built before the
// 605/606 swap reports 605 for a group that does not exist. FromOldRelease
// maps its numbers onto the current numbering; other numbers pass through.
func ExampleFromOldRelease() {
	type report struct {
		code       int
		oldRelease bool // known from the client's SDK version
	}
	for _, r := range []report{{605, true}, {606, false}, {215, true}} {
		code := chaterr.Code(r.code)
		if r.oldRelease {
			code = chaterr.FromOldRelease(r.code)
		}
		fmt.Println(r.code, "->", code)
	}
	// Output:
	// 605 -> GROUP_NOT_EXIST
	// 606 -> GROUP_NOT_EXIST
	// 215 -> USER_MUTED
}

// Decide gives one action for any error; a backend maps it to its answer
// to the client, here over HTTP.
func ExampleDecide() {
	answer := func(w http.ResponseWriter, err error) {
		d := chaterr.Decide(err)
		switch d.Action {
		case chaterr.ActionNone, chaterr.ActionSucceed:
			w.WriteHeader(http.StatusOK)
		case chaterr.ActionLogin, chaterr.ActionRenewToken:
			w.WriteHeader(http.StatusUnauthorized)
		case chaterr.ActionRetry:
			if d.Delay > 0 {
				w.Header().Set("Retry-After", strconv.Itoa(int(d.Delay.Seconds())))
			}
			w.WriteHeader(http.StatusServiceUnavailable)
		default:
			w.WriteHeader(http.StatusUnprocessableEntity)
		}
		fmt.Fprintf(w, `{"action":%q,"code":%q}`, d.Action, chaterr.CodeOf(err))
	}
	for _, err := range []error{
		fmt.Errorf("join group 9: %w", chaterr.New(chaterr.GroupAlreadyJoined, "")),
		errors.Join(chaterr.ServerBusy, chaterr.TokenExpired),
		&rest.Error{Status: 429, Code: rest.ReachLimit, RetryAfter: 2 * time.Second},
		chaterr.New(chaterr.UserMuted, "muted in group 9"),
	} {
		rec := httptest.NewRecorder()
		answer(rec, err)
		fmt.Println(rec.Code, rec.Header().Get("Retry-After"), rec.Body.String())
	}
	// Output:
	// 200  {"action":"succeed","code":"GROUP_ALREADY_JOINED"}
	// 401  {"action":"login","code":"SERVER_BUSY"}
	// 503 2 {"action":"retry","code":"GENERAL_ERROR"}
	// 422  {"action":"give_up","code":"USER_MUTED"}
}
