// Package rest types the errors of the Agora Chat server REST API, so that a
// Go server can match a failed call with errors.Is and decide whether to
// retry it, as it does with the SDK's error codes in package chaterr.
//
// A failed call answers with an HTTP status and, usually, a JSON body whose
// error field is a string such as "reach_limit" and whose error_description
// says more. [FromResponse] turns the response into an [*Error]: its Message
// is what the server said, its Description what the documented row that the
// status, the string and the description select means (see [Lookup]), and
// Retryable that row's answer. The [Code] constants are every documented
// string:
//
//	resp, err := client.Do(req)
//	if err != nil {
//		return err
//	}
//	if err := rest.FromResponse(resp); err != nil {
//		var e *rest.Error
//		if errors.As(err, &e) && e.Retryable() {
//			// RetryAfter is at most MaxRetryAfter; bound it by your own
//			// floor and ceiling all the same, then let the caller call again.
//			time.Sleep(min(max(e.RetryAfter, time.Second), time.Minute))
//		}
//		if errors.Is(err, rest.ResourceLimited) {
//			// a plan quota: waiting will not help
//		}
//		return err
//	}
//	defer resp.Body.Close()
//
// The REST API does not use the SDK's numeric codes; [Rows] lists its
// documented (status, error, when) rows. An *Error logs as a group of
// status, rest_error, message, description, retry_after and retryable. The
// package uses the standard library only.
package rest
