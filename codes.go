package chaterr

// Code is an error code that the native Agora Chat SDKs (Android, iOS,
// HarmonyOS, Unity, Windows) report in onError callbacks and return values.
//
// The valid values are the constants below: every code that current native
// SDK releases (2024-2026) document, numbered as those releases send them.
// Where a number's meaning moved between releases (605, 606, 900, 901 and
// 1500-1502), the constants follow current releases; [FromOldRelease] maps a
// number from an older release onto the current numbering. Any other int is
// an undocumented code: it is kept as it is, [Code.Known] reports false,
// [Code.String] prints it as Code(1234) and it matches only itself. A Code is
// an error in its own right, so a bare code can be returned and matched with
// [errors.Is]; but NoError (0) in an error is a non-nil error, so turn a code
// that may be 0 into an error with [FromSDK].
//
// The line comment of each constant is the SDK's own name for the code; the
// generated String method returns it, Code(1234) for an undocumented code,
// and PUSH_UNBIND_FAILED for the deprecated 902 (a name that [Parse] reads as
// 1502).
type Code int

// General errors (0-99).
const (
	// NoError is reported when an operation succeeds.
	NoError Code = 0 // EM_NO_ERROR

	// GeneralError is reported when the SDK was not initialized properly or
	// the server gave no specific reason for a failure.
	GeneralError Code = 1 // GENERAL_ERROR

	// NetworkError is reported when the connection to the server drops
	// because the network went away.
	NetworkError Code = 2 // NETWORK_ERROR

	// DatabaseError is reported when an operation on the SDK's local
	// database fails, for example because the database is not open or the
	// message to update is not stored.
	DatabaseError Code = 3 // DATABASE_ERROR

	// ExceedServiceLimit is reported when a request would take the app past a
	// quota of its pricing plan, such as the number of registered users, or
	// when an API's call-frequency limit is hit (the user-attribute APIs).
	ExceedServiceLimit Code = 4 // EXCEED_SERVICE_LIMIT

	// ServiceArrearages is reported when the account's balance is too low for
	// the service.
	//
	// Deprecated: the vendor lists this code as no longer used. It is kept so
	// that a report from an older release still matches.
	ServiceArrearages Code = 5 // SERVICE_ARREARAGES

	// PushReportActionFailed is reported when telling the server what the
	// user did with a push notification fails.
	PushReportActionFailed Code = 6 // PUSH_REPORT_ACTION_FAILED

	// PartialSuccess is reported when a request succeeded as a whole but some
	// of its items failed, as in a batch setting.
	PartialSuccess Code = 7 // PARTIAL_SUCCESS

	// AppActiveNumberReachLimitation is reported when the app has reached its
	// daily or monthly cap on active users.
	AppActiveNumberReachLimitation Code = 8 // APP_ACTIVE_NUMBER_REACH_LIMITATION
)

// Credential errors (100-199): app key, user ID, password, token and
// arguments.
const (
	// InvalidAppKey is reported when the app key given to the SDK is not valid.
	InvalidAppKey Code = 100 // INVALID_APP_KEY

	// InvalidUserName is reported when a user ID argument is not valid, for
	// example an empty ID when adding a contact.
	InvalidUserName Code = 101 // INVALID_USER_NAME

	// InvalidPassword is reported when the password given to log in is empty
	// or wrong.
	InvalidPassword Code = 102 // INVALID_PASSWORD

	// InvalidURL is reported when a URL given to the SDK is malformed.
	//
	// Deprecated: the vendor lists this code as no longer used. It is kept so
	// that a report from an older release still matches.
	InvalidURL Code = 103 // INVALID_URL

	// InvalidToken is reported when the token given to log in is empty or not
	// valid.
	InvalidToken Code = 104 // INVALID_TOKEN

	// UserNameTooLong is reported when a user ID is longer than 64 bytes.
	UserNameTooLong Code = 105 // USER_NAME_TOO_LONG

	// ChannelSyncNotOpen is reported when the server-side conversation list
	// is asked for but that feature is not enabled for the app.
	ChannelSyncNotOpen Code = 106 // CHANNEL_SYNC_NOT_OPEN

	// InvalidConversation is reported when a conversation is not valid: its
	// ID or type is wrong, or it does not exist.
	InvalidConversation Code = 107 // INVALID_CONVERSATION

	// TokenExpired is reported when the login token is past its validity
	// period.
	TokenExpired Code = 108 // TOKEN_EXPIRED

	// TokenWillExpire is reported when the login token is near the end of its
	// validity period, as a prompt to renew it: at half of the period, or at
	// 80 percent from Easemob SDK 4.15.0 on.
	TokenWillExpire Code = 109 // TOKEN_WILL_EXPIRE

	// InvalidParam is reported when an argument passed to the SDK is not
	// valid.
	InvalidParam Code = 110 // INVALID_PARAM

	// OperationUnsupported is reported when the operation is not supported by
	// this SDK release, message type or conversation type.
	OperationUnsupported Code = 111 // OPERATION_UNSUPPORTED

	// QueryParamReachesLimit is reported when a query asks for more items at
	// once than its limit allows.
	QueryParamReachesLimit Code = 112 // QUERY_PARAM_REACHES_LIMIT
)

