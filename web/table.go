package web

import "github.com/seed-a36dd713/chaterr"

// row is what the package knows about one row of the Web table: the code,
// its family and status, the native code of the same meaning, and our own
// description and hint. name is set only on a row whose number another row
// also uses and that is not the live one (String gives the live row's
// name); role says what such a row is for.
type row struct {
	code   Code
	cat    Category
	status Status
	native native
	// collides is set when native SDKs use the row's number for another
	// meaning (the collides column of the reference table).
	collides bool
	name     string
	role     role
	also     []string // other spellings of the name that Parse accepts
	hint     string
	// retryable, timeout, loginRequired and alreadyDone each give the
	// reason, one clause, why that classification holds for a row with no
	// native equivalent; empty means it does not. A row with a native
	// equivalent leaves them empty and answers from the native code.
	retryable, timeout, loginRequired, alreadyDone string
	// desc, what the row means in one sentence, is the first paragraph of
	// its constant's doc comment in codes.go, which go generate copies into
	// rowDocs (table_gen.go); it is filled from there when the package
	// starts.
	desc string
	// label is "WEB_" and the row's name, for Error.Label, made when the
	// package starts so that labelling allocates nothing.
	label string
}

// rowDoc is what the doc comment of a row's constant says, as go generate
// copies it into table_gen.go: the constant's name, the description and the
// text of the Deprecated notice.
type rowDoc struct{ name, desc, deprecated string }

// fillRows gives each row its description from table_gen.go. A stale
// table_gen.go, shorter than rows, leaves the new rows undocumented, which
// the tests report (run go generate ./...), rather than failing at
// start-up.
func fillRows() {
	for i := range rows {
		if i < len(rowDocs) {
			rows[i].desc = rowDocs[i].desc
		}
		name := rows[i].name
		if name == "" {
			name = rows[i].code.String()
		}
		rows[i].label = "WEB_" + name
	}
}

// native is the native code with the same meaning as a Web row, if any.
type native struct {
	code chaterr.Code
	ok   bool
}

// is names the native equivalent of a row.
func is(c chaterr.Code) native { return native{c, true} }

// role tells the rows of a shared number apart.
type role uint8

const (
	// roleLive is the row that Code's methods describe: every row whose
	// number no other row uses, and the current row of a shared number.
	roleLive role = iota
	// roleInError is the row that an error object with this number means,
	// when that is not the live row: 0 (a rejected login without a user
	// ID) and 55 (the local database failure of old releases).
	roleInError
	// roleFormer is a legacy row whose number was reused: 304's voice
	// message notice.
	roleFormer
)

