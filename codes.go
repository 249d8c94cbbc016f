package chaterr

// Code is an error code that the native Agora Chat SDKs (Android, iOS,
// HarmonyOS, Unity, Windows) report in onError callbacks and return values.
//
// The valid values are the constants below: every code that current native
// SDK releases (2024-2026) document, numbered as those releases send them.
// Where a number's meaning moved between releases, the constants follow
// current releases: [Code.ReleaseNote] says what the number meant elsewhere,
// and [FromOldRelease] maps a number from a release before the 605/606 swap
// onto the current numbering. Any other int is
// an undocumented code: it is kept as it is, [Code.Known] reports false,
// [Code.String] prints it as Code(1234) and it matches only itself. A Code is
// an error in its own right, so a bare code can be returned and matched with
// [errors.Is]; but NoError (0) in an error is a non-nil error, so turn a code
// that may be 0 into an error with [FromSDK].
//
// The first paragraph of each constant's doc comment is the code's
// description, which [Code.Description] returns; a Deprecated paragraph
// makes [Code.Deprecated] true. The line comment of each constant is the
// SDK's own name for the code; the generated String method returns it,
// Code(1234) for an undocumented code, and PUSH_UNBIND_FAILED for the
// deprecated 902 (a name that [Parse] reads as 1502).
type Code int

// General errors (0-99).
const (
	// The operation completed successfully.
	NoError Code = 0 // EM_NO_ERROR

	// The SDK was not initialized properly, or the server gave no specific
	// reason for the failure.
	GeneralError Code = 1 // GENERAL_ERROR

	// The connection to the server was lost because the network went down.
	NetworkError Code = 2 // NETWORK_ERROR

	// An operation on the SDK's local database failed, for example because it
	// is not open or the message is not stored.
	DatabaseError Code = 3 // DATABASE_ERROR

	// The request would exceed a quota of the app's pricing plan, or an API was
	// called more often than its frequency limit allows.
	ExceedServiceLimit Code = 4 // EXCEED_SERVICE_LIMIT

	// The account's balance is too low for the service (no longer used).
	//
	// Deprecated: the vendor lists this code as no longer used. It is kept so
	// that a report from an older release still matches.
	ServiceArrearages Code = 5 // SERVICE_ARREARAGES

	// Reporting what the user did with a push notification to the server
	// failed.
	PushReportActionFailed Code = 6 // PUSH_REPORT_ACTION_FAILED

	// The request succeeded as a whole, but some of its items failed.
	PartialSuccess Code = 7 // PARTIAL_SUCCESS

	// The app has reached its daily or monthly cap on active users.
	AppActiveNumberReachLimitation Code = 8 // APP_ACTIVE_NUMBER_REACH_LIMITATION
)

// Credential errors (100-199): app key, user ID, password, token and
// arguments.
const (
	// The app key is not valid.
	InvalidAppKey Code = 100 // INVALID_APP_KEY

	// A user ID argument is not valid, for example empty.
	InvalidUserName Code = 101 // INVALID_USER_NAME

	// The login password is empty or wrong.
	InvalidPassword Code = 102 // INVALID_PASSWORD

	// A URL given to the SDK is malformed (no longer used).
	//
	// Deprecated: the vendor lists this code as no longer used. It is kept so
	// that a report from an older release still matches.
	InvalidURL Code = 103 // INVALID_URL

	// The login token is empty or not valid.
	InvalidToken Code = 104 // INVALID_TOKEN

	// The user ID is longer than the 64-byte limit.
	UserNameTooLong Code = 105 // USER_NAME_TOO_LONG

	// The server-side conversation list is not enabled for the app.
	ChannelSyncNotOpen Code = 106 // CHANNEL_SYNC_NOT_OPEN

	// The conversation is not valid: its ID or type is wrong, or it does not
	// exist.
	InvalidConversation Code = 107 // INVALID_CONVERSATION

	// The login token has expired.
	TokenExpired Code = 108 // TOKEN_EXPIRED

	// The login token is near the end of its validity period and should be
	// renewed.
	TokenWillExpire Code = 109 // TOKEN_WILL_EXPIRE

	// An argument passed to the SDK is not valid.
	InvalidParam Code = 110 // INVALID_PARAM

	// The operation is not supported by this SDK release, message type or
	// conversation type.
	OperationUnsupported Code = 111 // OPERATION_UNSUPPORTED

	// The query asks for more items at once than its limit allows.
	QueryParamReachesLimit Code = 112 // QUERY_PARAM_REACHES_LIMIT
)