// User errors (200-299): login sessions, accounts and devices.
const (
	// UserAlreadyLogin is reported when a login is attempted while the user
	// is already logged in.
	UserAlreadyLogin Code = 200 // USER_ALREADY_LOGIN

	// UserNotLogin is reported when an operation that needs a login session
	// is attempted without one.
	UserNotLogin Code = 201 // USER_NOT_LOGIN

	// UserAuthenticationFailed is reported when the server refuses the
	// credentials: the token is not valid or has expired, or the user ID or
	// password is wrong.
	UserAuthenticationFailed Code = 202 // USER_AUTHENTICATION_FAILED

	// UserAlreadyExist is reported when signing up a user ID that is already
	// registered.
	UserAlreadyExist Code = 203 // USER_ALREADY_EXIST

	// UserNotFound is reported when an operation names a user ID that does
	// not exist.
	UserNotFound Code = 204 // USER_NOT_FOUND

	// UserIllegalArgument is reported when a user argument, such as the user
	// ID to sign up, is empty or malformed.
	UserIllegalArgument Code = 205 // USER_ILLEGAL_ARGUMENT

	// UserLoginAnotherDevice is reported when, in single-device mode, a login
	// on another device logs this device out.
	UserLoginAnotherDevice Code = 206 // USER_LOGIN_ANOTHER_DEVICE

	// UserRemoved is reported when the user's account has been deleted on the
	// server.
	UserRemoved Code = 207 // USER_REMOVED

	// UserRegFailed is reported when signing up fails, for example because
	// open registration is turned off.
	UserRegFailed Code = 208 // USER_REG_FAILED

	// PushUpdateConfigsFailed is reported when updating the push settings,
	// such as the push nickname or do-not-disturb, fails. Easemob's Android
	// and HarmonyOS SDKs call it USER_UPDATEINFO_FAILED, and iOS
	// UpdateApnsConfigsFailed; [Parse] accepts both.
	PushUpdateConfigsFailed Code = 209 // PUSH_UPDATECONFIGS_FAILED

	// UserPermissionDenied is reported when the user lacks permission for an
	// operation: a blocked user sends a message, or a user edits another
	// user's message or member attributes.
	UserPermissionDenied Code = 210 // USER_PERMISSION_DENIED

	// UserBindDeviceTokenFailed is reported when binding the push token to
	// the device fails.
	UserBindDeviceTokenFailed Code = 211 // USER_BINDDEVICETOKEN_FAILED

	// UserUnbindDeviceTokenFailed is reported when unbinding the push token
	// from the device fails.
	UserUnbindDeviceTokenFailed Code = 212 // USER_UNBIND_DEVICETOKEN_FAILED

	// UserBindAnotherDevice is reported to a login attempt when another
	// device holds the session and the first device takes precedence.
	UserBindAnotherDevice Code = 213 // USER_BIND_ANOTHER_DEVICE

	// UserLoginTooManyDevices is reported to a login attempt when the user ID
	// is already logged in on as many devices as allowed.
	UserLoginTooManyDevices Code = 214 // USER_LOGIN_TOO_MANY_DEVICES

	// UserMuted is reported when a user muted in a group or chat room tries
	// to send a message there.
	UserMuted Code = 215 // USER_MUTED

	// UserKickedByChangePassword is reported when a password change ends the
	// current login session.
	UserKickedByChangePassword Code = 216 // USER_KICKED_BY_CHANGE_PASSWORD

	// UserKickedByOtherDevice is reported when another device or the back end
	// forces this device to log out.
	UserKickedByOtherDevice Code = 217 // USER_KICKED_BY_OTHER_DEVICE

	// UserAlreadyLoginAnother is reported when a login as one user is
	// attempted while another user is still logged in on the device.
	UserAlreadyLoginAnother Code = 218 // USER_ALREADY_LOGIN_ANOTHER

	// UserMutedByAdmin is reported when a user muted app-wide, or a member
	// of a group where everyone is muted, tries to send a message.
	UserMutedByAdmin Code = 219 // USER_MUTED_BY_ADMIN

	// UserDeviceChanged is reported when an automatic login finds that the
	// device differs from the last one and the first device takes
	// precedence.
	UserDeviceChanged Code = 220 // USER_DEVICE_CHANGED

	// UserNotFriend is reported when the recipient accepts messages only from
	// contacts and the sender is not one. The Android and HarmonyOS SDKs
	// call it USER_NOT_ON_ROSTER and iOS UserNotOnRoster (as in
	// AgoraChatErrorUserNotOnRoster); [Parse] accepts both.
	UserNotFriend Code = 221 // USER_NOT_FRIEND
)

