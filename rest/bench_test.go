package rest_test

import (
	"bytes"
	"encoding/json"
	"net/http"
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

// BenchmarkFromResponse turns a typical 429 into an *Error.
func BenchmarkFromResponse(b *testing.B) {
	body := &rewindBody{}
	resp := &http.Response{StatusCode: 429, Header: http.Header{}, Body: body}
	b.ReportAllocs()
	for b.Loop() {
		body.Reset(typicalBody)
		sinkErr = rest.FromResponse(resp)
	}
}

// plain is the body as a program would decode it by hand.
type plain struct {
	Error            string `json:"error"`
	Exception        string `json:"exception"`
	Timestamp        int64  `json:"timestamp"`
	Duration         int64  `json:"duration"`
	ErrorDescription string `json:"error_description"`
}

// BenchmarkJSONUnmarshal is the yardstick: decoding the same body into a
// plain struct with encoding/json.
func BenchmarkJSONUnmarshal(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		var p plain
		if err := json.Unmarshal(typicalBody, &p); err != nil {
			b.Fatal(err)
		}
	}
}

// TestFromResponseAllocs: turning a typical error response into an *Error
// allocates no more than decoding that body into a plain struct: the *Error
// takes the place of the struct, and the body's buffer is reused.
func TestFromResponseAllocs(t *testing.T) {
	decode := testing.AllocsPerRun(200, func() {
		p := new(plain)
		_ = json.Unmarshal(typicalBody, p)
	})
	body := &rewindBody{}
	resp := &http.Response{StatusCode: 429, Header: http.Header{}, Body: body}
	got := testing.AllocsPerRun(200, func() {
		body.Reset(typicalBody)
		sinkErr = rest.FromResponse(resp)
	})
	if got > decode {
		t.Errorf("FromResponse allocates %v times, decoding the body alone %v (rest/response.go)", got, decode)
	}
}
