package retryablehttp_test

import (
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"sync/atomic"
	"time"

	"github.com/hashicorp/go-retryablehttp"

	"github.com/seed-a36dd713/chaterr/rest"
)

// Wire rest into a retryablehttp.Client: rest.CheckRetry decides which
// answers to try again, rest.Backoff how long to wait, and
// PassthroughErrorHandler hands back the last answer, which
// rest.FromResponse types.
func Example() {
	var calls atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		if calls.Add(1) == 1 {
			w.WriteHeader(http.StatusTooManyRequests)
			io.WriteString(w, `{"error":"reach_limit","error_description":"This request has reached API limit."}`)
			return
		}
		io.WriteString(w, `{"action":"get","entities":[]}`)
	}))
	defer srv.Close()

	client := retryablehttp.NewClient()
	client.CheckRetry = rest.CheckRetry
	client.Backoff = rest.Backoff
	client.ErrorHandler = retryablehttp.PassthroughErrorHandler
	client.RetryWaitMin = time.Millisecond
	client.RetryWaitMax = 50 * time.Millisecond
	client.Logger = nil
	attempts := 0
	client.RequestLogHook = func(retryablehttp.Logger, *http.Request, int) { attempts++ }
	client.ResponseLogHook = func(_ retryablehttp.Logger, resp *http.Response) {
		if err := rest.Peek(resp); err != nil { // Peek leaves the body readable
			fmt.Println("attempt", attempts, "failed:", err)
		}
	}

	resp, err := client.Get(srv.URL + "/org/app/users")
	if err != nil {
		fmt.Println("transport:", err)
		return
	}
	if err := rest.FromResponse(resp); err != nil {
		fmt.Println("gave up:", err) // the body is closed
		return
	}
	defer resp.Body.Close()
	fmt.Printf("status %d after %d attempts\n", resp.StatusCode, attempts)
	// Output:
	// attempt 1 failed: chaterr/rest: 429 reach_limit: This request has reached API limit.
	// status 200 after 2 attempts
}