// Server errors (300-399): reaching the server, its answers, and the
// connection that a login opens (350-354).
const (
	// ServerNotReachable is reported when a request cannot reach the server.
	ServerNotReachable Code = 300 // SERVER_NOT_REACHABLE

	// ServerTimeout is reported when the server does not answer a request in
	// time, usually 30 or 60 seconds.
	ServerTimeout Code = 301 // SERVER_TIMEOUT

	// ServerBusy is reported when the server is too busy to handle a request,
	// or when a call is repeated before the previous one returned.
	ServerBusy Code = 302 // SERVER_BUSY

	// ServerUnknownError is reported when the server fails with an error it
	// does not classify.
	ServerUnknownError Code = 303 // SERVER_UNKNOWN_ERROR

	// ServerGetDNSListFailed is reported when the SDK cannot fetch its server
	// configuration (the DNS list). Easemob Android releases before 4.22.0
	// reported this failure as 305.
	ServerGetDNSListFailed Code = 304 // SERVER_GET_DNSLIST_FAILED

	// ServerServiceRestricted is reported when the app's or the account's
	// chat service has been disabled or restricted on the server.
	ServerServiceRestricted Code = 305 // SERVER_SERVICE_RESTRICTED

	// ServerDecryptionFailed is reported when the SDK cannot decrypt data the
	// server sent.
	ServerDecryptionFailed Code = 306 // SERVER_DECRYPTION_FAILED

	// ServerGetRTCConfigFailed is reported when the SDK cannot fetch its
	// real-time (RTC) settings from the server. The newest iOS header and the
	// native core declare it; the Web SDK has no such code.
	ServerGetRTCConfigFailed Code = 307 // SERVER_GET_RTCCONFIG_FAILED

	// ServerNoMatchingURL is reported when the server's address list holds no
	// URL that fits the request the SDK is about to make. The newest iOS
	// header and the native core declare it; the Web SDK has no such code.
	ServerNoMatchingURL Code = 308 // SERVER_NO_MATCHING_URL

	// ServerResponseIllegal is reported when the server's response is
	// malformed.
	ServerResponseIllegal Code = 309 // SERVER_RESPONSE_ILLEGAL

	// ConnectionTimeout is reported when connecting to the server during a
	// login times out.
	ConnectionTimeout Code = 350 // CONNECTION_TIMEOUT

	// ConnectionDNSError is reported when a DNS look-up fails while
	// connecting to the server during a login.
	ConnectionDNSError Code = 351 // CONNECTION_DNS_ERROR

	// ConnectionIOError is reported when reading from or writing to the
	// socket fails while a login is opening its connection.
	ConnectionIOError Code = 352 // CONNECTION_IO_ERROR

	// ConnectionStreamClosed is reported when the stream closes while
	// connecting to the server during a login.
	ConnectionStreamClosed Code = 353 // CONNECTION_STREAM_CLOSED

	// ConnectionProvisionTimeout is reported when the server does not
	// confirm the login's credentials in time, after the connection opened.
	ConnectionProvisionTimeout Code = 354 // CONNECTION_PROVISION_TIMEOUT
)

