package rest

// Row is one documented REST error: the HTTP status, the error string that
// comes with it (empty when the body carries none), the phrase of the
// server's description that selects this row (empty for the pair's
// fallback), what the row means in this package's words, and whether the
// same call may succeed if it is made again after a delay.
type Row struct {
	Status      int    // the HTTP status
	Code        Code   // the error string as the server sends it; "" for a body without one
	When        string // a lower-case phrase of error_description that selects the row; "" for the pair's fallback
	Description string // what the row means, in one sentence
	Retryable   bool   // whether the same call may pass after a delay
}

// table is every documented (status, error, when) row, in the order of the
// project's reference table; it is the one place where each meaning is
// written. A When phrase is lower-case ASCII.
var table = []Row{
	{400, JSONParse, "", "The request body is not valid JSON.", false},
	{400, IllegalArgument, "", "A parameter is missing or not valid (username, password, from, target_type, message too large, history time range).", false},
	{400, InvalidParameter, "", "A group or chat-room field is missing or not valid (name, description, size, avatar, a field that cannot be changed, more than 60 users in one batch).", false},
	{400, DuplicateUniquePropertyExists, "", "The username to register already exists (or a batch repeats it with another password).", false},
	{400, InvalidGrant, "", "The token request was refused: wrong username, password or client ID/secret, or the user is banned.", false},
	{400, InvalidRequestBody, "", "The request body is not valid.", false},
	{400, RequiredPropertyNotFound, "", "A required property is missing (the user-mute API also answers this for a user that does not exist).", false},
	{400, MessageSendError, "", "The message request is not valid (empty from, to, type or body; ext not a JSON object; too many targets; message too large).", false},
	{400, ParamIllegal, "", "A parameter is not valid.", false},
	{400, "", "", "The request was refused; only the description says why (presence, device resource, chat-room attribute or favorites calls).", false},
	{400, "", "set presence failed", "The user's presence status could not be set with the given parameters.", false},
	{400, "", "ext is too big", "The presence extension is longer than 1024 bytes.", false},
	{400, "", "resource not exist", "The device resource ID in the request does not exist.", false},
	{400, "", "you can't sub yourself", "A user cannot subscribe to their own presence.", false},
	{400, "", "too many sub presence", "A presence subscription names more than 100 users.", false},
	{400, "", "too many get presences", "A presence query names more than 100 users.", false},
	{400, "", "too many unsub presences", "A presence unsubscription names more than 100 users.", false},
	{400, "", "too many queries", "The call-frequency limit was hit.", true},
	{400, "", "exceed allowed batch size", "The request names more than 10 chat-room attribute keys.", false},
	{400, "", "others are not allowed to be set", "A chat-room attribute set by another user cannot be changed by this call.", false},
	{400, "", "user collection not found", "The favorite (collection) ID does not exist.", false},
	{400, BadRequestUpper, "", "A user-attribute query names too many users (at most 100).", false},
	{400, BadRequest, "", "A parameter is missing or over a limit, or the reaction service is not enabled (message deletion, reactions).", false},
	{400, EntityNotFoundException, "", "The named push template does not exist.", false},
	{400, IllegalArgumentException, "", "A parameter is missing or out of range (shared-file upload, push settings).", false},
	{400, InvalidMessageIDException, "", "The message ID is not a number.", false},
	{400, UnsupportedMessageTypeException, "", "This message type cannot be edited (only text and custom messages can).", false},
	{400, RequiredPropertyNotFoundException, "", "The user named in a push-settings call does not exist.", false},
	{400, ForbiddenOp, "", "The named users are not members of the chat room.", false},
	{400, GroupError, "", "A thread request is not valid (page limit too large, name too long, message not a usable group message, too many users).", false},
	{400, Management, "", "The user does not exist.", false},
	{400, MessageRecallError, "", "A recall parameter is empty or the message's recipient cannot be found.", false},
	{400, MessageRewriteError, "", "This message type cannot be edited.", false},
	{400, MetadataError, "", "A group-member attribute request is not valid (key or value too long, users not in the group, too many users per call).", false},
	{400, ParamException, "", "A delete request names more than 50 message IDs.", false},
	{400, ServiceOpenException, "", "A service the call needs (message roaming, presence, group online count) is not enabled for the app.", false},
	{401, Unauthorized, "", "The app token is missing, not valid or expired, or open registration is off.", false},
	{401, AuthBadAccessToken, "", "The access token is corrupt or cannot be authenticated.", false},
	{401, MetadataException, "", "The user is not in the chat room (chat-room attributes).", false},
	{401, MessageRewriteError, "", "This app may not edit the message (wrong msg_id).", false},
	{401, RewriteMessageNotAuthorizedException, "", "The message to edit does not belong to this app.", false},
	{401, MetadataError, "", "The token does not match the user (user attributes).", false},
	{403, ForbiddenOp, "", "The operation is not allowed in this state (already a member, not a member, owner-only, too many groups joined or created, feature not enabled, announcement too long).", false},
	{403, ExceedLimit, "", "A count or length limit was reached (contacts of inviter or invitee, groups or chat rooms joined or created, members, tag, name or description length).", false},
	{403, GroupError, "", "A thread operation was refused (thread feature not enabled, thread or joined-thread limit reached, message already has a thread, permissions).", false},
	{403, MessageRewriteError, "", "Message editing is not enabled, or the message has reached its edit limit (10).", false},
	{403, GroupNameViolation, "", "The group name breaks the content rules.", false},
	{403, GroupAnnounceViolation, "", "The group announcement breaks the content rules.", false},
	{403, Forbidden, "", "The user-attribute service is not enabled, or an attribute or announcement size limit was exceeded.", false},
	{403, MessageRecallError, "", "The recall time window has passed, or the message is gone (expired or already recalled).", false},
	{403, MessageSendError, "", "The server refused to send the message.", false},
	{403, MessageSendError, "message send reach limit", "The message-sending rate limit was hit (messages per second or per minute).", true},
	{403, MetadataError, "", "The group-member attribute service is not enabled.", false},
	{403, EditLimitExceededException, "", "The message has been edited the maximum number of times (10).", false},
	{403, EditFeatureNotEnabledException, "", "Message editing is not enabled.", false},
	{404, OrganizationApplicationNotFound, "", "The org name or app name in the URL is wrong.", false},
	{404, ServiceResourceNotFound, "", "The user, group or chat room does not exist.", false},
	{404, ResourceNotFound, "", "The user, group, chat room or chat-room tag named does not exist (or the user is not in the group).", false},
	{404, StorageObjectNotFound, "", "The history file or attachment does not exist.", false},
	{404, FileExpired, "", "The history file or attachment has expired.", false},
	{404, EntityNotFound, "", "The entity does not exist (a user, or a file by file_uuid).", false},
	{404, GroupError, "", "The thread, group or message does not exist, or the thread owner is not in the group.", false},
	{404, InvalidGrant, "", "The user asking for a token does not exist.", false},
	{404, MessageUnavailableException, "", "The message to edit does not exist or has expired.", false},
	{404, MetadataException, "", "The user is not in the group (group-member attributes).", false},
	{404, RestGroupFeignException, "", "The group does not exist (group shared files).", false},
	{404, MessageRewriteError, "", "The message to edit does not exist or has expired.", false},
	{404, MetadataError, "", "The group does not exist (group-member attributes).", false},
	{405, "", "", "The HTTP method is not allowed for this URL.", false},
	{408, "", "", "The server timed out waiting for the request.", true},
	{409, ConcurrentOperationError, "", "Another operation on the same object is in progress (message edit; user token with auto-create).", true},
	{409, MetadataError, "", "Another call is changing the same user's group-member attributes.", true},
	{413, "", "", "The attachment is larger than the limit.", false},
	{413, FileExceedingMaximumLimit, "", "The uploaded file is larger than the size limit (10 MB by default).", false},
	{415, WebApplication, "", "The Content-Type is not supported.", false},
	{429, ReachLimit, "", "The API's call-frequency limit was hit.", true},
	{429, ResourceLimited, "", "A pricing-plan quota was exceeded (waiting does not help; upgrade the plan).", false},
	{500, NoFullTextIndex, "", "The server has no full-text index for the query.", false},
	{500, UnsupportedServiceOperation, "", "The operation is not supported.", false},
	{500, WebApplication, "", "The request URL is not valid.", false},
	{500, "", "", "A back-end service failed internally (message recall).", true},
	{500, InternalServerError, "", "The user-attribute service failed internally.", true},
	{500, RewriteMessageInternalErrorException, "", "Editing the message failed inside the server.", true},
	{501, "", "", "The server does not implement this call.", false},
	{502, "", "", "A gateway got no valid answer from the server behind it.", true},
	{503, "", "", "The service is unavailable for now.", true},
	{504, "", "", "A gateway timed out waiting for the server behind it.", true},
}

// summaries says what a string means across its rows, for each string that
// is documented with more than one row. A string with one row is described
// by that row's Description.
var summaries = map[Code]string{
	InvalidGrant:        "A token request was refused: wrong credentials, a banned user (400), or a user that does not exist (404).",
	MessageSendError:    "A message was not sent: the request is not valid (400), the server refused it (403), or the sending rate limit was hit (403, retry after a delay).",
	ForbiddenOp:         "The operation is not allowed: the users are not chat-room members (400), or the state forbids it (403).",
	GroupError:          "A thread or group call failed: the request is not valid (400), it was refused (403), or its target does not exist (404).",
	MessageRecallError:  "A message could not be recalled: a parameter is empty (400), or the recall window has passed or the message is gone (403).",
	MessageRewriteError: "A message could not be edited: its type (400), the app (401), the feature or edit limit (403), or a missing message (404).",
	MetadataError:       "A user or group-member attribute call failed; only a concurrent change of the same attributes (409) passes when retried after a delay.",
	MetadataException:   "The user is not in the chat room (401) or the group (404) whose attributes the call uses.",
	WebApplication:      "The Content-Type is not supported (415), or the request URL is not valid (500); a retry fails the same way.",
}
