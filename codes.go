package chaterr

// Code is an error code that the native Agora Chat SDKs (Android, iOS, Unity,
// Windows) report in onError callbacks and return values.
//
// The valid values are the constants below: the 67 codes of the documented
// table (the Unity SDK's error-code page of early 2023) and the codes that
// later native SDK releases document without clashing with that table. Any
// other int is an undocumented code: it is kept as it is, [Code.Known]
// reports false, [Code.String] prints it as Code(1234) and it matches only
// itself. A Code is an error in its own right, so a bare code can be returned
// and matched with [errors.Is].
//
// The line comment of each constant is the SDK's own name for the code; the
// generated String method returns it.
type Code int

// General errors (0-99).
const (
	// NoError is reported when an operation succeeds.
	NoError Code = 0 // EM_NO_ERROR

	// GeneralError is reported when the SDK was not initialized properly or
	// the server could not classify the failure.
	GeneralError Code = 1 // GENERAL_ERROR

	// NetworkError is reported when the connection to the server drops
	// because the network went away.
	NetworkError Code = 2 // NETWORK_ERROR

	// DatabaseError is reported when an operation on the SDK's local
	// database fails. Newer SDK releases report it.
	DatabaseError Code = 3 // DATABASE_ERROR

	// ExceedServiceLimit is reported when a request would take the app past a
	// limit of its pricing plan, such as the number of registered users.
	ExceedServiceLimit Code = 4 // EXCEED_SERVICE_LIMIT

	// AppActiveNumberReachLimitation is reported when the app has reached its
	// daily or monthly cap on active users. Newer SDK releases report it.
	AppActiveNumberReachLimitation Code = 8 // APP_ACTIVE_NUMBER_REACH_LIMITATION
)

// Credential errors (100-199): app key, user ID, password, token and
// parameters.
const (
	// InvalidAppKey is reported when the app key given to the SDK is not valid.
	InvalidAppKey Code = 100 // INVALID_APP_KEY

	// InvalidUserName is reported when a user ID argument is not valid, for
	// example an empty ID when adding a contact.
	InvalidUserName Code = 101 // INVALID_USER_NAME

	// InvalidPassword is reported when the password given to log in is empty
	// or wrong.
	InvalidPassword Code = 102 // INVALID_PASSWORD

	// InvalidURL is reported when a URL given to the SDK is malformed. Newer
	// SDK releases report it and mark it deprecated.
	InvalidURL Code = 103 // INVALID_URL

	// InvalidToken is reported when the token given to log in is empty or not
	// valid.
	InvalidToken Code = 104 // INVALID_TOKEN

	// UserNameTooLong is reported when a user ID is longer than 64 bytes.
	UserNameTooLong Code = 105 // USER_NAME_TOO_LONG

	// TokenExpired is reported when the login token is past its validity
	// period.
	TokenExpired Code = 108 // TOKEN_EXPIRED

	// TokenWillExpire is reported when half of the login token's validity
	// period has passed, as a prompt to renew the token.
	TokenWillExpire Code = 109 // TOKEN_WILL_EXPIRE

	// InvalidParam is reported when an argument passed to the SDK is not
	// valid. Newer SDK releases report it.
	InvalidParam Code = 110 // INVALID_PARAM
)