// rows is the Web table: one row per row of the reference table, in
// ascending order of number, the live row of a shared number first. To add
// a Web code: its oracle row in testdata/web-codes.tsv (cut from the
// reference table), its constant in codes.go (the first paragraph of its
// doc comment is the description), its row here, then go generate ./...
// for the description, the String method and CODES.md; the tests name
// whichever is missing.
var rows = [...]row{
	// Request outcomes (-4 to -1)
	{code: RequestAbort, cat: CategoryRequest, status: StatusCurrent,
		hint: "Treat it as the app's own cancellation and do not retry unless the user asks again."},
	{code: RequestParameterError, cat: CategoryRequest, status: StatusCurrent, native: is(chaterr.InvalidParam),
		hint: "Log the call's arguments and fix the caller; retrying the same arguments fails again."},
	{code: RequestUnknown, cat: CategoryRequest, status: StatusCurrent, native: is(chaterr.GeneralError),
		hint: "Record the message and data fields with the SDK version and report them to the vendor if the failure repeats."},
	{code: RequestTimeout, cat: CategoryRequest, status: StatusCurrent, native: is(chaterr.ServerTimeout),
		hint: "Retry with backoff, and check the browser's network if timeouts keep coming from the same client."},
	// Login, connection and general (0-57)
	{code: RequestSuccess, cat: CategoryGeneral, status: StatusCurrent, native: is(chaterr.NoError),
		hint: "Nothing to fix: treat the call as done."},
	{code: WebIMConnctionUserNotAssignError, cat: CategoryConnection, status: StatusHidden, native: is(chaterr.InvalidUserName), collides: true,
		name: "WEBIM_CONNCTION_USER_NOT_ASSIGN_ERROR", role: roleInError,
		hint: "Pass the user ID to open() as a non-empty string before logging in."},
	{code: WebIMConnctionOpenError, cat: CategoryConnection, status: StatusCurrent, collides: true,
		hint: "Wait for any running login to settle, then check the user ID, password or token and call open() once."},
	{code: WebIMConnctionAuthError, cat: CategoryConnection, status: StatusCurrent, native: is(chaterr.UserAuthenticationFailed), collides: true,
		hint: "Initialise the connection and wait for login to succeed before other calls; if it was login itself, get the user a fresh token or password."},
	{code: WebIMConnctionOpenUsergridError, cat: CategoryConnection, status: StatusCurrent, collides: true,
		hint: "Read the server's description in the message and fix the credentials or app key it names before logging in again."},
	{code: WebIMConnctionAttachError, cat: CategoryConnection, status: StatusRemoved, collides: true,
		hint: "A 4.x client never sends it, so find and upgrade the pre-4.0 Web SDK that reported it."},
	{code: WebIMConnctionAttachUsergridError, cat: CategoryConnection, status: StatusRemoved, collides: true,
		hint: "Upgrade the reporting client to a 4.x Web SDK, which logs in with tokens instead."},
	{code: WebIMConnctionReopenError, cat: CategoryConnection, status: StatusRemoved, collides: true,
		hint: "Upgrade the reporting client, since current releases reconnect on their own and no longer send this."},
	{code: WebIMConnctionServerCloseError, cat: CategoryConnection, status: StatusRemoved, collides: true,
		hint: "Upgrade the old client; on a 4.x client the same event arrives through onDisconnected."},
	{code: WebIMConnctionServerError, cat: CategoryConnection, status: StatusRemoved, collides: true,
		hint: "Upgrade the old client and look for the failure again under the 4.x codes."},
	{code: WebIMConnctionIQError, cat: CategoryConnection, status: StatusRemoved,
		hint: "Upgrade the reporting client; XMPP requests are gone from 4.x."},
	{code: WebIMConnctionPingError, cat: CategoryConnection, status: StatusRemoved,
		hint: "Upgrade the old client, whose keep-alive is replaced by the 4.x heartbeat."},
	{code: WebIMConnctionNotifyVersionError, cat: CategoryConnection, status: StatusRemoved,
		hint: "Upgrade the reporting client to a current Web SDK."},
	{code: WebIMConnctionGetRosterError, cat: CategoryConnection, status: StatusCurrent,
		hint: "Issue the user a new Agora token from your token server and log in with it."},
	{code: WebIMConnctionCrossDomainError, cat: CategoryConnection, status: StatusRemoved,
		hint: "Upgrade the old client, which 4.x replaces with a WebSocket that needs no cross-domain shim."},
	{code: WebIMConnctionListeningOutOfMaxRetries, cat: CategoryConnection, status: StatusRemoved,
		hint: "Upgrade the old client and reconnect the user by logging in again."},
	{code: WebIMConnctionReceiveMsgContentError, cat: CategoryMessage, status: StatusRemoved,
		hint: "Upgrade the reporting client; a 4.x client reports undecodable messages as 604."},
	{code: WebIMConnctionDisconnected, cat: CategoryConnection, status: StatusCurrent,
		retryable: "the WebSocket is down for now, and the SDK reconnects, after which the operation can pass",
		hint:      "Wait for onConnected, or log in again, and then repeat the operation."},
	{code: WebIMConnctionAJAXError, cat: CategoryRequest, status: StatusCurrent,
		hint: "Read the HTTP status and the response in data to decide: retry on 429 or 5xx, fix the request on other 4xx."},
	{code: WebIMConnctionJoinRoomError, cat: CategoryChatRoom, status: StatusRemoved,
		hint: "Upgrade the old client and join with the 4.x chat-room API."},
	{code: WebIMConnctionGetRoomError, cat: CategoryChatRoom, status: StatusRemoved,
		hint: "Upgrade the old client and list rooms with the 4.x chat-room API."},
	{code: WebIMConnctionGetRoomInfoError, cat: CategoryChatRoom, status: StatusRemoved,
		hint: "Upgrade the old client and fetch details with the 4.x chat-room API."},
	{code: WebIMConnctionGetRoomMemberError, cat: CategoryChatRoom, status: StatusRemoved,
		hint: "Upgrade the old client and page members with the 4.x chat-room API."},
	{code: WebIMConnctionGetRoomOccupantsError, cat: CategoryChatRoom, status: StatusRemoved,
		hint: "Upgrade the old client; the 4.x member list replaces the occupant query."},
	{code: WebIMConnctionLoadChatRoomError, cat: CategoryChatRoom, status: StatusCurrent,
		hint: "Retry the list request after a pause, and check the app key and token if it keeps failing."},
	{code: WebIMConnctionNotSupportChatRoomError, cat: CategoryChatRoom, status: StatusRemoved,
		hint: "Upgrade the old client; chat rooms are part of every 4.x release."},
	{code: WebIMConnctionJoinChatRoomError, cat: CategoryChatRoom, status: StatusRemoved,
		hint: "Upgrade the old client and enter rooms with joinChatRoom of 4.x."},
	{code: WebIMConnctionQuitChatRoomError, cat: CategoryChatRoom, status: StatusRemoved,
		hint: "Upgrade the old client and leave rooms with leaveChatRoom of 4.x."},
	{code: WebIMConnctionAppKeyNotAssignError, cat: CategoryConnection, status: StatusCurrent, native: is(chaterr.InvalidAppKey),
		hint: "Set appKey in the connection options to the key shown in the console for this app."},
	{code: WebIMConnctionTokenNotAssignError, cat: CategoryConnection, status: StatusCurrent, native: is(chaterr.InvalidToken),
		hint: "Log the user in before the call, with a token issued for that same user ID."},
	{code: WebIMConnctionSessionIDNotAssignError, cat: CategoryConnection, status: StatusRemoved,
		hint: "Upgrade the old client; 4.x does not use BOSH sessions."},
	{code: WebIMConnctionRIDNotAssignError, cat: CategoryConnection, status: StatusRemoved,
		hint: "Upgrade the old client; 4.x does not use BOSH request IDs."},
	{code: WebIMConnctionCallbackInnerError, cat: CategoryOther, status: StatusCurrent,
		hint: "Fix the exception in your own callback; the stack is in the browser console, and the SDK call itself may have worked."},
	{code: WebIMConnctionClientOffline, cat: CategoryConnection, status: StatusCurrent, native: is(chaterr.UserNotLogin),
		hint: "Log the user in and wait for onConnected before sending."},
	{code: WebIMConnctionClientLogout, cat: CategoryConnection, status: StatusRemoved,
		hint: "Upgrade the old client; 4.x reports the same state as 39."},
	{code: WebIMConnctionClientTooMuchError, cat: CategoryConnection, status: StatusRemoved,
		hint: "Upgrade the old client, since no current release sends it and its cause is unknown."},
	{code: WebIMConnectionAcceptInvitationFromGroup, cat: CategoryGroup, status: StatusRemoved,
		hint: "Do not alert on it: it records an accepted invitation from an old client."},
	{code: WebIMConnectionDeclineInvitationFromGroup, cat: CategoryGroup, status: StatusRemoved,
		hint: "Do not alert on it: it records a declined invitation from an old client."},
	{code: WebIMConnectionAcceptJoinGroup, cat: CategoryGroup, status: StatusRemoved,
		hint: "Do not alert on it: it records an approved join request from an old client."},
	{code: WebIMConnectionDeclineJoinGroup, cat: CategoryGroup, status: StatusRemoved,
		hint: "Do not alert on it: it records a refused join request from an old client."},
	{code: WebIMConnectionClosed, cat: CategoryConnection, status: StatusCurrent, native: is(chaterr.UserNotLogin),
		hint: "Check isOpened() before sending and log the user in again when it is false."},
	{code: WebIMConnectionError, cat: CategoryConnection, status: StatusCurrent,
		loginRequired: "most often the server did not accept the token while connecting, which a login with a fresh token mends",
		hint:          "Renew the user's token and log in again; if it persists, check that the browser can reach the chat server's WebSocket address."},
	{code: MaxLimit, cat: CategoryGeneral, status: StatusCurrent,
		hint: "Read the message to learn which limit was hit, then raise it in the console or plan, or stop the client from going past it."},
	{code: MessageNotFound, cat: CategoryMessage, status: StatusCurrent,
		hint: "Check the message ID the call used, and drop the action if the message was recalled or expired."},
	{code: NoPermission, cat: CategoryGeneral, status: StatusCurrent,
		hint: "Check that the user's role allows the call and that the token belongs to that user."},
	{code: OperationUnsupported, cat: CategoryGeneral, status: StatusCurrent, native: is(chaterr.OperationUnsupported),
		hint: "Do not retry; check the feature against this SDK release and conversation type."},
	{code: OperationNotAllowed, cat: CategoryGeneral, status: StatusCurrent,
		retryable: "the server refuses it while a conflicting operation runs, and that operation ends",
		hint:      "Serialise the conflicting calls and repeat this one after the other has finished."},
	{code: NotExist, cat: CategoryOther, status: StatusEasemobOnly,
		hint: "Do not act on it: no release sends it, so a report with this number in an error object is the old local-database failure."},
	{code: LocalDBOperationFailedLegacy, cat: CategoryGeneral, status: StatusRemoved, native: is(chaterr.DatabaseError),
		name: "LOCAL_DB_OPERATION_FAILED", role: roleInError,
		hint: "Handle it as 800, and upgrade the client to a release that sends the current number."},
	{code: WebIMTokenExpired, cat: CategoryConnection, status: StatusCurrent, native: is(chaterr.TokenExpired),
		hint: "Fetch a new token from your token server and log in with it."},
	{code: WebIMServerServingDisabled, cat: CategoryConnection, status: StatusCurrent, native: is(chaterr.ServerServiceRestricted),
		hint: "Check the app's service status and account balance in the console; the client cannot fix it."},
	// Uploads (100-103)
	{code: WebIMUploadFileBrowserError, cat: CategoryFile, status: StatusRemoved, collides: true,
		hint: "Upgrade the old client; 4.x uploads work in every browser it supports."},
	{code: WebIMUploadFileError, cat: CategoryFile, status: StatusCurrent, native: is(chaterr.FileUploadFailed), collides: true,
		hint: "Check the file against the size limit, then retry the upload once the network is back."},
	{code: WebIMUploadFileNoLogin, cat: CategoryFile, status: StatusCurrent, native: is(chaterr.UserNotLogin), collides: true,
		hint: "Log the user in before uploading and then repeat the upload."},
	{code: WebIMUploadFileNoFile, cat: CategoryFile, status: StatusRemoved, collides: true,
		hint: "Upgrade the old client and pass a file object to the upload."},
	// Downloads and user sessions (200-223)
	{code: WebIMDownloadFileError, cat: CategoryFile, status: StatusCurrent, native: is(chaterr.FileDownloadFailed), collides: true,
		hint: "Retry the download, and check the HTTP status in the report for a missing or refused file."},
	{code: WebIMDownloadFileNoLogin, cat: CategoryFile, status: StatusRemoved, native: is(chaterr.UserNotLogin),
		hint: "Upgrade the old client and log the user in before downloading."},
	{code: WebIMDownloadFileBrowserError, cat: CategoryFile, status: StatusRemoved, collides: true,
		hint: "Upgrade the old client; 4.x downloads work in every browser it supports."},
	{code: ParseFileError, cat: CategoryFile, status: StatusCurrent, collides: true,
		hint: "Download the combined message again, and report it to the vendor if the same file keeps failing."},
	{code: UserNotFound, cat: CategoryUser, status: StatusCurrent, native: is(chaterr.UserNotFound),
		hint: "Check the user ID for typos and that the user is registered under this app key."},
	{code: MessageParameterError, cat: CategoryMessage, status: StatusCurrent, native: is(chaterr.MessageInvalid), collides: true,
		hint: "Fix how the client builds the message: give it an ID and a receiver (id and to) before sending or recalling it."},
	{code: WebIMConnctionUserLoginAnotherDevice, cat: CategoryUser, status: StatusCurrent, native: is(chaterr.UserLoginAnotherDevice),
		hint: "Tell the user they were signed in elsewhere and log in again only when they ask, or turn on multi-device login if both devices should stay online."},
	{code: WebIMConnctionUserRemoved, cat: CategoryUser, status: StatusCurrent, native: is(chaterr.UserRemoved),
		hint: "Sign the user out and clear their local data; do not log in again with that account."},
	{code: WebIMUserAlreadyLogin, cat: CategoryUser, status: StatusCurrent, native: is(chaterr.UserAlreadyLogin), collides: true,
		hint: "Treat it as success, or call close() first when switching to another account."},
	{code: UserLoginTooManyDevices, cat: CategoryUser, status: StatusEasemobOnly, native: is(chaterr.UserLoginTooManyDevices),
		hint: "Sign the account out of another device, or raise the device limit in the console."},
	{code: WebIMConnctionUserKickedByChangePassword, cat: CategoryUser, status: StatusCurrent, native: is(chaterr.UserKickedByChangePassword),
		hint: "Ask the user to log in again with the new password."},
	{code: WebIMConnctionUserKickedByOtherDevice, cat: CategoryUser, status: StatusCurrent, native: is(chaterr.UserKickedByOtherDevice),
		hint: "Tell the user this device was signed out, and wait for them to log in again."},
	{code: UserMutedByAdmin, cat: CategoryUser, status: StatusCurrent, native: is(chaterr.UserMutedByAdmin),
		hint: "Show the user that they are muted, and lift the mute in the console or REST API if it was a mistake."},
	{code: UserDeviceChanged, cat: CategoryUser, status: StatusEasemobOnly, native: is(chaterr.UserDeviceChanged),
		hint: "Log in again on this device with a fresh token, and check that the device ID stays the same between sessions."},
	{code: UserNotFriend, cat: CategoryUser, status: StatusCurrent, native: is(chaterr.UserNotFriend),
		hint: "Add the receiver as a contact first, or turn off the contacts-only setting in the console."},
	{code: WebIMDownloadFileErrorNoPermission, cat: CategoryFile, status: StatusCurrent,
		hint: "Grant the user access to the attachment, or stop offering the download to users who lack it."},
	{code: WebIMDownloadFileErrorExpired, cat: CategoryFile, status: StatusCurrent, native: is(chaterr.FileIsExpired),
		hint: "Show the file as expired; ask the sender to send it again if it is still needed."},
	// Legacy message notices (300-317) and the DNS failure that reuses 304
	{code: WebIMMessageRecText, cat: CategoryMessage, status: StatusRemoved, collides: true,
		hint: "Do not alert on it: it is a receipt notice from an old client."},
	{code: WebIMMessageRecTextError, cat: CategoryMessage, status: StatusRemoved, collides: true,
		hint: "Upgrade the old client; 4.x reports undecodable messages as 604."},
	{code: WebIMMessageRecEmotion, cat: CategoryMessage, status: StatusRemoved, collides: true,
		hint: "Do not alert on it: it is a receipt notice from an old client."},
	{code: WebIMMessageRecPhoto, cat: CategoryMessage, status: StatusRemoved, collides: true,
		hint: "Do not alert on it: it is a receipt notice from an old client."},
	{code: ServerGetDNSListFailed, cat: CategoryConnection, status: StatusCurrent, native: is(chaterr.ServerGetDNSListFailed),
		hint: "Check that the browser can reach the DNS configuration address, or set url and apiUrl in the options and turn isHttpDNS off."},
	{code: WebIMMessageRecAudio, cat: CategoryMessage, status: StatusRemoved, collides: true,
		name: "WEBIM_MESSAGE_REC_AUDIO", role: roleFormer,
		hint: "Do not alert on it, and read a 304 from a current client as the DNS failure."},
	{code: WebIMMessageRecAudioFile, cat: CategoryMessage, status: StatusRemoved, collides: true,
		hint: "Do not alert on it: it is a receipt notice from an old client."},
	{code: WebIMMessageRecVedio, cat: CategoryMessage, status: StatusRemoved, collides: true,
		hint: "Do not alert on it: it is a receipt notice from an old client."},
	{code: WebIMMessageRecVedioFile, cat: CategoryMessage, status: StatusRemoved, collides: true,
		hint: "Do not alert on it: it is a receipt notice from an old client."},
	{code: WebIMMessageRecFile, cat: CategoryMessage, status: StatusRemoved, collides: true,
		hint: "Do not alert on it: it is a receipt notice from an old client."},
	{code: WebIMMessageSedText, cat: CategoryMessage, status: StatusRemoved, collides: true,
		hint: "Do not alert on it: it is a send notice from an old client."},
	{code: WebIMMessageSedEmotion, cat: CategoryMessage, status: StatusRemoved,
		hint: "Do not alert on it: it is a send notice from an old client."},
	{code: WebIMMessageSedPhoto, cat: CategoryMessage, status: StatusRemoved,
		hint: "Do not alert on it: it is a send notice from an old client."},
	{code: WebIMMessageSedAudio, cat: CategoryMessage, status: StatusRemoved,
		hint: "Do not alert on it: it is a send notice from an old client."},
	{code: WebIMMessageSedAudioFile, cat: CategoryMessage, status: StatusRemoved,
		hint: "Do not alert on it: it is a send notice from an old client."},
	{code: WebIMMessageSedVedio, cat: CategoryMessage, status: StatusRemoved,
		hint: "Do not alert on it: it is a send notice from an old client."},
	{code: WebIMMessageSedVedioFile, cat: CategoryMessage, status: StatusRemoved,
		hint: "Do not alert on it: it is a send notice from an old client."},
	{code: WebIMMessageSedFile, cat: CategoryMessage, status: StatusRemoved,
		hint: "Do not alert on it: it is a send notice from an old client."},
	{code: WebIMMessageSedError, cat: CategoryMessage, status: StatusRemoved,
		hint: "Upgrade the old client; 4.x gives the reason of a failed send in its own codes."},
	// Legacy connection states (400-406) and speech-to-text (407-411)
	{code: StatusInit, cat: CategoryConnection, status: StatusRemoved, collides: true,
		hint: "Ignore it as an error: it is a connection state from an old client."},
	{code: StatusDoLoginUsergrid, cat: CategoryConnection, status: StatusRemoved, collides: true,
		hint: "Ignore it as an error: it is a connection state from an old client."},
	{code: StatusDoLoginIM, cat: CategoryConnection, status: StatusRemoved, collides: true,
		hint: "Ignore it as an error: it is a connection state from an old client."},
	{code: StatusOpened, cat: CategoryConnection, status: StatusRemoved, collides: true,
		hint: "Ignore it as an error: it is a connection state from an old client."},
	{code: StatusClosing, cat: CategoryConnection, status: StatusRemoved, collides: true,
		hint: "Ignore it as an error; if one arrives in a report, the client copied a state into it by mistake."},
	{code: StatusClosed, cat: CategoryConnection, status: StatusRemoved, collides: true,
		hint: "Ignore it as an error; if one arrives in a report, the client copied a state into it by mistake."},
	{code: StatusError, cat: CategoryConnection, status: StatusRemoved, collides: true,
		hint: "Ignore it as an error code and look in the report for the failure that put the old client in this state."},
	{code: FileInvalid, cat: CategoryFile, status: StatusEasemobOnly, native: is(chaterr.FileInvalid), collides: true,
		hint: "Pass a voice message's file with supported audio options to the transcription call."},
	{code: FileDurationTooLong, cat: CategoryFile, status: StatusEasemobOnly, native: is(chaterr.FileDurationTooLong),
		hint: "Transcribe only clips up to 60 seconds, or cut longer recordings before sending them."},
	{code: FileVoiceToTextFailed, cat: CategoryFile, status: StatusEasemobOnly, native: is(chaterr.FileVoiceToTextFailed),
		hint: "Retry the transcription once, then show the user that this clip cannot be transcribed."},
	{code: FileNotFound, cat: CategoryFile, status: StatusEasemobOnly, native: is(chaterr.FileNotFound),
		hint: "Pass a voice message whose file has been uploaded and still exists on the server."},
	{code: FileTooLarge, cat: CategoryFile, status: StatusEasemobOnly, native: is(chaterr.FileTooLarge),
		hint: "Record shorter or more compressed voice messages before asking for a transcription."},
	// Messages (500-514)
	{code: ServerBusy, cat: CategoryRequest, status: StatusCurrent, native: is(chaterr.ServerBusy), collides: true,
		hint: "Retry after a delay with backoff, and lower the client's request rate if it keeps happening."},
	{code: MessageIncludeIllegalContent, cat: CategoryMessage, status: StatusCurrent, native: is(chaterr.MessageIncludeIllegalContent),
		hint: "Tell the user the message was blocked for its wording; resending it unchanged fails again."},
	{code: MessageExternalLogicBlocked, cat: CategoryMessage, status: StatusCurrent, native: is(chaterr.MessageExternalLogicBlocked), collides: true,
		hint: "Look up why your own pre-send callback refused it; change the rule if the message should pass."},
	{code: ServerUnknownError, cat: CategoryRequest, status: StatusCurrent, native: is(chaterr.ServerUnknownError), collides: true,
		hint: "Retry once after a pause; if it repeats, report the time and message ID to the vendor."},
	{code: MessageRecallTimeLimit, cat: CategoryMessage, status: StatusCurrent, native: is(chaterr.MessageRecallTimeLimit),
		hint: "Stop offering recall for this message, or lengthen the recall window in the console."},
	{code: ServiceNotEnabled, cat: CategoryGeneral, status: StatusCurrent, native: is(chaterr.ServiceNotEnabled),
		hint: "Turn the feature on for this app in the console, or hide it in the client."},
	{code: ServiceNotAllowMessaging, cat: CategoryMessage, status: StatusCurrent, native: is(chaterr.MessageIllegalWhitelist), collides: true,
		hint: "Tell the sender that only listed members may speak now, or add them to the allow list."},
	{code: ServiceNotAllowMessagingMute, cat: CategoryMessage, status: StatusCurrent, native: is(chaterr.UserMuted), collides: true,
		hint: "Show the sender that they are muted here until an admin lifts it."},
	{code: MessageModerationBlocked, cat: CategoryMessage, status: StatusCurrent, native: is(chaterr.ThirdModerationFailed), collides: true,
		hint: "Tell the user the message did not pass moderation, and review the moderation rules if it should have."},
	{code: MessageCurrentLimiting, cat: CategoryMessage, status: StatusCurrent, native: is(chaterr.MessageCurrentLimiting),
		hint: "Slow the client's sending down and resend after a short wait."},
	{code: MessageWebSocketDisconnected, cat: CategoryMessage, status: StatusCurrent, collides: true,
		retryable: "the messages failed because the connection went down, and resending them once it is back can pass",
		hint:      "Resend the failed messages once the connection is back, using their local IDs to avoid duplicates."},
	{code: MessageSizeLimit, cat: CategoryMessage, status: StatusCurrent, native: is(chaterr.MessageSizeLimit), collides: true,
		hint: "Shorten the message, or send large content as a file attachment."},
	{code: MessageSendTimeout, cat: CategoryMessage, status: StatusCurrent, native: is(chaterr.ServerTimeout), collides: true,
		hint: "Check whether the message arrived before resending it, to avoid a duplicate."},
	{code: MessageStreamIntervalTimeout, cat: CategoryMessage, status: StatusEasemobOnly, native: is(chaterr.MessageStreamIntervalTimeout), collides: true,
		hint: "Show the streamed reply as cut off, and ask the bot or service that streams it to send chunks more often."},
	{code: MessageStreamTimeout, cat: CategoryMessage, status: StatusEasemobOnly, native: is(chaterr.MessageStreamTimeout),
		hint: "Show the streamed reply as unfinished, and make the streaming service end its replies sooner."},
	// Groups (601-609)
	{code: GroupAlreadyJoined, cat: CategoryGroup, status: StatusCurrent, native: is(chaterr.GroupAlreadyJoined),
		also: []string{"ALREADY_JOINED"},
		hint: "Treat the join as done and open the group."},
	{code: GroupNotJoined, cat: CategoryGroup, status: StatusCurrent, native: is(chaterr.GroupNotJoined),
		hint: "Join the group first, or refresh the client's group list if the user was removed."},
	{code: PermissionDenied, cat: CategoryGeneral, status: StatusCurrent, collides: true,
		hint: "Check the user's role and block lists for this target, and hide the action from users who may not do it."},
	{code: WebIMLoadMsgError, cat: CategoryMessage, status: StatusCurrent, collides: true,
		hint: "Look at data.errorCode and data.reason in the report for the server's status, and upgrade the SDK if the status is new."},
	{code: GroupNotExist, cat: CategoryGroup, status: StatusCurrent, native: is(chaterr.GroupNotExist), collides: true,
		hint: "Check the group ID, and remove the group from the client's list if it was dissolved."},
	{code: GroupMembersFull, cat: CategoryGroup, status: StatusCurrent, native: is(chaterr.GroupMembersFull), collides: true,
		hint: "Remove members or raise the group's member cap before adding more."},
	{code: GroupMembersLimit, cat: CategoryGroup, status: StatusCurrent, collides: true,
		hint: "Create the group with a smaller member cap, or upgrade the plan."},
	{code: GroupIsDisabled, cat: CategoryGroup, status: StatusCurrent, native: is(chaterr.GroupDisabled), collides: true,
		hint: "Re-enable the group through the REST API or console if it should be usable, and hide it from users meanwhile."},
	{code: GroupMemberAttributesSetFailed, cat: CategoryGroup, status: StatusCurrent, native: is(chaterr.GroupMemberAttributesUpdateFailed), collides: true,
		hint: "Check the keys and values against the attribute limits, then set them again."},
	// REST parameters and chat rooms (700-705)
	{code: RESTParamsStatus, cat: CategoryRequest, status: StatusCurrent, collides: true,
		loginRequired: "the call had no valid token, which a login provides",
		hint:          "Check the appKey option and log the user in so that REST calls carry a valid token."},
	{code: ChatRoomNotJoined, cat: CategoryChatRoom, status: StatusCurrent, native: is(chaterr.ChatRoomNotJoined),
		hint: "Join the chat room first, or refresh the member list if the user has left."},
	{code: ChatRoomMembersFull, cat: CategoryChatRoom, status: StatusCurrent, native: is(chaterr.ChatRoomMembersFull),
		hint: "Wait for members to leave, or raise the chat room's member cap."},
	{code: ChatRoomNotExist, cat: CategoryChatRoom, status: StatusCurrent, native: is(chaterr.ChatRoomNotExist),
		hint: "Check the chat room ID, and drop it from the client's list if it was deleted."},
	// Local cache and WebSocket writes (800, 999)
	{code: LocalDBOperationFailed, cat: CategoryGeneral, status: StatusCurrent, native: is(chaterr.DatabaseError),
		hint: "Check that the browser allows IndexedDB for the page (private mode and storage quotas block it), or turn the local cache off."},
	{code: SDKRuntimeError, cat: CategoryConnection, status: StatusCurrent,
		hint: "Reconnect and repeat the operation; if it recurs, report the browser and SDK version to the vendor."},
	// Presence and reactions (1100-1103)
	{code: PresenceParamExceed, cat: CategoryPresence, status: StatusCurrent, native: is(chaterr.PresenceParamLengthExceed),
		hint: "Keep the custom presence text within 1,024 bytes before publishing it."},
	{code: ReactionAlreadyAdded, cat: CategoryReaction, status: StatusCurrent, native: is(chaterr.ReactionHasBeenOperated), collides: true,
		hint: "Treat the reaction as added and update the client's view."},
	{code: ReactionCreating, cat: CategoryReaction, status: StatusCurrent,
		retryable: "another user is adding the same reaction at this moment, and that finishes",
		hint:      "Wait a moment and add the reaction again."},
	{code: ReactionOperationIsIllegal, cat: CategoryReaction, status: StatusCurrent, native: is(chaterr.ReactionOperationIsIllegal),
		hint: "Only let users change their own reactions in conversations they take part in."},
	// Translation (1200-1204)
	{code: TranslationNotValid, cat: CategoryTranslation, status: StatusCurrent, native: is(chaterr.TranslateParamInvalid), collides: true,
		hint: "Use a target language code from the translation service's list of supported languages."},
	{code: TranslationTextTooLong, cat: CategoryTranslation, status: StatusCurrent,
		hint: "Split the text into shorter parts before translating it."},
	{code: TranslationFailed, cat: CategoryTranslation, status: StatusCurrent, native: is(chaterr.TranslateMessageFail),
		hint: "Retry the translation later, and check that translation is enabled and within quota for the app."},
	// Threads and message edits (1300-1304)
	{code: ThreadNotExist, cat: CategoryThread, status: StatusCurrent, native: is(chaterr.ThreadNotExist), collides: true,
		hint: "Check the thread ID, and drop it from the client's view if the thread was removed."},
	{code: ThreadAlreadyExist, cat: CategoryThread, status: StatusCurrent, native: is(chaterr.ThreadAlreadyExist), collides: true,
		hint: "Open the existing thread of that message instead of creating one."},
	{code: ModifyMessageNotExist, cat: CategoryMessage, status: StatusCurrent, collides: true,
		hint: "Check the message ID, and stop offering edits for recalled or deleted messages."},
	{code: ModifyMessageFormatError, cat: CategoryMessage, status: StatusCurrent,
		hint: "Edit only text and custom messages, and keep the new body's type the same as the original's."},
	{code: ModifyMessageFailed, cat: CategoryMessage, status: StatusCurrent, native: is(chaterr.MessageEditFailed),
		hint: "Retry the edit once, and check the app's edit limit if it keeps failing."},
	// Conversations (1400)
	{code: ConversationNotExist, cat: CategoryConversation, status: StatusCurrent, native: is(chaterr.InvalidConversation), collides: true,
		hint: "Check the conversation ID and type, and remove it from the local list if the server no longer has it."},
}
