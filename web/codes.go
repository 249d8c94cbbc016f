package web

// Code is an error number of the Agora Chat Web SDK: the type field of the
// error objects that the npm packages agora-chat and easemob-websdk (and
// their mini-program and uni-app builds) reject with or pass to onError.
//
// The Web SDK numbers its errors in a scheme of its own, not the native one
// of [chaterr.Code]: Web 605 is GROUP_NOT_EXIST, which native SDKs number
// 606, while native 605 is another error. Decode a Web number only with this
// type, and use [Code.Native] to reach the native code of the same meaning.
//
// The constants are every row of the reference table of Web codes, numbered
// as the newest packages send them, legacy (pre-4.0) rows included and
// marked Deprecated. Three numbers have two rows:
//
//   - 0 is REQUEST_SUCCESS on a success path, and
//     WEBIM_CONNCTION_USER_NOT_ASSIGN_ERROR in an error object;
//   - 55 is NOT_EXIST in current builds, and LOCAL_DB_OPERATION_FAILED in
//     releases before easemob-websdk 4.8.0 and agora-chat 1.3.1 (now 800);
//   - 304 is SERVER_GET_DNSLIST_FAILED, and was WEBIM_MESSAGE_REC_AUDIO.
//
// A Code's methods describe the live row of its number (the first one of
// each pair above); [Code.InErrorObject] gives the row that an error object
// with that type means, which [*Error] uses. Any other int is an
// undocumented code: Known reports false and String prints Code(1234).
//
// The line comment of each constant is the SDK's name for the code, which
// the generated String method returns. The Go name is that name re-cased
// (GROUP_NOT_EXIST, GroupNotExist), except LocalDBOperationFailedLegacy, the
// 55 of a name that 800 now has.
type Code int

// Request outcomes (-4 to -1): cancelled, refused or timed-out calls.
const (
	// The call was aborted before it could finish.
	RequestAbort Code = -4 // REQUEST_ABORT

	// An argument of an SDK call, or one the server echoed back, was refused as
	// not valid.
	RequestParameterError Code = -3 // REQUEST_PARAMETER_ERROR

	// The SDK failed in a way it could not put into a narrower code.
	RequestUnknown Code = -2 // REQUEST_UNKNOWN

	// The server did not answer in time, for a REST call or during the login
	// handshake.
	RequestTimeout Code = -1 // REQUEST_TIMEOUT
)

