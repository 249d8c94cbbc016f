package chaterr

import "slices"

// row is every fact the package holds about one documented code, but its
// constant and name, which live in codes.go for stringer: one row of rows.
type row struct {
	code Code
	// desc says what happened, in one sentence of the package's own words.
	desc string
	// hint says what to do about it, in one sentence.
	hint string
	// flags are the classifications that hold for the code; each code in a
	// flag is named in the doc comment of that flag's method in classify.go,
	// with the reason, and the tests hold the two to each other.
	flags flags
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
}

// rows is the table of documented codes, in ascending order, one row a
// code. To add a code, see "Adding a code" in README.md: the oracle row in
// testdata/codes.tsv, the constant in codes.go, the row here, the reason in
// the doc comment of each predicate it joins, and go generate.
var rows = [...]row{
	// General (0-99)
	{code: NoError, ios: "NoError", goName: "NoError",
		desc: "The operation completed successfully.",
		hint: "Nothing to do: treat the call as successful and never wrap this value in an error."},
	{code: GeneralError, ios: "General",
		desc: "The SDK was not initialized properly, or the server gave no specific reason for the failure.",
		hint: "Make sure the SDK was initialized with a valid app key before any other call; if it was, collect the SDK log and the name of the failing call and escalate to support."},
	{code: NetworkError, flags: flagRetryable, ios: "NetworkUnavailable",
		desc: "The connection to the server was lost because the network went down.",
		hint: "Wait until the device is online again (the connection listener reports it), then repeat the call with back-off and a small cap on attempts."},
	{code: DatabaseError, ios: "DatabaseOperationFailed",
		desc: "An operation on the SDK's local database failed, for example because it is not open or the message is not stored.",
		hint: "Do not retry blindly: make sure the user is logged in so the local store is open, and only update messages that were saved locally; report with the SDK log otherwise."},
	{code: ExceedServiceLimit, flags: flagRetryable, ios: "ExceedServiceLimit",
		desc: "The request would exceed a quota of the app's pricing plan, or an API was called more often than its frequency limit allows.",
		hint: "For a call-frequency limit (user-attribute APIs) wait and retry with back-off; for a used-up plan quota stop retrying and raise the plan or ask for fewer items per call."},
	{code: ServiceArrearages, flags: flagDeprecated, ios: "ServiceArrearages",
		desc: "The account's balance is too low for the service (no longer used).",
		hint: "Deprecated and not sent by current SDKs; if an old build reports it, settle the account balance with the vendor and do not retry."},
	{code: PushReportActionFailed, ios: "PushReportActionFailed", also: []string{"PUSH_REPROT_ACTION_FAILED"},
		desc: "Reporting what the user did with a push notification to the server failed.",
		hint: "Treat it as non-fatal: record it with the push message ID and let the user carry on; nothing in the UI should wait for this report."},
	{code: PartialSuccess, ios: "PartialSuccess",
		desc: "The request succeeded as a whole, but some of its items failed.",
		hint: "Read the per-item results and repeat the request only for the items that failed; the other items already took effect."},
	{code: AppActiveNumberReachLimitation, ios: "AppActiveNumbersReachLimitation",
		desc: "The app has reached its daily or monthly cap on active users.",
		hint: "Retrying will not help until the next day or month: upgrade the chat plan in the console to raise the app's DAU or MAU allowance."},

	// Credential (100-199)
	{code: InvalidAppKey, ios: "InvalidAppkey",
		desc: "The app key is not valid.",
		hint: "Put the correct app key (copy it from the app's page in the console) into the SDK options and initialize again; no retry can succeed."},
	{code: InvalidUserName, ios: "InvalidUsername",
		desc: "A user ID argument is not valid, for example empty.",
		hint: "Fix the request: pass a non-empty, valid user ID (watch for empty strings coming from the UI) and only then call again."},
	{code: InvalidPassword, flags: flagLoginRequired, ios: "InvalidPassword",
		desc: "The login password is empty or wrong.",
		hint: "Send the user back to the login screen to enter the password again; repeating the call with the same password fails the same way."},
	{code: InvalidURL, flags: flagDeprecated, ios: "InvalidURL",
		desc: "A URL given to the SDK is malformed (no longer used).",
		hint: "Deprecated and not sent by current SDKs; if an old build reports it, correct the URL argument you passed and do not retry unchanged."},
	{code: InvalidToken, flags: flagLoginRequired, ios: "InvalidToken",
		desc: "The login token is empty or not valid.",
		hint: "Get a fresh token from your app server and log in again with it; never repeat the login with the same token."},
	{code: UserNameTooLong, ios: "UsernameTooLong",
		desc: "The user ID is longer than the 64-byte limit.",
		hint: "Shorten the user ID to at most 64 bytes before calling again; the same ID will always be refused."},
	{code: ChannelSyncNotOpen, ios: "ChannelSyncNotOpen",
		desc: "The server-side conversation list is not enabled for the app.",
		hint: "Turn on the server-side conversation list feature for the app in the console, or stop calling the server conversation APIs until it is on."},
	{code: InvalidConversation, ios: "InvalidConversation",
		desc: "The conversation is not valid: its ID or type is wrong, or it does not exist.",
		hint: "Check the conversation ID and conversation type you passed, and that the conversation exists, before calling again."},
	{code: TokenExpired, flags: flagLoginRequired, ios: "TokenExpire",
		desc: "The login token has expired.",
		hint: "Ask your app server for a new token and sign in with it again, or show the login screen when no token can be obtained; the old token is useless."},
	{code: TokenWillExpire, ios: "TokeWillExpire",
		desc: "The login token is near the end of its validity period and should be renewed.",
		hint: "Not a failure: fetch a new token from your app server now and hand it to renewToken so the session goes on without a logout."},
	{code: InvalidParam, ios: "InvalidParam",
		desc: "An argument passed to the SDK is not valid.",
		hint: "Compare every argument of the failing method with its API reference and fix the wrong one; an unchanged retry fails again."},
	{code: OperationUnsupported, ios: "OperationUnsupported",
		desc: "The operation is not supported by this SDK release, message type or conversation type.",
		hint: "Do not retry: upgrade the SDK, or use a message or conversation type for which this operation exists."},
	{code: QueryParamReachesLimit, ios: "QueryParamReachesLimit",
		desc: "The query asks for more items at once than its limit allows.",
		hint: "Ask for fewer items per call (split the query into batches) so the request stays inside the API's documented maximum."},

	// User (200-299)
	{code: UserAlreadyLogin, flags: flagAlreadyDone, ios: "UserAlreadyLoginSame", also: []string{"USER_ALREADY_LOGIN_SAME"},
		desc: "The user is already logged in.",
		hint: "Treat as success: a session for this user already exists (often from auto-login), so skip the extra login call."},
	{code: UserNotLogin, flags: flagLoginRequired, ios: "UserNotLogin",
		desc: "There is no valid login session for the operation.",
		hint: "Finish a login first, or show the login screen when the session cannot be restored, and then repeat the call."},
	{code: UserAuthenticationFailed, flags: flagLoginRequired, ios: "UserAuthenticationFailed",
		desc: "The server refused the credentials because the token is not valid or has expired, or the user ID or password is wrong.",
		hint: "If the client is logged out, show the login screen; if it is still logged in, get a new token from your server and pass it to renewToken."},
	{code: UserAlreadyExist, ios: "UserAlreadyExist",
		desc: "The user ID to register is already taken.",
		hint: "Choose another user ID for the new account; repeating the registration with this ID fails every time."},
	{code: UserNotFound, ios: "UserNotFound",
		desc: "The user ID does not exist.",
		hint: "Check that the user ID is spelled correctly and was registered; create the account from your app server first if it is missing."},
	{code: UserIllegalArgument, ios: "UserIllegalArgument",
		desc: "A user argument, such as the user ID to register, is empty or malformed.",
		hint: "Fix the user argument of the registration or attribute call (empty or malformed user ID) before calling again."},
	{code: UserLoginAnotherDevice, flags: flagLoginRequired, ios: "UserLoginOnAnotherDevice",
		desc: "A login on another device logged this device out because only one device may be logged in.",
		hint: "When onLogout fires, show the login screen; enable multi-device login for the app if users need several devices at the same time."},
	{code: UserRemoved, ios: "UserRemoved",
		desc: "The user's account was deleted on the server.",
		hint: "Clear the local session and go back to the login screen; the account is gone, so it cannot be used to log in again."},
	{code: UserRegFailed, ios: "UserRegisterFailed",
		desc: "Registration failed, for example because open registration is turned off.",
		hint: "Create accounts from your app server through the REST API rather than the SDK, or switch on open registration in the console."},
	{code: PushUpdateConfigsFailed, flags: flagRetryable, ios: "UpdateApnsConfigsFailed", also: []string{"USER_UPDATEINFO_FAILED"},
		desc: "Updating the push settings, such as the push nickname or do-not-disturb, failed.",
		hint: "Call the push-settings method (nickname, do-not-disturb) again after a short delay, with back-off and a small cap on attempts."},
	{code: UserPermissionDenied, ios: "UserPermissionDenied",
		desc: "The user lacks permission for the operation, for example because they are blocked or the message is someone else's.",
		hint: "Check the user's rights for this action (block list, author of the message or attribute, owner or admin for threads) and hide it when not allowed."},
	{code: UserBindDeviceTokenFailed, ios: "UserBindDeviceTokenFailed",
		desc: "Binding the push token to this device failed.",
		hint: "Pass a non-empty device token to the binding call; obtain a fresh one from the push provider before trying again."},
	{code: UserUnbindDeviceTokenFailed, flags: flagRetryable, ios: "UserUnbindDeviceTokenFailed",
		desc: "Unbinding the push token from this device failed.",
		hint: "Call logout again after a delay with back-off; if the user must leave at once, log out without unbinding the device token (argument false)."},
	{code: UserBindAnotherDevice, ios: "UserBindAnotherDevice",
		desc: "The login was refused because another device holds the session and the first device takes precedence.",
		hint: "Do not retry the login: allow multi-device login for the app, or kick the other device (kickDeviceWithToken; kickDevice on iOS) before logging in."},
	{code: UserLoginTooManyDevices, ios: "UserLoginTooManyDevices",
		desc: "The login was refused because the user ID is already logged in on as many devices as allowed.",
		hint: "Raise the number of devices the app allows at once, or kick one signed-in device (kickDeviceWithToken; kickDevice on iOS) before logging in again."},
	{code: UserMuted, ios: "UserMuted",
		desc: "The user is muted in this group or chat room and cannot send messages there.",
		hint: "Disable the input box for this user in that group or room until the mute ends; resending keeps failing until then."},
	{code: UserKickedByChangePassword, flags: flagLoginRequired, ios: "UserKickedByChangePassword",
		desc: "The account's password was changed, which ended this login session.",
		hint: "Call logout and take the user to the login screen so that they sign in with the new password."},
	{code: UserKickedByOtherDevice, flags: flagLoginRequired, ios: "UserKickedByOtherDevice",
		desc: "Another device or the back end forced this device to log out.",
		hint: "Call logout and take the user to the login screen; do not log back in automatically, because the session was ended on purpose."},
	{code: UserAlreadyLoginAnother, ios: "UserAlreadyLoginAnother",
		desc: "Another user is still logged in on this device and must log out first.",
		hint: "Log the current account out first, then log in as the other user; repeating the login without that keeps failing."},
	{code: UserMutedByAdmin, ios: "UserMutedByAdmin",
		desc: "The user is muted app-wide, or everyone in the conversation is muted.",
		hint: "Hide or disable sending while the app-wide or all-member mute is in force; every resend is refused until it is lifted."},
	{code: UserDeviceChanged, flags: flagLoginRequired, ios: "UserDeviceChanged",
		desc: "The automatic login found a different device from the last one while the first device takes precedence.",
		hint: "Log out and show the login screen: a manual login on the new device works, while automatic re-login on the old one keeps failing."},
	{code: UserNotFriend, ios: "UserNotOnRoster", also: []string{"USER_NOT_ON_ROSTER"},
		desc: "The recipient accepts messages only from contacts, and the sender is not one of them.",
		hint: "Add the recipient as a contact and wait until they accept before messaging, or switch off the contacts-only check in the console."},

	// Server (300-399)
	{code: ServerNotReachable, flags: flagRetryable, ios: "ServerNotReachable",
		desc: "The request could not reach the server.",
		hint: "Retry with back-off once the device is online; if login keeps failing, try another network, and in restricted regions ask support to turn on TLS for the DNS config."},
	{code: ServerTimeout, flags: flagRetryable | flagTimeout, ios: "ServerTimeout",
		desc: "The server did not answer the request in time, usually 30 or 60 seconds.",
		hint: "Retry with back-off after the network recovers or changes; the first attempt may have been applied, so keep retried calls idempotent."},
	{code: ServerBusy, flags: flagRetryable, ios: "ServerBusy",
		desc: "The server is too busy, or the same call was repeated before the previous one returned.",
		hint: "Stop issuing the same call again before the previous one has returned; retry later with back-off."},
	{code: ServerUnknownError, ios: "ServerUnknownError",
		desc: "The server failed with an error it does not classify.",
		hint: "Do not loop on it: capture the SDK log together with the failing call and its arguments and open a support ticket."},
	{code: ServerGetDNSListFailed, flags: flagRetryable, ios: "ServerGetDNSConfigFailed",
		desc: "The SDK could not fetch its server configuration (the DNS list).",
		hint: "With enableDNSConfig off, set the chat and REST server addresses yourself; otherwise retry the login with back-off once the network works."},
	{code: ServerServiceRestricted, ios: "ServerServingForbidden", also: []string{"SERVER_SERVING_DISABLED"},
		desc: "The app's or account's chat service is disabled or restricted on the server.",
		hint: "Enable chat for the app or account in the console, or ask the vendor to lift the restriction; retries keep failing until then."},
	{code: ServerDecryptionFailed, ios: "ServerDecryptionFailed",
		desc: "The SDK could not decrypt data that the server sent.",
		hint: "No vendor fix is published: upgrade to the newest SDK and send the SDK log to support if it repeats; an unchanged retry rarely helps."},
	{code: ServerGetRTCConfigFailed, ios: "ServerGetRTCConfigFailed",
		desc: "The SDK could not fetch its real-time (RTC) settings from the server.",
		hint: "Real-time call features stay unavailable until this works: check network access and the SDK version, log in again, and report with the SDK log if it persists."},
	{code: ServerNoMatchingURL, ios: "ServerNoMatchURL",
		desc: "No address in the server's list fits the request the SDK was about to make.",
		hint: "Check the server-address settings in the SDK options (custom chat or REST server, DNS config) for the app's region; report with the SDK log if they look right."},
	{code: ServerResponseIllegal,
		desc: "The server's response was malformed.",
		hint: "Upgrade the SDK and look for a proxy or firewall that may rewrite traffic between client and server; report with the SDK log if it repeats."},
	{code: ConnectionTimeout, flags: flagRetryable | flagTimeout, ios: "ConnectionTimeout",
		desc: "Connecting to the server during login timed out.",
		hint: "Count it as a login timeout: retry the login with back-off once the network is stable, and suggest switching networks after a few failures."},
	{code: ConnectionDNSError, flags: flagRetryable, ios: "ConnectionDNSError",
		desc: "A DNS look-up failed while connecting to the server during login.",
		hint: "Retry the login with back-off; if it keeps failing, check that the device can resolve names at all, or switch networks."},
	{code: ConnectionIOError, flags: flagRetryable, ios: "ConnectionIOError",
		desc: "An I/O error occurred while connecting to the server during login.",
		hint: "Retry the login with back-off; repeated failures point at the local network, so suggest switching to another one."},
	{code: ConnectionStreamClosed, flags: flagRetryable, ios: "ConnectionStreamClosed",
		desc: "The stream closed while connecting to the server during login.",
		hint: "Retry the login with back-off; a connection dropped midway normally succeeds on a fresh attempt."},
	{code: ConnectionProvisionTimeout, flags: flagRetryable | flagTimeout, ios: "ConnectionProvisionTimeout",
		desc: "Authentication timed out while connecting to the server during login.",
		hint: "Count it as a login timeout, not a credential problem: retry the login with back-off once the network is stable."},

	// File (400-499)
	{code: FileNotFound, ios: "FileNotFound",
		desc: "The log file or attachment to fetch could not be found.",
		hint: "For a log file, ask for it once more (not in a loop); for an attachment, the server copy no longer exists, so mark it unavailable."},
	{code: FileInvalid, ios: "FileInvalid",
		desc: "The file to upload, such as a group shared file or an attachment, is not usable.",
		hint: "Ask the user to pick another file and upload that one."},
	{code: FileUploadFailed, ios: "FileUploadFailed",
		desc: "Uploading the file failed.",
		hint: "Let the user send the file again by hand; if uploads keep failing, compare the file with the size and type limits and read the SDK log for the failing call."},
	{code: FileDownloadFailed, ios: "FileDownloadFailed",
		desc: "Downloading the file failed.",
		hint: "Check the network and whether the attachment is past its storage period, then let the user start the download again by hand."},
	{code: FileDeleteFailed, ios: "FileDeleteFailed",
		desc: "An old log file could not be deleted.",
		hint: "Make sure the app may delete files in its log and chat-history folders (storage permission), then fetch the log again."},
	{code: FileTooLarge, ios: "FileTooLarge",
		desc: "The file is larger than the size limit, 10 MB by default.",
		hint: "Keep attachments and group shared files under 10 MB (the default), or ask the vendor's sales team for a higher limit."},
	{code: FileContentImproper, ios: "FileContentImproper",
		desc: "The file's content breaks the content rules.",
		hint: "Ask the user to pick a file that meets the content rules; the same file will be rejected again."},
	{code: FileIsExpired, ios: "FileExpired",
		desc: "The attachment or shared file is past its storage period, 7 days by default.",
		hint: "Mark the file as no longer available; ask the vendor to extend storage beyond the 7-day default if users need older files."},
	{code: FileDurationTooLong, ios: "FileDurationTooLong",
		desc: "The voice file is longer than the 60 seconds that transcription to text accepts.",
		hint: "Transcribe only voice messages of 60 seconds or less; offer playback without text for longer ones."},
	{code: FileVoiceToTextFailed, ios: "FileVoiceToTextFailed",
		desc: "Transcribing the voice file to text failed.",
		hint: "Offer playback without text and let the user ask for the transcript again later; report repeated failures with the SDK log."},

	// Message (500-599)
	{code: MessageInvalid, ios: "MessageInvalid",
		desc: "The message is not valid: it is empty, has no ID, or its sender is not the logged-in user.",
		hint: "Fix how the message is built: give it a non-empty ID and body and make the logged-in user its sender before sending again."},
	{code: MessageIncludeIllegalContent, ios: "MessageIncludeIllegalContent",
		desc: "The content filter rejected the message.",
		hint: "Tell the user the content filter blocked the message and review its interception records in the console; do not resend it unchanged."},
	{code: MessageSendTrafficLimit, flags: flagRetryable, ios: "MessageTrafficLimit",
		desc: "Messages are being sent faster than the rate limit allows.",
		hint: "Slow down: resend with back-off, spread bursts over time, and keep message bodies small."},
	{code: MessageEncryptionError, flags: flagDeprecated, ios: "MessageEncryption",
		desc: "Encrypting the message failed (no longer used).",
		hint: "Deprecated and not sent by current SDKs; if an old build reports it, upgrade the SDK and send the message again."},
	{code: MessageRecallTimeLimit, ios: "MessageRecallTimeLimit",
		desc: "The message is past its recall period and can no longer be recalled.",
		hint: "Tell the user the recall window is over; lengthen it in the console (Easemob allows up to 7 days) or through the vendor if the product needs more time."},
	{code: ServiceNotEnabled, ios: "ServiceNotEnable",
		desc: "A feature that the call needs is not enabled for the app.",
		hint: "Find the feature the failing call needs and enable it for the app in the console, or ask support to activate it."},
	{code: MessageExpired, ios: "MessageExpired",
		desc: "The message is too old for the operation, such as a group read receipt after 3 days.",
		hint: "Send group read receipts only for messages from the last 3 days; ask the vendor for a longer period if needed."},
	{code: MessageIllegalWhitelist, ios: "MessageIllegalWhiteList",
		desc: "Everyone in the group or chat room is muted, and the sender is not on its allow list.",
		hint: "Disable sending while everyone is muted, or have an admin put the user on the group or room allow list."},
	{code: MessageExternalLogicBlocked, ios: "MessageExternalLogicBlocked",
		desc: "The app's own pre-send callback rejected the message.",
		hint: "Tell the user the message was refused and check the rules and logs of your own pre-send callback service."},
	{code: MessageCurrentLimiting, flags: flagRetryable, ios: "MessageCurrentLimiting",
		desc: "This user is sending messages faster than the per-user limit set for the app.",
		hint: "Resend later with back-off; the per-user send rate was agreed with the vendor, so have it raised there if normal traffic hits it."},
	{code: MessageSizeLimit, ios: "MessageSizeLimit",
		desc: "The message body is larger than the size limit, 5 KB by default.",
		hint: "Keep the message body under 5 KB (the default), or send large content as a file attachment instead."},
	{code: MessageEditFailed, ios: "EditFailed",
		desc: "Editing the sent message failed.",
		hint: "Confirm the message may be edited (own message, editable type) and read the SDK log for the cause; do not loop on the edit."},
	{code: MessageStreamIntervalTimeout, ios: "StreamIntervalTimeout",
		desc: "More than 30 seconds passed between two chunks of a streamed message, so the stream ended.",
		hint: "Start a new streamed message and keep later chunks less than 30 seconds apart, for example by flushing partial output sooner."},
	{code: MessageStreamTimeout, ios: "MessageStreamTimeout",
		desc: "Sending the streamed message took longer than 30 minutes in all.",
		hint: "Split long output across several messages so that no single streamed message runs for more than 30 minutes."},

	// Group (600-699)
	{code: GroupInvalidID, ios: "GroupInvalidId",
		desc: "The group ID is empty or not valid.",
		hint: "Fix the request: pass the non-empty ID of a group that still exists."},
	{code: GroupAlreadyJoined, flags: flagAlreadyDone, ios: "GroupAlreadyJoined",
		desc: "The group already counts this user among its members.",
		hint: "Treat as success: the user is already a member, so carry on as if the join had worked."},
	{code: GroupNotJoined, ios: "GroupNotJoined",
		desc: "The user is not a member of the group.",
		hint: "Join the group first, or refresh the group list because it may have been dissolved, before sending to it or managing it."},
	{code: GroupPermissionDenied, ios: "GroupPermissionDenied",
		desc: "The user's role in the group does not allow this operation.",
		hint: "Check the user's group role (owner, admin, member) before offering the action, and hide it from roles that lack it."},
	{code: GroupMembersFull, ios: "GroupMembersFull",
		desc: "The group already has as many members as it may.",
		hint: "Show a group-full message; the owner can raise the member maximum (200 by default) within the plan's limit."},
	{code: GroupSharedFileInvalidID, ios: "GroupSharedFileInvalidId",
		desc: "The group shared-file ID is empty or not valid.",
		hint: "Pass a non-empty shared-file ID, taken from the group's file list, to the download or delete call."},
	{code: GroupNotExist, ios: "GroupNotExist",
		desc: "The group does not exist or was dissolved.",
		hint: "Refresh the group list and drop local references: the ID is wrong or the group has been dissolved."},
	{code: GroupDisabled, ios: "GroupDisabled",
		desc: "The group has been disabled.",
		hint: "Show the group as disabled and have an administrator lift the ban; calls on it fail until then."},
	{code: GroupNameViolation, ios: "GroupNameViolation",
		desc: "The group name breaks the content rules.",
		hint: "Ask the user for a different group name that contains no sensitive words."},
	{code: GroupMemberAttributesReachLimit, ios: "GroupMemberAttributesReachLimit",
		desc: "The member's custom attributes would exceed 4 KB in total.",
		hint: "Keep one member's custom attributes at 4 KB or less in total; remove or shorten some before setting more."},
	{code: GroupMemberAttributesUpdateFailed, ios: "GroupMemberAttributesUpdateFailed",
		desc: "Setting the member's custom attributes failed.",
		hint: "Read the SDK log and check the keys and values you sent; fix the cause before trying again rather than looping."},
	{code: GroupMemberAttributesKeyReachLimit, ios: "GroupMemberAttributesKeyReachLimit",
		desc: "A member attribute key is longer than 16 bytes.",
		hint: "Shorten each member attribute key to 16 bytes or less."},
	{code: GroupMemberAttributesValueReachLimit, ios: "GroupMemberAttributesValueReachLimit",
		desc: "A member attribute value is longer than 512 bytes.",
		hint: "Shorten each member attribute value to 512 bytes or less."},
	{code: GroupUserInBlocklist, ios: "GroupUserInBlockList",
		desc: "The user is on the group's block list.",
		hint: "Show that this user is barred from the group; an admin must first remove them from its block list (console or API)."},

	// Chat room (700-799)
	{code: ChatRoomInvalidID, ios: "ChatroomInvalidId",
		desc: "The chat room ID is empty or not valid.",
		hint: "Fix the request: pass a non-empty chat room ID."},
	{code: ChatRoomAlreadyJoined, flags: flagAlreadyDone, ios: "ChatroomAlreadyJoined",
		desc: "This user has joined the chat room before and is still in it.",
		hint: "Treat as success: the user is a member of the room already, so carry on as if the join had worked."},
	{code: ChatRoomNotJoined, ios: "ChatroomNotJoined",
		desc: "The user is not in the chat room.",
		hint: "Join the chat room first, after checking the ID and that the room still exists, before sending to it or managing it."},
	{code: ChatRoomPermissionDenied, ios: "ChatroomPermissionDenied",
		desc: "The user's role in the chat room does not allow this operation.",
		hint: "Check the user's chat room role before offering the action, and hide it from roles that lack it."},
	{code: ChatRoomMembersFull, ios: "ChatroomMembersFull",
		desc: "The chat room already has as many members as it may.",
		hint: "Show a room-full message; raise the room's member maximum if the plan allows it."},
	{code: ChatRoomNotExist, ios: "ChatroomNotExist",
		desc: "The chat room does not exist.",
		hint: "Check the chat room ID and drop local references if the room was destroyed."},
	{code: ChatRoomOwnerNotAllowLeave, ios: "ChatroomOwnerNotAllowLeave",
		desc: "The chat room's owner may not leave it while allowChatroomOwnerLeave is off.",
		hint: "Transfer ownership before leaving, or set allowChatroomOwnerLeave to true in the SDK options when initializing."},
	{code: ChatRoomUserInBlocklist, ios: "ChatroomUserInBlockList",
		desc: "The user is on the chat room's block list.",
		hint: "Show that this user is banned from the room; an admin must take them off the room's block list first."},

	// User attributes (900-999), and the old translation numbers 903-905
	{code: UserInfoUserCountExceed, ios: "UserCountExceed",
		desc: "User attributes were asked for more than 100 users at once.",
		hint: "Ask for the attributes of at most 100 users per call and split longer lists into batches."},
	{code: UserInfoDataLengthExceed, ios: "UserInfoDataLengthExceed",
		desc: "The user attributes to set are longer than 2 KB for one user.",
		hint: "Keep each user's attributes within 2 KB in total (10 GB for the whole app) before setting them."},
	{code: PushUnbindFailedLegacy, flags: flagDeprecated, family: CategoryPush, goName: "PushUnbindFailedLegacy",
		desc: "Unbinding the third-party push token failed, as the 2023 Unity and Windows pages numbered it; releases send 1502.",
		hint: "Deprecated: no current SDK sends it (push-token unbind failures are 1502 now); if an old Unity or Windows build reports it, handle it as 1502."},
	{code: TranslateInvalidParams, flags: flagDeprecated, family: CategoryTranslation, ios: "TranslateParamInvaid", also: []string{"AgoraChatErrorTranslateParamInvalid"},
		desc: "A translation request had a bad argument (the old number of 1110).",
		hint: "Deprecated: current SDKs report this as 1110; upgrade the SDK and correct the translation arguments (text, target languages)."},
	{code: TranslateFail, flags: flagDeprecated, family: CategoryTranslation, ios: "TranslateFail",
		desc: "The translation service could not complete a request (the old number of 1113).",
		hint: "Deprecated: current SDKs report this as 1113; upgrade the SDK and read the debug log for the failed translation."},
	{code: TranslateNotInit, flags: flagDeprecated, family: CategoryTranslation, ios: "TranslateNotInit",
		desc: "Translation was asked for before the service was set up for the app (the old number of 1111).",
		hint: "Deprecated: current SDKs report this as 1111; upgrade the SDK and enable translation for the app in the console."},

	// Contact (1000-1099)
	{code: ContactAddFailed, ios: "ContactAddFaild", also: []string{"AgoraChatErrorContactAddFailed", "EMErrorContactAddFailed"},
		desc: "Adding the contact failed.",
		hint: "Read the description that comes with the code to learn why the contact was refused, and fix that cause before asking again."},
	{code: ContactReachLimit, ios: "ContactReachLimit",
		desc: "The inviting user already has as many contacts as allowed.",
		hint: "Tell the inviter their contact list is full; remove some contacts, or raise the per-user contact cap (console on Easemob, support on Agora)."},
	{code: ContactReachLimitPeer, ios: "ContactReachLimitPeer",
		desc: "The invited user already has as many contacts as allowed.",
		hint: "Tell the inviter the other user's contact list is full; only that user can free room, unless you raise the per-user contact cap for the app."},

	// Presence (1100-1109)
	{code: PresenceParamLengthExceed, ios: "PresenceParamExceed",
		desc: "A presence argument is longer than 64 bytes, or presence is not enabled for the app.",
		hint: "Keep presence details to 64 bytes or less, and make sure presence is enabled for the app in the console."},
	{code: PresenceCannotSubscribeYourself, ios: "PresenceCannotSubscribeSelf",
		desc: "A user cannot subscribe to their own presence.",
		hint: "Remove the current user's own ID from the list of users to subscribe to."},

	// Translation (1110-1199)
	{code: TranslateParamInvalid, ios: "TranslateParamError",
		desc: "A translation argument is not valid.",
		hint: "Fix the translation arguments (text, target language codes) with the help of the debug log; an unchanged retry fails again."},
	{code: TranslateServiceNotEnable, ios: "TranslateServiceNotEnabled",
		desc: "Translation is not enabled for the app.",
		hint: "Enable the translation service for the app in the console before calling any translation API."},
	{code: TranslateUsageLimit, ios: "TranslateUsageLimit",
		desc: "The app's translation quota is used up.",
		hint: "Stop calling translation until the quota is renewed; buy more usage through the vendor's sales team."},
	{code: TranslateMessageFail, ios: "TranslateServiceFail",
		desc: "Translating the message failed.",
		hint: "Read the debug log for the failed translation and let the user try again later instead of looping."},

	// Moderation (1200-1299)
	{code: ThirdModerationFailed, ios: "ModerationFailed", also: []string{"MODERATION_FAILED"},
		desc: "The third-party moderation service rejected the message.",
		hint: "Tell the user the moderation service refused the message, and review the moderation settings and records in the console."},
	{code: ThirdDefaultFailed, ios: "ThirdServiceFailed", also: []string{"THIRD_SERVER_FAILED"},
		desc: "A moderation service other than the third-party one rejected the message.",
		hint: "Tell the user the message was refused, and review the rules and records of that moderation service in the console; do not resend unchanged."},

	// Reaction (1300-1399)
	{code: ReactionReachLimit, ios: "ReactionReachLimit",
		desc: "The message already carries as many reactions as allowed.",
		hint: "Tell the user this message cannot take more reactions; ask the vendor if you need a higher per-message limit."},
	{code: ReactionHasBeenOperated, flags: flagAlreadyDone, ios: "ReactionHasBeenOperated",
		desc: "The user has already added this reaction.",
		hint: "Treat as success: the user's reaction is already on the message."},
	{code: ReactionOperationIsIllegal, ios: "ReactionOperationIsIllegal",
		desc: "The user may not perform this reaction operation.",
		hint: "Let users remove only reactions they added and react only in conversations they belong to; check the arguments you passed."},

	// Thread (1400-1499)
	{code: ThreadNotExist, ios: "ThreadNotExist",
		desc: "The thread does not exist.",
		hint: "Check the thread ID and refresh the thread list; the thread may have been destroyed."},
	{code: ThreadAlreadyExist, ios: "ThreadAlreadyExist",
		desc: "The message already has a thread.",
		hint: "Open the thread that already exists under that message instead of creating another one."},
	{code: ThreadCreateMessageIllegal, ios: "ThreadCreateMessageIllegal",
		desc: "The thread's parent message is not valid, for example because it was recalled.",
		hint: "Do not start a thread from a recalled or unusable parent message; choose a valid message."},

	// Push (1500-1599)
	{code: PushNotSupport, ios: "NotSupportPush",
		desc: "This device cannot use the push provider that the app set up.",
		hint: "Compare the device maker's push setup with the vendor's offline-push guide; ask the vendor when the device is not supported at all."},
	{code: PushBindFailed, flags: flagRetryable, ios: "PushBindFailed",
		desc: "Uploading (binding) the third-party push token to the server failed.",
		hint: "Register the push listener to learn of failures, then call bindDeviceToken again with back-off once the network works."},
	{code: PushUnbindFailed, flags: flagRetryable, ios: "PushUnBindFailed",
		desc: "Unbinding the third-party push token failed.",
		hint: "Call logout again later with back-off; if the user must leave at once, log out without unbinding the push token (argument false)."},
}

// flags are the classification bits of a code; see classify.go.
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
// size the table at package start-up; TestTableRows names it.
const maxTableCode = 1 << 16

func buildEntries() []entry {
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
