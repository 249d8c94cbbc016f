// Package rest types the errors of the Agora Chat server REST API, so that a
// Go server can match a failed call with errors.Is and decide whether to
// retry it, as it does with the SDK's error codes in package chaterr.
//
// A failed call answers with an HTTP status and, usually, a JSON body whose
// error field is a string such as "reach_limit". [FromResponse] turns the
// response into an [*Error]; the [Code] constants are every documented
// string:
//
//	resp, err := client.Do(req)
//	if err != nil {
//		return err
//	}
//	if err := rest.FromResponse(resp); err != nil {
//		var e *rest.Error
//		if errors.As(err, &e) && e.Retryable() {
//			time.Sleep(max(e.RetryAfter, time.Second)) // then call again
//		}
//		if errors.Is(err, rest.ResourceLimited) {
//			// a plan quota: waiting will not help
//		}
//		return err
//	}
//	defer resp.Body.Close()
//
// The REST API does not use the SDK's numeric codes; [Table] lists its
// documented (status, error) pairs. The package uses the standard library
// only.
package rest