// Login, connection and general errors (0-57).
const (
	// Marks a resolved result as successful; on a success path, 0 means this
	// row.
	RequestSuccess Code = 0 // REQUEST_SUCCESS

	// Login got no user ID, or a user ID that is not a string; in a rejected
	// login, 0 means this row and not success.
	WebIMConnctionUserNotAssignError Code = 0 // WEBIM_CONNCTION_USER_NOT_ASSIGN_ERROR

	// Login could not start or complete: its arguments were wrong, another login
	// was in progress, or fetching the token failed.
	WebIMConnctionOpenError Code = 1 // WEBIM_CONNCTION_OPEN_ERROR

	// The server turned down the credentials given to log in, or an API was
	// called before the SDK was set up and logged in.
	WebIMConnctionAuthError Code = 2 // WEBIM_CONNCTION_AUTH_ERROR

	// The token request of a login kept failing with an error described by the
	// server.
	WebIMConnctionOpenUsergridError Code = 3 // WEBIM_CONNCTION_OPEN_USERGRID_ERROR

	// Attaching to an existing session failed in the old XMPP and BOSH
	// transport.
	//
	// Deprecated: no current Web SDK release sends it; it is kept so that a
	// report from an old client still decodes.
	WebIMConnctionAttachError Code = 4 // WEBIM_CONNCTION_ATTACH_ERROR

	// Attaching to a session with a REST (usergrid) token failed in the old
	// transport.
	//
	// Deprecated: no current Web SDK release sends it; it is kept so that a
	// report from an old client still decodes.
	WebIMConnctionAttachUsergridError Code = 5 // WEBIM_CONNCTION_ATTACH_USERGRID_ERROR

	// Reopening the connection failed in a pre-4.0 SDK.
	//
	// Deprecated: no current Web SDK release sends it; it is kept so that a
	// report from an old client still decodes.
	WebIMConnctionReopenError Code = 6 // WEBIM_CONNCTION_REOPEN_ERROR

	// A pre-4.0 SDK reported that the server had closed its connection.
	//
	// Deprecated: no current Web SDK release sends it; it is kept so that a
	// report from an old client still decodes.
	WebIMConnctionServerCloseError Code = 7 // WEBIM_CONNCTION_SERVER_CLOSE_ERROR

	// A pre-4.0 SDK reported a server failure at the connection level.
	//
	// Deprecated: no current Web SDK release sends it; it is kept so that a
	// report from an old client still decodes.
	WebIMConnctionServerError Code = 8 // WEBIM_CONNCTION_SERVER_ERROR

	// An XMPP IQ request failed in a pre-4.0 SDK.
	//
	// Deprecated: no current Web SDK release sends it; it is kept so that a
	// report from an old client still decodes.
	WebIMConnctionIQError Code = 9 // WEBIM_CONNCTION_IQ_ERROR

	// The keep-alive ping of a pre-4.0 SDK failed.
	//
	// Deprecated: no current Web SDK release sends it; it is kept so that a
	// report from an old client still decodes.
	WebIMConnctionPingError Code = 10 // WEBIM_CONNCTION_PING_ERROR

	// Announcing the client version failed in a pre-4.0 SDK.
	//
	// Deprecated: no current Web SDK release sends it; it is kept so that a
	// report from an old client still decodes.
	WebIMConnctionNotifyVersionError Code = 11 // WEBIM_CONNCTION_NOTIFYVERSION_ERROR

	// Trading the user's Agora token in for a token of the chat service did not
	// work.
	WebIMConnctionGetRosterError Code = 12 // WEBIM_CONNCTION_GETROSTER_ERROR

	// A cross-domain transport of a pre-4.0 SDK failed.
	//
	// Deprecated: no current Web SDK release sends it; it is kept so that a
	// report from an old client still decodes.
	WebIMConnctionCrossDomainError Code = 13 // WEBIM_CONNCTION_CROSSDOMAIN_ERROR

	// A pre-4.0 SDK stopped reconnecting after its retry cap.
	//
	// Deprecated: no current Web SDK release sends it; it is kept so that a
	// report from an old client still decodes.
	WebIMConnctionListeningOutOfMaxRetries Code = 14 // WEBIM_CONNCTION_LISTENING_OUTOF_MAXRETRIES

	// A pre-4.0 SDK could not parse the body of an incoming message.
	//
	// Deprecated: no current Web SDK release sends it; it is kept so that a
	// report from an old client still decodes.
	WebIMConnctionReceiveMsgContentError Code = 15 // WEBIM_CONNCTION_RECEIVEMSG_CONTENTERROR

	// An operation needed the WebSocket while it was down or not yet open.
	WebIMConnctionDisconnected Code = 16 // WEBIM_CONNCTION_DISCONNECTED

	// A REST call failed and the SDK had no narrower code for it; data usually
	// holds the response body.
	WebIMConnctionAJAXError Code = 17 // WEBIM_CONNCTION_AJAX_ERROR

	// Joining a room failed in a pre-4.0 SDK.
	//
	// Deprecated: no current Web SDK release sends it; it is kept so that a
	// report from an old client still decodes.
	WebIMConnctionJoinRoomError Code = 18 // WEBIM_CONNCTION_JOINROOM_ERROR

	// Listing rooms failed in a pre-4.0 SDK.
	//
	// Deprecated: no current Web SDK release sends it; it is kept so that a
	// report from an old client still decodes.
	WebIMConnctionGetRoomError Code = 19 // WEBIM_CONNCTION_GETROOM_ERROR

	// Fetching a room's details failed in a pre-4.0 SDK.
	//
	// Deprecated: no current Web SDK release sends it; it is kept so that a
	// report from an old client still decodes.
	WebIMConnctionGetRoomInfoError Code = 20 // WEBIM_CONNCTION_GETROOMINFO_ERROR

	// Fetching a room's members failed in a pre-4.0 SDK.
	//
	// Deprecated: no current Web SDK release sends it; it is kept so that a
	// report from an old client still decodes.
	WebIMConnctionGetRoomMemberError Code = 21 // WEBIM_CONNCTION_GETROOMMEMBER_ERROR

	// Fetching who was in a room failed in a pre-4.0 SDK.
	//
	// Deprecated: no current Web SDK release sends it; it is kept so that a
	// report from an old client still decodes.
	WebIMConnctionGetRoomOccupantsError Code = 22 // WEBIM_CONNCTION_GETROOMOCCUPANTS_ERROR

	// Loading the list of public chat rooms failed.
	WebIMConnctionLoadChatRoomError Code = 23 // WEBIM_CONNCTION_LOAD_CHATROOM_ERROR

	// A pre-4.0 setup had no chat rooms available.
	//
	// Deprecated: no current Web SDK release sends it; it is kept so that a
	// report from an old client still decodes.
	WebIMConnctionNotSupportChatRoomError Code = 24 // WEBIM_CONNCTION_NOT_SUPPORT_CHATROOM_ERROR

	// Entering a chat room failed in a pre-4.0 SDK.
	//
	// Deprecated: no current Web SDK release sends it; it is kept so that a
	// report from an old client still decodes.
	WebIMConnctionJoinChatRoomError Code = 25 // WEBIM_CONNCTION_JOINCHATROOM_ERROR

	// Leaving a chat room failed in a pre-4.0 SDK.
	//
	// Deprecated: no current Web SDK release sends it; it is kept so that a
	// report from an old client still decodes.
	WebIMConnctionQuitChatRoomError Code = 26 // WEBIM_CONNCTION_QUITCHATROOM_ERROR

	// The SDK had no usable app key when logging in.
	WebIMConnctionAppKeyNotAssignError Code = 27 // WEBIM_CONNCTION_APPKEY_NOT_ASSIGN_ERROR

	// A call carried no token because nobody is logged in, or the token of the
	// login was issued to a different user.
	WebIMConnctionTokenNotAssignError Code = 28 // WEBIM_CONNCTION_TOKEN_NOT_ASSIGN_ERROR

	// A pre-4.0 SDK had no BOSH session ID.
	//
	// Deprecated: no current Web SDK release sends it; it is kept so that a
	// report from an old client still decodes.
	WebIMConnctionSessionIDNotAssignError Code = 29 // WEBIM_CONNCTION_SESSIONID_NOT_ASSIGN_ERROR

	// A pre-4.0 SDK had no BOSH request ID.
	//
	// Deprecated: no current Web SDK release sends it; it is kept so that a
	// report from an old client still decodes.
	WebIMConnctionRIDNotAssignError Code = 30 // WEBIM_CONNCTION_RID_NOT_ASSIGN_ERROR

	// A success or failure callback supplied by the app raised an exception when
	// the SDK called it.
	WebIMConnctionCallbackInnerError Code = 31 // WEBIM_CONNCTION_CALLBACK_INNER_ERROR

	// The app sent a message while the user was logged out.
	WebIMConnctionClientOffline Code = 32 // WEBIM_CONNCTION_CLIENT_OFFLINE

	// A pre-4.0 SDK reported that the client had logged out.
	//
	// Deprecated: no current Web SDK release sends it; it is kept so that a
	// report from an old client still decodes.
	WebIMConnctionClientLogout Code = 33 // WEBIM_CONNCTION_CLIENT_LOGOUT

	// A pre-4.0 SDK reported that the client was overloaded, for reasons its
	// documentation never gave.
	//
	// Deprecated: no current Web SDK release sends it; it is kept so that a
	// report from an old client still decodes.
	WebIMConnctionClientTooMuchError Code = 34 // WEBIM_CONNCTION_CLIENT_TOO_MUCH_ERROR

	// A pre-4.0 status that a group invitation was accepted; it is not a
	// failure.
	//
	// Deprecated: no current Web SDK release sends it; it is kept so that a
	// report from an old client still decodes.
	WebIMConnectionAcceptInvitationFromGroup Code = 35 // WEBIM_CONNECTION_ACCEPT_INVITATION_FROM_GROUP

	// A pre-4.0 status that a group invitation was declined.
	//
	// Deprecated: no current Web SDK release sends it; it is kept so that a
	// report from an old client still decodes.
	WebIMConnectionDeclineInvitationFromGroup Code = 36 // WEBIM_CONNECTION_DECLINE_INVITATION_FROM_GROUP

	// A pre-4.0 status that a request to join a group was approved.
	//
	// Deprecated: no current Web SDK release sends it; it is kept so that a
	// report from an old client still decodes.
	WebIMConnectionAcceptJoinGroup Code = 37 // WEBIM_CONNECTION_ACCEPT_JOIN_GROUP

	// A pre-4.0 status that a request to join a group was turned down.
	//
	// Deprecated: no current Web SDK release sends it; it is kept so that a
	// report from an old client still decodes.
	WebIMConnectionDeclineJoinGroup Code = 38 // WEBIM_CONNECTION_DECLINE_JOIN_GROUP

	// Something, most often a send, was tried before login or after logout.
	WebIMConnectionClosed Code = 39 // WEBIM_CONNECTION_CLOSED

	// The WebSocket reported an error, in most cases because the server did not
	// accept the token during the connection.
	WebIMConnectionError Code = 40 // WEBIM_CONNECTION_ERROR

	// A quota or cap was reached, for example on daily, monthly or online users,
	// registrations, contacts, reactions, edits, rooms or translation; the
	// message names it.
	MaxLimit Code = 50 // MAX_LIMIT

	// The message that the call refers to, for example to report or pin it, was
	// not found.
	MessageNotFound Code = 51 // MESSAGE_NOT_FOUND

	// The token or the user may not make this REST call.
	NoPermission Code = 52 // NO_PERMISSION

	// The operation asked for is not supported.
	OperationUnsupported Code = 53 // OPERATION_UNSUPPORTED

	// The server will not allow the operation in the current state of things,
	// for example while another update of the same user attributes runs.
	OperationNotAllowed Code = 54 // OPERATION_NOT_ALLOWED

	// A member of the circleSdk build's enum in easemob-websdk that is never
	// sent and has no documented meaning.
	NotExist Code = 55 // NOT_EXIST

	// Former number of the failed local-database operation, which releases since
	// easemob-websdk 4.8.0 and agora-chat 1.3.1 send as 800.
	//
	// Deprecated: no current Web SDK release sends it; it is kept so that a
	// report from an old client still decodes.
	LocalDBOperationFailedLegacy Code = 55 // LOCAL_DB_OPERATION_FAILED

	// The login was turned down since its token has expired.
	WebIMTokenExpired Code = 56 // WEBIM_TOKEN_EXPIRED

	// Login was refused because the chat service is switched off for the app.
	WebIMServerServingDisabled Code = 57 // WEBIM_SERVER_SERVING_DISABLED
)