// File errors (400-499): attachments, shared files, logs and voice files.
const (
	// FileNotFound is reported when a log file or an attachment to fetch is
	// missing.
	FileNotFound Code = 400 // FILE_NOT_FOUND

	// FileInvalid is reported when a file to upload, such as a group shared
	// file or an attachment, is not usable.
	FileInvalid Code = 401 // FILE_INVALID

	// FileUploadFailed is reported when uploading a file fails.
	FileUploadFailed Code = 402 // FILE_UPLOAD_FAILED

	// FileDownloadFailed is reported when downloading a file fails.
	FileDownloadFailed Code = 403 // FILE_DOWNLOAD_FAILED

	// FileDeleteFailed is reported when an old log file cannot be deleted.
	FileDeleteFailed Code = 404 // FILE_DELETE_FAILED

	// FileTooLarge is reported when a file is larger than the size limit,
	// 10 MB by default.
	FileTooLarge Code = 405 // FILE_TOO_LARGE

	// FileContentImproper is reported when a file's content breaks the
	// content rules.
	FileContentImproper Code = 406 // FILE_CONTENT_IMPROPER

	// FileIsExpired is reported when an attachment or shared file is past its
	// storage period, 7 days by default.
	FileIsExpired Code = 407 // FILE_IS_EXPIRED

	// FileDurationTooLong is reported when a voice file is longer than the
	// 60 seconds that transcription to text accepts.
	FileDurationTooLong Code = 408 // FILE_DURATION_TOO_LONG

	// FileVoiceToTextFailed is reported when transcribing a voice file to
	// text fails.
	FileVoiceToTextFailed Code = 409 // FILE_VOICE_TO_TEXT_FAILED
)

// Message errors (500-599): sending, recalling, editing and streaming
// messages.
const (
	// MessageInvalid is reported when a message to send is not valid: it is
	// empty, has no ID, or its sender is not the logged-in user.
	MessageInvalid Code = 500 // MESSAGE_INVALID

	// MessageIncludeIllegalContent is reported when the content filter
	// rejects a message.
	MessageIncludeIllegalContent Code = 501 // MESSAGE_INCLUDE_ILLEGAL_CONTENT

	// MessageSendTrafficLimit is reported when messages are sent faster than
	// the rate limit allows.
	MessageSendTrafficLimit Code = 502 // MESSAGE_SEND_TRAFFIC_LIMIT

	// MessageEncryptionError is reported when encrypting a message fails.
	//
	// Deprecated: the vendor lists this code as no longer used. It is kept so
	// that a report from an older release still matches.
	MessageEncryptionError Code = 503 // MESSAGE_ENCRYPTION_ERROR

	// MessageRecallTimeLimit is reported when recalling a message after its
	// recall period has passed.
	MessageRecallTimeLimit Code = 504 // MESSAGE_RECALL_TIME_LIMIT

	// ServiceNotEnabled is reported when a call needs a feature that has not
	// been enabled for the app.
	ServiceNotEnabled Code = 505 // SERVICE_NOT_ENABLED

	// MessageExpired is reported when a message is too old for the
	// operation, such as a group read receipt after 3 days.
	MessageExpired Code = 506 // MESSAGE_EXPIRED

	// MessageIllegalWhitelist is reported when a group or chat room has muted
	// everyone and the sender is not on its allow list.
	MessageIllegalWhitelist Code = 507 // MESSAGE_ILLEGAL_WHITELIST

	// MessageExternalLogicBlocked is reported when the app's own pre-send
	// callback rejects a message.
	MessageExternalLogicBlocked Code = 508 // MESSAGE_EXTERNAL_LOGIC_BLOCKED

	// MessageCurrentLimiting is reported when a user sends messages faster
	// than the per-user limit set for the app.
	MessageCurrentLimiting Code = 509 // MESSAGE_CURRENT_LIMITING

	// MessageSizeLimit is reported when a message body is larger than the
	// limit, 5 KB by default.
	MessageSizeLimit Code = 510 // MESSAGE_SIZE_LIMIT

	// MessageEditFailed is reported when editing a sent message fails.
	MessageEditFailed Code = 511 // MESSAGE_EDIT_FAILED

	// MessageStreamIntervalTimeout is reported when more than 30 seconds pass
	// between two chunks of a streamed message, which ends the stream.
	MessageStreamIntervalTimeout Code = 512 // MESSAGE_STREAM_INTERVAL_TIMEOUT

	// MessageStreamTimeout is reported when sending a streamed message takes
	// longer than 30 minutes in all.
	MessageStreamTimeout Code = 513 // MESSAGE_STREAM_TIMEOUT
)