// User errors (200-299): login sessions, accounts and devices.
const (
	// UserAlreadyLogin is reported when a login is attempted while the user
	// is already logged in.
	UserAlreadyLogin Code = 200 // USER_ALREADY_LOGIN

	// UserNotLogin is reported when a message or group operation is attempted
	// without a valid login session.
	UserNotLogin Code = 201 // USER_NOT_LOGIN

	// UserAuthenticationFailed is reported when the server refuses the user's
	// token because it is not valid or has expired.
	UserAuthenticationFailed Code = 202 // USER_AUTHENTICATION_FAILED

	// UserAlreadyExist is reported when signing up a user ID that is already
	// registered.
	UserAlreadyExist Code = 203 // USER_ALREADY_EXIST

	// UserNotFound is reported when a login or a conversation-list request
	// names a user ID that does not exist.
	UserNotFound Code = 204 // USER_NOT_FOUND

	// UserIllegalArgument is reported when signing up a user or updating user
	// attributes with an empty or malformed user ID.
	UserIllegalArgument Code = 205 // USER_ILLEGAL_ARGUMENT

	// UserLoginAnotherDevice is reported when, without multi-device support,
	// a login on another device logs this device out.
	UserLoginAnotherDevice Code = 206 // USER_LOGIN_ANOTHER_DEVICE

	// UserRemoved is reported when the user's account has been deleted on the
	// server.
	UserRemoved Code = 207 // USER_REMOVED

	// UserRegFailed is reported when signing up fails because registration
	// is closed.
	UserRegFailed Code = 208 // USER_REG_FAILED

	// PushUpdateConfigsFailed is reported when updating the nickname shown in
	// push notifications fails. The Android 4.x SDK calls this number
	// USER_UPDATEINFO_FAILED; the documentation keeps this name.
	PushUpdateConfigsFailed Code = 209 // PUSH_UPDATECONFIGS_FAILED

	// UserPermissionDenied is reported when a blocked user tries to send a
	// message.
	UserPermissionDenied Code = 210 // USER_PERMISSION_DENIED

	// UserBindDeviceTokenFailed is reported when binding the push token to
	// the device fails. Newer SDK releases report it.
	UserBindDeviceTokenFailed Code = 211 // USER_BINDDEVICETOKEN_FAILED

	// UserUnbindDeviceTokenFailed is reported when unbinding the push token
	// from the device fails. Newer SDK releases report it.
	UserUnbindDeviceTokenFailed Code = 212 // USER_UNBIND_DEVICETOKEN_FAILED

	// UserBindAnotherDevice is reported, when the device already logged in
	// takes precedence, to a login attempt from another device.
	UserBindAnotherDevice Code = 213 // USER_BIND_ANOTHER_DEVICE

	// UserLoginTooManyDevices is reported when a user ID is logged in on more
	// devices than allowed.
	UserLoginTooManyDevices Code = 214 // USER_LOGIN_TOO_MANY_DEVICES

	// UserMuted is reported when a user muted in a group or chat room tries
	// to send a message there.
	UserMuted Code = 215 // USER_MUTED

	// UserKickedByChangePassword is reported when a password change ends the
	// current login session.
	UserKickedByChangePassword Code = 216 // USER_KICKED_BY_CHANGE_PASSWORD

	// UserKickedByOtherDevice is reported, with multi-device support, when
	// another device or the back end forces this device to log out.
	UserKickedByOtherDevice Code = 217 // USER_KICKED_BY_OTHER_DEVICE

	// UserAlreadyLoginAnother is reported when a login as one user is
	// attempted while another user is still logged in.
	UserAlreadyLoginAnother Code = 218 // USER_ALREADY_LOGIN_ANOTHER

	// UserMutedByAdmin is reported when a user muted app-wide tries to send a
	// message.
	UserMutedByAdmin Code = 219 // USER_MUTED_BY_ADMIN

	// UserDeviceChanged is reported, when the device already logged in takes
	// precedence, because the login device was found to be irregular.
	UserDeviceChanged Code = 220 // USER_DEVICE_CHANGED

	// UserNotFriend is reported when the recipient accepts messages only from
	// contacts and the sender is not one. Android and iOS SDKs call it
	// USER_NOT_ON_ROSTER, which [Parse] accepts as an alias.
	UserNotFriend Code = 221 // USER_NOT_FRIEND
)

// Server errors (300-399).
const (
	// ServerNotReachable is reported when a request cannot reach the server
	// because the network is unstable.
	ServerNotReachable Code = 300 // SERVER_NOT_REACHABLE

	// ServerTimeout is reported when the server does not answer a request in
	// time, usually 30 or 60 seconds.
	ServerTimeout Code = 301 // SERVER_TIMEOUT

	// ServerBusy is reported when the server is too busy to handle a request.
	ServerBusy Code = 302 // SERVER_BUSY

	// ServerUnknownError is reported when the server fails with an error it
	// does not classify; the logs tell more.
	ServerUnknownError Code = 303 // SERVER_UNKNOWN_ERROR

	// ServerGetDNSListFailed is reported when the SDK cannot fetch its DNS
	// server list.
	ServerGetDNSListFailed Code = 304 // SERVER_GET_DNSLIST_FAILED

	// ServerServiceRestricted is reported when the app's service has been
	// restricted on the server.
	ServerServiceRestricted Code = 305 // SERVER_SERVICE_RESTRICTED
)

