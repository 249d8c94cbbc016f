// Package sdktest tests package imsdk against the shape of the Go IM SDK's
// error types: a stand-in package at the SDK's own import path
// (fakesdk/sdk, written from the field list of go-im-sdk.tsv), and every
// row of that table, through hand-written cases (testdata/cases.tsv). It is
// a module of its own so that the library's go.mod never names the SDK.
package sdktest
