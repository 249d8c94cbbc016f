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
		// Beyond the ceiling: no hint, the same zero for every absurd value.
		{"3601", 0}, {"86400", 0}, {"4611686018", 0}, {"4611686019", 0}, {"9223372036854775807", 0},
		{"99999999999999999999999999", 0}, {date(time.Hour + time.Second), 0},
		{"Fri, 31 Dec 9999 23:59:59 GMT", 0},
		// Negative, fractional, past, malformed: no hint.
		{"-5", 0}, {"-0", 0}, {"+5", 0}, {"1.5", 0}, {"0.5", 0}, {"1e3", 0}, {" 5", 0}, {"soon", 0},
		{date(-time.Hour), 0}, {date(0), 0}, {"Thu, 01 Jan 1970 00:00:00 GMT", 0},
	} {
		assert.Equal(t, tc.want, rest.RetryAfter(tc.header, now), "Retry-After: %q", tc.header)
	}
	assert.Equal(t, time.Hour, rest.MaxRetryAfter)
}

func TestRetryAfterThroughFromResponse(t *testing.T) {
	for h, want := range map[string]time.Duration{"2": 2 * time.Second, "4611686018": 0, "Fri, 31 Dec 9999 23:59:59 GMT": 0} {
		err := rest.FromResponse(serve(t, response{status: 503, header: map[string]string{"Retry-After": h}}))
		var e *rest.Error
		require.ErrorAs(t, err, &e)
		assert.Equal(t, want, e.RetryAfter, "Retry-After: %q", h)
	}
}
