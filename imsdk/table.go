package imsdk

import (
	"strconv"
	"strings"

	"github.com/seed-a36dd713/chaterr"
)

// when is the condition under which a row applies to an SDK error of its
// code: each non-empty list must hold, Operation being one of ops, Reason
// containing one of reasons (in any ASCII letter case) and StatusCode
// being one of statuses. A row with no condition is the code's fallback.
type when struct {
	ops      []string
	reasons  []string
	statuses []int32
}

// row is one row of the project's table of the Go IM SDK's errors: the
// SDK's code, the condition that selects the row, the native code of the
// same meaning (none when ok is false), what it means, and, for a row
// without a native code or where the native code's advice does not fit,
// the classification and hint of its own.
type row struct {
	code    string
	when    when
	native  chaterr.Code
	ok      bool // native is set
	meaning string
	hint    string // "" for the native code's hint
	// Flags of a row without a native code; a row with one takes them
	// from it, and retryable may only add to them.
	retryable, timeout bool
}

// The SDK's Operation values, as its source names them.
var (
	// loginOps are the operations of a login, from the endpoint list to
	// the server's confirmation (provision).
	loginOps = []string{"login", "login endpoints", "websocket dial", "websocket handshake", "provision"}
	// dialOps are the operations that open the connection.
	dialOps     = []string{"websocket dial", "login endpoints"}
	provisionOp = []string{"provision"}
	dnsOp       = []string{"dns bootstrap"}
	kickOp      = []string{"session"}
	// sendAckOp are the operations of a send acknowledgement: "send ack",
	// and "send", as the result of Send is often written.
	sendAckOp = []string{"send ack", "send"}
)

