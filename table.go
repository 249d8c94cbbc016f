package chaterr

import "slices"

// row is every fact the package holds about one documented code, but its
// constant and name, which live in codes.go for stringer: one row of rows.
type row struct {
	code Code
	// hint says what to do about it, in one sentence.
	hint string
	// retryable, timeout, loginRequired and alreadyDone each give the
	// reason, one clause, why that classification holds for the code; an
	// empty reason means that it does not. The classification methods'
	// doc comments (classify_gen.go) list the codes with these reasons.
	retryable, timeout, loginRequired, alreadyDone string
	// family is set only where the code's meaning belongs to another family
	// than its number's range (see category.go).
	family Category
	// ios is the iOS enum name without its prefix (AgoraChatError or
	// EMError), or "" where no iOS header declares the code.
	ios string
	// also lists the other spellings that SDKs print for the code: another
	// platform's name, a vendor typo, a full iOS name that is not the prefix
	// and ios.
	also []string
	// goName is set only where the Go constant name is not the SDK name's
	// words re-cased (EM_NO_ERROR is NoError).
	goName string

	// desc, what the code means in one sentence, is the first paragraph of
	// its constant's doc comment in codes.go; flags sums up the reasons and
	// the constant's Deprecated notice. go generate copies the doc comments
	// into rowDocs (table_gen.go), and both fields are filled from it when
	// the package starts.
	desc  string
	flags flags
}

// rowDoc is what the doc comment of a row's constant says, as go generate
// copies it into table_gen.go: the constant's name, the description and the
// text of the Deprecated notice ("" for a current code).
type rowDoc struct{ name, desc, deprecated string }