// Upload errors (100-103).
const (
	// A pre-4.0 SDK found that the browser could not upload the file.
	//
	// Deprecated: no current Web SDK release sends it; it is kept so that a
	// report from an old client still decodes.
	WebIMUploadFileBrowserError Code = 100 // WEBIM_UPLOADFILE_BROWSER_ERROR

	// An attachment or a shared file could not be uploaded, because of its size,
	// the network or the server.
	WebIMUploadFileError Code = 101 // WEBIM_UPLOADFILE_ERROR

	// An upload went out with no token, since the user was logged out.
	WebIMUploadFileNoLogin Code = 102 // WEBIM_UPLOADFILE_NO_LOGIN

	// A pre-4.0 SDK was asked to upload without a file.
	//
	// Deprecated: no current Web SDK release sends it; it is kept so that a
	// report from an old client still decodes.
	WebIMUploadFileNoFile Code = 103 // WEBIM_UPLOADFILE_NO_FILE
)

// Download errors and user sessions (200-223).
const (
	// An attachment or a shared file could not be downloaded, because of a
	// timeout, the network or an HTTP error.
	WebIMDownloadFileError Code = 200 // WEBIM_DOWNLOADFILE_ERROR

	// A pre-4.0 SDK tried a download while the user was logged out.
	//
	// Deprecated: no current Web SDK release sends it; it is kept so that a
	// report from an old client still decodes.
	WebIMDownloadFileNoLogin Code = 201 // WEBIM_DOWNLOADFILE_NO_LOGIN

	// A pre-4.0 SDK found that the browser could not download the file.
	//
	// Deprecated: no current Web SDK release sends it; it is kept so that a
	// report from an old client still decodes.
	WebIMDownloadFileBrowserError Code = 202 // WEBIM_DOWNLOADFILE_BROWSER_ERROR

	// The downloaded file of a combined message could not be read, checked or
	// parsed.
	ParseFileError Code = 203 // PARSE_FILE_ERROR

	// No user has this ID.
	UserNotFound Code = 204 // USER_NOT_FOUND

	// A message lacks something it needs, such as an ID or a receiver, or one of
	// its fields is not valid.
	MessageParameterError Code = 205 // MESSAGE_PARAMETER_ERROR

	// The server ended this session when the account signed in on another
	// device; data may hold that device's login extension.
	WebIMConnctionUserLoginAnotherDevice Code = 206 // WEBIM_CONNCTION_USER_LOGIN_ANOTHER_DEVICE

	// The session ended because the server deleted the account.
	WebIMConnctionUserRemoved Code = 207 // WEBIM_CONNCTION_USER_REMOVED

	// open() was called on a connection that is already logged in.
	WebIMUserAlreadyLogin Code = 208 // WEBIM_USER_ALREADY_LOGIN

	// The login was turned down since the account is signed in on as many
	// devices as it may be.
	UserLoginTooManyDevices Code = 214 // USER_LOGIN_TOO_MANY_DEVICES

	// The server ended this session after the password of the account was
	// changed.
	WebIMConnctionUserKickedByChangePassword Code = 216 // WEBIM_CONNCTION_USER_KICKED_BY_CHANGE_PASSWORD

	// This device was signed out by another device of the same account, or from
	// the console.
	WebIMConnctionUserKickedByOtherDevice Code = 217 // WEBIM_CONNCTION_USER_KICKED_BY_OTHER_DEVICE

	// A message was not sent since an admin muted the user in every conversation
	// of the app.
	UserMutedByAdmin Code = 219 // USER_MUTED_BY_ADMIN

	// The login was turned down since the server sees a different login device.
	UserDeviceChanged Code = 220 // USER_DEVICE_CHANGED

	// Sending failed because messages are limited to contacts and the receiver
	// is not one.
	UserNotFriend Code = 221 // USER_NOT_FRIEND

	// The attachment download was refused with HTTP 403 by the attachment access
	// rules.
	WebIMDownloadFileErrorNoPermission Code = 222 // WEBIM_DOWNLOADFILE_ERROR_NO_PERMISSION

	// The attachment was kept past its storage period and is gone (HTTP 404
	// file_expired).
	WebIMDownloadFileErrorExpired Code = 223 // WEBIM_DOWNLOADFILE_ERROR_EXPIRED
)

