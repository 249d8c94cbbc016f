package imsdk

import (
	"context"
	"fmt"
	"testing"

	"github.com/seed-a36dd713/chaterr"
)

var sinkErr error

// BenchmarkWrapNoSDK is Wrap on a tree without SDK errors: it should cost
// a cached type look-up per node and allocate nothing.
func BenchmarkWrapNoSDK(b *testing.B) {
	err := fmt.Errorf("a: %w", fmt.Errorf("b: %w", context.DeadlineExceeded))
	b.ReportAllocs()
	for b.Loop() {
		sinkErr = Wrap(err)
	}
}

// BenchmarkWrapSDK is Wrap on a wrapped SDK error, then chaterr.CodeOf.
func BenchmarkWrapSDK(b *testing.B) {
	old := sdkPackage
	sdkPackage = "github.com/seed-a36dd713/chaterr/imsdk"
	defer func() { sdkPackage = old }()
	type SDKError struct {
		errText
		Code       string
		Operation  string
		Reason     string
		StatusCode int32
	}
	err := fmt.Errorf("send: %w", &SDKError{errText: "e", Code: "PERMISSION_DENIED", Operation: "send ack", Reason: "user is mute", StatusCode: 7})
	b.ReportAllocs()
	for b.Loop() {
		sinkErr = Wrap(err)
		_ = chaterr.CodeOf(sinkErr)
	}
}
