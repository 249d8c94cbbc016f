package rest

import (
	"net/http"
	"time"
)

// MaxRetryAfter is the longest wait that a Retry-After header is believed
// for: one hour. A longer one, in seconds or as an HTTP date, is clamped to
// it: the server asked for a long wait, and a retry after an hour is closer
// to what it asked than one after the caller's usual back-off. A caller
// that sleeps for RetryAfter should still bound the sleep by its own floor
// and ceiling, as [Backoff] does:
//
//	time.Sleep(min(max(e.RetryAfter, time.Second), time.Minute))
const MaxRetryAfter = time.Hour

// maxDateLen is the length of the longest form of an HTTP date, RFC 850's,
// with a weekday as long as "Wednesday".
const maxDateLen = len("Wednesday, 06-Nov-94 08:49:37 GMT")

// maxRetryAfterSecs is MaxRetryAfter in seconds.
const maxRetryAfterSecs = int64(MaxRetryAfter / time.Second)

// retryAfter parses the first Retry-After header of h: whole seconds
// (digits only), or an HTTP date that is turned into a wait from now, at
// most MaxRetryAfter either way. A malformed, negative or fractional value,
// or a date that is not in the future, is no wait. The header is defined
// to hold one value, so a second header, or a list in one, is not merged:
// "120, 60" is malformed. It allocates nothing for a value in seconds, no
// value, or one of a length that no HTTP date has; parsing a date may.
func retryAfter(h http.Header, now time.Time) time.Duration {
	v := h.Get("Retry-After")
	if v == "" {
		return 0
	}
	if secs, ok := seconds(v); ok {
		return time.Duration(secs) * time.Second
	}
	if len(v) < len("Sun Nov  6 08:49:37 1994") || len(v) > maxDateLen {
		return 0 // too short or long for any HTTP date: spare ParseTime's errors
	}
	t, err := http.ParseTime(v)
	if err != nil || !t.After(now) {
		return 0
	}
	return min(t.Sub(now), MaxRetryAfter)
}

// seconds parses h as a string of ASCII digits, the delay-seconds form of
// Retry-After, clamped to maxRetryAfterSecs however many digits it has, so
// that it cannot overflow.
func seconds(h string) (int64, bool) {
	var n int64
	for i := 0; i < len(h); i++ {
		c := h[i]
		if c < '0' || c > '9' {
			return 0, false
		}
		if n <= maxRetryAfterSecs {
			n = n*10 + int64(c-'0')
		}
	}
	return min(n, maxRetryAfterSecs), true
}