// File errors (400-499): attachments, shared files and logs.
const (
	// FileNotFound is reported when fetching a log file or downloading an
	// attachment fails because the file is missing.
	FileNotFound Code = 400 // FILE_NOT_FOUND

	// FileInvalid is reported when uploading a group shared file or a message
	// attachment fails because the file is not valid.
	FileInvalid Code = 401 // FILE_INVALID

	// FileUploadFailed is reported when uploading a message attachment fails.
	FileUploadFailed Code = 402 // FILE_UPLOAD_FAILED

	// FileDownloadFailed is reported when downloading a message attachment
	// fails.
	FileDownloadFailed Code = 403 // FILE_DOWNLOAD_FAILED

	// FileDeleteFailed is reported when an outdated log file cannot be
	// deleted while fetching the latest one.
	FileDeleteFailed Code = 404 // FILE_DELETE_FAILED

	// FileTooLarge is reported when an attachment or group shared file is
	// larger than the size limit.
	FileTooLarge Code = 405 // FILE_TOO_LARGE

	// FileContentImproper is reported when an attachment or group shared
	// file fails the content compliance rules.
	FileContentImproper Code = 406 // FILE_CONTENT_IMPROPER

	// FileIsExpired is reported when an attachment or shared file is past its
	// storage period, 7 days by default. Newer SDK releases report it.
	FileIsExpired Code = 407 // FILE_IS_EXPIRED
)

// Message errors (500-599).
const (
	// MessageInvalid is reported when a message to send is malformed, for
	// example with an empty body or ID, or a sender other than the logged-in
	// user.
	MessageInvalid Code = 500 // MESSAGE_INVALID

	// MessageIncludeIllegalContent is reported when a message is refused for
	// illegal content.
	MessageIncludeIllegalContent Code = 501 // MESSAGE_INCLUDE_ILLEGAL_CONTENT

	// MessageSendTrafficLimit is reported when messages are sent too often or
	// are too large for the rate limit.
	MessageSendTrafficLimit Code = 502 // MESSAGE_SEND_TRAFFIC_LIMIT

	// MessageRecallTimeLimit is reported when recalling a message after its
	// recall period has passed.
	MessageRecallTimeLimit Code = 504 // MESSAGE_RECALL_TIME_LIMIT

	// ServiceNotEnabled is reported when using a feature that has not been
	// activated for the app.
	ServiceNotEnabled Code = 505 // SERVICE_NOT_ENABLED

	// MessageExpired is reported when a group read receipt is past its
	// validity period, 3 days by default.
	MessageExpired Code = 506 // MESSAGE_EXPIRED

	// MessageIllegalWhitelist is reported when a group or chat room has muted
	// everyone and the sender is not on its allow list.
	MessageIllegalWhitelist Code = 507 // MESSAGE_ILLEGAL_WHITELIST

	// MessageExternalLogicBlocked is reported when the app's own server
	// callback blocks a message.
	MessageExternalLogicBlocked Code = 508 // MESSAGE_EXTERNAL_LOGIC_BLOCKED

	// MessageSizeLimit is reported when a message body is larger than the
	// limit, 5 KB by default. Newer SDK releases report it.
	MessageSizeLimit Code = 510 // MESSAGE_SIZE_LIMIT

	// MessageEditFailed is reported when editing a sent message fails. Newer
	// SDK releases report it.
	MessageEditFailed Code = 511 // MESSAGE_EDIT_FAILED
)

