package rest_test

import (
	"net/http"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/seed-a36dd713/chaterr/rest"
)

func TestRetryAfter(t *testing.T) {
	now := time.Date(2026, 11, 27, 12, 0, 0, 0, time.UTC)
	date := func(d time.Duration) string { return now.Add(d).Format(http.TimeFormat) }
	for _, tc := range []struct {
		header string
		want   time.Duration
	}{
		{"", 0}, {"3", 3 * time.Second}, {"0", 0}, {"007", 7 * time.Second},
		{"3600", time.Hour}, {date(90 * time.Second), 90 * time.Second}, {date(time.Hour), time.Hour},
		// Beyond the ceiling: clamped to it, however absurd, and never an overflow.
		{"3601", time.Hour}, {"7200", time.Hour}, {"86400", time.Hour}, {"4611686018", time.Hour},
		{"9223372036854775807", time.Hour}, {"99999999999999999999999999", time.Hour},
		{date(time.Hour + time.Second), time.Hour}, {"Fri, 31 Dec 9999 23:59:59 GMT", time.Hour},
		// Negative, fractional, past, malformed, a list: no hint.
		{"-5", 0}, {"-0", 0}, {"+5", 0}, {"1.5", 0}, {"0.5", 0}, {"1e3", 0}, {" 5", 0}, {"soon", 0},
		{"120, 60", 0}, {date(-time.Hour), 0}, {date(0), 0}, {"Thu, 01 Jan 1970 00:00:00 GMT", 0},
	} {
		h := http.Header{}
		if tc.header != "" {
			h.Set("Retry-After", tc.header)
		}
		assert.Equal(t, tc.want, rest.RetryAfter(h, now), "Retry-After: %q", tc.header)
	}
	assert.Equal(t, time.Hour, rest.MaxRetryAfter)
}

// TestRetryAfterSeveralHeaders: the first header counts, as Header.Get
// gives it, whatever the others say.
func TestRetryAfterSeveralHeaders(t *testing.T) {
	now := time.Now()
	for _, tc := range []struct {
		values []string
		want   time.Duration
	}{
		{[]string{"5", "60"}, 5 * time.Second},
		{[]string{"60", "5"}, time.Minute},
		{[]string{"soon", "5"}, 0},
		{[]string{"7200", "5"}, time.Hour},
	} {
		assert.Equal(t, tc.want, rest.RetryAfter(http.Header{"Retry-After": tc.values}, now), "Retry-After: %q", tc.values)
	}
}

func TestRetryAfterThroughFromResponse(t *testing.T) {
	for h, want := range map[string]time.Duration{"2": 2 * time.Second, "7200": time.Hour, "4611686018": time.Hour, "Fri, 31 Dec 9999 23:59:59 GMT": time.Hour, "soon": 0} {
		err := rest.FromResponse(serve(t, response{status: 503, header: map[string]string{"Retry-After": h}}))
		var e *rest.Error
		require.ErrorAs(t, err, &e)
		assert.Equal(t, want, e.RetryAfter, "Retry-After: %q", h)
	}
	// A 429 or 503 without the header: no hint.
	for _, status := range []int{429, 503} {
		var e *rest.Error
		require.ErrorAs(t, rest.FromResponse(serve(t, response{status: status})), &e)
		assert.Zero(t, e.RetryAfter, "%d without Retry-After", status)
	}
}