// rows is every row of the project's go-im-sdk.tsv, in its order: within a
// code, the rows with a condition come before the code's fallback, and the
// first that holds applies. The conditions are the SDK's own where it makes
// the choice (the Operation, the msync status); the send acknowledgement's
// Reason phrases are the project's reading of the server's text, which the
// SDK passes through without looking at it.
var rows = func() []row {
	r := func(code string, w when, native chaterr.Code, meaning string) row {
		return row{code: code, when: w, native: native, ok: true, meaning: meaning}
	}
	own := func(code string, w when, meaning, hint string, retryable bool) row {
		return row{code: code, when: w, meaning: meaning, hint: hint, retryable: retryable}
	}
	return []row{
		r("DNS_ERROR", when{ops: dnsOp}, chaterr.ServerGetDNSListFailed, "The list of servers to connect to could not be fetched before login."),
		r("DNS_ERROR", when{}, chaterr.ConnectionDNSError, "A host name could not be resolved while connecting."),
		r("STREAM_CLOSED", when{ops: loginOps}, chaterr.ConnectionStreamClosed, "The connection closed while logging in."),
		r("STREAM_CLOSED", when{}, chaterr.NetworkError, "The connection to the server dropped."),
		r("TLS_FAILED", when{}, chaterr.ConnectionIOError, "The TLS handshake or a certificate check failed."),
		r("TIMEOUT", when{ops: dialOps}, chaterr.ConnectionTimeout, "Connecting to the server timed out."),
		r("TIMEOUT", when{ops: provisionOp}, chaterr.ConnectionProvisionTimeout, "The server did not confirm the login in time."),
		r("TIMEOUT", when{}, chaterr.ServerTimeout, "The server did not answer in time."),
		r("HANDSHAKE_ERROR", when{}, chaterr.ServerNotReachable, "The WebSocket upgrade was answered with an HTTP error."),
		r("IO_ERROR", when{ops: loginOps}, chaterr.ConnectionIOError, "A network read or write failed while logging in."),
		r("IO_ERROR", when{}, chaterr.NetworkError, "A network read or write failed."),
		r("NOT_CONNECTED", when{}, chaterr.NetworkError, "A call was made while the client was reconnecting."),
		r("NOT_LOGGED_IN", when{}, chaterr.UserNotLogin, "A call that needs a login was made before logging in, or Login got an empty user ID or token."),
		r("ALREADY_LOGGED_IN", when{}, chaterr.UserAlreadyLogin, "Login was called while a login was active."),
		own("CLIENT_CLOSED", when{}, "The client was closed, and a closed client does no more work.",
			"Create a new client; a call on a closed one is a bug in the program's lifecycle.", false),
		own("WRITE_BACKPRESSURE", when{}, "The queue of frames to write is full.",
			"Send less at once and try again after a short wait.", true),
		r("INVALID_TOKEN", when{}, chaterr.UserAuthenticationFailed, "The server refused the credentials."),
		r("TOKEN_EXPIRED", when{}, chaterr.TokenExpired, "The token has expired."),
		r("USER_NOT_FOUND", when{}, chaterr.UserNotFound, "The user ID does not exist."),
		r("IM_FORBIDDEN", when{}, chaterr.ServerServiceRestricted, "The server has disabled service for this user or app."),
		r("PERMISSION_DENIED", when{ops: provisionOp}, chaterr.UserAuthenticationFailed, "The server refused the login."),
		r("PERMISSION_DENIED", when{ops: sendAckOp, reasons: []string{"sensitive", "antispam"}}, chaterr.MessageIncludeIllegalContent, "Content filtering rejected the message."),
		r("PERMISSION_DENIED", when{ops: sendAckOp, reasons: []string{"user is mute"}}, chaterr.UserMutedByAdmin, "The sender is muted and cannot send."),
		r("PERMISSION_DENIED", when{ops: sendAckOp, reasons: []string{"traffic limit"}}, chaterr.MessageCurrentLimiting, "The sender hit the message rate limit."),
		r("PERMISSION_DENIED", when{ops: sendAckOp, reasons: []string{"data is too large"}}, chaterr.MessageSizeLimit, "The message is too large."),
		r("APP_ACTIVE_LIMIT", when{reasons: []string{"month live count limit", "day live count limit"}}, chaterr.AppActiveNumberReachLimitation, "The app reached its cap of active users."),
		r("APP_ACTIVE_LIMIT", when{reasons: []string{"online count limit"}}, chaterr.AppActiveNumberReachLimitation, "The app reached its cap of online users."),
		r("USER_BIND_ANOTHER_DEVICE", when{}, chaterr.UserBindAnotherDevice, "The user is bound to another device that takes precedence."),
		r("USER_LOGIN_TOO_MANY_DEVICES", when{}, chaterr.UserLoginTooManyDevices, "The user is logged in on too many devices."),
		r("USER_DEVICE_CHANGED", when{}, chaterr.UserDeviceChanged, "The login device was replaced."),
		r("AUTHENTICATION_FAILED", when{ops: kickOp, reasons: []string{"user removed"}}, chaterr.UserRemoved, "The account was removed."),
		r("AUTHENTICATION_FAILED", when{ops: kickOp, reasons: []string{"another device login"}}, chaterr.UserLoginAnotherDevice, "The user logged in on another device."),
		r("AUTHENTICATION_FAILED", when{ops: kickOp, reasons: []string{"kicked by other device"}}, chaterr.UserKickedByOtherDevice, "Another device forced this one to log out."),
		r("AUTHENTICATION_FAILED", when{ops: provisionOp}, chaterr.UserAuthenticationFailed, "The server refused the login."),
		own("AUTHENTICATION_FAILED", when{ops: sendAckOp}, "The server rejected a message and the SDK labels it an authentication failure.",
			"Read the Reason, the server's own words, to learn why the message was rejected.", false),
		r("PROTOCOL_ERROR", when{statuses: []int32{15}}, chaterr.UserMuted, "The user is muted."),
		r("PROTOCOL_ERROR", when{statuses: []int32{19}}, chaterr.MessageExternalLogicBlocked, "The app's own pre-send callback rejected the message."),
		own("PROTOCOL_ERROR", when{}, "A protocol or decoding failure with no single native equivalent.",
			"Log the Operation and Reason and report them with the SDK version; retrying the same call meets the same failure.", false),
		own("PROTOCOL_LIMIT", when{}, "A frame or ID exceeded the SDK's size limits.",
			"Shorten the message, its extension or the IDs it names to fit the SDK's limits.", false),
		r("REDIRECT_LOOP", when{}, chaterr.ServerNotReachable, "The server kept redirecting the connection."),
		r("REDIRECT_LIMIT", when{}, chaterr.ServerNotReachable, "Too many redirects while connecting."),
		own("HANDLER_FAILED", when{}, "The app's message handler failed (it panicked or returned an error).",
			"Fix the handler: the SDK moved past the batch it could not handle.", false),
		own("HANDLER_BACKLOG", when{}, "The app's message handlers fell behind and the SDK's queue is full.",
			"Slow down the work done per message, or hand it to workers of your own, so that the handler returns sooner.", true),
		own("CALLBACK_BACKLOG", when{}, "Login was refused while an earlier callback of the client was still running.",
			"Let the earlier callback return, then log in again.", true),
		{code: "KICKED_BY_PASSWORD_CHANGE", native: chaterr.UserKickedByChangePassword, ok: true, meaning: "The password changed, so the session ended."},
		{code: "SEND_OUTCOME_UNKNOWN", native: chaterr.ServerTimeout, ok: true, retryable: true,
			meaning: "No acknowledgement arrived in time, so the message may or may not have been delivered.",
			hint:    "Send again with the same ClientMessageID, so that the server drops the copy if the first one arrived."},
		own("MESSAGE_ID_EXHAUSTED", when{}, "The SDK's automatic message ID counter ran out.",
			"Give each message a ClientMessageID of your own; the automatic ones are used up for this client.", false),
	}
}()

