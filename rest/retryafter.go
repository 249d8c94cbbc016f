package rest

import (
	"net/http"
	"time"
)

// MaxRetryAfter is the longest wait that a Retry-After header is believed
// for: one hour. A longer one, in seconds or as an HTTP date, is taken as no
// hint at all, so every absurd value gives the same answer, zero, and the
// caller's own back-off applies. A caller that sleeps for RetryAfter should
// still bound the sleep by its own floor and ceiling:
//
//	time.Sleep(min(max(e.RetryAfter, time.Second), time.Minute))
const MaxRetryAfter = time.Hour

// maxRetryAfterSecs is MaxRetryAfter in seconds.
const maxRetryAfterSecs = int64(MaxRetryAfter / time.Second)

// retryAfter parses a Retry-After header: whole seconds (digits only), or
// an HTTP date that is turned into a wait from now. A malformed, negative
// or fractional value, a date in the past, or a wait longer than
// MaxRetryAfter is no wait.
func retryAfter(h string, now time.Time) time.Duration {
	if h == "" {
		return 0
	}
	if secs, ok := seconds(h); ok {
		if secs > maxRetryAfterSecs {
			return 0
		}
		return time.Duration(secs) * time.Second
	}
	t, err := http.ParseTime(h)
	if err != nil || !t.After(now) {
		return 0
	}
	if d := t.Sub(now); d <= MaxRetryAfter {
		return d
	}
	return 0
}

// seconds parses h as a string of ASCII digits, the delay-seconds form of
// Retry-After. A value past maxRetryAfterSecs is reported as one more than
// it, however many digits it has, so that it cannot overflow.
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
	return min(n, maxRetryAfterSecs+1), true
}
