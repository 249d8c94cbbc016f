// Package chaterr gives the error codes of the Agora Chat SDK a Go type, so
// that a program can match them with errors.Is, log them by their SDK name and
// decide what to do about them.
//
// The SDK reports an error as a bare pair, (code int, desc string), in onError
// callbacks and return values, often on a thread of its own. Turn the pair
// into an error with [FromSDK], which gives nil for code 0, and hand it over
// on a channel:
//
//	done := make(chan error, 1)
//	client.JoinGroup(groupID, func(code int, desc string) {
//		done <- chaterr.FromSDK(code, desc)
//	})
//	if err := <-done; err != nil {
//		return fmt.Errorf("join group %s: %w", groupID, err)
//	}
//
// Then, however deeply the error was wrapped or joined:
//
//	errors.Is(err, chaterr.UserMuted)   // match one code
//	chaterr.CodeOf(err)                 // the first code, for a switch
//	chaterr.CodesOf(err)                // every code, for a batch
//	chaterr.Retryable(err)              // try again later?
//	chaterr.CodeOf(err).LoginRequired() // back to the login screen?
//	chaterr.CodeOf(err).AlreadyDone()   // "already joined": treat as success
//
// Log any error with [Loggable]: a Code, an [*Error] and a wrapped error all
// log a code key (the number) and a name key (the SDK name, USER_MUTED), so
// that one query finds them all. A Code prints as its SDK name, is itself an
// error, encodes to JSON as a number and as text as its name, and decodes
// from either. [Parse] turns a name or a number from a log line back into a
// Code; the command in cmd/chaterr does the same from a shell.
//
// An *Error stored in an error variable is non-nil even when the pointer is
// nil; see [Error] for why, and return nil itself for success. The same holds
// for a Code: NoError (0) stored in an error is a non-nil error whose text is
// EM_NO_ERROR, so never return a bare Code that may be 0; turn an SDK's pair
// into an error with [FromSDK], which gives nil for 0.
//
// For "should I try again?" about any error, ask [Retryable] and [Timeout]:
// they look at every code in the tree, at causes that report a timeout, and
// at the caller's own context deadline.
//
// # Source of the table
//
// The codes, their numbers and SDK names are those that current native SDK
// releases (2024-2026: Android, iOS, HarmonyOS, Unity, Windows) send. Where a
// number's meaning moved between releases, the constants follow current
// releases, the old names parse to the current numbers, [Code.ReleaseNote]
// says what the number meant elsewhere, and [FromOldRelease] maps a number
// from a release before the 605/606 swap. The descriptions are this
// package's own wording. CODES.md in the repository lists every code.
//
// A code that no release documents is kept as it is: Known reports false, it
// prints as Code(1234), and it matches only itself.
//
// The Web SDK numbers its errors in a scheme of its own, in which many numbers
// mean something else than the same native number: a Code is always a native
// code. Decode what a browser reports with package
// [github.com/seed-a36dd713/chaterr/web], whose errors carry the native code
// of the same meaning, so that CodeOf, errors.Is and Loggable treat both
// platforms alike.
package chaterr