// Group errors (600-699): groups, their members and their shared files.
const (
	// GroupInvalidID is reported when a group ID is empty or not valid.
	GroupInvalidID Code = 600 // GROUP_INVALID_ID

	// GroupAlreadyJoined is reported when joining a group the user is already
	// a member of.
	GroupAlreadyJoined Code = 601 // GROUP_ALREADY_JOINED

	// GroupNotJoined is reported when sending to or operating on a group the
	// user is not a member of.
	GroupNotJoined Code = 602 // GROUP_NOT_JOINED

	// GroupPermissionDenied is reported when the user's group role does not
	// allow an operation, such as a member adding an admin.
	GroupPermissionDenied Code = 603 // GROUP_PERMISSION_DENIED

	// GroupMembersFull is reported when a group already has as many members
	// as it may.
	GroupMembersFull Code = 604 // GROUP_MEMBERS_FULL

	// GroupSharedFileInvalidID is reported when a group shared-file ID is
	// empty or not valid. Releases from before the 605/606 swap reported this
	// as 606; see [FromOldRelease].
	GroupSharedFileInvalidID Code = 605 // GROUP_SHARED_FILE_INVALIDID

	// GroupNotExist is reported when operating on a group that does not exist
	// or was dissolved. Releases from before the 605/606 swap, and the 2023
	// Unity and Windows documentation, reported this as 605; see
	// [FromOldRelease].
	GroupNotExist Code = 606 // GROUP_NOT_EXIST

	// GroupDisabled is reported when operating on a group that has been
	// disabled.
	GroupDisabled Code = 607 // GROUP_DISABLED

	// GroupNameViolation is reported when a group name breaks the content
	// rules.
	GroupNameViolation Code = 608 // GROUP_NAME_VIOLATION

	// GroupMemberAttributesReachLimit is reported when a member's custom
	// attributes would exceed 4 KB in total.
	GroupMemberAttributesReachLimit Code = 609 // GROUP_MEMBER_ATTRIBUTES_REACH_LIMIT

	// GroupMemberAttributesUpdateFailed is reported when setting a member's
	// custom attributes fails.
	GroupMemberAttributesUpdateFailed Code = 610 // GROUP_MEMBER_ATTRIBUTES_UPDATE_FAILED

	// GroupMemberAttributesKeyReachLimit is reported when a member attribute
	// key is longer than 16 bytes.
	GroupMemberAttributesKeyReachLimit Code = 611 // GROUP_MEMBER_ATTRIBUTES_KEY_REACH_LIMIT

	// GroupMemberAttributesValueReachLimit is reported when a member
	// attribute value is longer than 512 bytes.
	GroupMemberAttributesValueReachLimit Code = 612 // GROUP_MEMBER_ATTRIBUTES_VALUE_REACH_LIMIT

	// GroupUserInBlocklist is reported when a user on the group's block list
	// acts on the group.
	GroupUserInBlocklist Code = 613 // GROUP_USER_IN_BLOCKLIST
)