// Legacy message notices (300-317), and the DNS failure that reuses 304.
const (
	// A pre-4.0 notice that a text message arrived; it is not a failure.
	//
	// Deprecated: no current Web SDK release sends it; it is kept so that a
	// report from an old client still decodes.
	WebIMMessageRecText Code = 300 // WEBIM_MESSAGE_REC_TEXT

	// A pre-4.0 SDK received a text message that was malformed.
	//
	// Deprecated: no current Web SDK release sends it; it is kept so that a
	// report from an old client still decodes.
	WebIMMessageRecTextError Code = 301 // WEBIM_MESSAGE_REC_TEXT_ERROR

	// A pre-4.0 notice that an emoji message arrived.
	//
	// Deprecated: no current Web SDK release sends it; it is kept so that a
	// report from an old client still decodes.
	WebIMMessageRecEmotion Code = 302 // WEBIM_MESSAGE_REC_EMOTION

	// A pre-4.0 notice that an image message arrived.
	//
	// Deprecated: no current Web SDK release sends it; it is kept so that a
	// report from an old client still decodes.
	WebIMMessageRecPhoto Code = 303 // WEBIM_MESSAGE_REC_PHOTO

	// Fetching the list of server addresses (the DNS configuration) before login
	// failed.
	ServerGetDNSListFailed Code = 304 // SERVER_GET_DNSLIST_FAILED

	// A pre-4.0 notice that a voice message arrived; the number now means the
	// DNS failure.
	//
	// Deprecated: no current Web SDK release sends it; it is kept so that a
	// report from an old client still decodes.
	WebIMMessageRecAudio Code = 304 // WEBIM_MESSAGE_REC_AUDIO

	// A pre-4.0 notice that a voice file arrived.
	//
	// Deprecated: no current Web SDK release sends it; it is kept so that a
	// report from an old client still decodes.
	WebIMMessageRecAudioFile Code = 305 // WEBIM_MESSAGE_REC_AUDIO_FILE

	// A pre-4.0 notice that a video message arrived.
	//
	// Deprecated: no current Web SDK release sends it; it is kept so that a
	// report from an old client still decodes.
	WebIMMessageRecVedio Code = 306 // WEBIM_MESSAGE_REC_VEDIO

	// A pre-4.0 notice that a video file arrived.
	//
	// Deprecated: no current Web SDK release sends it; it is kept so that a
	// report from an old client still decodes.
	WebIMMessageRecVedioFile Code = 307 // WEBIM_MESSAGE_REC_VEDIO_FILE

	// A pre-4.0 notice that a file message arrived.
	//
	// Deprecated: no current Web SDK release sends it; it is kept so that a
	// report from an old client still decodes.
	WebIMMessageRecFile Code = 308 // WEBIM_MESSAGE_REC_FILE

	// A pre-4.0 notice that a text message went out.
	//
	// Deprecated: no current Web SDK release sends it; it is kept so that a
	// report from an old client still decodes.
	WebIMMessageSedText Code = 309 // WEBIM_MESSAGE_SED_TEXT

	// A pre-4.0 notice that an emoji message went out.
	//
	// Deprecated: no current Web SDK release sends it; it is kept so that a
	// report from an old client still decodes.
	WebIMMessageSedEmotion Code = 310 // WEBIM_MESSAGE_SED_EMOTION

	// A pre-4.0 notice that an image message went out.
	//
	// Deprecated: no current Web SDK release sends it; it is kept so that a
	// report from an old client still decodes.
	WebIMMessageSedPhoto Code = 311 // WEBIM_MESSAGE_SED_PHOTO

	// A pre-4.0 notice that a voice message went out.
	//
	// Deprecated: no current Web SDK release sends it; it is kept so that a
	// report from an old client still decodes.
	WebIMMessageSedAudio Code = 312 // WEBIM_MESSAGE_SED_AUDIO

	// A pre-4.0 notice that a voice file went out.
	//
	// Deprecated: no current Web SDK release sends it; it is kept so that a
	// report from an old client still decodes.
	WebIMMessageSedAudioFile Code = 313 // WEBIM_MESSAGE_SED_AUDIO_FILE

	// A pre-4.0 notice that a video message went out.
	//
	// Deprecated: no current Web SDK release sends it; it is kept so that a
	// report from an old client still decodes.
	WebIMMessageSedVedio Code = 314 // WEBIM_MESSAGE_SED_VEDIO

	// A pre-4.0 notice that a video file went out.
	//
	// Deprecated: no current Web SDK release sends it; it is kept so that a
	// report from an old client still decodes.
	WebIMMessageSedVedioFile Code = 315 // WEBIM_MESSAGE_SED_VEDIO_FILE

	// A pre-4.0 notice that a file message went out.
	//
	// Deprecated: no current Web SDK release sends it; it is kept so that a
	// report from an old client still decodes.
	WebIMMessageSedFile Code = 316 // WEBIM_MESSAGE_SED_FILE

	// A pre-4.0 SDK failed to send a message.
	//
	// Deprecated: no current Web SDK release sends it; it is kept so that a
	// report from an old client still decodes.
	WebIMMessageSedError Code = 317 // WEBIM_MESSAGE_SED_ERROR
)

