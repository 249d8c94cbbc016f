// Package sdk is a stand-in for the Go IM SDK's package sdk
// (github.com/easemob/go-im-sdk/sdk), written by this project from the field
// list in its reference table go-im-sdk.tsv, so that package imsdk is tested
// against the SDK's shape without its cgo build. It holds only the error
// types, with the exported fields, Error and Unwrap that the table lists.
package sdk

import (
	"net/http"
	"strconv"
	"strings"
	"time"
)

// ErrorCode is the SDK's string code, such as "TOKEN_EXPIRED".
type ErrorCode string

// SDKError is an error of the SDK's long connection.
type SDKError struct {
	Code       ErrorCode
	Operation  string
	Reason     string
	StatusCode int32 // the raw msync status
	HTTPStatus int
	Cause      error
}

// Error is "<Operation>: <Code>: <Reason>", leaving out empty parts.
func (e *SDKError) Error() string {
	if e == nil {
		return "<nil>"
	}
	msg := string(e.Code)
	if e.Operation != "" {
		msg = e.Operation + ": " + msg
	}
	if e.Reason != "" {
		msg += ": " + e.Reason
	}
	return msg
}

// Unwrap returns Cause.
func (e *SDKError) Unwrap() error {
	if e == nil {
		return nil
	}
	return e.Cause
}

// Response is a REST answer that the SDK read.
type Response struct {
	StatusCode int
	Header     http.Header
	Body       []byte
}

// APIError is a REST answer that was not 2xx.
type APIError struct {
	Response    *Response
	ServiceCode string
	RequestID   string
	RetryAfter  time.Duration
	Cause       error
}

// Error joins what is set: "REST API request failed status=N
// service_code=X request_id=Y".
func (e *APIError) Error() string {
	if e == nil {
		return "<nil>"
	}
	parts := []string{"REST API request failed"}
	if e.Response != nil {
		parts = append(parts, "status="+strconv.Itoa(e.Response.StatusCode))
	}
	if e.ServiceCode != "" {
		parts = append(parts, "service_code="+e.ServiceCode)
	}
	if e.RequestID != "" {
		parts = append(parts, "request_id="+e.RequestID)
	}
	return strings.Join(parts, " ")
}

// Unwrap returns Cause.
func (e *APIError) Unwrap() error {
	if e == nil {
		return nil
	}
	return e.Cause
}
