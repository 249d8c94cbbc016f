package chaterr_test

import (
	"errors"
	"fmt"
	"log/slog"
	"os"

	"github.com/seed-a36dd713/chaterr"
)

// joinGroup stands in for an SDK call that reports failure through an
// onError(code, desc) callback.
func joinGroup(groupID string, onError func(code int, desc string)) {
	onError(215, "muted in group "+groupID)
}

// An onError handler wraps the SDK's (code, desc) pair with New; callers
// match the result with errors.Is, however deeply it was wrapped.
func Example_onError() {
	var err error
	joinGroup("9", func(code int, desc string) {
		err = fmt.Errorf("join group 9: %w", chaterr.New(chaterr.Code(code), desc))
	})

	fmt.Println(err)
	if errors.Is(err, chaterr.UserMuted) {
		fmt.Println("muted: hide the message box")
	}
	// Output:
	// join group 9: chaterr: USER_MUTED (215): muted in group 9
	// muted: hide the message box
}

// CodeOf pulls the code out of any error, so that a switch can decide what
// to do; the classification methods cover whole families at once.
func ExampleCodeOf() {
	for _, err := range []error{
		fmt.Errorf("join: %w", chaterr.New(chaterr.GroupAlreadyJoined, "")),
		fmt.Errorf("send: %w", chaterr.New(chaterr.ServerBusy, "busy")),
		fmt.Errorf("send: %w", chaterr.New(chaterr.TokenExpired, "")),
		fmt.Errorf("send: %w", chaterr.New(chaterr.UserMuted, "")),
		errors.New("disk full"),
		nil,
	} {
		switch code := chaterr.CodeOf(err); {
		case code == chaterr.NoError:
			fmt.Println("ok")
		case code.AlreadyDone():
			fmt.Println(code, "-> already done, carry on")
		case code.Retryable():
			fmt.Println(code, "-> retry later")
		case code.LoginRequired():
			fmt.Println(code, "-> back to the login screen")
		case code == chaterr.UserMuted:
			fmt.Println(code, "-> tell the user they are muted")
		default:
			fmt.Println(code, "-> report:", err)
		}
	}
	// Output:
	// GROUP_ALREADY_JOINED -> already done, carry on
	// SERVER_BUSY -> retry later
	// TOKEN_EXPIRED -> back to the login screen
	// USER_MUTED -> tell the user they are muted
	// GENERAL_ERROR -> report: disk full
	// ok
}

// A Code logs as its SDK name and an *Error as a group of code, name and
// message.
func ExampleError_LogValue() {
	logger := slog.New(slog.NewTextHandler(os.Stdout, &slog.HandlerOptions{
		ReplaceAttr: func(groups []string, a slog.Attr) slog.Attr {
			if a.Key == slog.TimeKey && len(groups) == 0 {
				return slog.Attr{} // drop the time so the output is stable
			}
			return a
		},
	}))
	err := chaterr.New(chaterr.UserMuted, "muted in group 9")
	logger.Warn("send failed", "err", err)
	logger.Info("retrying", "code", chaterr.ServerBusy)
	// Output:
	// level=WARN msg="send failed" err.code=215 err.name=USER_MUTED err.message="muted in group 9"
	// level=INFO msg=retrying code=SERVER_BUSY
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
