package rest_test

import (
	"bytes"
	"io"
	"net/http"
	"strings"
	"testing"

	"github.com/seed-a36dd713/chaterr/rest"
)

// FuzzFromResponse feeds any status and body to the decoder: it must not
// panic, must keep the status, and must describe the failure on one bounded
// line.
func FuzzFromResponse(f *testing.F) {
	for _, s := range []string{
		`{"error":"reach_limit","exception":"x","timestamp":1700000000123,"duration":7,"error_description":"d"}`,
		`{"error":"reach_limit","error_description":"This requ`, `{"error":1}`, `{"timestamp":"1e400"}`,
		`{"duration":9223372036854775807}`, `{"a":[{"b":[]}],"error":"x"}`, `[]`, `null`, "",
		"<html><title>502</title></html>", "<TITLE>x", "\xff\xfe", "{\"error_description\":\"a\\u2028b\"}",
	} {
		f.Add(429, []byte(s))
	}
	f.Fuzz(func(t *testing.T, status int, body []byte) {
		if status >= 200 && status <= 299 {
			status += 300
		}
		resp := &http.Response{StatusCode: status, Header: http.Header{}, Body: io.NopCloser(bytes.NewReader(body))}
		err := rest.FromResponse(resp)
		e, ok := err.(*rest.Error)
		if !ok {
			t.Fatalf("FromResponse(%d, %q) = %T, want *rest.Error", status, body, err)
		}
		if e.Status != status {
			t.Errorf("status %d became %d", status, e.Status)
		}
		text := e.Error()
		if strings.ContainsAny(text, "\n\r") || len(text) > 1024 {
			t.Errorf("Error() is not one bounded line: %q", text)
		}
		_ = e.Retryable()
		_ = e.LogValue()
	})
}
