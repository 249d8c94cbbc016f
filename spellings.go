package chaterr

// The other names a documented code goes by. Parse accepts each of them in
// any ASCII letter case, besides the SDK name that String returns and the Go
// constant name.

// aliases maps the other SDK spellings of a code (the also column of the
// reference table) to the code. String keeps the primary name.
var aliases = map[string]Code{
	"USER_UPDATEINFO_FAILED": PushUpdateConfigsFailed, // Easemob Android 4.x name for 209
	"USER_NOT_ON_ROSTER":     UserNotFriend,           // Android and iOS name for 221
	"MODERATION_FAILED":      ThirdModerationFailed,   // Android and HarmonyOS name for 1200
	"THIRD_SERVER_FAILED":    ThirdDefaultFailed,      // Android name for 1299
}

// iosPrefixes are the prefixes of the iOS enum names: AgoraChatErrorUserMuted
// in Agora's SDK, EMErrorUserMuted in Easemob's.
var iosPrefixes = [...]string{"AgoraChatError", "EMError"}

// iosNames maps a code to its iOS enum name without the prefix. 309 and 902
// have none: no iOS header declares them.
var iosNames = map[Code]string{
	NoError:                              "NoError",
	GeneralError:                         "General",
	NetworkError:                         "NetworkUnavailable",
	DatabaseError:                        "DatabaseOperationFailed",
	ExceedServiceLimit:                   "ExceedServiceLimit",
	ServiceArrearages:                    "ServiceArrearages",
	PushReportActionFailed:               "PushReportActionFailed",
	PartialSuccess:                       "PartialSuccess",
	AppActiveNumberReachLimitation:       "AppActiveNumbersReachLimitation",
	InvalidAppKey:                        "InvalidAppkey",
	InvalidUserName:                      "InvalidUsername",
	InvalidPassword:                      "InvalidPassword",
	InvalidURL:                           "InvalidURL",
	InvalidToken:                         "InvalidToken",
	UserNameTooLong:                      "UsernameTooLong",
	ChannelSyncNotOpen:                   "ChannelSyncNotOpen",
	InvalidConversation:                  "InvalidConversation",
	TokenExpired:                         "TokenExpire",
	TokenWillExpire:                      "TokeWillExpire",
	InvalidParam:                         "InvalidParam",
	OperationUnsupported:                 "OperationUnsupported",
	QueryParamReachesLimit:               "QueryParamReachesLimit",
	UserAlreadyLogin:                     "UserAlreadyLoginSame",
	UserNotLogin:                         "UserNotLogin",
	UserAuthenticationFailed:             "UserAuthenticationFailed",
	UserAlreadyExist:                     "UserAlreadyExist",
	UserNotFound:                         "UserNotFound",
	UserIllegalArgument:                  "UserIllegalArgument",
	UserLoginAnotherDevice:               "UserLoginOnAnotherDevice",
	UserRemoved:                          "UserRemoved",
	UserRegFailed:                        "UserRegisterFailed",
	PushUpdateConfigsFailed:              "UpdateApnsConfigsFailed",
	UserPermissionDenied:                 "UserPermissionDenied",
	UserBindDeviceTokenFailed:            "UserBindDeviceTokenFailed",
	UserUnbindDeviceTokenFailed:          "UserUnbindDeviceTokenFailed",
	UserBindAnotherDevice:                "UserBindAnotherDevice",
	UserLoginTooManyDevices:              "UserLoginTooManyDevices",
	UserMuted:                            "UserMuted",
	UserKickedByChangePassword:           "UserKickedByChangePassword",
	UserKickedByOtherDevice:              "UserKickedByOtherDevice",
	UserAlreadyLoginAnother:              "UserAlreadyLoginAnother",
	UserMutedByAdmin:                     "UserMutedByAdmin",
	UserDeviceChanged:                    "UserDeviceChanged",
	UserNotFriend:                        "UserNotOnRoster",
	ServerNotReachable:                   "ServerNotReachable",
	ServerTimeout:                        "ServerTimeout",
	ServerBusy:                           "ServerBusy",
	ServerUnknownError:                   "ServerUnknownError",
	ServerGetDNSListFailed:               "ServerGetDNSConfigFailed",
	ServerServiceRestricted:              "ServerServingForbidden",
	ServerDecryptionFailed:               "ServerDecryptionFailed",
	ConnectionTimeout:                    "ConnectionTimeout",
	ConnectionDNSError:                   "ConnectionDNSError",
	ConnectionIOError:                    "ConnectionIOError",
	ConnectionStreamClosed:               "ConnectionStreamClosed",
	ConnectionProvisionTimeout:           "ConnectionProvisionTimeout",
	FileNotFound:                         "FileNotFound",
	FileInvalid:                          "FileInvalid",
	FileUploadFailed:                     "FileUploadFailed",
	FileDownloadFailed:                   "FileDownloadFailed",
	FileDeleteFailed:                     "FileDeleteFailed",
	FileTooLarge:                         "FileTooLarge",
	FileContentImproper:                  "FileContentImproper",
	FileIsExpired:                        "FileExpired",
	FileDurationTooLong:                  "FileDurationTooLong",
	FileVoiceToTextFailed:                "FileVoiceToTextFailed",
	MessageInvalid:                       "MessageInvalid",
	MessageIncludeIllegalContent:         "MessageIncludeIllegalContent",
	MessageSendTrafficLimit:              "MessageTrafficLimit",
	MessageEncryptionError:               "MessageEncryption",
	MessageRecallTimeLimit:               "MessageRecallTimeLimit",
	ServiceNotEnabled:                    "ServiceNotEnable",
	MessageExpired:                       "MessageExpired",
	MessageIllegalWhitelist:              "MessageIllegalWhiteList",
	MessageExternalLogicBlocked:          "MessageExternalLogicBlocked",
	MessageCurrentLimiting:               "MessageCurrentLimiting",
	MessageSizeLimit:                     "MessageSizeLimit",
	MessageEditFailed:                    "EditFailed",
	MessageStreamIntervalTimeout:         "StreamIntervalTimeout",
	MessageStreamTimeout:                 "MessageStreamTimeout",
	GroupInvalidID:                       "GroupInvalidId",
	GroupAlreadyJoined:                   "GroupAlreadyJoined",
	GroupNotJoined:                       "GroupNotJoined",
	GroupPermissionDenied:                "GroupPermissionDenied",
	GroupMembersFull:                     "GroupMembersFull",
	GroupSharedFileInvalidID:             "GroupSharedFileInvalidId",
	GroupNotExist:                        "GroupNotExist",
	GroupDisabled:                        "GroupDisabled",
	GroupNameViolation:                   "GroupNameViolation",
	GroupMemberAttributesReachLimit:      "GroupMemberAttributesReachLimit",
	GroupMemberAttributesUpdateFailed:    "GroupMemberAttributesUpdateFailed",
	GroupMemberAttributesKeyReachLimit:   "GroupMemberAttributesKeyReachLimit",
	GroupMemberAttributesValueReachLimit: "GroupMemberAttributesValueReachLimit",
	GroupUserInBlocklist:                 "GroupUserInBlockList",
	ChatRoomInvalidID:                    "ChatroomInvalidId",
	ChatRoomAlreadyJoined:                "ChatroomAlreadyJoined",
	ChatRoomNotJoined:                    "ChatroomNotJoined",
	ChatRoomPermissionDenied:             "ChatroomPermissionDenied",
	ChatRoomMembersFull:                  "ChatroomMembersFull",
	ChatRoomNotExist:                     "ChatroomNotExist",
	ChatRoomOwnerNotAllowLeave:           "ChatroomOwnerNotAllowLeave",
	ChatRoomUserInBlocklist:              "ChatroomUserInBlockList",
	UserInfoUserCountExceed:              "UserCountExceed",
	UserInfoDataLengthExceed:             "UserInfoDataLengthExceed",
	ContactAddFailed:                     "ContactAddFaild",
	ContactReachLimit:                    "ContactReachLimit",
	ContactReachLimitPeer:                "ContactReachLimitPeer",
	PresenceParamLengthExceed:            "PresenceParamExceed",
	PresenceCannotSubscribeYourself:      "PresenceCannotSubscribeSelf",
	TranslateParamInvalid:                "TranslateParamError",
	TranslateServiceNotEnable:            "TranslateServiceNotEnabled",
	TranslateUsageLimit:                  "TranslateUsageLimit",
	TranslateMessageFail:                 "TranslateServiceFail",
	ThirdModerationFailed:                "ModerationFailed",
	ThirdDefaultFailed:                   "ThirdServiceFailed",
	ReactionReachLimit:                   "ReactionReachLimit",
	ReactionHasBeenOperated:              "ReactionHasBeenOperated",
	ReactionOperationIsIllegal:           "ReactionOperationIsIllegal",
	ThreadNotExist:                       "ThreadNotExist",
	ThreadAlreadyExist:                   "ThreadAlreadyExist",
	ThreadCreateMessageIllegal:           "ThreadCreateMessageIllegal",
	PushNotSupport:                       "NotSupportPush",
	PushBindFailed:                       "PushBindFailed",
	PushUnbindFailed:                     "PushUnBindFailed",
}

// goNameExceptions maps the codes whose Go constant name is not the SDK
// name's words re-cased to that Go name. Every other Go name folds to the SDK
// name without its underscores (UserMuted, USER_MUTED). The tests check
// every constant in codes.go against Parse, so a missing exception fails
// them.
var goNameExceptions = map[Code]string{
	NoError:                "NoError",                // EM_NO_ERROR: the EM_ prefix is dropped
	PushUnbindFailedLegacy: "PushUnbindFailedLegacy", // PUSH_UNBIND_FAILED is 1502's Go name
}