// User errors (200-299): login sessions, accounts and devices.
const (
	// The user is already logged in.
	UserAlreadyLogin Code = 200 // USER_ALREADY_LOGIN

	// There is no valid login session for the operation.
	UserNotLogin Code = 201 // USER_NOT_LOGIN

	// The server refused the credentials because the token is not valid or has
	// expired, or the user ID or password is wrong.
	UserAuthenticationFailed Code = 202 // USER_AUTHENTICATION_FAILED

	// The user ID to register is already taken.
	UserAlreadyExist Code = 203 // USER_ALREADY_EXIST

	// The user ID does not exist.
	UserNotFound Code = 204 // USER_NOT_FOUND

	// A user argument, such as the user ID to register, is empty or malformed.
	UserIllegalArgument Code = 205 // USER_ILLEGAL_ARGUMENT

	// A login on another device logged this device out because only one device
	// may be logged in.
	UserLoginAnotherDevice Code = 206 // USER_LOGIN_ANOTHER_DEVICE

	// The user's account was deleted on the server.
	UserRemoved Code = 207 // USER_REMOVED

	// Registration failed, for example because open registration is turned off.
	UserRegFailed Code = 208 // USER_REG_FAILED

	// Updating the push settings, such as the push nickname or do-not-disturb,
	// failed.
	PushUpdateConfigsFailed Code = 209 // PUSH_UPDATECONFIGS_FAILED

	// The user lacks permission for the operation, for example because they are
	// blocked or the message is someone else's.
	UserPermissionDenied Code = 210 // USER_PERMISSION_DENIED

	// Binding the push token to this device failed.
	UserBindDeviceTokenFailed Code = 211 // USER_BINDDEVICETOKEN_FAILED

	// Unbinding the push token from this device failed.
	UserUnbindDeviceTokenFailed Code = 212 // USER_UNBIND_DEVICETOKEN_FAILED

	// The login was refused because another device holds the session and the
	// first device takes precedence.
	UserBindAnotherDevice Code = 213 // USER_BIND_ANOTHER_DEVICE

	// The login was refused because the user ID is already logged in on as many
	// devices as allowed.
	UserLoginTooManyDevices Code = 214 // USER_LOGIN_TOO_MANY_DEVICES

	// The user is muted in this group or chat room and cannot send messages
	// there.
	UserMuted Code = 215 // USER_MUTED

	// The account's password was changed, which ended this login session.
	UserKickedByChangePassword Code = 216 // USER_KICKED_BY_CHANGE_PASSWORD

	// Another device or the back end forced this device to log out.
	UserKickedByOtherDevice Code = 217 // USER_KICKED_BY_OTHER_DEVICE

	// Another user is still logged in on this device and must log out first.
	UserAlreadyLoginAnother Code = 218 // USER_ALREADY_LOGIN_ANOTHER

	// The user is muted app-wide, or everyone in the conversation is muted.
	UserMutedByAdmin Code = 219 // USER_MUTED_BY_ADMIN

	// The automatic login found a different device from the last one while the
	// first device takes precedence.
	UserDeviceChanged Code = 220 // USER_DEVICE_CHANGED

	// The recipient accepts messages only from contacts, and the sender is not
	// one of them.
	UserNotFriend Code = 221 // USER_NOT_FRIEND
)

