// Package chaterr gives the error codes of the Agora Chat SDK a Go type, so
// that a program can match them with errors.Is, log them by their SDK name and
// decide what to do about them.
//
// The SDK reports an error as a bare pair, (code int, desc string), in onError
// callbacks and return values. Wrap the pair with [New] and return it:
//
//	onError := func(code int, desc string) error {
//		return fmt.Errorf("join group %s: %w", groupID, chaterr.New(chaterr.Code(code), desc))
//	}
//
// Then, however deeply the error was wrapped:
//
//	errors.Is(err, chaterr.UserMuted)   // match one code
//	chaterr.CodeOf(err)                 // the code, for a switch
//	chaterr.CodeOf(err).Retryable()     // try again later?
//	chaterr.CodeOf(err).LoginRequired() // back to the login screen?
//	chaterr.CodeOf(err).AlreadyDone()   // "already joined": treat as success
//
// A [Code] prints and logs as the SDK's symbolic name (USER_MUTED, not 215),
// is itself an error, encodes to JSON as a number and decodes from a number
// or a name. [Parse] turns a name or a number from a log line back into a
// Code; the command in cmd/chaterr does the same from a shell.
//
// # Source of the table
//
// The codes, their numbers and SDK names are those of Agora's error-code page
// for the Agora Chat Unity SDK (early 2023), plus the codes that later native
// SDK releases (Android, iOS, Unity, Windows) document under numbers and names
// that do not clash with it. Where a later release gives one of the table's
// numbers a new meaning (605, 900, 901, 902), the package keeps the table's
// meaning and says what newer releases mean in the constant's documentation
// and its Description. The descriptions are this package's own wording.
//
// A code that no release documents is kept as it is: Known reports false, it
// prints as Code(1234), and it matches only itself.
//
// The Web SDK numbers its errors differently; this package covers the native
// numbering only.
package chaterr
