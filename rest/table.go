package rest

// Row is one documented REST error: the HTTP status, the error string that
// comes with it (empty when the body carries none), what the pair means, and
// whether the same call may succeed if it is made again after a delay.
type Row struct {
	Status    int
	Code      Code
	Meaning   string
	Retryable bool
}

// table is every documented (status, error) pair, in the documentation's
// order. The same string can mean different things under different statuses
// (web_application), so the pair is the key.
var table = []Row{
	{400, JSONParse, "The request body is not valid JSON.", false},
	{400, IllegalArgument, "A parameter is missing or not valid (username, password, message size, history time range).", false},
	{400, InvalidParameter, "A group's name, description or size is not valid.", false},
	{400, DuplicateUniquePropertyExists, "The username to register already exists.", false},
	{400, InvalidGrant, "The username or password of a token request is wrong.", false},
	{400, InvalidRequestBody, "The request body is not valid.", false},
	{400, RequiredPropertyNotFound, "A required property is missing.", false},
	{400, GroupNameViolation, "The group name breaks the content rules.", false},
	{400, GroupAnnounceViolation, "The group announcement breaks the content rules.", false},
	{400, MessageSendError, "Sending the message failed.", false},
	{400, ParamIllegal, "A parameter is not valid.", false},
	{401, Unauthorized, "The app token is missing, not valid or expired, or open registration is off.", false},
	{401, AuthBadAccessToken, "The access token is corrupt or cannot be authenticated.", false},
	{403, ForbiddenOp, "The operation is not allowed in the current state (membership, ownership, group count, or a feature that is off).", false},
	{403, ExceedLimit, "The inviter or the invitee has reached the contact limit.", false},
	{403, GroupError, "The group operation was refused (feature not enabled, permissions).", false},
	{403, MessageRewriteError, "Message editing is not enabled.", false},
	{404, OrganizationApplicationNotFound, "The org name or app name in the URL is wrong.", false},
	{404, ServiceResourceNotFound, "The user, group or chat room does not exist.", false},
	{404, ResourceNotFound, "The user does not exist.", false},
	{404, StorageObjectNotFound, "The history file or attachment does not exist.", false},
	{404, FileExpired, "The history file or attachment has expired.", false},
	{404, EntityNotFound, "The entity does not exist.", false},
	{405, "", "The HTTP method is not allowed for this URL.", false},
	{408, "", "The server timed out waiting for the request.", true},
	{409, ConcurrentOperationError, "Another operation on the same object is in progress.", true},
	{413, "", "The attachment is larger than the limit.", false},
	{415, WebApplication, "The Content-Type is not supported.", false},
	{429, ReachLimit, "The API's call-frequency limit was hit.", true},
	{429, ResourceLimited, "A quota of the pricing plan was exceeded; upgrade the plan.", false},
	{500, NoFullTextIndex, "The server has no full-text index for the query.", false},
	{500, UnsupportedServiceOperation, "The operation is not supported.", false},
	{500, WebApplication, "The server failed without a specific reason.", true},
	{501, "", "Not implemented.", false},
	{502, "", "Bad gateway.", true},
	{503, "", "Service unavailable.", true},
	{504, "", "Gateway timeout.", true},
}

// Table returns every documented (status, error) pair, in the order of the
// documentation's table, as a new slice on each call.
func Table() []Row { return append([]Row(nil), table...) }

// pairKey is the look-up key of a row.
type pairKey struct {
	status int
	code   Code
}

// rows indexes table by (status, code).
var rows = func() map[pairKey]Row {
	m := make(map[pairKey]Row, len(table))
	for _, r := range table {
		m[pairKey{r.Status, r.Code}] = r
	}
	return m
}()

// retryableStatus decides by the status alone, for a pair the table does not
// list: 408 (request timeout), 409 (conflict), 429 (too many requests) and
// every 5xx but 501 (not implemented) may pass; nothing else will.
func retryableStatus(status int) bool {
	switch {
	case status == 408, status == 409, status == 429:
		return true
	case status == 501:
		return false
	default:
		return status >= 500 && status <= 599
	}
}