// Server errors (300-399): reaching the server, its answers, and the
// connection that a login opens (350-354).
const (
	// The request could not reach the server.
	ServerNotReachable Code = 300 // SERVER_NOT_REACHABLE

	// The server did not answer the request in time, usually 30 or 60 seconds.
	ServerTimeout Code = 301 // SERVER_TIMEOUT

	// The server is too busy, or the same call was repeated before the previous
	// one returned.
	ServerBusy Code = 302 // SERVER_BUSY

	// The server failed with an error it does not classify.
	ServerUnknownError Code = 303 // SERVER_UNKNOWN_ERROR

	// The SDK could not fetch its server configuration (the DNS list).
	ServerGetDNSListFailed Code = 304 // SERVER_GET_DNSLIST_FAILED

	// The app's or account's chat service is disabled or restricted on the
	// server.
	ServerServiceRestricted Code = 305 // SERVER_SERVICE_RESTRICTED

	// The SDK could not decrypt data that the server sent.
	ServerDecryptionFailed Code = 306 // SERVER_DECRYPTION_FAILED

	// The SDK could not fetch its real-time (RTC) settings from the server.
	ServerGetRTCConfigFailed Code = 307 // SERVER_GET_RTCCONFIG_FAILED

	// No address in the server's list fits the request the SDK was about to
	// make.
	ServerNoMatchingURL Code = 308 // SERVER_NO_MATCHING_URL

	// The server's response was malformed.
	ServerResponseIllegal Code = 309 // SERVER_RESPONSE_ILLEGAL

	// Connecting to the server during login timed out.
	ConnectionTimeout Code = 350 // CONNECTION_TIMEOUT

	// A DNS look-up failed while connecting to the server during login.
	ConnectionDNSError Code = 351 // CONNECTION_DNS_ERROR

	// An I/O error occurred while connecting to the server during login.
	ConnectionIOError Code = 352 // CONNECTION_IO_ERROR

	// The stream closed while connecting to the server during login.
	ConnectionStreamClosed Code = 353 // CONNECTION_STREAM_CLOSED

	// Authentication timed out while connecting to the server during login.
	ConnectionProvisionTimeout Code = 354 // CONNECTION_PROVISION_TIMEOUT
)

// File errors (400-499): attachments, shared files, logs and voice files.
const (
	// The log file or attachment to fetch could not be found.
	FileNotFound Code = 400 // FILE_NOT_FOUND

	// The file to upload, such as a group shared file or an attachment, is not
	// usable.
	FileInvalid Code = 401 // FILE_INVALID

	// Uploading the file failed.
	FileUploadFailed Code = 402 // FILE_UPLOAD_FAILED

	// Downloading the file failed.
	FileDownloadFailed Code = 403 // FILE_DOWNLOAD_FAILED

	// An old log file could not be deleted.
	FileDeleteFailed Code = 404 // FILE_DELETE_FAILED

	// The file is larger than the size limit, 10 MB by default.
	FileTooLarge Code = 405 // FILE_TOO_LARGE

	// The file's content breaks the content rules.
	FileContentImproper Code = 406 // FILE_CONTENT_IMPROPER

	// The attachment or shared file is past its storage period, 7 days by
	// default.
	FileIsExpired Code = 407 // FILE_IS_EXPIRED

	// The voice file is longer than the 60 seconds that transcription to text
	// accepts.
	FileDurationTooLong Code = 408 // FILE_DURATION_TOO_LONG

	// Transcribing the voice file to text failed.
	FileVoiceToTextFailed Code = 409 // FILE_VOICE_TO_TEXT_FAILED
)

// Message errors (500-599): sending, recalling, editing and streaming
// messages.
const (
	// The message is not valid: it is empty, has no ID, or its sender is not
	// the logged-in user.
	MessageInvalid Code = 500 // MESSAGE_INVALID

	// The content filter rejected the message.
	MessageIncludeIllegalContent Code = 501 // MESSAGE_INCLUDE_ILLEGAL_CONTENT

	// Messages are being sent faster than the rate limit allows.
	MessageSendTrafficLimit Code = 502 // MESSAGE_SEND_TRAFFIC_LIMIT

	// Encrypting the message failed (no longer used).
	//
	// Deprecated: the vendor lists this code as no longer used. It is kept so
	// that a report from an older release still matches.
	MessageEncryptionError Code = 503 // MESSAGE_ENCRYPTION_ERROR

	// The message is past its recall period and can no longer be recalled.
	MessageRecallTimeLimit Code = 504 // MESSAGE_RECALL_TIME_LIMIT

	// A feature that the call needs is not enabled for the app.
	ServiceNotEnabled Code = 505 // SERVICE_NOT_ENABLED

	// The message is too old for the operation, such as a group read receipt
	// after 3 days.
	MessageExpired Code = 506 // MESSAGE_EXPIRED

	// Everyone in the group or chat room is muted, and the sender is not on its
	// allow list.
	MessageIllegalWhitelist Code = 507 // MESSAGE_ILLEGAL_WHITELIST

	// The app's own pre-send callback rejected the message.
	MessageExternalLogicBlocked Code = 508 // MESSAGE_EXTERNAL_LOGIC_BLOCKED

	// This user is sending messages faster than the per-user limit set for the
	// app.
	MessageCurrentLimiting Code = 509 // MESSAGE_CURRENT_LIMITING

	// The message body is larger than the size limit, 5 KB by default.
	MessageSizeLimit Code = 510 // MESSAGE_SIZE_LIMIT

	// Editing the sent message failed.
	MessageEditFailed Code = 511 // MESSAGE_EDIT_FAILED

	// More than 30 seconds passed between two chunks of a streamed message, so
	// the stream ended.
	MessageStreamIntervalTimeout Code = 512 // MESSAGE_STREAM_INTERVAL_TIMEOUT

	// Sending the streamed message took longer than 30 minutes in all.
	MessageStreamTimeout Code = 513 // MESSAGE_STREAM_TIMEOUT
)

