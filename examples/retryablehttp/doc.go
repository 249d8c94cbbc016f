// Package retryablehttp proves that package rest plugs into
// github.com/hashicorp/go-retryablehttp as its documentation says:
//
//	client := retryablehttp.NewClient()
//	client.CheckRetry = rest.CheckRetry
//	client.Backoff = rest.Backoff
//	client.ErrorHandler = retryablehttp.PassthroughErrorHandler
//
// Its tests drive a real retryablehttp.Client against httptest servers that
// answer documented Agora Chat REST bodies, and check that the documented
// retryable answers (429 reach_limit, 403 "message send reach limit", 503)
// are tried again and the others are not; that a Retry-After hint is
// waited for; that the attempts stop at RetryMax and at the request's
// deadline; that a transient transport error is tried again and a host name
// that does not exist is not; and that the final answer's body, even one
// larger than rest.MaxBody, still reads from its first byte after
// rest.CheckRetry has typed it, so that rest.FromResponse types it again.
//
// It is a module of its own so that the library's go.mod never names
// go-retryablehttp; it has no code but this comment.
package retryablehttp
