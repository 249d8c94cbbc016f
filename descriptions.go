package chaterr

// descriptions holds the one-sentence description of every documented code.
// It is the list of documented codes: a constant missing here is not Known,
// and the tests fail on a constant in codes.go without an entry, or an entry
// without a constant. A duplicated key does not compile.
var descriptions = map[Code]string{
	// General
	NoError:                        "The operation completed successfully.",
	GeneralError:                   "The SDK was not initialized properly, or the server could not classify the failure.",
	NetworkError:                   "The connection to the server was lost because the network went down.",
	DatabaseError:                  "An operation on the SDK's local database failed.",
	ExceedServiceLimit:             "The request would exceed a limit of the app's pricing plan, such as the number of registered users.",
	AppActiveNumberReachLimitation: "The app has reached its daily or monthly cap on active users.",

	// Credential
	InvalidAppKey:   "The app key is not valid.",
	InvalidUserName: "The user ID is not valid, for example empty when adding a contact.",
	InvalidPassword: "The login password is empty or wrong.",
	InvalidURL:      "A URL given to the SDK is malformed (deprecated in newer SDK releases).",
	InvalidToken:    "The login token is empty or not valid.",
	UserNameTooLong: "The user ID is longer than the 64-byte limit.",
	TokenExpired:    "The login token has expired.",
	TokenWillExpire: "Half of the login token's validity period has passed, so the token should be renewed soon.",
	InvalidParam:    "An argument passed to the SDK is not valid.",

	// User
	UserAlreadyLogin:            "The user is already logged in.",
	UserNotLogin:                "There is no valid login session for sending messages or operating on groups.",
	UserAuthenticationFailed:    "The server refused the user's token because it is not valid or has expired.",
	UserAlreadyExist:            "The user ID to register is already taken.",
	UserNotFound:                "The user ID given for a login or a conversation list does not exist.",
	UserIllegalArgument:         "The user ID given to register or to update user attributes is empty or malformed.",
	UserLoginAnotherDevice:      "A login on another device logged this device out because multi-device support is off.",
	UserRemoved:                 "The user's account was deleted on the server.",
	UserRegFailed:               "Registration failed because sign-up is closed.",
	PushUpdateConfigsFailed:     "Updating the nickname shown in push notifications failed (the Android 4.x SDK names this number USER_UPDATEINFO_FAILED).",
	UserPermissionDenied:        "The user is blocked from sending messages.",
	UserBindDeviceTokenFailed:   "Binding the push token to this device failed.",
	UserUnbindDeviceTokenFailed: "Unbinding the push token from this device failed.",
	UserBindAnotherDevice:       "The login was refused because another device is already logged in and takes precedence.",
	UserLoginTooManyDevices:     "The user ID is logged in on more devices than allowed.",
	UserMuted:                   "The user is muted in this group or chat room and cannot send messages there.",
	UserKickedByChangePassword:  "The account's password was changed, which ended this login session.",
	UserKickedByOtherDevice:     "Another device or the back end forced this device to log out.",
	UserAlreadyLoginAnother:     "Another user is still logged in and must log out before this login.",
	UserMutedByAdmin:            "The user is muted across the whole app and cannot send messages.",
	UserDeviceChanged:           "The login device was found to be irregular while the logged-in device takes precedence.",
	UserNotFriend:               "The recipient accepts messages only from contacts, and the sender is not one of them.",

	// Server
	ServerNotReachable:      "The request could not reach the server because the network is unstable.",
	ServerTimeout:           "The server did not answer the request in time, usually 30 or 60 seconds.",
	ServerBusy:              "The server is too busy to handle the request now.",
	ServerUnknownError:      "The server failed with an unclassified error that only its logs can explain.",
	ServerGetDNSListFailed:  "The SDK could not fetch its list of DNS servers.",
	ServerServiceRestricted: "The app's service is restricted on the server.",

	// File
	FileNotFound:        "The log file or attachment to fetch could not be found.",
	FileInvalid:         "The group shared file or attachment to upload is not valid.",
	FileUploadFailed:    "Uploading the message attachment failed.",
	FileDownloadFailed:  "Downloading the message attachment failed.",
	FileDeleteFailed:    "An outdated log file could not be deleted while fetching the latest one.",
	FileTooLarge:        "The attachment or group shared file is larger than the size limit.",
	FileContentImproper: "The attachment or group shared file fails the content compliance rules.",
	FileIsExpired:       "The attachment or shared file is past its storage period, 7 days by default.",

	// Message
	MessageInvalid:               "The message is malformed, for example with an empty body or ID, or a sender other than the logged-in user.",
	MessageIncludeIllegalContent: "The message was refused because it contains illegal content.",
	MessageSendTrafficLimit:      "Messages are being sent too often or are too large, so the rate limit refused this one.",
	MessageRecallTimeLimit:       "The message is past its recall period and can no longer be recalled.",
	ServiceNotEnabled:            "The feature has not been activated for this app.",
	MessageExpired:               "The group read receipt is past its validity period, 3 days by default.",
	MessageIllegalWhitelist:      "The group or chat room has muted everyone, and the sender is not on its allow list.",
	MessageExternalLogicBlocked:  "The app's own server callback blocked the message.",
	MessageSizeLimit:             "The message body is larger than the size limit, 5 KB by default.",
	MessageEditFailed:            "Editing the sent message failed.",

	// Group
	GroupInvalidID:                       "The group ID is empty.",
	GroupAlreadyJoined:                   "The user is already a member of the group.",
	GroupNotJoined:                       "The user has not joined the group, so cannot send to it or operate on it.",
	GroupPermissionDenied:                "The user's role in the group does not allow this operation.",
	GroupMembersFull:                     "The group already has as many members as it may.",
	GroupNotExist:                        "The group does not exist; newer SDK releases report 605 for GROUP_SHARED_FILE_INVALIDID, an invalid shared-file ID, and report GROUP_NOT_EXIST as 606.",
	GroupDisabled:                        "The group has been disabled.",
	GroupNameViolation:                   "The group name breaks the content rules.",
	GroupMemberAttributesReachLimit:      "The member's custom attributes would exceed 4 KB in total.",
	GroupMemberAttributesUpdateFailed:    "Setting the member's custom attributes failed.",
	GroupMemberAttributesKeyReachLimit:   "A custom attribute key is longer than 16 bytes.",
	GroupMemberAttributesValueReachLimit: "A custom attribute value is longer than 512 bytes.",
	GroupUserInBlocklist:                 "The user is on the group's block list.",

	// Chat room
	ChatRoomInvalidID:          "The chat room ID is empty.",
	ChatRoomAlreadyJoined:      "The user is already in the chat room.",
	ChatRoomNotJoined:          "The user has not joined the chat room, so cannot send to it or operate on it.",
	ChatRoomPermissionDenied:   "The user's role in the chat room does not allow this operation.",
	ChatRoomMembersFull:        "The chat room already has as many members as it may.",
	ChatRoomNotExist:           "The chat room does not exist.",
	ChatRoomOwnerNotAllowLeave: "The chat room's owner may not leave it.",
	ChatRoomUserInBlocklist:    "The user is on the chat room's block list.",

	// Push
	PushNotSupport:   "The device does not support the third-party push service; newer SDK releases report 900 for USERINFO_USERCOUNT_EXCEED, user attributes asked for more than 100 users at once.",
	PushBindFailed:   "The third-party push token could not be uploaded to the server; newer SDK releases report 901 for USERINFO_DATALENGTH_EXCEED, user attributes that are too long.",
	PushUnbindFailed: "The third-party push token could not be unbound; newer SDK releases no longer use 902 and report this failure as 1502.",

	// Contact
	ContactAddFailed:      "Adding the contact failed.",
	ContactReachLimit:     "The inviting user already has as many contacts as allowed.",
	ContactReachLimitPeer: "The invited user already has as many contacts as allowed.",

	// Presence
	PresenceParamLengthExceed:       "A presence argument is longer than 64 bytes.",
	PresenceCannotSubscribeYourself: "A user cannot subscribe to their own presence.",

	// Translation
	TranslateParamInvalid:     "A translation argument is not valid.",
	TranslateServiceNotEnable: "The translation service is not enabled for this app.",
	TranslateUsageLimit:       "The app's translation quota is used up.",
	TranslateMessageFail:      "Translating the message failed.",

	// Moderation
	ThirdModerationFailed: "A third-party moderation service rejected the message.",
	ThirdDefaultFailed:    "A moderation service other than the third-party one rejected the message.",

	// Reaction
	ReactionReachLimit:         "The message already carries as many reactions as allowed.",
	ReactionHasBeenOperated:    "The user has already added this reaction.",
	ReactionOperationIsIllegal: "The user is not allowed to perform this reaction operation.",

	// Thread
	ThreadNotExist:             "The thread does not exist.",
	ThreadAlreadyExist:         "The message already has a thread.",
	ThreadCreateMessageIllegal: "The thread's parent message was recalled, so the thread cannot take messages.",
}

// aliases maps other SDK spellings of a code to the code. Parse accepts them
// in any letter case; String keeps the primary name.
var aliases = map[string]Code{
	"USER_NOT_ON_ROSTER":  UserNotFriend,         // Android and iOS name for 221
	"MODERATION_FAILED":   ThirdModerationFailed, // Android name for 1200
	"THIRD_SERVER_FAILED": ThirdDefaultFailed,    // Android name for 1299
}