// Legacy connection states (400-406) and speech-to-text errors (407-411).
const (
	// An old connection state, initialised, that was never meant as an error.
	//
	// Deprecated: no current Web SDK release sends it; it is kept so that a
	// report from an old client still decodes.
	StatusInit Code = 400 // STATUS_INIT

	// An old connection state, REST login under way, never meant as an error.
	//
	// Deprecated: no current Web SDK release sends it; it is kept so that a
	// report from an old client still decodes.
	StatusDoLoginUsergrid Code = 401 // STATUS_DOLOGIN_USERGRID

	// An old connection state, chat login under way, never meant as an error.
	//
	// Deprecated: no current Web SDK release sends it; it is kept so that a
	// report from an old client still decodes.
	StatusDoLoginIM Code = 402 // STATUS_DOLOGIN_IM

	// An old connection state, connected, never meant as an error.
	//
	// Deprecated: no current Web SDK release sends it; it is kept so that a
	// report from an old client still decodes.
	StatusOpened Code = 403 // STATUS_OPENED

	// A connection state, closing, that 4.x keeps internally and never reports
	// as an error.
	//
	// Deprecated: no current Web SDK release sends it; it is kept so that a
	// report from an old client still decodes.
	StatusClosing Code = 404 // STATUS_CLOSING

	// A connection state, closed, that 4.x keeps internally and never reports as
	// an error.
	//
	// Deprecated: no current Web SDK release sends it; it is kept so that a
	// report from an old client still decodes.
	StatusClosed Code = 405 // STATUS_CLOSED

	// An old connection state, failed, never sent as an error code.
	//
	// Deprecated: no current Web SDK release sends it; it is kept so that a
	// report from an old client still decodes.
	StatusError Code = 406 // STATUS_ERROR

	// Speech-to-text was handed a file it cannot use as voice, or audio options
	// that are not valid.
	FileInvalid Code = 407 // FILE_INVALID

	// Speech-to-text refused a clip longer than 60 seconds.
	FileDurationTooLong Code = 408 // FILE_DURATION_TOO_LONG

	// Transcribing the voice clip into text did not succeed.
	FileVoiceToTextFailed Code = 409 // FILE_VOICE_TO_TEXT_FAILED

	// Speech-to-text could not find the voice file: there was no URL, or the
	// server holds no such file.
	FileNotFound Code = 410 // FILE_NOT_FOUND

	// Speech-to-text turned down a voice file that is over the size limit.
	FileTooLarge Code = 411 // FILE_TOO_LARGE
)

