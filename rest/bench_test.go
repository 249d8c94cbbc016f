package rest_test

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
	"strings"
	"testing"

	"github.com/seed-a36dd713/chaterr/rest"
)

// typicalBody is an error body as the REST API sends it.
var typicalBody = []byte(`{"error":"reach_limit","exception":"EasemobRateLimitException","timestamp":1700000000123,"duration":0,"error_description":"This request has reached API limit."}`)

// rewindBody is a response body that can be read again, so that the
// benchmark measures FromResponse and not the body.
type rewindBody struct{ bytes.Reader }

func (*rewindBody) Close() error { return nil }

var sinkErr error

// whenBody is an error body whose row is chosen by a phrase of its
// description.
var whenBody = []byte(`{"error":"message_send_error","exception":"EasemobForbiddenOpException","timestamp":1700000000123,"duration":0,"error_description":"Message Send Reach Limit: 100 per second"}`)

// BenchmarkFromResponse turns a typical 429 into an *Error.
func BenchmarkFromResponse(b *testing.B) {
	benchFromResponse(b, 429, typicalBody)
}

// BenchmarkFromResponseWhen turns a 403 whose row a when phrase chooses into
// an *Error.
func BenchmarkFromResponseWhen(b *testing.B) {
	benchFromResponse(b, 403, whenBody)
}

func benchFromResponse(b *testing.B, status int, data []byte) {
	body := &rewindBody{}
	resp := &http.Response{StatusCode: status, Header: http.Header{"Retry-After": {"3"}}, Body: body}
	b.ReportAllocs()
	for b.Loop() {
		body.Reset(data)
		sinkErr = rest.FromResponse(resp)
	}
}

// plain is the body as a program would decode it by hand.
type plain struct {
	Error            string `json:"error"`
	Exception        string `json:"exception"`
	Timestamp        int64  `json:"timestamp"`
	Duration         int64  `json:"duration"`
	ErrorCode        int    `json:"error_code"`
	ErrorDescription string `json:"error_description"`
}

// BenchmarkJSONUnmarshal is the yardstick: decoding the same body into a
// plain struct with encoding/json.
func BenchmarkJSONUnmarshal(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		p := new(plain)
		if err := json.Unmarshal(typicalBody, p); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkJSONDecoder is the yardstick: json.NewDecoder(body)
// decoding the same response body into a plain struct, as a program that
// reads the answer itself would.
func BenchmarkJSONDecoder(b *testing.B) {
	benchBodies(b, func(b *testing.B, status int, data []byte) {
		body := &rewindBody{}
		b.ReportAllocs()
		for b.Loop() {
			body.Reset(data)
			p := new(plain)
			if err := json.NewDecoder(body).Decode(p); err != nil {
				b.Fatal(err)
			}
		}
	})
}

// BenchmarkFromResponseBodies is FromResponse on the bodies of
// BenchmarkJSONDecoder, to compare the two (the target: at most 1.5x).
func BenchmarkFromResponseBodies(b *testing.B) {
	benchBodies(b, benchFromResponse)
}

// BenchmarkCheckRetry is CheckRetry on the same bodies, each body closed
// afterwards as a retry loop closes it.
func BenchmarkCheckRetry(b *testing.B) {
	benchBodies(b, func(b *testing.B, status int, data []byte) {
		body := &rewindBody{}
		resp := &http.Response{StatusCode: status, Header: http.Header{"Retry-After": {"3"}}}
		ctx := context.Background()
		b.ReportAllocs()
		for b.Loop() {
			body.Reset(data)
			resp.Body = body
			sinkBool, _ = rest.CheckRetry(ctx, resp, nil)
			resp.Body.Close()
		}
	})
}

var sinkBool bool

// benchBodies runs bench on a typical 429, a 403 whose row a phrase picks,
// and a 403 with a numeric error_code on a group answer.
func benchBodies(b *testing.B, bench func(*testing.B, int, []byte)) {
	for _, tc := range []struct {
		name   string
		status int
		data   []byte
	}{{"typical", 429, typicalBody}, {"when", 403, whenBody}, {"error_code", 403, errorCodeBody}} {
		b.Run(tc.name, func(b *testing.B) { bench(b, tc.status, tc.data) })
	}
}

// errorCodeBody is an error body with a numeric error_code.
var errorCodeBody = []byte(`{"error":"forbidden_op","exception":"EasemobForbiddenOpException","timestamp":1700000000123,"duration":0,"error_code":60002,"error_description":"user 42 is not the owner or an admin of group 9"}`)

var sinkRow rest.Row

// lookups are the look-ups that BenchmarkLookup and TestLookupAllocs make:
// a pair with one row, a when phrase found late in a long description, a
// fallback after every phrase of the pair was tried, and an unknown pair.
var lookups = []struct {
	name   string
	status int
	code   rest.Code
	desc   string
}{
	{"one_row", 429, rest.ReachLimit, "This request has reached API limit."},
	{"phrase_late", 403, rest.MessageSendError, strings.Repeat("x", 200) + " MESSAGE SEND REACH LIMIT"},
	{"fallback_after_11_phrases", 400, "", strings.Repeat("too many ", 30)},
	{"unknown_pair", 418, "teapot", "short and stout"},
}

// BenchmarkLookup chooses rows, when phrases included.
func BenchmarkLookup(b *testing.B) {
	for _, l := range lookups {
		b.Run(l.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				sinkRow, _ = rest.Lookup(l.status, l.code, l.desc)
			}
		})
	}
}

// TestLookupAllocs: choosing a row, when phrases included, allocates
// nothing, and so neither does Retryable.
func TestLookupAllocs(t *testing.T) {
	for _, l := range lookups {
		if n := testing.AllocsPerRun(100, func() { sinkRow, _ = rest.Lookup(l.status, l.code, l.desc) }); n != 0 {
			t.Errorf("Lookup(%d, %q, ...) allocates %v times (rest/lookup.go)", l.status, l.code, n)
		}
		e := &rest.Error{Status: l.status, Code: l.code, Message: l.desc}
		if n := testing.AllocsPerRun(100, func() { _ = e.Retryable() }); n != 0 {
			t.Errorf("Retryable of %d %q allocates %v times (rest/error.go)", l.status, l.code, n)
		}
	}
}

// TestFromResponseAllocs: turning a typical error response into an *Error
// allocates no more than decoding that body into a plain struct: the *Error
// takes the place of the struct, and the body's buffer is reused.
func TestFromResponseAllocs(t *testing.T) {
	for _, tc := range []struct {
		status int
		data   []byte
	}{{429, typicalBody}, {403, whenBody}} {
		decode := testing.AllocsPerRun(200, func() {
			p := new(plain)
			_ = json.Unmarshal(tc.data, p)
		})
		body := &rewindBody{}
		resp := &http.Response{StatusCode: tc.status, Header: http.Header{"Retry-After": {"3"}}, Body: body}
		got := testing.AllocsPerRun(200, func() {
			body.Reset(tc.data)
			sinkErr = rest.FromResponse(resp)
		})
		if got > decode {
			t.Errorf("FromResponse of %s allocates %v times, decoding the body alone %v (rest/response.go)", tc.data, got, decode)
		}
	}
}
