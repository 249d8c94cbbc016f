// Package scan finds Agora Chat SDK error codes in free text, such as the
// lines of an app's log, without mistaking timestamps, thread IDs, HTTP
// statuses or other programs' error numbers for them.
//
// A [Scanner] takes one line at a time and returns each code on it once,
// with where it stands and the [Context] that made it a code:
//
//	var s scan.Scanner
//	for _, m := range s.Line([]byte(`E/EMClient: onError: code=215, desc=x`)) {
//		fmt.Println(m.Code, m.Context) // USER_MUTED key
//	}
//
// # Rules
//
// A name is a code when it is a name an SDK prints for a documented code,
// spelled exactly as the SDK spells it (USER_MUTED, AgoraChatErrorUserMuted,
// EMErrorUserMuted): the word user_muted in a sentence is not a code. A
// code of the Go IM SDK (package imsdk) is a code in the shape of the SDK's
// own error text, "<Operation>: <Code>: <Reason>", also inside a quoted
// slog value, as the native code that its Operation and Reason select:
// "send ack: PERMISSION_DENIED: user is mute" is USER_MUTED_BY_ADMIN (219),
// and INVALID_TOKEN there is 202, not the native name's 104.
//
// A number is a code only in one of these contexts:
//
//   - [Callback]: onError or OnError, then "(", ":", "=" or a space:
//     onError(215, "x"), OnError(-1), onError: 508, onError 508; and an SDK
//     error type called with the number first: ChatError(603, ...),
//     HyphenateException(603, ...), and, for documented codes only,
//     Flutter's PlatformException(108, ...).
//   - [Key] with an error-code key: a word that is, or ends in, errorCode,
//     error_code, errCode or err_code (any letter case), then "=" or ":" or
//     a space: errorCode=215, "error_code": "215", errCode 215. The value may
//     also be an SDK name in any letter case: error_code=user_muted. A plain
//     "code" key right after "error", an SDK error type or onError counts
//     the same: error code: 215, ChatError{code: 9999}, onError: code=9999.
//   - [Phrase]: "code" and a space after "error" or an SDK error type:
//     error code 215, EMError code 606.
//   - [Key] with a plain key, for documented codes only: code, err or error
//     then "=", or code or err then ":", on a line that mentions an error, a
//     failure, an exception, a rejection, an expiry or a disconnection (in
//     Chinese too: 失败, 错误, 报错, 异常): code=215, "code":215, err=605;
//     "error: 1502" on a line that names the chat SDK (EMClient,
//     ChatManager, Agora, Easemob); and [Phrase] "code" after a failure
//     word, or a Chinese one before a mark of Chinese text: join failed:
//     code 605, 撤回消息失败，code 500, 发送失败 (code 500). A code key
//     may take the full-width colon of Chinese text, code：500, but onError
//     does not: 报错，onError：110 is the RTC SDK's as often.
//
// A number is a Web SDK code, in the Web SDK's own numbering, as the type of
// its error object, on a line that is not another component's: {type: 39,
// message: "..."}, onError type=206. [Match.Web] is that code and
// [Match.Code] the native code of its meaning (201 for Web 39), found with a
// description key after the number (message, msg, desc, reason) or on a
// line that mentions onError, the Web SDK, Easemob, uni-app or a
// mini-program (小程序). A Web code that no native code means (Web 16,
// WEBIM_CONNCTION_DISCONNECTED) has Code 0, and counts only on a line that
// names the Web SDK itself (websdk, WebIM, agora-chat, AgoraChat, each not
// inside a longer word: not WebImageView), since other libraries
// print {type: 3, message: "Saved"} too, and only if current releases send
// it as a failure: not a legacy notice or state such as 300 or 400.
//
// Nothing is a code when the word before the key names another system
// (http, status, response, exit, result, verification, sqlite, curl, ssl,
// errno and the like: "HTTP error code: 6", "status code: 200",
// "verification code: 757911"), when the key is another system's
// (statusCode, responseCode, SQLiteError(5), IOError(2)), when the line is
// another library's (OkHttp, SQLite, Firebase, NSURL, CFNetwork, curl,
// OpenSSL, Twilio, China's cloud, payment and push services) for plain
// keys and phrases, or when the key follows an iOS error domain that is not
// a chat one ("Error Domain=NSURLErrorDomain Code=-1200"). On a line that is
// not the chat SDK's, a plain code key is not a code in an API's error
// envelope with the code first and its message next, {"error": {"code":
// 404, "message": ...}} (Google's, JSON-RPC's), and the rest of the line,
// from there on, is that API's; nor, unless "error" comes before it, in a
// WebSocket's close event, {code: 1000, reason: ...}.
//
// The number must end its word: 215ms, 1.5 and 0x10 are not codes. Zero is
// never a code (it is success); a Match's Code is 0 only for a Web SDK code
// without a native one. A number that is not a documented code is
// reported only in a context that says it is a chat error code (the
// callbacks, error-code keys, "error code" and the SDK error types), and a
// negative one only in a callback: Apple's errors are negative
// ("error code: -1005"). A plain code=9999 is not reported.
//
// The cost of a line is linear in its length, whatever it holds: a rule
// reads only as far as the value after its key, the line is read for its
// marks (an error, the chat SDK, another library) at most once, and past a
// few codes those already found on the line are kept in a set, not
// searched in a list.
//
// # Reading a whole log
//
// [Index] finds where a code may begin a line's context, 16 bytes at a
// time, and a line on which it finds nothing holds no code: a reader of a
// whole log gives only the lines it points at to [Scanner.LineFrom], which
// reads each from that place. A Scanner also remembers the codes of its
// last 256 distinct lines of up to 256 bytes, by their shape: the line
// with each digit before its first letter (a timestamp, a pid) read as 0,
// since no rule reads those digits. A log that repeats a failure with a new
// timestamp is so read once per distinct message; about 100 KB per
// Scanner hold that memory.
package scan