// Chat room errors (700-799).
const (
	// ChatRoomInvalidID is reported when a chat room ID is empty or not
	// valid.
	ChatRoomInvalidID Code = 700 // CHATROOM_INVALID_ID

	// ChatRoomAlreadyJoined is reported when joining a chat room the user is
	// already in.
	ChatRoomAlreadyJoined Code = 701 // CHATROOM_ALREADY_JOINED

	// ChatRoomNotJoined is reported when sending to or operating on a chat
	// room the user is not in.
	ChatRoomNotJoined Code = 702 // CHATROOM_NOT_JOINED

	// ChatRoomPermissionDenied is reported when the user's chat room role
	// does not allow an operation, such as a member adding an admin.
	ChatRoomPermissionDenied Code = 703 // CHATROOM_PERMISSION_DENIED

	// ChatRoomMembersFull is reported when a chat room already has as many
	// members as it may.
	ChatRoomMembersFull Code = 704 // CHATROOM_MEMBERS_FULL

	// ChatRoomNotExist is reported when operating on a chat room that does
	// not exist.
	ChatRoomNotExist Code = 705 // CHATROOM_NOT_EXIST

	// ChatRoomOwnerNotAllowLeave is reported when the owner of a chat room
	// tries to leave it while the SDK option allowChatroomOwnerLeave is off.
	// Agora iOS releases before v1.3.0 used 706 for a chat room message of
	// invalid priority instead.
	ChatRoomOwnerNotAllowLeave Code = 706 // CHATROOM_OWNER_NOT_ALLOW_LEAVE

	// ChatRoomUserInBlocklist is reported when a user on the chat room's
	// block list acts on the room.
	ChatRoomUserInBlocklist Code = 707 // CHATROOM_USER_IN_BLOCKLIST
)

// User attribute errors (900-999). The 2023 Unity and Windows documentation
// listed push errors here; SDK headers have always used 900 and 901 for user
// attributes, and the push errors are 1500-1502. Early releases put the
// translation errors at 903-905, before they moved to 1110-1113.
const (
	// UserInfoUserCountExceed is reported when user attributes are asked for
	// more than 100 users at once.
	UserInfoUserCountExceed Code = 900 // USERINFO_USERCOUNT_EXCEED

	// UserInfoDataLengthExceed is reported when the user attributes to set
	// are longer than 2 KB for one user.
	UserInfoDataLengthExceed Code = 901 // USERINFO_DATALENGTH_EXCEED

	// PushUnbindFailedLegacy is the number that the 2023 Unity and Windows
	// documentation gave to a failure to unbind the third-party push token.
	// No SDK header defines 902; releases report that failure as
	// [PushUnbindFailed]. Its String is PUSH_UNBIND_FAILED, as the
	// documentation had it, and [Parse] of that name gives 1502.
	//
	// Deprecated: no SDK release sends 902; match [PushUnbindFailed].
	PushUnbindFailedLegacy Code = 902 // PUSH_UNBIND_FAILED

	// TranslateInvalidParams is the number that early Agora Chat releases
	// and Easemob's 2022 iOS header gave to a translation request with a bad
	// argument. The iOS header spells it TranslateParamInvaid.
	//
	// Deprecated: current releases report this as [TranslateParamInvalid]
	// (1110), and 903 is not reused.
	TranslateInvalidParams Code = 903 // TRANSLATE_INVALID_PARAMS

	// TranslateFail is the number that early releases gave to a translation
	// request that the service could not complete.
	//
	// Deprecated: current releases report this as [TranslateMessageFail]
	// (1113), and 904 is not reused.
	TranslateFail Code = 904 // TRANSLATE_FAIL

	// TranslateNotInit is the number that early releases gave to a
	// translation request made while the translation service was not set up
	// for the app.
	//
	// Deprecated: current releases report this as
	// [TranslateServiceNotEnable] (1111), and 905 is not reused.
	TranslateNotInit Code = 905 // TRANSLATE_NOT_INIT
)

// Contact errors (1000-1099).
const (
	// ContactAddFailed is reported when adding a contact fails.
	ContactAddFailed Code = 1000 // CONTACT_ADD_FAILED

	// ContactReachLimit is reported when the inviting user already has as
	// many contacts as allowed.
	ContactReachLimit Code = 1001 // CONTACT_REACH_LIMIT

	// ContactReachLimitPeer is reported when the invited user already has as
	// many contacts as allowed.
	ContactReachLimitPeer Code = 1002 // CONTACT_REACH_LIMIT_PEER
)