// codes is every code of rows, in order, each once.
var codes = func() []string {
	var out []string
	seen := map[string]bool{}
	for _, r := range rows {
		if !seen[r.code] {
			seen[r.code] = true
			out = append(out, r.code)
		}
	}
	return out
}()

// Codes returns the Go IM SDK's documented codes, such as "TOKEN_EXPIRED",
// in the order of the project's table, as a new slice on each call.
func Codes() []string { return append([]string(nil), codes...) }

// Reading is one way the Go IM SDK's code is read: the condition under
// which it applies, in words, and what it means, with the native code of
// the same meaning when there is one.
type Reading struct {
	Code        string       // the SDK's code, such as "PERMISSION_DENIED"
	When        string       // the condition, such as `Operation "send ack", Reason contains "user is mute"`; "" for the code's fallback
	Native      chaterr.Code // the native code of the same meaning, when HasNative
	HasNative   bool
	Description string // what it means
	Hint        string // what to do
	Retryable   bool   // whether the same call may succeed later
}

// Explain returns every reading of the SDK's code, in the order they are
// tried, or nil when code is not documented. The code is matched exactly,
// as the SDK spells it.
func Explain(code string) []Reading {
	var out []Reading
	for i := range rows {
		r := &rows[i]
		if r.code != code {
			continue
		}
		out = append(out, r.reading())
	}
	return out
}

// String writes the condition in words.
func (w when) String() string {
	var parts []string
	if len(w.ops) > 0 {
		parts = append(parts, "Operation "+quoteAll(w.ops))
	}
	if len(w.reasons) > 0 {
		parts = append(parts, "Reason contains "+quoteAll(w.reasons))
	}
	if len(w.statuses) > 0 {
		s := make([]string, len(w.statuses))
		for i, n := range w.statuses {
			s[i] = strconv.Itoa(int(n))
		}
		parts = append(parts, "msync status "+strings.Join(s, " or "))
	}
	return strings.Join(parts, ", ")
}

func quoteAll(list []string) string {
	q := make([]string, len(list))
	for i, s := range list {
		q[i] = strconv.Quote(s)
	}
	return strings.Join(q, " or ")
}

// Lookup returns the reading that an SDK error with this code, Operation,
// Reason and msync status selects, as [Wrap] selects it, and whether the
// code has one. It is what a log scanner asks of the SDK's text
// "<Operation>: <Code>: <Reason>".
func Lookup(code, operation, reason string, status int) (Reading, bool) {
	r := selectRow(code, operation, reason, int32(status))
	if r == nil {
		return Reading{}, false
	}
	return r.reading(), true
}

// reading is r as a Reading.
func (r *row) reading() Reading {
	e := &Error{Code: r.code, row: r}
	return Reading{Code: r.code, When: r.when.String(), Native: r.native, HasNative: r.ok,
		Description: r.meaning, Hint: e.Hint(), Retryable: e.Retryable()}
}
