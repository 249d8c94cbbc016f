package rest_test

import (
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"time"

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
