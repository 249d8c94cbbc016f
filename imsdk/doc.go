// Package imsdk makes the errors of the official Go IM client SDK,
// github.com/easemob/go-im-sdk (package sdk), speak chaterr's vocabulary,
// so that a Go chat client built on it handles them as it handles native,
// Web and REST errors:
//
//	if err := client.Send(ctx, msg); err != nil {
//		err = imsdk.Wrap(err)
//		logger.Error("send failed", "err", chaterr.Loggable(err))
//		switch chaterr.Decide(err).Action {
//		case chaterr.ActionLogin: // TOKEN_EXPIRED, a kick, a removed account
//		case chaterr.ActionRetry: // SEND_OUTCOME_UNKNOWN: again, with the same ClientMessageID
//		}
//		var sdkErr *sdk.SDKError
//		errors.As(err, &sdkErr) // the SDK's own value is still there
//	}
//
// [Wrap] finds the SDK's *sdk.SDKError or *sdk.APIError in any error tree
// and returns an [*Error] with the native code of the same meaning, which
// chaterr.CodeOf, errors.Is(err, chaterr.TokenExpired), chaterr's
// tree-wide predicates and Decide, chaterr.Label and chaterr.Loggable all
// see. One SDK code can mean several native codes: the row of the
// project's table that the Code, Operation, Reason and StatusCode select
// decides (AUTHENTICATION_FAILED on a kick notice whose Reason is "user
// removed" is USER_REMOVED, 207; PERMISSION_DENIED on a send
// acknowledgement whose Reason says "user is mute" is USER_MUTED_BY_ADMIN,
// 219). A code without a native equivalent still has a classification and
// a hint of its own ([Error.Retryable], [Error.Hint]). The raw msync status
// in StatusCode is never read as a native code: its numbers mean other
// things. An APIError becomes the *rest.Error that rest.FromResponse gives
// for its status, header and body, with its RequestID ([Error.REST]).
//
// The package does not import the SDK, which needs cgo and prebuilt native
// libraries: it recognises the SDK's types by their import path and name,
// and reads their exported fields by reflection, once per type. A field
// that is missing or of another type in a future release gives no code,
// never a panic, and a type of the same name at another path is not taken
// for the SDK's.
//
// The rows were read from the SDK's version 4.0.0-go, at the commits
// 01135a29 and f3b78f82 of its GO_IM_SDK module and bd7276d7, 8a23f85e and
// 57cbe60c of its root package sdk; the Operation names ("dns bootstrap",
// "provision", "session", "send ack" ...) are those that source gives.
// [Codes] lists the SDK's codes and [Explain] says what one means.
package imsdk