// Group errors (600-699).
const (
	// GroupInvalidID is reported when a group operation is given an empty
	// group ID.
	GroupInvalidID Code = 600 // GROUP_INVALID_ID

	// GroupAlreadyJoined is reported when joining a group the user is already
	// a member of.
	GroupAlreadyJoined Code = 601 // GROUP_ALREADY_JOINED

	// GroupNotJoined is reported when sending to or operating on a group the
	// user has not joined.
	GroupNotJoined Code = 602 // GROUP_NOT_JOINED

	// GroupPermissionDenied is reported when the user lacks the group role an
	// operation needs, such as a member adding an admin.
	GroupPermissionDenied Code = 603 // GROUP_PERMISSION_DENIED

	// GroupMembersFull is reported when a group already has as many members
	// as it may.
	GroupMembersFull Code = 604 // GROUP_MEMBERS_FULL

	// GroupNotExist is reported when operating on a group that does not
	// exist. Newer SDK releases report 605 for GROUP_SHARED_FILE_INVALIDID
	// (an invalid shared-file ID) and moved GROUP_NOT_EXIST to 606.
	GroupNotExist Code = 605 // GROUP_NOT_EXIST

	// GroupDisabled is reported when operating on a group that has been
	// disabled. Newer SDK releases report it.
	GroupDisabled Code = 607 // GROUP_DISABLED

	// GroupNameViolation is reported when a group name breaks the content
	// rules. Newer SDK releases report it.
	GroupNameViolation Code = 608 // GROUP_NAME_VIOLATION

	// GroupMemberAttributesReachLimit is reported when a member's custom
	// attributes would exceed 4 KB in total. Newer SDK releases report it.
	GroupMemberAttributesReachLimit Code = 609 // GROUP_MEMBER_ATTRIBUTES_REACH_LIMIT

	// GroupMemberAttributesUpdateFailed is reported when setting a member's
	// custom attributes fails. Newer SDK releases report it.
	GroupMemberAttributesUpdateFailed Code = 610 // GROUP_MEMBER_ATTRIBUTES_UPDATE_FAILED

	// GroupMemberAttributesKeyReachLimit is reported when a custom attribute
	// key is longer than 16 bytes. Newer SDK releases report it.
	GroupMemberAttributesKeyReachLimit Code = 611 // GROUP_MEMBER_ATTRIBUTES_KEY_REACH_LIMIT

	// GroupMemberAttributesValueReachLimit is reported when a custom
	// attribute value is longer than 512 bytes. Newer SDK releases report it.
	GroupMemberAttributesValueReachLimit Code = 612 // GROUP_MEMBER_ATTRIBUTES_VALUE_REACH_LIMIT

	// GroupUserInBlocklist is reported when a user on the group's block list
	// acts on the group. Newer SDK releases report it.
	GroupUserInBlocklist Code = 613 // GROUP_USER_IN_BLOCKLIST
)

// Chat room errors (700-799).
const (
	// ChatRoomInvalidID is reported when a chat room operation is given an
	// empty chat room ID.
	ChatRoomInvalidID Code = 700 // CHATROOM_INVALID_ID

	// ChatRoomAlreadyJoined is reported when joining a chat room the user is
	// already in.
	ChatRoomAlreadyJoined Code = 701 // CHATROOM_ALREADY_JOINED

	// ChatRoomNotJoined is reported when sending to or operating on a chat
	// room the user has not joined.
	ChatRoomNotJoined Code = 702 // CHATROOM_NOT_JOINED

	// ChatRoomPermissionDenied is reported when the user lacks the chat room
	// role an operation needs, such as a member adding an admin.
	ChatRoomPermissionDenied Code = 703 // CHATROOM_PERMISSION_DENIED

	// ChatRoomMembersFull is reported when a chat room already has as many
	// members as it may.
	ChatRoomMembersFull Code = 704 // CHATROOM_MEMBERS_FULL

	// ChatRoomNotExist is reported when operating on a chat room that does
	// not exist.
	ChatRoomNotExist Code = 705 // CHATROOM_NOT_EXIST

	// ChatRoomOwnerNotAllowLeave is reported when the owner of a chat room
	// tries to leave it. Newer SDK releases report it.
	ChatRoomOwnerNotAllowLeave Code = 706 // CHATROOM_OWNER_NOT_ALLOW_LEAVE

	// ChatRoomUserInBlocklist is reported when a user on the chat room's
	// block list acts on the room. Newer SDK releases report it.
	ChatRoomUserInBlocklist Code = 707 // CHATROOM_USER_IN_BLOCKLIST
)

// Push errors (900-999). Newer SDK releases moved these three to 1500-1502
// and use 900 and 901 for user-attribute limits; this package keeps the
// documented table's meaning and notes the newer one.
const (
	// PushNotSupport is reported when the device does not support the
	// third-party push service. Newer SDK releases report 900 for
	// USERINFO_USERCOUNT_EXCEED (user attributes requested for more than 100
	// users at once) and PUSH_NOT_SUPPORT as 1500.
	PushNotSupport Code = 900 // PUSH_NOT_SUPPORT

	// PushBindFailed is reported when uploading the third-party push token
	// to the server fails. Newer SDK releases report 901 for
	// USERINFO_DATALENGTH_EXCEED (user attributes too long) and
	// PUSH_BIND_FAILED as 1501.
	PushBindFailed Code = 901 // PUSH_BIND_FAILED

	// PushUnbindFailed is reported when unbinding the third-party push token
	// fails. Newer SDK releases no longer use 902 and report
	// PUSH_UNBIND_FAILED as 1502.
	PushUnbindFailed Code = 902 // PUSH_UNBIND_FAILED
)