// Group errors (600-699): groups, their members and their shared files.
const (
	// The group ID is empty or not valid.
	GroupInvalidID Code = 600 // GROUP_INVALID_ID

	// The group already counts this user among its members.
	GroupAlreadyJoined Code = 601 // GROUP_ALREADY_JOINED

	// The user is not a member of the group.
	GroupNotJoined Code = 602 // GROUP_NOT_JOINED

	// The user's role in the group does not allow this operation.
	GroupPermissionDenied Code = 603 // GROUP_PERMISSION_DENIED

	// The group already has as many members as it may.
	GroupMembersFull Code = 604 // GROUP_MEMBERS_FULL

	// The group shared-file ID is empty or not valid.
	GroupSharedFileInvalidID Code = 605 // GROUP_SHARED_FILE_INVALIDID

	// The group does not exist or was dissolved.
	GroupNotExist Code = 606 // GROUP_NOT_EXIST

	// The group has been disabled.
	GroupDisabled Code = 607 // GROUP_DISABLED

	// The group name breaks the content rules.
	GroupNameViolation Code = 608 // GROUP_NAME_VIOLATION

	// The member's custom attributes would exceed 4 KB in total.
	GroupMemberAttributesReachLimit Code = 609 // GROUP_MEMBER_ATTRIBUTES_REACH_LIMIT

	// Setting the member's custom attributes failed.
	GroupMemberAttributesUpdateFailed Code = 610 // GROUP_MEMBER_ATTRIBUTES_UPDATE_FAILED

	// A member attribute key is longer than 16 bytes.
	GroupMemberAttributesKeyReachLimit Code = 611 // GROUP_MEMBER_ATTRIBUTES_KEY_REACH_LIMIT

	// A member attribute value is longer than 512 bytes.
	GroupMemberAttributesValueReachLimit Code = 612 // GROUP_MEMBER_ATTRIBUTES_VALUE_REACH_LIMIT

	// The user is on the group's block list.
	GroupUserInBlocklist Code = 613 // GROUP_USER_IN_BLOCKLIST
)

// Chat room errors (700-799).
const (
	// The chat room ID is empty or not valid.
	ChatRoomInvalidID Code = 700 // CHATROOM_INVALID_ID

	// This user has joined the chat room before and is still in it.
	ChatRoomAlreadyJoined Code = 701 // CHATROOM_ALREADY_JOINED

	// The user is not in the chat room.
	ChatRoomNotJoined Code = 702 // CHATROOM_NOT_JOINED

	// The user's role in the chat room does not allow this operation.
	ChatRoomPermissionDenied Code = 703 // CHATROOM_PERMISSION_DENIED

	// The chat room already has as many members as it may.
	ChatRoomMembersFull Code = 704 // CHATROOM_MEMBERS_FULL

	// The chat room does not exist.
	ChatRoomNotExist Code = 705 // CHATROOM_NOT_EXIST

	// The chat room's owner may not leave it while allowChatroomOwnerLeave is
	// off.
	ChatRoomOwnerNotAllowLeave Code = 706 // CHATROOM_OWNER_NOT_ALLOW_LEAVE

	// The user is on the chat room's block list.
	ChatRoomUserInBlocklist Code = 707 // CHATROOM_USER_IN_BLOCKLIST
)

