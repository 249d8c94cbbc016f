package rest

// Code is the error string of a failed Agora Chat REST API call: the "error"
// field of its JSON body, such as "reach_limit". The constants below are
// every string that the documentation lists, spelled exactly as the server
// sends it: some per-API tables give an exception class
// ("EditLimitExceededException") or a label with spaces ("param exception")
// instead of a snake_case string, and those are kept as given.
//
// Matching is by the exact string: [Code.Known] and errors.Is compare bytes,
// so "REACH_LIMIT" is not [ReachLimit]. Any other string is kept as it is:
// Known reports false and it matches only itself. An empty Code means the
// body carried no error field, as some 4xx answers and gateway errors do.
//
// The same string can mean different things under different statuses, and
// under one status with different descriptions (see [Lookup]), so an
// [*Error] keeps the status and the server's message beside the Code. Each
// constant's comment names the statuses it comes with; its meanings are in
// [Rows] and [Code.Description].
type Code string

// Error strings first documented with status 400 (a request that is not
// valid).
const (
	// JSONParse comes with status 400.
	JSONParse Code = "json_parse"
	// IllegalArgument comes with status 400.
	IllegalArgument Code = "illegal_argument"
	// InvalidParameter comes with status 400.
	InvalidParameter Code = "invalid_parameter"
	// DuplicateUniquePropertyExists comes with status 400.
	DuplicateUniquePropertyExists Code = "duplicate_unique_property_exists"
	// InvalidGrant comes with statuses 400 and 404.
	InvalidGrant Code = "invalid_grant"
	// InvalidRequestBody comes with status 400.
	InvalidRequestBody Code = "invalid_request_body"
	// RequiredPropertyNotFound comes with status 400.
	RequiredPropertyNotFound Code = "required_property_not_found"
	// MessageSendError comes with statuses 400 and 403; under 403 a
	// description that mentions the send limit makes it a rate limit.
	MessageSendError Code = "message_send_error"
	// ParamIllegal comes with status 400.
	ParamIllegal Code = "param_illegal"
	// BadRequestUpper is "BAD_REQUEST", in capitals, as the user-attribute
	// APIs send it with status 400; [BadRequest] is another string.
	BadRequestUpper Code = "BAD_REQUEST"
	// BadRequest is "Bad Request", with a space, as the message-deletion and
	// reaction APIs send it with status 400.
	BadRequest Code = "Bad Request"
	// EntityNotFoundException comes with status 400.
	EntityNotFoundException Code = "EntityNotFoundException"
	// IllegalArgumentException comes with status 400.
	IllegalArgumentException Code = "IllegalArgumentException"
	// InvalidMessageIDException is "InvalidMessageIdException"; it comes
	// with status 400.
	InvalidMessageIDException Code = "InvalidMessageIdException"
	// UnsupportedMessageTypeException comes with status 400.
	UnsupportedMessageTypeException Code = "UnsupportedMessageTypeException"
	// RequiredPropertyNotFoundException comes with status 400.
	RequiredPropertyNotFoundException Code = "RequiredPropertyNotFoundException"
	// ForbiddenOp comes with statuses 400 and 403.
	ForbiddenOp Code = "forbidden_op"
	// GroupError comes with statuses 400, 403 and 404.
	GroupError Code = "group_error"
	// Management comes with status 400.
	Management Code = "management"
	// MessageRecallError comes with statuses 400 and 403.
	MessageRecallError Code = "message_recall_error"
	// MessageRewriteError comes with statuses 400, 401, 403 and 404.
	MessageRewriteError Code = "message_rewrite_error"
	// MetadataError comes with statuses 400, 401, 403, 404 and 409; only
	// the 409 may succeed when retried after a delay.
	MetadataError Code = "metadata_error"
	// ParamException is "param exception", with a space; it comes with
	// status 400.
	ParamException Code = "param exception"
	// ServiceOpenException is "service open exception", with spaces; it
	// comes with status 400.
	ServiceOpenException Code = "service open exception"
)

// Error strings first documented with status 401 (not authorized).
const (
	// Unauthorized comes with status 401.
	Unauthorized Code = "unauthorized"
	// AuthBadAccessToken comes with status 401.
	AuthBadAccessToken Code = "auth_bad_access_token"
	// MetadataException comes with statuses 401 and 404.
	MetadataException Code = "MetadataException"
	// RewriteMessageNotAuthorizedException comes with status 401.
	RewriteMessageNotAuthorizedException Code = "RewriteMessageNotAuthorizedException"
)