// Message errors (500-514).
const (
	// The server is overloaded or rate-limiting (HTTP 429 or 503), or a step it
	// runs automatically, such as creating a conversation, failed.
	ServerBusy Code = 500 // SERVER_BUSY

	// The word filter refused the message for sensitive content.
	MessageIncludeIllegalContent Code = 501 // MESSAGE_INCLUDE_ILLEGAL_CONTENT

	// A pre-send rule or callback of the app itself stopped the message (server
	// status 19).
	MessageExternalLogicBlocked Code = 502 // MESSAGE_EXTERNAL_LOGIC_BLOCKED

	// The server reported a failure that the SDK maps to no narrower code, on a
	// send or on a REST call answered with 500.
	ServerUnknownError Code = 503 // SERVER_UNKNOWN_ERROR

	// The recall was refused because the time allowed for it is over.
	MessageRecallTimeLimit Code = 504 // MESSAGE_RECALL_TIME_LIMIT

	// The feature in use, such as recall, presence, editing or translation, is
	// not turned on for the app.
	ServiceNotEnabled Code = 505 // SERVICE_NOT_ENABLED

	// The group or chat room has muted all members, and the sender is not one of
	// those allowed to speak.
	ServiceNotAllowMessaging Code = 506 // SERVICE_NOT_ALLOW_MESSAGING

	// The sender has been muted in the group or chat room the message was for.
	ServiceNotAllowMessagingMute Code = 507 // SERVICE_NOT_ALLOW_MESSAGING_MUTE

	// A content-moderation service turned the message down.
	MessageModerationBlocked Code = 508 // MESSAGE_MODERATION_BLOCKED

	// The sender went over the rate at which one user may send (traffic limit).
	MessageCurrentLimiting Code = 509 // MESSAGE_CURRENT_LIMITING

	// Messages that were still waiting for an acknowledgement were failed when
	// the WebSocket went down or could not reconnect.
	MessageWebSocketDisconnected Code = 510 // MESSAGE_WEBSOCKET_DISCONNECTED

	// The message body is over the size limit.
	MessageSizeLimit Code = 511 // MESSAGE_SIZE_LIMIT

	// No acknowledgement came within 15 seconds after a message was sent.
	MessageSendTimeout Code = 512 // MESSAGE_SEND_TIMEOUT

	// Found in stream.errorType of a received stream message, not in an error
	// object: the gap between chunks was too long.
	MessageStreamIntervalTimeout Code = 513 // MESSAGE_STREAM_INTERVAL_TIMEOUT

	// Found in stream.errorType of a received stream message: the whole stream
	// took longer than its time limit.
	MessageStreamTimeout Code = 514 // MESSAGE_STREAM_TIMEOUT
)