// rows is the table of documented codes, in ascending order, one row a
// code. To add a code, see "To add a code" in README.md: the oracle row in
// testdata/codes.tsv, the constant and its doc comment in codes.go, the
// row here, and go generate ./...
var rows = [...]row{
	// General (0-99)
	{code: NoError, ios: "NoError", goName: "NoError",
		hint: "Nothing to do: treat the call as successful and never wrap this value in an error."},
	{code: GeneralError, ios: "General",
		hint: "Make sure the SDK was initialized with a valid app key before any other call; if it was, collect the SDK log and the name of the failing call and escalate to support."},
	{code: NetworkError, ios: "NetworkUnavailable",
		retryable: "the network went away, and the call can pass once it is back",
		hint:      "Wait until the device is online again (the connection listener reports it), then repeat the call with back-off and a small cap on attempts."},
	{code: DatabaseError, ios: "DatabaseOperationFailed",
		hint: "Do not retry blindly: make sure the user is logged in so the local store is open, and only update messages that were saved locally; report with the SDK log otherwise."},
	{code: ExceedServiceLimit, ios: "ExceedServiceLimit",
		retryable: "the SDK also reports it for an API's call-frequency limit, which lifts after a delay, and the code does not say which case it is; for a plan quota the bounded attempts simply run out",
		hint:      "For a call-frequency limit (user-attribute APIs) wait and retry with back-off; for a used-up plan quota stop retrying and raise the plan or ask for fewer items per call."},
	{code: ServiceArrearages, ios: "ServiceArrearages",
		hint: "Deprecated and not sent by current SDKs; if an old build reports it, settle the account balance with the vendor and do not retry."},
	{code: PushReportActionFailed, ios: "PushReportActionFailed", also: []string{"PUSH_REPROT_ACTION_FAILED"},
		hint: "Treat it as non-fatal: record it with the push message ID and let the user carry on; nothing in the UI should wait for this report."},
	{code: PartialSuccess, ios: "PartialSuccess",
		hint: "Read the per-item results and repeat the request only for the items that failed; the other items already took effect."},
	{code: AppActiveNumberReachLimitation, ios: "AppActiveNumbersReachLimitation",
		hint: "Retrying will not help until the next day or month: upgrade the chat plan in the console to raise the app's DAU or MAU allowance."},

	// Credential (100-199)
	{code: InvalidAppKey, ios: "InvalidAppkey",
		hint: "Put the correct app key (copy it from the app's page in the console) into the SDK options and initialize again; no retry can succeed."},
	{code: InvalidUserName, ios: "InvalidUsername",
		hint: "Fix the request: pass a non-empty, valid user ID (watch for empty strings coming from the UI) and only then call again."},
	{code: InvalidPassword, ios: "InvalidPassword",
		loginRequired: "the login was refused for its password, which the user can enter again",
		hint:          "Send the user back to the login screen to enter the password again; repeating the call with the same password fails the same way."},
	{code: InvalidURL, ios: "InvalidURL",
		hint: "Deprecated and not sent by current SDKs; if an old build reports it, correct the URL argument you passed and do not retry unchanged."},
	{code: InvalidToken, ios: "InvalidToken",
		loginRequired: "the login was refused for its token, and a new token fixes it",
		hint:          "Get a fresh token from your app server and log in again with it; never repeat the login with the same token."},
	{code: UserNameTooLong, ios: "UsernameTooLong",
		hint: "Shorten the user ID to at most 64 bytes before calling again; the same ID will always be refused."},
	{code: ChannelSyncNotOpen, ios: "ChannelSyncNotOpen",
		hint: "Turn on the server-side conversation list feature for the app in the console, or stop calling the server conversation APIs until it is on."},
	{code: InvalidConversation, ios: "InvalidConversation",
		hint: "Check the conversation ID and conversation type you passed, and that the conversation exists, before calling again."},
	{code: TokenExpired, ios: "TokenExpire",
		loginRequired: "the session ended with its token; a new token and a login restore it",
		hint:          "Ask your app server for a new token and sign in with it again, or show the login screen when no token can be obtained; the old token is useless."},
	{code: TokenWillExpire, ios: "TokeWillExpire",
		hint: "Not a failure: fetch a new token from your app server now and hand it to renewToken so the session goes on without a logout."},
	{code: InvalidParam, ios: "InvalidParam",
		hint: "Compare every argument of the failing method with its API reference and fix the wrong one; an unchanged retry fails again."},
	{code: OperationUnsupported, ios: "OperationUnsupported",
		hint: "Do not retry: upgrade the SDK, or use a message or conversation type for which this operation exists."},
	{code: QueryParamReachesLimit, ios: "QueryParamReachesLimit",
		hint: "Ask for fewer items per call (split the query into batches) so the request stays inside the API's documented maximum."},

	// User (200-299)
	{code: UserAlreadyLogin, ios: "UserAlreadyLoginSame", also: []string{"USER_ALREADY_LOGIN_SAME", "AgoraChatErrorUserAlreadyLogin", "EMErrorUserAlreadyLogin"},
		alreadyDone: "the user is logged in, which is what the login asked for",
		hint:        "Treat as success: a session for this user already exists (often from auto-login), so skip the extra login call."},
	{code: UserNotLogin, ios: "UserNotLogin",
		loginRequired: "there is no session, and a login creates one",
		hint:          "Finish a login first, or show the login screen when the session cannot be restored, and then repeat the call."},
	{code: UserAuthenticationFailed, ios: "UserAuthenticationFailed",
		loginRequired: "the server refused the session's credentials, which a new login or token replaces",
		hint:          "If the client is logged out, show the login screen; if it is still logged in, get a new token from your server and pass it to renewToken."},
	{code: UserAlreadyExist, ios: "UserAlreadyExist",
		hint: "Choose another user ID for the new account; repeating the registration with this ID fails every time."},
	{code: UserNotFound, ios: "UserNotFound",
		hint: "Check that the user ID is spelled correctly and was registered; create the account from your app server first if it is missing."},
	{code: UserIllegalArgument, ios: "UserIllegalArgument",
		hint: "Fix the user argument of the registration or attribute call (empty or malformed user ID) before calling again."},
	{code: UserLoginAnotherDevice, ios: "UserLoginOnAnotherDevice",
		loginRequired: "another login took the session over in single-device mode, and a login here takes it back",
		hint:          "When onLogout fires, show the login screen; enable multi-device login for the app if users need several devices at the same time."},
	{code: UserRemoved, ios: "UserRemoved",
		hint: "Clear the local session and go back to the login screen; the account is gone, so it cannot be used to log in again."},
	{code: UserRegFailed, ios: "UserRegisterFailed",
		hint: "Create accounts from your app server through the REST API rather than the SDK, or switch on open registration in the console."},
	{code: PushUpdateConfigsFailed, ios: "UpdateApnsConfigsFailed", also: []string{"USER_UPDATEINFO_FAILED"},
		retryable: "the vendor traces it to the network or a busy server and answers it with a retry; the call sets the push settings to given values, so repeating it is safe",
		hint:      "Call the push-settings method (nickname, do-not-disturb) again after a short delay, with back-off and a small cap on attempts."},
	{code: UserPermissionDenied, ios: "UserPermissionDenied",
		hint: "Check the user's rights for this action (block list, author of the message or attribute, owner or admin for threads) and hide it when not allowed."},
	{code: UserBindDeviceTokenFailed, ios: "UserBindDeviceTokenFailed",
		hint: "Pass a non-empty device token to the binding call; obtain a fresh one from the push provider before trying again."},
	{code: UserUnbindDeviceTokenFailed, ios: "UserUnbindDeviceTokenFailed",
		retryable: "the vendor traces it to the network or a busy server and answers it with a retry; unbinding twice leaves the same state",
		hint:      "Call logout again after a delay with back-off; if the user must leave at once, log out without unbinding the device token (argument false)."},
	{code: UserBindAnotherDevice, ios: "UserBindAnotherDevice",
		hint: "Do not retry the login: allow multi-device login for the app, or kick the other device (kickDeviceWithToken; kickDevice on iOS) before logging in."},
	{code: UserLoginTooManyDevices, ios: "UserLoginTooManyDevices",
		hint: "Raise the number of devices the app allows at once, or kick one signed-in device (kickDeviceWithToken; kickDevice on iOS) before logging in again."},
	{code: UserMuted, ios: "UserMuted",
		hint: "Disable the input box for this user in that group or room until the mute ends; resending keeps failing until then."},
	{code: UserKickedByChangePassword, ios: "UserKickedByChangePassword",
		loginRequired: "the password change ended the session, and a login with the new password works",
		hint:          "Call logout and take the user to the login screen so that they sign in with the new password."},
	{code: UserKickedByOtherDevice, ios: "UserKickedByOtherDevice",
		loginRequired: "the session was ended from elsewhere, and the vendor's advice is to log out and show the login screen",
		hint:          "Call logout and take the user to the login screen; do not log back in automatically, because the session was ended on purpose."},
	{code: UserAlreadyLoginAnother, ios: "UserAlreadyLoginAnother",
		hint: "Log the current account out first, then log in as the other user; repeating the login without that keeps failing."},
	{code: UserMutedByAdmin, ios: "UserMutedByAdmin",
		hint: "Hide or disable sending while the app-wide or all-member mute is in force; every resend is refused until it is lifted."},
	{code: UserDeviceChanged, ios: "UserDeviceChanged",
		loginRequired: "the automatic login found another device in charge; the vendor's advice, as for the kicks, is to log out and show the login screen, where a manual login on this device works",
		hint:          "Log out and show the login screen: a manual login on the new device works, while automatic re-login on the old one keeps failing."},
	{code: UserNotFriend, ios: "UserNotOnRoster", also: []string{"USER_NOT_ON_ROSTER"},
		hint: "Add the recipient as a contact and wait until they accept before messaging, or switch off the contacts-only check in the console."},

	// Server (300-399)
	{code: ServerNotReachable, ios: "ServerNotReachable",
		retryable: "the path to the server failed, which passes on its own",
		hint:      "Retry with back-off once the device is online; if login keeps failing, try another network, and in restricted regions ask support to turn on TLS for the DNS config."},
	{code: ServerTimeout, ios: "ServerTimeout",
		retryable: "the server was slow, which passes on its own",
		timeout:   "waiting for the server's answer ran out of time",
		hint:      "Retry with back-off after the network recovers or changes; the first attempt may have been applied, so keep retried calls idempotent."},
	{code: ServerBusy, ios: "ServerBusy",
		retryable: "the server was overloaded, which passes on its own",
		hint:      "Stop issuing the same call again before the previous one has returned; retry later with back-off."},
	{code: ServerUnknownError, ios: "ServerUnknownError",
		hint: "Do not loop on it: capture the SDK log together with the failing call and its arguments and open a support ticket."},
	{code: ServerGetDNSListFailed, ios: "ServerGetDNSConfigFailed",
		retryable: "the DNS list is fetched over the same network, so the fetch passes when the network does",
		hint:      "With enableDNSConfig off, set the chat and REST server addresses yourself; otherwise retry the login with back-off once the network works."},
	{code: ServerServiceRestricted, ios: "ServerServingForbidden", also: []string{"SERVER_SERVING_DISABLED"},
		hint: "Enable chat for the app or account in the console, or ask the vendor to lift the restriction; retries keep failing until then."},
	{code: ServerDecryptionFailed, ios: "ServerDecryptionFailed",
		hint: "No vendor fix is published: upgrade to the newest SDK and send the SDK log to support if it repeats; an unchanged retry rarely helps."},
	{code: ServerGetRTCConfigFailed, ios: "ServerGetRTCConfigFailed",
		hint: "Real-time call features stay unavailable until this works: check network access and the SDK version, log in again, and report with the SDK log if it persists."},
	{code: ServerNoMatchingURL, ios: "ServerNoMatchURL",
		hint: "Check the server-address settings in the SDK options (custom chat or REST server, DNS config) for the app's region; report with the SDK log if they look right."},
	{code: ServerResponseIllegal,
		hint: "Upgrade the SDK and look for a proxy or firewall that may rewrite traffic between client and server; report with the SDK log if it repeats."},
	{code: ConnectionTimeout, ios: "ConnectionTimeout",
		retryable: "the login's connection failed on the way to the server, which passes on its own",
		timeout:   "connecting to the server ran out of time",
		hint:      "Count it as a login timeout: retry the login with back-off once the network is stable, and suggest switching networks after a few failures."},
	{code: ConnectionDNSError, ios: "ConnectionDNSError",
		retryable: "the login's connection failed on the way to the server, which passes on its own",
		hint:      "Retry the login with back-off; if it keeps failing, check that the device can resolve names at all, or switch networks."},
	{code: ConnectionIOError, ios: "ConnectionIOError",
		retryable: "the login's connection failed on the way to the server, which passes on its own",
		hint:      "Retry the login with back-off; repeated failures point at the local network, so suggest switching to another one."},
	{code: ConnectionStreamClosed, ios: "ConnectionStreamClosed",
		retryable: "the login's connection failed on the way to the server, which passes on its own",
		hint:      "Retry the login with back-off; a connection dropped midway normally succeeds on a fresh attempt."},
	{code: ConnectionProvisionTimeout, ios: "ConnectionProvisionTimeout",
		retryable: "the login's connection failed on the way to the server, which passes on its own",
		timeout:   "setting the connection up ran out of time",
		hint:      "Count it as a login timeout, not a credential problem: retry the login with back-off once the network is stable."},

	// File (400-499)
	{code: FileNotFound, ios: "FileNotFound",
		hint: "For a log file, ask for it once more (not in a loop); for an attachment, the server copy no longer exists, so mark it unavailable."},
	{code: FileInvalid, ios: "FileInvalid",
		hint: "Ask the user to pick another file and upload that one."},
	{code: FileUploadFailed, ios: "FileUploadFailed",
		hint: "Let the user send the file again by hand; if uploads keep failing, compare the file with the size and type limits and read the SDK log for the failing call."},
	{code: FileDownloadFailed, ios: "FileDownloadFailed",
		hint: "Check the network and whether the attachment is past its storage period, then let the user start the download again by hand."},
	{code: FileDeleteFailed, ios: "FileDeleteFailed",
		hint: "Make sure the app may delete files in its log and chat-history folders (storage permission), then fetch the log again."},
	{code: FileTooLarge, ios: "FileTooLarge",
		hint: "Keep attachments and group shared files under 10 MB (the default), or ask the vendor's sales team for a higher limit."},
	{code: FileContentImproper, ios: "FileContentImproper",
		hint: "Ask the user to pick a file that meets the content rules; the same file will be rejected again."},
	{code: FileIsExpired, ios: "FileExpired",
		hint: "Mark the file as no longer available; ask the vendor to extend storage beyond the 7-day default if users need older files."},
	{code: FileDurationTooLong, ios: "FileDurationTooLong",
		hint: "Transcribe only voice messages of 60 seconds or less; offer playback without text for longer ones."},
	{code: FileVoiceToTextFailed, ios: "FileVoiceToTextFailed",
		hint: "Offer playback without text and let the user ask for the transcript again later; report repeated failures with the SDK log."},

	// Message (500-599)
	{code: MessageInvalid, ios: "MessageInvalid",
		hint: "Fix how the message is built: give it a non-empty ID and body and make the logged-in user its sender before sending again."},
	{code: MessageIncludeIllegalContent, ios: "MessageIncludeIllegalContent",
		hint: "Tell the user the content filter blocked the message and review its interception records in the console; do not resend it unchanged."},
	{code: MessageSendTrafficLimit, ios: "MessageTrafficLimit",
		retryable: "a rate limit, which lifts once the sender slows down",
		hint:      "Slow down: resend with back-off, spread bursts over time, and keep message bodies small."},
	{code: MessageEncryptionError, ios: "MessageEncryption",
		hint: "Deprecated and not sent by current SDKs; if an old build reports it, upgrade the SDK and send the message again."},
	{code: MessageRecallTimeLimit, ios: "MessageRecallTimeLimit",
		hint: "Tell the user the recall window is over; lengthen it in the console (Easemob allows up to 7 days) or through the vendor if the product needs more time."},
	{code: ServiceNotEnabled, ios: "ServiceNotEnable",
		hint: "Find the feature the failing call needs and enable it for the app in the console, or ask support to activate it."},
	{code: MessageExpired, ios: "MessageExpired",
		hint: "Send group read receipts only for messages from the last 3 days; ask the vendor for a longer period if needed."},
	{code: MessageIllegalWhitelist, ios: "MessageIllegalWhiteList",
		hint: "Disable sending while everyone is muted, or have an admin put the user on the group or room allow list."},
	{code: MessageExternalLogicBlocked, ios: "MessageExternalLogicBlocked",
		hint: "Tell the user the message was refused and check the rules and logs of your own pre-send callback service."},
	{code: MessageCurrentLimiting, ios: "MessageCurrentLimiting",
		retryable: "a per-user rate limit, which lifts once the sender slows down",
		hint:      "Resend later with back-off; the per-user send rate was agreed with the vendor, so have it raised there if normal traffic hits it."},
	{code: MessageSizeLimit, ios: "MessageSizeLimit",
		hint: "Keep the message body under 5 KB (the default), or send large content as a file attachment instead."},
	{code: MessageEditFailed, ios: "EditFailed",
		hint: "Confirm the message may be edited (own message, editable type) and read the SDK log for the cause; do not loop on the edit."},
	{code: MessageStreamIntervalTimeout, ios: "StreamIntervalTimeout",
		hint: "Start a new streamed message and keep later chunks less than 30 seconds apart, for example by flushing partial output sooner."},
	{code: MessageStreamTimeout, ios: "MessageStreamTimeout",
		hint: "Split long output across several messages so that no single streamed message runs for more than 30 minutes."},

	// Group (600-699)
	{code: GroupInvalidID, ios: "GroupInvalidId",
		hint: "Fix the request: pass the non-empty ID of a group that still exists."},
	{code: GroupAlreadyJoined, ios: "GroupAlreadyJoined",
		alreadyDone: "the user is a member, which is what the join asked for",
		hint:        "Treat as success: the user is already a member, so carry on as if the join had worked."},
	{code: GroupNotJoined, ios: "GroupNotJoined",
		hint: "Join the group first, or refresh the group list because it may have been dissolved, before sending to it or managing it."},
	{code: GroupPermissionDenied, ios: "GroupPermissionDenied",
		hint: "Check the user's group role (owner, admin, member) before offering the action, and hide it from roles that lack it."},
	{code: GroupMembersFull, ios: "GroupMembersFull",
		hint: "Show a group-full message; the owner can raise the member maximum (200 by default) within the plan's limit."},
	{code: GroupSharedFileInvalidID, ios: "GroupSharedFileInvalidId",
		hint: "Pass a non-empty shared-file ID, taken from the group's file list, to the download or delete call."},
	{code: GroupNotExist, ios: "GroupNotExist",
		hint: "Refresh the group list and drop local references: the ID is wrong or the group has been dissolved."},
	{code: GroupDisabled, ios: "GroupDisabled",
		hint: "Show the group as disabled and have an administrator lift the ban; calls on it fail until then."},
	{code: GroupNameViolation, ios: "GroupNameViolation",
		hint: "Ask the user for a different group name that contains no sensitive words."},
	{code: GroupMemberAttributesReachLimit, ios: "GroupMemberAttributesReachLimit",
		hint: "Keep one member's custom attributes at 4 KB or less in total; remove or shorten some before setting more."},
	{code: GroupMemberAttributesUpdateFailed, ios: "GroupMemberAttributesUpdateFailed",
		hint: "Read the SDK log and check the keys and values you sent; fix the cause before trying again rather than looping."},
	{code: GroupMemberAttributesKeyReachLimit, ios: "GroupMemberAttributesKeyReachLimit",
		hint: "Shorten each member attribute key to 16 bytes or less."},
	{code: GroupMemberAttributesValueReachLimit, ios: "GroupMemberAttributesValueReachLimit",
		hint: "Shorten each member attribute value to 512 bytes or less."},
	{code: GroupUserInBlocklist, ios: "GroupUserInBlockList",
		hint: "Show that this user is barred from the group; an admin must first remove them from its block list (console or API)."},

	// Chat room (700-799)
	{code: ChatRoomInvalidID, ios: "ChatroomInvalidId",
		hint: "Fix the request: pass a non-empty chat room ID."},
	{code: ChatRoomAlreadyJoined, ios: "ChatroomAlreadyJoined",
		alreadyDone: "the user is in the room, which is what the join asked for",
		hint:        "Treat as success: the user is a member of the room already, so carry on as if the join had worked."},
	{code: ChatRoomNotJoined, ios: "ChatroomNotJoined",
		hint: "Join the chat room first, after checking the ID and that the room still exists, before sending to it or managing it."},
	{code: ChatRoomPermissionDenied, ios: "ChatroomPermissionDenied",
		hint: "Check the user's chat room role before offering the action, and hide it from roles that lack it."},
	{code: ChatRoomMembersFull, ios: "ChatroomMembersFull",
		hint: "Show a room-full message; raise the room's member maximum if the plan allows it."},
	{code: ChatRoomNotExist, ios: "ChatroomNotExist",
		hint: "Check the chat room ID and drop local references if the room was destroyed."},
	{code: ChatRoomOwnerNotAllowLeave, ios: "ChatroomOwnerNotAllowLeave", also: []string{"AgoraChatErrorChatroomIllegalTag"},
		hint: "Transfer ownership before leaving, or set allowChatroomOwnerLeave to true in the SDK options when initializing."},
	{code: ChatRoomUserInBlocklist, ios: "ChatroomUserInBlockList",
		hint: "Show that this user is banned from the room; an admin must take them off the room's block list first."},

	// User attributes (900-999), and the old translation numbers 903-905
	{code: UserInfoUserCountExceed, ios: "UserCountExceed",
		hint: "Ask for the attributes of at most 100 users per call and split longer lists into batches."},
	{code: UserInfoDataLengthExceed, ios: "UserInfoDataLengthExceed",
		hint: "Keep each user's attributes within 2 KB in total (10 GB for the whole app) before setting them."},
	{code: PushUnbindFailedLegacy, family: CategoryPush, goName: "PushUnbindFailedLegacy",
		hint: "Deprecated: no current SDK sends it (push-token unbind failures are 1502 now); if an old Unity or Windows build reports it, handle it as 1502."},
	{code: TranslateInvalidParams, family: CategoryTranslation, ios: "TranslateParamInvaid", also: []string{"AgoraChatErrorTranslateParamInvalid"},
		hint: "Deprecated: current SDKs report this as 1110; upgrade the SDK and correct the translation arguments (text, target languages)."},
	{code: TranslateFail, family: CategoryTranslation, ios: "TranslateFail",
		hint: "Deprecated: current SDKs report this as 1113; upgrade the SDK and read the debug log for the failed translation."},
	{code: TranslateNotInit, family: CategoryTranslation, ios: "TranslateNotInit",
		hint: "Deprecated: current SDKs report this as 1111; upgrade the SDK and enable translation for the app in the console."},

	// Contact (1000-1099)
	{code: ContactAddFailed, ios: "ContactAddFaild", also: []string{"AgoraChatErrorContactAddFailed", "EMErrorContactAddFailed"},
		hint: "Read the description that comes with the code to learn why the contact was refused, and fix that cause before asking again."},
	{code: ContactReachLimit, ios: "ContactReachLimit",
		hint: "Tell the inviter their contact list is full; remove some contacts, or raise the per-user contact cap (console on Easemob, support on Agora)."},
	{code: ContactReachLimitPeer, ios: "ContactReachLimitPeer",
		hint: "Tell the inviter the other user's contact list is full; only that user can free room, unless you raise the per-user contact cap for the app."},

	// Presence (1100-1109)
	{code: PresenceParamLengthExceed, ios: "PresenceParamExceed",
		hint: "Keep presence details to 64 bytes or less, and make sure presence is enabled for the app in the console."},
	{code: PresenceCannotSubscribeYourself, ios: "PresenceCannotSubscribeSelf",
		hint: "Remove the current user's own ID from the list of users to subscribe to."},

	// Translation (1110-1199)
	{code: TranslateParamInvalid, ios: "TranslateParamError",
		hint: "Fix the translation arguments (text, target language codes) with the help of the debug log; an unchanged retry fails again."},
	{code: TranslateServiceNotEnable, ios: "TranslateServiceNotEnabled",
		hint: "Enable the translation service for the app in the console before calling any translation API."},
	{code: TranslateUsageLimit, ios: "TranslateUsageLimit",
		hint: "Stop calling translation until the quota is renewed; buy more usage through the vendor's sales team."},
	{code: TranslateMessageFail, ios: "TranslateServiceFail",
		hint: "Read the debug log for the failed translation and let the user try again later instead of looping."},

	// Moderation (1200-1299)
	{code: ThirdModerationFailed, ios: "ModerationFailed", also: []string{"MODERATION_FAILED"},
		hint: "Tell the user the moderation service refused the message, and review the moderation settings and records in the console."},
	{code: ThirdDefaultFailed, ios: "ThirdServiceFailed", also: []string{"THIRD_SERVER_FAILED"},
		hint: "Tell the user the message was refused, and review the rules and records of that moderation service in the console; do not resend unchanged."},

	// Reaction (1300-1399)
	{code: ReactionReachLimit, ios: "ReactionReachLimit",
		hint: "Tell the user this message cannot take more reactions; ask the vendor if you need a higher per-message limit."},
	{code: ReactionHasBeenOperated, ios: "ReactionHasBeenOperated",
		alreadyDone: "the reaction is already on the message",
		hint:        "Treat as success: the user's reaction is already on the message."},
	{code: ReactionOperationIsIllegal, ios: "ReactionOperationIsIllegal",
		hint: "Let users remove only reactions they added and react only in conversations they belong to; check the arguments you passed."},

	// Thread (1400-1499)
	{code: ThreadNotExist, ios: "ThreadNotExist",
		hint: "Check the thread ID and refresh the thread list; the thread may have been destroyed."},
	{code: ThreadAlreadyExist, ios: "ThreadAlreadyExist",
		hint: "Open the thread that already exists under that message instead of creating another one."},
	{code: ThreadCreateMessageIllegal, ios: "ThreadCreateMessageIllegal",
		hint: "Do not start a thread from a recalled or unusable parent message; choose a valid message."},

	// Push (1500-1599)
	{code: PushNotSupport, ios: "NotSupportPush",
		hint: "Compare the device maker's push setup with the vendor's offline-push guide; ask the vendor when the device is not supported at all."},
	{code: PushBindFailed, ios: "PushBindFailed",
		retryable: "the vendor traces it to the network or a busy server and answers it with a retry; binding the same token again is harmless",
		hint:      "Register the push listener to learn of failures, then call bindDeviceToken again with back-off once the network works."},
	{code: PushUnbindFailed, ios: "PushUnBindFailed",
		retryable: "the vendor traces it to the network or a busy server and answers it with a retry; unbinding twice leaves the same state",
		hint:      "Call logout again later with back-off; if the user must leave at once, log out without unbinding the push token (argument false)."},
}