// Presence errors (1100-1109).
const (
	// PresenceParamLengthExceed is reported when a presence argument is
	// longer than 64 bytes, or when presence is not enabled for the app.
	PresenceParamLengthExceed Code = 1100 // PRESENCE_PARAM_LENGTH_EXCEED

	// PresenceCannotSubscribeYourself is reported when a user subscribes to
	// their own presence.
	PresenceCannotSubscribeYourself Code = 1101 // PRESENCE_CANNOT_SUBSCRIBE_YOURSELF
)

// Translation errors (1110-1199).
const (
	// TranslateParamInvalid is reported when a translation argument is not
	// valid.
	TranslateParamInvalid Code = 1110 // TRANSLATE_PARAM_INVALID

	// TranslateServiceNotEnable is reported when translation is requested but
	// the service is not enabled for the app.
	TranslateServiceNotEnable Code = 1111 // TRANSLATE_SERVICE_NOT_ENABLE

	// TranslateUsageLimit is reported when the app's translation quota is used
	// up.
	TranslateUsageLimit Code = 1112 // TRANSLATE_USAGE_LIMIT

	// TranslateMessageFail is reported when translating a message fails.
	TranslateMessageFail Code = 1113 // TRANSLATE_MESSAGE_FAIL
)

// Moderation errors (1200-1299).
const (
	// ThirdModerationFailed is reported when the third-party moderation
	// service rejects a message. The name is the Unity and Windows spelling;
	// Android and HarmonyOS call it MODERATION_FAILED, which [Parse] accepts.
	ThirdModerationFailed Code = 1200 // THIRD_MODERATION_FAILED

	// ThirdDefaultFailed is reported when a moderation service other than the
	// third-party one rejects a message. The name is the Unity and Windows
	// spelling; the Android and HarmonyOS SDKs call it THIRD_SERVER_FAILED,
	// which [Parse] accepts.
	ThirdDefaultFailed Code = 1299 // THIRD_DEFAULT_FAILED
)

// Reaction errors (1300-1399).
const (
	// ReactionReachLimit is reported when a message already carries as many
	// reactions as allowed.
	ReactionReachLimit Code = 1300 // REACTION_REACH_LIMIT

	// ReactionHasBeenOperated is reported when a user adds a reaction they
	// have already added.
	ReactionHasBeenOperated Code = 1301 // REACTION_HAS_BEEN_OPERATED

	// ReactionOperationIsIllegal is reported when a user may not perform a
	// reaction operation.
	ReactionOperationIsIllegal Code = 1302 // REACTION_OPERATION_IS_ILLEGAL
)

// Thread errors (1400-1499).
const (
	// ThreadNotExist is reported when operating on a thread that does not
	// exist.
	ThreadNotExist Code = 1400 // THREAD_NOT_EXIST

	// ThreadAlreadyExist is reported when creating a thread on a message that
	// already has one.
	ThreadAlreadyExist Code = 1401 // THREAD_ALREADY_EXIST

	// ThreadCreateMessageIllegal is reported when the parent message of a
	// thread is not valid, for example because it was recalled.
	ThreadCreateMessageIllegal Code = 1402 // THREAD_CREATE_MESSAGE_ILLEGAL
)

// Push errors (1500-1599). The 2023 Unity and Windows documentation listed
// these names at 900-902.
const (
	// PushNotSupport is reported when the device cannot use the push
	// provider that the app set up (FCM on a phone without Google services,
	// say). iOS headers give this name the value 1403, which this package
	// cannot tell from an undocumented code.
	PushNotSupport Code = 1500 // PUSH_NOT_SUPPORT

	// PushBindFailed is reported when uploading (binding) the third-party
	// push token to the server fails.
	PushBindFailed Code = 1501 // PUSH_BIND_FAILED

	// PushUnbindFailed is reported when unbinding the third-party push token
	// fails.
	PushUnbindFailed Code = 1502 // PUSH_UNBIND_FAILED
)
