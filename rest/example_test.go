package rest_test

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"time"

	"github.com/seed-a36dd713/chaterr"
	"github.com/seed-a36dd713/chaterr/rest"
)

// A REST call through http.Client that backs off when the API's rate limit
// is hit, for as long as the server's Retry-After asks, but never less than
// a second and never more than a minute.
func ExampleFromResponse() {
	calls := 0
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		calls++
		if calls == 1 {
			w.Header().Set("Retry-After", "1")
			w.WriteHeader(http.StatusTooManyRequests)
			io.WriteString(w, `{"error":"reach_limit","error_description":"This request has reached API limit."}`)
			return
		}
		io.WriteString(w, `{"entities":[]}`)
	}))
	defer srv.Close()

	send := func() error {
		resp, err := srv.Client().Get(srv.URL + "/org/app/users")
		if err != nil {
			return err
		}
		if err := rest.FromResponse(resp); err != nil {
			return err // FromResponse closed the body
		}
		defer resp.Body.Close()
		_, err = io.Copy(io.Discard, resp.Body)
		return err
	}

	for attempt := 1; attempt <= 3; attempt++ {
		err := send()
		var e *rest.Error
		switch {
		case err == nil:
			fmt.Println("attempt", attempt, "succeeded")
			return
		case errors.As(err, &e) && e.Retryable():
			fmt.Println(err)
			fmt.Println(e.Description)
			wait := min(max(e.RetryAfter, time.Second), time.Minute) // floor, ceiling
			fmt.Println("waiting", wait)
			time.Sleep(wait)
		default:
			fmt.Println("giving up:", err)
			return
		}
	}
	// Output:
	// chaterr/rest: 429 reach_limit: This request has reached API limit.
	// The API's call-frequency limit was hit.
	// waiting 1s
	// attempt 2 succeeded
}

// One (status, error) pair can mean different things; a phrase of the
// server's description picks the row.
func ExampleLookup() {
	for _, desc := range []string{"Message send reach limit", "message is blocked"} {
		r, _ := rest.Lookup(403, rest.MessageSendError, desc)
		fmt.Printf("%q: retry=%v: %s\n", desc, r.Retryable, r.Description)
	}
	// Output:
	// "Message send reach limit": retry=true: The message-sending rate limit was hit (messages per second or per minute).
	// "message is blocked": retry=false: The server refused to send the message.
}

// A retry loop of the standard library alone with the functions that
// go-retryablehttp takes: CheckRetry decides without consuming the body,
// Backoff waits for Retry-After clamped into [lo, hi], and the final answer
// is still readable and typed.
func ExampleCheckRetry() {
	calls := 0
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if calls++; calls == 1 {
			w.Header().Set("Retry-After", "1")
			w.WriteHeader(http.StatusTooManyRequests)
			io.WriteString(w, `{"error":"reach_limit","error_description":"This request has reached API limit."}`)
			return
		}
		w.WriteHeader(http.StatusInternalServerError)
		io.WriteString(w, `{"error":"web_application","error_description":"bad url"}`)
	}))
	defer srv.Close()

	ctx := context.Background()
	const lo, hi, attempts = 10 * time.Millisecond, 50 * time.Millisecond, 4
	for attempt := 0; ; attempt++ {
		req, _ := http.NewRequestWithContext(ctx, http.MethodGet, srv.URL+"/org/app/users", nil)
		resp, err := srv.Client().Do(req)
		retry, ctxErr := rest.CheckRetry(ctx, resp, err)
		if !retry || ctxErr != nil || attempt+1 == attempts {
			if err == nil {
				body, _ := io.ReadAll(resp.Body) // the whole body, from its first byte
				resp.Body.Close()
				fmt.Printf("attempt %d: %v\nthe body, still readable: %s\n", attempt+1, rest.FromParts(resp.StatusCode, resp.Header, body), body)
			}
			return
		}
		wait := rest.Backoff(lo, hi, attempt, resp)
		io.Copy(io.Discard, resp.Body) // drain and close, so that the connection is reused
		resp.Body.Close()
		fmt.Printf("attempt %d: %d, retry in %v\n", attempt+1, resp.StatusCode, wait)
		time.Sleep(wait)
	}
	// Output:
	// attempt 1: 429, retry in 50ms
	// attempt 2: chaterr/rest: 500 web_application: bad url
	// the body, still readable: {"error":"web_application","error_description":"bad url"}
}

// The numeric error_code of a body, and the SDK error that the Web SDK
// reads the answer as, with its native code.
func ExampleError_Native() {
	req := httptest.NewRequest(http.MethodPost, "https://a1.agora.io/org/app/chatgroups/9/users", nil)
	resp := &http.Response{StatusCode: 404, Request: req, Header: http.Header{}, Body: io.NopCloser(strings.NewReader(
		`{"error":"resource_not_found","error_description":"do not find this group:9"}`))}
	err := fmt.Errorf("add member: %w", rest.FromResponse(resp))
	var e *rest.Error
	if errors.As(err, &e) {
		n, _ := e.Native()
		fmt.Println(e.Web, n, errors.Is(err, chaterr.GroupNotExist), chaterr.CodeOf(err))
	}
	e2 := rest.FromParts(403, nil, []byte(`{"error":"forbidden_op","error_code":60002,"error_description":"not an admin"}`)).(*rest.Error)
	fmt.Println(e2.ErrorCode, e2.ErrorCode.Description(), e2.Web)
	// Output:
	// GROUP_NOT_EXIST GROUP_NOT_EXIST true GROUP_NOT_EXIST
	// error_code 60002 The user's role does not allow this group or chat-room operation. PERMISSION_DENIED
}