// flags are the classification bits of a code, which the methods of
// classify_gen.go read.
type flags uint8

const (
	flagRetryable flags = 1 << iota
	flagTimeout
	flagLoginRequired
	flagAlreadyDone
	flagDeprecated
)

// entry is what a per-code question needs, indexed by code number.
type entry struct {
	row *row
	cat Category
}

// entries is indexed by code number, so every per-code question is one
// bounds check and one load. An entry without a row is undocumented.
// documented is every documented code in ascending order.
var (
	entries    = buildEntries()
	documented = buildDocumented()
)

// maxTableCode bounds the numbers that the table indexes. A row outside
// 0..maxTableCode would be a typo, and is left out rather than allowed to
// size the table at package start-up; TestTableIsConsistent names it (a row
// without a constant).
const maxTableCode = 1 << 16

func buildEntries() []entry {
	fillRows()
	var last Code
	for i := range rows {
		if c := rows[i].code; c >= 0 && c <= maxTableCode {
			last = max(last, c)
		}
	}
	t := make([]entry, last+1)
	for i := range rows {
		r := &rows[i]
		if r.code < 0 || r.code > maxTableCode {
			continue
		}
		cat := r.family
		if cat == CategoryUnknown {
			cat = categoryOfNumber(r.code)
		}
		t[r.code] = entry{row: r, cat: cat}
	}
	return t
}

