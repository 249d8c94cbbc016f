package rest_test

import (
	"bytes"
	"io"
	"net/http"
	"reflect"
	"testing"

	"github.com/seed-a36dd713/chaterr/internal/oneline"
	"github.com/seed-a36dd713/chaterr/rest"
)

// FuzzFromResponse feeds any status and body to the decoder: it must not
// panic, must keep the status, must describe the failure on one bounded,
// escaped line, must log its keys, must give the same *Error through Peek
// and FromParts, and Peek must leave the body as it was.
func FuzzFromResponse(f *testing.F) {
	for _, s := range []string{
		`{"error":"reach_limit","exception":"x","timestamp":1700000000123,"duration":7,"error_description":"d"}`,
		`{"error":"reach_limit","error_description":"This requ`, `{"error":1}`, `{"timestamp":"1e400"}`,
		`{"duration":9223372036854775807}`, `{"a":[{"b":[]}],"error":"x"}`, `[]`, `null`, "",
		"<html><title>502</title></html>", "<TITLE>x", "\xff\xfe", "{\"error_description\":\"a\\u2028b\"}",
		"\xef\xbb\xbf{\"error\":\"reach_limit\"}", `{"error":123,"error_description":"a\u202eb"}`,
		`{"error":"message_send_error","error_description":"MESSAGE SEND REACH LIMIT"}`,
		`{"error_code":60002}`, `{"error_code":"60002"}`, `{"error_code":-1}`, `{"error_code":1e3}`,
		`{"error_code":99999999999}`, `{"error_code":{"a":1},"error":"x"}`, `{"result":"the app not open presence"}`,
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
		if len(text) > 4<<10 || text != oneline.String(text, -1) {
			t.Errorf("Error() is not one bounded, escaped line: %q", text)
		}
		if r, ok := rest.Lookup(e.Status, e.Code, e.Message); ok != (e.Description != "") || (ok && r.Description != e.Description) {
			t.Errorf("Description %q is not the meaning of the row %+v (found: %v)", e.Description, r, ok)
		}
		if len(e.Message) > rest.MaxBody {
			t.Errorf("Message of %d bytes", len(e.Message))
		}
		_ = e.Retryable()
		want := 8 // status, rest_error, message, description, web_code, web_name, retry_after, retryable
		if e.ErrorCode != 0 {
			want++
		}
		if n := len(e.LogValue().Group()); n != want {
			t.Errorf("LogValue has %d keys, want %d", n, want)
		}
		if e.Web == 0 {
			t.Errorf("Web is not set")
		}
		if e.ErrorCode < 0 {
			t.Errorf("ErrorCode %d", e.ErrorCode)
		}

		if parts := rest.FromParts(status, http.Header{}, body); !reflect.DeepEqual(parts, err) {
			t.Errorf("FromParts = %#v, FromResponse = %#v", parts, err)
		}
		resp = &http.Response{StatusCode: status, Header: http.Header{}, Body: io.NopCloser(bytes.NewReader(body))}
		if peeked := rest.Peek(resp); !reflect.DeepEqual(peeked, err) {
			t.Errorf("Peek = %#v, FromResponse = %#v", peeked, err)
		}
		if again, _ := io.ReadAll(resp.Body); !bytes.Equal(again, body) {
			t.Errorf("after Peek the body reads %q, want %q", again, body)
		}
	})
}
