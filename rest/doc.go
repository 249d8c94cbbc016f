// Package rest types the errors of the Agora Chat server REST API, so that a
// Go server can match a failed call with errors.Is and decide whether to
// retry it, as it does with the SDK's error codes in package chaterr.
//
// A failed call answers with an HTTP status and, usually, a JSON body whose
// error field is a string such as "reach_limit", whose error_code is often a
// number such as 60002, and whose error_description says more.
// [FromResponse] turns the response into an [*Error]: its Message is what
// the server said, its Description what the documented row that the status,
// the string and the description select means (see [Lookup]), Retryable
// that row's answer, ErrorCode the number, and Web the SDK error that the
// Web SDK reads the same answer as, so that one handler serves the REST API
// and the SDKs:
//
//	errors.Is(err, rest.ReachLimit)       // the error string
//	errors.Is(err, rest.ErrorCode60002)   // the numeric error_code
//	errors.Is(err, chaterr.GroupNotExist) // 404 "do not find this group" on a group URL
//	chaterr.Retryable(err)                // the row's answer, in any error tree
//
// Three ways to type an answer:
//   - [FromResponse] reads at most [MaxBody] bytes of the body and closes
//     it, for the common call site;
//   - [Peek] reads as much and leaves the body readable from its first
//     byte, for a retry policy or a caller that wants the body too;
//   - [FromParts] types a status, header and body already read, such as the
//     Response of the Go IM SDK's *sdk.APIError.
//
// [CheckRetry] and [Backoff] have the types of go-retryablehttp's CheckRetry
// and Backoff, so that they plug into its client without this package
// importing it; with the standard library, call them in a loop (see the
// example of CheckRetry):
//
//	client := retryablehttp.NewClient()
//	client.CheckRetry = rest.CheckRetry
//	client.Backoff = rest.Backoff
//	client.ErrorHandler = retryablehttp.PassthroughErrorHandler
//
// The [Code] constants are every documented string, and [Rows] lists the
// documented (status, error, when) rows; the [ErrorCode] constants are every
// number that the Web SDK's rules read, and [WebRules] lists those rules. An
// *Error logs as a group of status, rest_error, error_code, message,
// description, web_code, web_name, retry_after and retryable. The package
// uses the standard library only.
package rest