// fillRows gives each row its description and its flags: from its doc
// comment, as table_gen.go holds it, and from its reasons. A stale
// table_gen.go (rowDocs shorter than rows, after a row was added without
// go generate) leaves the new rows without a description, which
// TestTableIsConsistent reports (a constant without a description), rather
// than failing at start-up.
func fillRows() {
	for i := range rows {
		r := &rows[i]
		var f flags
		for _, reason := range []struct {
			why  string
			flag flags
		}{{r.retryable, flagRetryable}, {r.timeout, flagTimeout}, {r.loginRequired, flagLoginRequired}, {r.alreadyDone, flagAlreadyDone}} {
			if reason.why != "" {
				f |= reason.flag
			}
		}
		if i < len(rowDocs) {
			r.desc = rowDocs[i].desc
			if rowDocs[i].deprecated != "" {
				f |= flagDeprecated
			}
		}
		r.flags = f
	}
}

// buildDocumented reads the documented codes off entries, whose index order
// is already ascending.
func buildDocumented() []Code {
	codes := make([]Code, 0, len(rows))
	for i, e := range entries {
		if e.row != nil {
			codes = append(codes, Code(i))
		}
	}
	return codes
}

// noRow answers for an undocumented code.
var noRow row

// lookup returns the row of c, or an empty row for an undocumented code.
func (c Code) lookup() *row {
	if uint(c) < uint(len(entries)) {
		if r := entries[c].row; r != nil {
			return r
		}
	}
	return &noRow
}

// Known reports whether c is a documented code, one that has a constant in
// this package.
func (c Code) Known() bool { return uint(c) < uint(len(entries)) && entries[c].row != nil }

// Description returns a one-sentence description of what c means, or ""
// when c is undocumented.
func (c Code) Description() string { return c.lookup().desc }

// Hint returns one sentence saying what a program or an engineer should do
// about c: which call to retry, which setting to turn on, which limit to
// respect, when to show the login screen. It returns "" when c is
// undocumented. The name follows the Hint field of PostgreSQL's errors,
// which Go programs meet in pgconn.PgError.
func (c Code) Hint() string { return c.lookup().hint }

// Category returns the family of c, or CategoryUnknown when c is
// undocumented.
func (c Code) Category() Category {
	if uint(c) < uint(len(entries)) {
		return entries[c].cat
	}
	return CategoryUnknown
}

// Codes returns every documented code in ascending order. The slice is new on
// each call, so the caller may change it.
func Codes() []Code { return slices.Clone(documented) }
