package rest

// Code is the error string of a failed Agora Chat REST API call: the "error"
// field of its JSON body, such as "reach_limit". The constants below are
// every string that the documentation lists. Any other string is kept as it
// is: [Code.Known] reports false and it matches only itself. An empty Code
// means the body carried no error field, as some 4xx answers and gateway
// errors do.
//
// The same string can mean different things under different statuses (see
// [WebApplication]), so an [*Error] keeps the status beside the Code.
type Code string

// Request errors (400).
const (
	// JSONParse is answered (400) when the request body is not valid JSON.
	JSONParse Code = "json_parse"
	// IllegalArgument is answered (400) when a parameter is missing or not
	// valid: a username, a password, a message that is too large, a history
	// time range.
	IllegalArgument Code = "illegal_argument"
	// InvalidParameter is answered (400) when a group's name, description or
	// size is not valid.
	InvalidParameter Code = "invalid_parameter"
	// DuplicateUniquePropertyExists is answered (400) when the username to
	// register already exists.
	DuplicateUniquePropertyExists Code = "duplicate_unique_property_exists"
	// InvalidGrant is answered (400) to a token request with a wrong username
	// or password.
	InvalidGrant Code = "invalid_grant"
	// InvalidRequestBody is answered (400) when the request body is not
	// valid.
	InvalidRequestBody Code = "invalid_request_body"
	// RequiredPropertyNotFound is answered (400) when a required property is
	// missing.
	RequiredPropertyNotFound Code = "required_property_not_found"
	// GroupNameViolation is answered (400) when a group name breaks the
	// content rules.
	GroupNameViolation Code = "group_name_violation"
	// GroupAnnounceViolation is answered (400) when a group announcement
	// breaks the content rules.
	GroupAnnounceViolation Code = "group_announce_violation"
	// MessageSendError is answered (400) when sending a message fails.
	MessageSendError Code = "message_send_error"
	// ParamIllegal is answered (400) when a parameter is not valid.
	ParamIllegal Code = "param_illegal"
)

// Authorization errors (401, 403).
const (
	// Unauthorized is answered (401) when the app token is missing, not valid
	// or expired, or when registering a user while open registration is off.
	Unauthorized Code = "unauthorized"
	// AuthBadAccessToken is answered (401) when the access token is corrupt
	// or cannot be authenticated.
	AuthBadAccessToken Code = "auth_bad_access_token"
	// ForbiddenOp is answered (403) when the operation is not allowed in the
	// current state: already a member, not a member, owner only, too many
	// groups, or a feature that is not enabled.
	ForbiddenOp Code = "forbidden_op"
	// ExceedLimit is answered (403) when the inviter or the invitee has
	// reached the contact limit.
	ExceedLimit Code = "exceed_limit"
	// GroupError is answered (403) when a group operation is refused, for
	// example because the thread or group feature is not enabled.
	GroupError Code = "group_error"
	// MessageRewriteError is answered (403) when message editing is not
	// enabled.
	MessageRewriteError Code = "message_rewrite_error"
)

// Not-found errors (404).
const (
	// OrganizationApplicationNotFound is answered (404) when the org name or
	// app name in the URL is wrong.
	OrganizationApplicationNotFound Code = "organization_application_not_found"
	// ServiceResourceNotFound is answered (404) when the user, group or chat
	// room does not exist.
	ServiceResourceNotFound Code = "service_resource_not_found"
	// ResourceNotFound is answered (404) when the user does not exist.
	ResourceNotFound Code = "resource_not_found"
	// StorageObjectNotFound is answered (404) when the history file or
	// attachment does not exist.
	StorageObjectNotFound Code = "storage_object_not_found"
	// FileExpired is answered (404) when the history file or attachment has
	// expired.
	FileExpired Code = "file_expired"
	// EntityNotFound is answered (404) when the entity does not exist.
	EntityNotFound Code = "entity_not_found"
)

