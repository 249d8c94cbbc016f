package rest

// RetryAfter exposes retryAfter to the tests, which give it a fixed now.
var RetryAfter = retryAfter

// ContainsFold exposes containsFold to the tests.
var ContainsFold = containsFold