// Group errors (601-609).
const (
	// The user is already a member of the group.
	GroupAlreadyJoined Code = 601 // GROUP_ALREADY_JOINED

	// The call or message is for a group that the user does not belong to.
	GroupNotJoined Code = 602 // GROUP_NOT_JOINED

	// A general refusal: the peer blocked the user, the user's role in a group
	// or room is too low, the message is someone else's to edit, or a REST call
	// got 403.
	PermissionDenied Code = 603 // PERMISSION_DENIED

	// A message failed with a server status the SDK did not recognise, or an
	// incoming message could not be decoded.
	WebIMLoadMsgError Code = 604 // WEBIM_LOAD_MSG_ERROR

	// No group has this ID.
	GroupNotExist Code = 605 // GROUP_NOT_EXIST

	// The group already has as many members as it may have.
	GroupMembersFull Code = 606 // GROUP_MEMBERS_FULL

	// A new group was asked for with a member cap above what the plan allows.
	GroupMembersLimit Code = 607 // GROUP_MEMBERS_LIMIT

	// The server has disabled the group.
	GroupIsDisabled Code = 608 // GROUP_IS_DISABLED

	// Setting the custom attributes of a group member failed.
	GroupMemberAttributesSetFailed Code = 609 // GROUP_MEMBER_ATTRIBUTES_SET_FAILED
)