// Conflict, media type and rate errors (409, 415, 429).
const (
	// ConcurrentOperationError is answered (409) when another operation on the
	// same object is in progress, such as a message edit; retry after a
	// delay.
	ConcurrentOperationError Code = "concurrent_operation_error"
	// WebApplication is answered (415) when the Content-Type is not
	// supported, and (500) for an unclassified server failure, which a retry
	// after a delay may get past.
	WebApplication Code = "web_application"
	// ReachLimit is answered (429) when the API's call-frequency limit was
	// hit; retry after a delay.
	ReachLimit Code = "reach_limit"
	// ResourceLimited is answered (429) when a quota of the pricing plan was
	// exceeded; waiting does not help.
	ResourceLimited Code = "resource_limited"
)

// Server errors (500).
const (
	// NoFullTextIndex is answered (500) when the server has no full-text
	// index for the query.
	NoFullTextIndex Code = "no_full_text_index"
	// UnsupportedServiceOperation is answered (500) when the operation is not
	// supported.
	UnsupportedServiceOperation Code = "unsupported_service_operation"
)

// descriptions holds a one-sentence description of every documented error
// string, in this package's words. It is the list of documented strings.
var descriptions = map[Code]string{
	JSONParse:                       "The request body is not valid JSON.",
	IllegalArgument:                 "A parameter is missing or not valid.",
	InvalidParameter:                "A group's name, description or size is not valid.",
	DuplicateUniquePropertyExists:   "The username to register already exists.",
	InvalidGrant:                    "The username or password of a token request is wrong.",
	InvalidRequestBody:              "The request body is not valid.",
	RequiredPropertyNotFound:        "A required property is missing.",
	GroupNameViolation:              "The group name breaks the content rules.",
	GroupAnnounceViolation:          "The group announcement breaks the content rules.",
	MessageSendError:                "Sending the message failed.",
	ParamIllegal:                    "A parameter is not valid.",
	Unauthorized:                    "The app token is missing, not valid or expired, or open registration is off.",
	AuthBadAccessToken:              "The access token is corrupt or cannot be authenticated.",
	ForbiddenOp:                     "The operation is not allowed in the current state, or its feature is not enabled.",
	ExceedLimit:                     "The inviter or the invitee has reached the contact limit.",
	GroupError:                      "The group operation was refused, for example because its feature is not enabled.",
	MessageRewriteError:             "Message editing is not enabled.",
	OrganizationApplicationNotFound: "The org name or app name in the URL is wrong.",
	ServiceResourceNotFound:         "The user, group or chat room does not exist.",
	ResourceNotFound:                "The user does not exist.",
	StorageObjectNotFound:           "The history file or attachment does not exist.",
	FileExpired:                     "The history file or attachment has expired.",
	EntityNotFound:                  "The entity does not exist.",
	ConcurrentOperationError:        "Another operation on the same object is in progress.",
	WebApplication:                  "The Content-Type is not supported (415), or the server failed without a specific reason (500).",
	ReachLimit:                      "The API's call-frequency limit was hit.",
	ResourceLimited:                 "A quota of the pricing plan was exceeded, which waiting does not lift.",
	NoFullTextIndex:                 "The server has no full-text index for the query.",
	UnsupportedServiceOperation:     "The operation is not supported.",
}

// Known reports whether c is an error string that the documentation lists.
func (c Code) Known() bool { _, ok := descriptions[c]; return ok }

// Description returns a one-sentence description of c, or "" when c is not
// documented.
func (c Code) Description() string { return descriptions[c] }

// Error returns c itself, so that a bare Code is an error that errors.Is can
// match against an [*Error].
func (c Code) Error() string { return string(c) }

// Codes returns every documented error string, in the order of the
// documentation's table, as a new slice on each call.
func Codes() []Code {
	codes := make([]Code, 0, len(table))
	seen := map[Code]bool{}
	for _, r := range table {
		if r.Code != "" && !seen[r.Code] {
			seen[r.Code] = true
			codes = append(codes, r.Code)
		}
	}
	return codes
}