// Contact errors (1000-1099), reported by newer SDK releases.
const (
	// ContactAddFailed is reported when adding a contact fails. Newer SDK
	// releases report it.
	ContactAddFailed Code = 1000 // CONTACT_ADD_FAILED

	// ContactReachLimit is reported when the inviting user already has as
	// many contacts as allowed. Newer SDK releases report it.
	ContactReachLimit Code = 1001 // CONTACT_REACH_LIMIT

	// ContactReachLimitPeer is reported when the invited user already has as
	// many contacts as allowed. Newer SDK releases report it.
	ContactReachLimitPeer Code = 1002 // CONTACT_REACH_LIMIT_PEER
)

// Presence errors (1100-1109), reported by newer SDK releases.
const (
	// PresenceParamLengthExceed is reported when a presence argument is
	// longer than 64 bytes. Newer SDK releases report it.
	PresenceParamLengthExceed Code = 1100 // PRESENCE_PARAM_LENGTH_EXCEED

	// PresenceCannotSubscribeYourself is reported when a user subscribes to
	// their own presence. Newer SDK releases report it.
	PresenceCannotSubscribeYourself Code = 1101 // PRESENCE_CANNOT_SUBSCRIBE_YOURSELF
)

// Translation errors (1110-1199), reported by newer SDK releases.
const (
	// TranslateParamInvalid is reported when a translation argument is not
	// valid. Newer SDK releases report it.
	TranslateParamInvalid Code = 1110 // TRANSLATE_PARAM_INVALID

	// TranslateServiceNotEnable is reported when translation is requested but
	// the service is not enabled for the app. Newer SDK releases report it.
	TranslateServiceNotEnable Code = 1111 // TRANSLATE_SERVICE_NOT_ENABLE

	// TranslateUsageLimit is reported when the app's translation quota is used
	// up. Newer SDK releases report it.
	TranslateUsageLimit Code = 1112 // TRANSLATE_USAGE_LIMIT

	// TranslateMessageFail is reported when translating a message fails.
	// Newer SDK releases report it.
	TranslateMessageFail Code = 1113 // TRANSLATE_MESSAGE_FAIL
)

// Moderation errors (1200-1299), reported by newer SDK releases.
const (
	// ThirdModerationFailed is reported when a third-party moderation service
	// rejects a message. Newer SDK releases report it; the name is the Unity
	// SDK's, and [Parse] also accepts MODERATION_FAILED.
	ThirdModerationFailed Code = 1200 // THIRD_MODERATION_FAILED

	// ThirdDefaultFailed is reported when a moderation service other than the
	// third-party one rejects a message. Newer SDK releases report it; the
	// name is the Unity SDK's, and [Parse] also accepts THIRD_SERVER_FAILED.
	ThirdDefaultFailed Code = 1299 // THIRD_DEFAULT_FAILED
)

// Reaction errors (1300-1399), reported by newer SDK releases.
const (
	// ReactionReachLimit is reported when a message already carries as many
	// reactions as allowed. Newer SDK releases report it.
	ReactionReachLimit Code = 1300 // REACTION_REACH_LIMIT

	// ReactionHasBeenOperated is reported when a user adds a reaction they
	// have already added. Newer SDK releases report it.
	ReactionHasBeenOperated Code = 1301 // REACTION_HAS_BEEN_OPERATED

	// ReactionOperationIsIllegal is reported when a user is not allowed to
	// perform a reaction operation. Newer SDK releases report it.
	ReactionOperationIsIllegal Code = 1302 // REACTION_OPERATION_IS_ILLEGAL
)

// Thread errors (1400-1499), reported by newer SDK releases.
const (
	// ThreadNotExist is reported when operating on a thread that does not
	// exist. Newer SDK releases report it.
	ThreadNotExist Code = 1400 // THREAD_NOT_EXIST

	// ThreadAlreadyExist is reported when creating a thread on a message that
	// already has one. Newer SDK releases report it.
	ThreadAlreadyExist Code = 1401 // THREAD_ALREADY_EXIST

	// ThreadCreateMessageIllegal is reported when sending to a thread whose
	// parent message was recalled. Newer SDK releases report it.
	ThreadCreateMessageIllegal Code = 1402 // THREAD_CREATE_MESSAGE_ILLEGAL
)
