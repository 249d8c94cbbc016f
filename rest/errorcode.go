package rest

import (
	"cmp"
	"slices"
	"strconv"
)

// ErrorCode is the numeric error_code field that many failed REST answers
// carry beside the error string, such as 60002 with a 403. The Web SDK and
// the Go IM SDK read it before anything else in the body, and so does the
// package: [Error.ErrorCode] holds it, and the Web SDK's rules that read it
// (see [WebRules]) give an *Error its SDK meaning.
//
// The constants are every number that those rules read; each one's comment
// names the statuses it comes with and the Web SDK code it is read as, and
// [ErrorCode.Description] says what it means. Any other number is kept as
// it is: Known reports false. Like [Code], a bare ErrorCode is an error
// that errors.Is matches against an *Error carrying it.
type ErrorCode int

// The error_code values that the Web SDK's rules read, in ascending order.
const (
	// ErrorCode14403 comes with status 400; the Web SDK reads it as
	// WEBIM_UPLOADFILE_ERROR (101).
	ErrorCode14403 ErrorCode = 14403
	// ErrorCode15002 comes with status 403; the Web SDK reads it as
	// SERVICE_NOT_ENABLED (505).
	ErrorCode15002 ErrorCode = 15002
	// ErrorCode20004 comes with status 404; the Web SDK reads it as
	// GROUP_NOT_JOINED (602).
	ErrorCode20004 ErrorCode = 20004
	// ErrorCode40000 comes with status 403; the Web SDK reads it as
	// SERVICE_NOT_ENABLED (505).
	ErrorCode40000 ErrorCode = 40000
	// ErrorCode40001 comes with status 401; the Web SDK reads it as
	// NO_PERMISSION (52).
	ErrorCode40001 ErrorCode = 40001
	// ErrorCode40002 comes with status 400; the Web SDK reads it as
	// THREAD_ALREADY_EXIST (1301).
	ErrorCode40002 ErrorCode = 40002
	// ErrorCode40003 comes with status 403; the Web SDK reads it as
	// THREAD_ALREADY_EXIST (1301).
	ErrorCode40003 ErrorCode = 40003
	// ErrorCode40004 comes with status 403; the Web SDK reads it as
	// THREAD_ALREADY_EXIST (1301).
	ErrorCode40004 ErrorCode = 40004
	// ErrorCode40005 comes with status 403; the Web SDK reads it as
	// MAX_LIMIT (50).
	ErrorCode40005 ErrorCode = 40005
	// ErrorCode40006 comes with status 500; the Web SDK reads it as
	// SERVER_UNKNOWN_ERROR (503).
	ErrorCode40006 ErrorCode = 40006
	// ErrorCode40007 comes with status 403; the Web SDK reads it as
	// MAX_LIMIT (50).
	ErrorCode40007 ErrorCode = 40007
	// ErrorCode40008 comes with status 500; the Web SDK reads it as
	// SERVER_UNKNOWN_ERROR (503).
	ErrorCode40008 ErrorCode = 40008
	// ErrorCode40009 comes with status 400; the Web SDK reads it as
	// OPERATION_UNSUPPORTED (53).
	ErrorCode40009 ErrorCode = 40009
	// ErrorCode40010 comes with status 500; the Web SDK reads it as
	// SERVER_UNKNOWN_ERROR (503).
	ErrorCode40010 ErrorCode = 40010
	// ErrorCode40011 comes with status 404; the Web SDK reads it as
	// THREAD_NOT_EXIST (1300).
	ErrorCode40011 ErrorCode = 40011
	// ErrorCode40012 comes with status 404; the Web SDK reads it as
	// NO_PERMISSION (52).
	ErrorCode40012 ErrorCode = 40012
	// ErrorCode60001 comes with status 401; the Web SDK reads it as
	// NO_PERMISSION (52).
	ErrorCode60001 ErrorCode = 60001
	// ErrorCode60002 comes with status 403; the Web SDK reads it as
	// PERMISSION_DENIED (603).
	ErrorCode60002 ErrorCode = 60002
	// ErrorCode60003 comes with status 404; the Web SDK reads it as
	// GROUP_NOT_JOINED (602).
	ErrorCode60003 ErrorCode = 60003
	// ErrorCode60004 comes with status 403; the Web SDK reads it as
	// SERVICE_NOT_ENABLED (505).
	ErrorCode60004 ErrorCode = 60004
	// ErrorCode60005 comes with status 400; the Web SDK reads it as
	// GROUP_MEMBER_ATTRIBUTES_SET_FAILED (609).
	ErrorCode60005 ErrorCode = 60005
	// ErrorCode60006 comes with status 400; the Web SDK reads it as
	// MAX_LIMIT (50).
	ErrorCode60006 ErrorCode = 60006
	// ErrorCode60007 comes with status 400; the Web SDK reads it as
	// MAX_LIMIT (50).
	ErrorCode60007 ErrorCode = 60007
	// ErrorCode60009 comes with status 400; the Web SDK reads it as
	// MAX_LIMIT (50).
	ErrorCode60009 ErrorCode = 60009
	// ErrorCode60010 comes with status 400; the Web SDK reads it as
	// MAX_LIMIT (50) when the description names the single-value limit of
	// group-member metadata, and as NO_PERMISSION (52) otherwise.
	ErrorCode60010 ErrorCode = 60010
	// ErrorCode60011 comes with status 400; the Web SDK reads it as
	// CHATROOM_NOT_JOINED (702).
	ErrorCode60011 ErrorCode = 60011
	// ErrorCode60012 comes with status 400; the Web SDK reads it as
	// MAX_LIMIT (50).
	ErrorCode60012 ErrorCode = 60012
	// ErrorCode90004 comes with status 406; the Web SDK reads it as
	// OPERATION_NOT_ALLOWED (54).
	ErrorCode90004 ErrorCode = 90004
	// ErrorCode90005 comes with status 500; the Web SDK reads it as
	// REQUEST_UNKNOWN (-2).
	ErrorCode90005 ErrorCode = 90005
	// ErrorCode91001 comes with status 404; the Web SDK reads it as
	// CONVERSATION_NOT_EXIST (1400).
	ErrorCode91001 ErrorCode = 91001
	// ErrorCode91002 comes with status 403; the Web SDK reads it as
	// MAX_LIMIT (50).
	ErrorCode91002 ErrorCode = 91002
	// ErrorCode91101 comes with status 403; the Web SDK reads it as
	// MAX_LIMIT (50).
	ErrorCode91101 ErrorCode = 91101
	// ErrorCode91102 comes with status 403; the Web SDK reads it as
	// REQUEST_PARAMETER_ERROR (-3).
	ErrorCode91102 ErrorCode = 91102
	// ErrorCode91104 comes with status 400; the Web SDK reads it as
	// NO_PERMISSION (52).
	ErrorCode91104 ErrorCode = 91104
	// ErrorCode99999 comes with status 500; the Web SDK reads it as
	// REQUEST_UNKNOWN (-2).
	ErrorCode99999 ErrorCode = 99999
)