// Error strings first documented with status 403 (refused).
const (
	// ExceedLimit comes with status 403.
	ExceedLimit Code = "exceed_limit"
	// GroupNameViolation comes with status 403.
	GroupNameViolation Code = "group_name_violation"
	// GroupAnnounceViolation comes with status 403.
	GroupAnnounceViolation Code = "group_announce_violation"
	// Forbidden is "FORBIDDEN", in capitals; it comes with status 403.
	Forbidden Code = "FORBIDDEN"
	// EditLimitExceededException comes with status 403.
	EditLimitExceededException Code = "EditLimitExceededException"
	// EditFeatureNotEnabledException comes with status 403.
	EditFeatureNotEnabledException Code = "EditFeatureNotEnabledException"
)

// Error strings first documented with status 404 (not found).
const (
	// OrganizationApplicationNotFound comes with status 404.
	OrganizationApplicationNotFound Code = "organization_application_not_found"
	// ServiceResourceNotFound comes with status 404.
	ServiceResourceNotFound Code = "service_resource_not_found"
	// ResourceNotFound comes with status 404.
	ResourceNotFound Code = "resource_not_found"
	// StorageObjectNotFound comes with status 404.
	StorageObjectNotFound Code = "storage_object_not_found"
	// FileExpired comes with status 404.
	FileExpired Code = "file_expired"
	// EntityNotFound comes with status 404.
	EntityNotFound Code = "entity_not_found"
	// MessageUnavailableException comes with status 404.
	MessageUnavailableException Code = "MessageUnavailableException"
	// RestGroupFeignException comes with status 404.
	RestGroupFeignException Code = "RestGroupFeignException"
)

// Error strings first documented with statuses 409 to 429 (conflict, size,
// media type, limits).
const (
	// ConcurrentOperationError comes with status 409; retry after a delay.
	ConcurrentOperationError Code = "concurrent_operation_error"
	// FileExceedingMaximumLimit is "file exceeding maximum limit", with
	// spaces; it comes with status 413.
	FileExceedingMaximumLimit Code = "file exceeding maximum limit"
	// WebApplication comes with statuses 415 and 500; neither is helped by a
	// retry.
	WebApplication Code = "web_application"
	// ReachLimit comes with status 429; retry after a delay.
	ReachLimit Code = "reach_limit"
	// ResourceLimited comes with status 429; waiting does not help.
	ResourceLimited Code = "resource_limited"
)

// Error strings first documented with status 500 (server failure).
const (
	// NoFullTextIndex comes with status 500.
	NoFullTextIndex Code = "no_full_text_index"
	// UnsupportedServiceOperation comes with status 500.
	UnsupportedServiceOperation Code = "unsupported_service_operation"
	// InternalServerError is "INTERNAL_SERVER_ERROR", in capitals; it comes
	// with status 500 and may succeed when retried after a delay.
	InternalServerError Code = "INTERNAL_SERVER_ERROR"
	// RewriteMessageInternalErrorException comes with status 500 and may
	// succeed when retried after a delay.
	RewriteMessageInternalErrorException Code = "RewriteMessageInternalErrorException"
)

// Known reports whether c is, byte for byte, an error string that the
// documentation lists.
func (c Code) Known() bool { _, ok := descriptions[c]; return ok }

// Description returns one sentence on what c means, or "" when c is not
// documented. For a string documented with one (status, error) pair it is
// that row's Description in [Rows]; for a string with several rows it sums them
// up, and [Lookup] gives the meaning under a given status and description.
func (c Code) Description() string { return descriptions[c] }

// Error returns c itself, so that a bare Code is an error that errors.Is can
// match against an [*Error].
func (c Code) Error() string { return string(c) }

// Codes returns every documented error string, in the order of the
// documentation's table, as a new slice on each call.
func Codes() []Code {
	codes := make([]Code, 0, len(descriptions))
	seen := make(map[Code]bool, len(descriptions))
	for _, r := range table {
		if r.Code != "" && !seen[r.Code] {
			seen[r.Code] = true
			codes = append(codes, r.Code)
		}
	}
	return codes
}