// User attribute errors (900-999), with the deprecated numbers that older
// documentation and releases gave to push and translation errors (see
// [Code.ReleaseNote]).
const (
	// User attributes were asked for more than 100 users at once.
	UserInfoUserCountExceed Code = 900 // USERINFO_USERCOUNT_EXCEED

	// The user attributes to set are longer than 2 KB for one user.
	UserInfoDataLengthExceed Code = 901 // USERINFO_DATALENGTH_EXCEED

	// Unbinding the third-party push token failed, under the number that
	// the 2023 Unity and Windows pages and an old Flutter constant table
	// gave it; current releases send 1502.
	//
	// Deprecated: current SDK releases never send 902; match [PushUnbindFailed].
	PushUnbindFailedLegacy Code = 902 // PUSH_UNBIND_FAILED

	// A translation request had a bad argument (the old number of 1110).
	//
	// Deprecated: current releases report this as [TranslateParamInvalid]
	// (1110), and 903 is not reused.
	TranslateInvalidParams Code = 903 // TRANSLATE_INVALID_PARAMS

	// The translation service could not complete a request (the old number of
	// 1113).
	//
	// Deprecated: current releases report this as [TranslateMessageFail]
	// (1113), and 904 is not reused.
	TranslateFail Code = 904 // TRANSLATE_FAIL

	// Translation was asked for before the service was set up for the app (the
	// old number of 1111).
	//
	// Deprecated: current releases report this as
	// [TranslateServiceNotEnable] (1111), and 905 is not reused.
	TranslateNotInit Code = 905 // TRANSLATE_NOT_INIT
)

// Contact errors (1000-1099).
const (
	// Adding the contact failed.
	ContactAddFailed Code = 1000 // CONTACT_ADD_FAILED

	// The inviting user already has as many contacts as allowed.
	ContactReachLimit Code = 1001 // CONTACT_REACH_LIMIT

	// The invited user already has as many contacts as allowed.
	ContactReachLimitPeer Code = 1002 // CONTACT_REACH_LIMIT_PEER
)

// Presence errors (1100-1109).
const (
	// A presence argument is longer than 64 bytes, or presence is not enabled
	// for the app.
	PresenceParamLengthExceed Code = 1100 // PRESENCE_PARAM_LENGTH_EXCEED

	// A user cannot subscribe to their own presence.
	PresenceCannotSubscribeYourself Code = 1101 // PRESENCE_CANNOT_SUBSCRIBE_YOURSELF
)

// Translation errors (1110-1199).
const (
	// A translation argument is not valid.
	TranslateParamInvalid Code = 1110 // TRANSLATE_PARAM_INVALID

	// Translation is not enabled for the app.
	TranslateServiceNotEnable Code = 1111 // TRANSLATE_SERVICE_NOT_ENABLE

	// The app's translation quota is used up.
	TranslateUsageLimit Code = 1112 // TRANSLATE_USAGE_LIMIT

	// Translating the message failed.
	TranslateMessageFail Code = 1113 // TRANSLATE_MESSAGE_FAIL
)

// Moderation errors (1200-1299).
const (
	// The third-party moderation service rejected the message.
	ThirdModerationFailed Code = 1200 // THIRD_MODERATION_FAILED

	// A moderation service other than the third-party one rejected the message.
	ThirdDefaultFailed Code = 1299 // THIRD_DEFAULT_FAILED
)

// Reaction errors (1300-1399).
const (
	// The message already carries as many reactions as allowed.
	ReactionReachLimit Code = 1300 // REACTION_REACH_LIMIT

	// The user has already added this reaction.
	ReactionHasBeenOperated Code = 1301 // REACTION_HAS_BEEN_OPERATED

	// The user may not perform this reaction operation.
	ReactionOperationIsIllegal Code = 1302 // REACTION_OPERATION_IS_ILLEGAL
)

// Thread errors (1400-1499).
const (
	// The thread does not exist.
	ThreadNotExist Code = 1400 // THREAD_NOT_EXIST

	// The message already has a thread.
	ThreadAlreadyExist Code = 1401 // THREAD_ALREADY_EXIST

	// The thread's parent message is not valid, for example because it was
	// recalled.
	ThreadCreateMessageIllegal Code = 1402 // THREAD_CREATE_MESSAGE_ILLEGAL
)

// Push errors (1500-1599).
const (
	// This device cannot use the push provider that the app set up.
	PushNotSupport Code = 1500 // PUSH_NOT_SUPPORT

	// Uploading (binding) the third-party push token to the server failed.
	PushBindFailed Code = 1501 // PUSH_BIND_FAILED

	// Unbinding the third-party push token failed.
	PushUnbindFailed Code = 1502 // PUSH_UNBIND_FAILED
)
