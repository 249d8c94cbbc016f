package chaterr

// descriptions holds the one-sentence description of every documented code,
// in this package's own words. It is the list of documented codes: a
// constant missing here is not Known, and the tests fail on a constant in
// codes.go without an entry, or an entry without a constant. A duplicated key
// does not compile.
var descriptions = map[Code]string{
	// General
	NoError:                        "The operation completed successfully.",
	GeneralError:                   "The SDK was not initialized properly, or the server gave no specific reason for the failure.",
	NetworkError:                   "The connection to the server was lost because the network went down.",
	DatabaseError:                  "An operation on the SDK's local database failed, for example because it is not open or the message is not stored.",
	ExceedServiceLimit:             "The request would exceed a quota of the app's pricing plan, or an API was called more often than its frequency limit allows.",
	ServiceArrearages:              "The account's balance is too low for the service (no longer used).",
	PushReportActionFailed:         "Reporting what the user did with a push notification to the server failed.",
	PartialSuccess:                 "The request succeeded as a whole, but some of its items failed.",
	AppActiveNumberReachLimitation: "The app has reached its daily or monthly cap on active users.",

	// Credential
	InvalidAppKey:          "The app key is not valid.",
	InvalidUserName:        "A user ID argument is not valid, for example empty.",
	InvalidPassword:        "The login password is empty or wrong.",
	InvalidURL:             "A URL given to the SDK is malformed (no longer used).",
	InvalidToken:           "The login token is empty or not valid.",
	UserNameTooLong:        "The user ID is longer than the 64-byte limit.",
	ChannelSyncNotOpen:     "The server-side conversation list is not enabled for the app.",
	InvalidConversation:    "The conversation is not valid: its ID or type is wrong, or it does not exist.",
	TokenExpired:           "The login token has expired.",
	TokenWillExpire:        "The login token is near the end of its validity period and should be renewed.",
	InvalidParam:           "An argument passed to the SDK is not valid.",
	OperationUnsupported:   "The operation is not supported by this SDK release, message type or conversation type.",
	QueryParamReachesLimit: "The query asks for more items at once than its limit allows.",

	// User
	UserAlreadyLogin:            "The user is already logged in.",
	UserNotLogin:                "There is no valid login session for the operation.",
	UserAuthenticationFailed:    "The server refused the credentials because the token is not valid or has expired, or the user ID or password is wrong.",
	UserAlreadyExist:            "The user ID to register is already taken.",
	UserNotFound:                "The user ID does not exist.",
	UserIllegalArgument:         "A user argument, such as the user ID to register, is empty or malformed.",
	UserLoginAnotherDevice:      "A login on another device logged this device out because only one device may be logged in.",
	UserRemoved:                 "The user's account was deleted on the server.",
	UserRegFailed:               "Registration failed, for example because open registration is turned off.",
	PushUpdateConfigsFailed:     "Updating the push settings, such as the push nickname or do-not-disturb, failed.",
	UserPermissionDenied:        "The user lacks permission for the operation, for example because they are blocked or the message is someone else's.",
	UserBindDeviceTokenFailed:   "Binding the push token to this device failed.",
	UserUnbindDeviceTokenFailed: "Unbinding the push token from this device failed.",
	UserBindAnotherDevice:       "The login was refused because another device holds the session and the first device takes precedence.",
	UserLoginTooManyDevices:     "The login was refused because the user ID is already logged in on as many devices as allowed.",
	UserMuted:                   "The user is muted in this group or chat room and cannot send messages there.",
	UserKickedByChangePassword:  "The account's password was changed, which ended this login session.",
	UserKickedByOtherDevice:     "Another device or the back end forced this device to log out.",
	UserAlreadyLoginAnother:     "Another user is still logged in on this device and must log out first.",
	UserMutedByAdmin:            "The user is muted app-wide, or everyone in the conversation is muted.",
	UserDeviceChanged:           "The automatic login found a different device from the last one while the first device takes precedence.",
	UserNotFriend:               "The recipient accepts messages only from contacts, and the sender is not one of them.",

	// Server
	ServerNotReachable:         "The request could not reach the server.",
	ServerTimeout:              "The server did not answer the request in time, usually 30 or 60 seconds.",
	ServerBusy:                 "The server is too busy, or the same call was repeated before the previous one returned.",
	ServerUnknownError:         "The server failed with an error it does not classify.",
	ServerGetDNSListFailed:     "The SDK could not fetch its server configuration (the DNS list).",
	ServerServiceRestricted:    "The app's or account's chat service is disabled or restricted on the server.",
	ServerDecryptionFailed:     "The SDK could not decrypt data that the server sent.",
	ServerResponseIllegal:      "The server's response was malformed.",
	ConnectionTimeout:          "Connecting to the server during login timed out.",
	ConnectionDNSError:         "A DNS look-up failed while connecting to the server during login.",
	ConnectionIOError:          "An I/O error occurred while connecting to the server during login.",
	ConnectionStreamClosed:     "The stream closed while connecting to the server during login.",
	ConnectionProvisionTimeout: "Authentication timed out while connecting to the server during login.",

	// File
	FileNotFound:          "The log file or attachment to fetch could not be found.",
	FileInvalid:           "The file to upload, such as a group shared file or an attachment, is not usable.",
	FileUploadFailed:      "Uploading the file failed.",
	FileDownloadFailed:    "Downloading the file failed.",
	FileDeleteFailed:      "An old log file could not be deleted.",
	FileTooLarge:          "The file is larger than the size limit, 10 MB by default.",
	FileContentImproper:   "The file's content breaks the content rules.",
	FileIsExpired:         "The attachment or shared file is past its storage period, 7 days by default.",
	FileDurationTooLong:   "The voice file is longer than the 60 seconds that transcription to text accepts.",
	FileVoiceToTextFailed: "Transcribing the voice file to text failed.",

	// Message
	MessageInvalid:               "The message is not valid: it is empty, has no ID, or its sender is not the logged-in user.",
	MessageIncludeIllegalContent: "The content filter rejected the message.",
	MessageSendTrafficLimit:      "Messages are being sent faster than the rate limit allows.",
	MessageEncryptionError:       "Encrypting the message failed (no longer used).",
	MessageRecallTimeLimit:       "The message is past its recall period and can no longer be recalled.",
	ServiceNotEnabled:            "A feature that the call needs is not enabled for the app.",
	MessageExpired:               "The message is too old for the operation, such as a group read receipt after 3 days.",
	MessageIllegalWhitelist:      "Everyone in the group or chat room is muted, and the sender is not on its allow list.",
	MessageExternalLogicBlocked:  "The app's own pre-send callback rejected the message.",
	MessageCurrentLimiting:       "This user is sending messages faster than the per-user limit set for the app.",
	MessageSizeLimit:             "The message body is larger than the size limit, 5 KB by default.",
	MessageEditFailed:            "Editing the sent message failed.",
	MessageStreamIntervalTimeout: "More than 30 seconds passed between two chunks of a streamed message, so the stream ended.",
	MessageStreamTimeout:         "Sending the streamed message took longer than 30 minutes in all.",

	// Group
	GroupInvalidID:                       "The group ID is empty or not valid.",
	GroupAlreadyJoined:                   "The user is already a member of the group.",
	GroupNotJoined:                       "The user is not a member of the group.",
	GroupPermissionDenied:                "The user's role in the group does not allow this operation.",
	GroupMembersFull:                     "The group already has as many members as it may.",
	GroupSharedFileInvalidID:             "The group shared-file ID is empty or not valid.",
	GroupNotExist:                        "The group does not exist or was dissolved.",
	GroupDisabled:                        "The group has been disabled.",
	GroupNameViolation:                   "The group name breaks the content rules.",
	GroupMemberAttributesReachLimit:      "The member's custom attributes would exceed 4 KB in total.",
	GroupMemberAttributesUpdateFailed:    "Setting the member's custom attributes failed.",
	GroupMemberAttributesKeyReachLimit:   "A member attribute key is longer than 16 bytes.",
	GroupMemberAttributesValueReachLimit: "A member attribute value is longer than 512 bytes.",
	GroupUserInBlocklist:                 "The user is on the group's block list.",

	// Chat room
	ChatRoomInvalidID:          "The chat room ID is empty or not valid.",
	ChatRoomAlreadyJoined:      "The user is already in the chat room.",
	ChatRoomNotJoined:          "The user is not in the chat room.",
	ChatRoomPermissionDenied:   "The user's role in the chat room does not allow this operation.",
	ChatRoomMembersFull:        "The chat room already has as many members as it may.",
	ChatRoomNotExist:           "The chat room does not exist.",
	ChatRoomOwnerNotAllowLeave: "The chat room's owner may not leave it while allowChatroomOwnerLeave is off.",
	ChatRoomUserInBlocklist:    "The user is on the chat room's block list.",

	// User attributes
	UserInfoUserCountExceed:  "User attributes were asked for more than 100 users at once.",
	UserInfoDataLengthExceed: "The user attributes to set are longer than 2 KB for one user.",
	PushUnbindFailedLegacy:   "Unbinding the third-party push token failed, as the 2023 Unity and Windows pages numbered it; releases send 1502.",

	// Contact
	ContactAddFailed:      "Adding the contact failed.",
	ContactReachLimit:     "The inviting user already has as many contacts as allowed.",
	ContactReachLimitPeer: "The invited user already has as many contacts as allowed.",

	// Presence
	PresenceParamLengthExceed:       "A presence argument is longer than 64 bytes, or presence is not enabled for the app.",
	PresenceCannotSubscribeYourself: "A user cannot subscribe to their own presence.",

	// Translation
	TranslateParamInvalid:     "A translation argument is not valid.",
	TranslateServiceNotEnable: "Translation is not enabled for the app.",
	TranslateUsageLimit:       "The app's translation quota is used up.",
	TranslateMessageFail:      "Translating the message failed.",

	// Moderation
	ThirdModerationFailed: "The third-party moderation service rejected the message.",
	ThirdDefaultFailed:    "A moderation service other than the third-party one rejected the message.",

	// Reaction
	ReactionReachLimit:         "The message already carries as many reactions as allowed.",
	ReactionHasBeenOperated:    "The user has already added this reaction.",
	ReactionOperationIsIllegal: "The user may not perform this reaction operation.",

	// Thread
	ThreadNotExist:             "The thread does not exist.",
	ThreadAlreadyExist:         "The message already has a thread.",
	ThreadCreateMessageIllegal: "The thread's parent message is not valid, for example because it was recalled.",

	// Push
	PushNotSupport:   "The configured third-party push service is not supported on this device.",
	PushBindFailed:   "Uploading (binding) the third-party push token to the server failed.",
	PushUnbindFailed: "Unbinding the third-party push token failed.",
}