// errorCodes says what each documented error_code means, in ascending
// order; it is the one place where those meanings are written. The
// meanings are what the Web SDK makes of each number under its status, in
// the package's words: the server's documentation does not list them.
var errorCodes = []errorCodeRow{
	{ErrorCode14403, "A file upload was refused."},
	{ErrorCode15002, "A service that the call needs is not switched on for the app."},
	{ErrorCode20004, "The user is not a member of the group named."},
	{ErrorCode40000, "A service that the call needs is not switched on for the app."},
	{ErrorCode40001, "The token or user may not make this call."},
	{ErrorCode40002, "The message already has a thread, so another cannot be created for it."},
	{ErrorCode40003, "The message already has a thread, so another cannot be created for it."},
	{ErrorCode40004, "The message already has a thread, so another cannot be created for it."},
	{ErrorCode40005, "A count or size limit of the thread service was reached."},
	{ErrorCode40006, "The server failed and named no more specific reason."},
	{ErrorCode40007, "A count or size limit of the thread service was reached."},
	{ErrorCode40008, "The server failed and named no more specific reason."},
	{ErrorCode40009, "The server does not support the requested operation."},
	{ErrorCode40010, "The server failed and named no more specific reason."},
	{ErrorCode40011, "The thread named does not exist."},
	{ErrorCode40012, "The token or user may not use the thread named."},
	{ErrorCode60001, "The token or user may not make this call."},
	{ErrorCode60002, "The user's role does not allow this group or chat-room operation."},
	{ErrorCode60003, "The user is not a member of the group named."},
	{ErrorCode60004, "A service that the call needs is not switched on for the app."},
	{ErrorCode60005, "The group member's custom attributes could not be set."},
	{ErrorCode60006, "A count or size limit of group-member attributes was reached."},
	{ErrorCode60007, "A count or size limit of group-member attributes was reached."},
	{ErrorCode60009, "A count or size limit of group-member attributes was reached."},
	{ErrorCode60010, "A group-member attribute call was refused: a value over its size limit, or no permission."},
	{ErrorCode60011, "The user is not a member of the chat room named."},
	{ErrorCode60012, "A count or size limit of group-member attributes was reached."},
	{ErrorCode90004, "The server refuses the operation in the object's current state."},
	{ErrorCode90005, "The call failed and the server named no reason."},
	{ErrorCode91001, "The conversation named does not exist on the server."},
	{ErrorCode91002, "A count or size limit of conversations was reached."},
	{ErrorCode91101, "A count or size limit of conversations was reached."},
	{ErrorCode91102, "A parameter of the conversation call is not valid."},
	{ErrorCode91104, "The token or user may not make this conversation call."},
	{ErrorCode99999, "The call failed and the server named no reason."},
}

// errorCodeRow is one documented error_code and its meaning.
type errorCodeRow struct {
	code ErrorCode
	desc string
}

// ErrorCodes returns every documented error_code, in ascending order, as a
// new slice on each call.
func ErrorCodes() []ErrorCode {
	out := make([]ErrorCode, len(errorCodes))
	for i, e := range errorCodes {
		out[i] = e.code
	}
	return out
}

// Description returns one sentence on what c means, or "" when c is not
// documented. The Web SDK's reading of it under each status is in
// [WebRules]. It allocates nothing.
func (c ErrorCode) Description() string {
	i, ok := slices.BinarySearchFunc(errorCodes, c, func(r errorCodeRow, c ErrorCode) int { return cmp.Compare(r.code, c) })
	if !ok {
		return ""
	}
	return errorCodes[i].desc
}

// Known reports whether c is a documented error_code.
func (c ErrorCode) Known() bool { return c.Description() != "" }

// String returns the number in decimal, as the body carries it. Since an
// ErrorCode is an error, fmt's %v prints its Error text instead.
func (c ErrorCode) String() string { return strconv.Itoa(int(c)) }

// Error returns the text "error_code " and the number, so that a bare
// ErrorCode is an error that errors.Is can match against an [*Error].
func (c ErrorCode) Error() string { return "error_code " + c.String() }