// REST parameter and chat room errors (700-705).
const (
	// The SDK stopped a REST call before sending it, since the app key or the
	// token was missing or malformed.
	RESTParamsStatus Code = 700 // REST_PARAMS_STATUS

	// The user that the call acts on does not belong to the chat room.
	ChatRoomNotJoined Code = 702 // CHATROOM_NOT_JOINED

	// The chat room already has as many members as it may have.
	ChatRoomMembersFull Code = 704 // CHATROOM_MEMBERS_FULL

	// No chat room has this ID.
	ChatRoomNotExist Code = 705 // CHATROOM_NOT_EXIST
)

// Local cache and WebSocket write errors (800, 999).
const (
	// An operation on the local IndexedDB cache, such as loading or changing the
	// conversations stored there, failed.
	LocalDBOperationFailed Code = 800 // LOCAL_DB_OPERATION_FAILED

	// A frame could not be written to the WebSocket: sending it raised an
	// exception, or it could not be compressed.
	SDKRuntimeError Code = 999 // SDK_RUNTIME_ERROR
)

// Presence and reaction errors (1100-1103).
const (
	// A custom presence value is over the allowed length.
	PresenceParamExceed Code = 1100 // PRESENCE_PARAM_EXCEED

	// The user has added this reaction already.
	ReactionAlreadyAdded Code = 1101 // REACTION_ALREADY_ADDED

	// Another user is adding the same reaction at this very moment.
	ReactionCreating Code = 1102 // REACTION_CREATING

	// The user may not make this reaction change, for example removing another
	// user's reaction or reacting in a one-to-one chat they are not part of.
	ReactionOperationIsIllegal Code = 1103 // REACTION_OPERATION_IS_ILLEGAL
)

// Translation errors (1200-1204).
const (
	// The language code asked for as the target is not a valid one.
	TranslationNotValid Code = 1200 // TRANSLATION_NOT_VALID

	// The text sent for translation is over the length limit.
	TranslationTextTooLong Code = 1201 // TRANSLATION_TEXT_TOO_LONG

	// The translation service did not complete the request.
	TranslationFailed Code = 1204 // TRANSLATION_FAILED
)

// Thread and message-edit errors (1300-1304).
const (
	// No thread has this ID.
	ThreadNotExist Code = 1300 // THREAD_NOT_EXIST

	// The parent message has a thread already.
	ThreadAlreadyExist Code = 1301 // THREAD_ALREADY_EXIST

	// There is no such message to edit.
	ModifyMessageNotExist Code = 1302 // MODIFY_MESSAGE_NOT_EXIST

	// The new content of an edited message is not in a form the server accepts.
	ModifyMessageFormatError Code = 1303 // MODIFY_MESSAGE_FORMAT_ERROR

	// The server could not apply the edit to the message.
	ModifyMessageFailed Code = 1304 // MODIFY_MESSAGE_FAILED
)

// Conversation errors (1400).
const (
	// The server has no such conversation (REST error 91001).
	ConversationNotExist Code = 1400 // CONVERSATION_NOT_EXIST
)
