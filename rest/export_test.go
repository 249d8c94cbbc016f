package rest

import "github.com/seed-a36dd713/chaterr/internal/ascii"

// RetryAfter exposes retryAfter to the tests, which give it a fixed now.
var RetryAfter = retryAfter

// ContainsFold exposes ascii.ContainsFold, which Lookup uses, to the tests.
var ContainsFold = ascii.ContainsFold
