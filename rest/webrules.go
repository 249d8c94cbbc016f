package rest

import (
	"strconv"
	"strings"

	"github.com/seed-a36dd713/chaterr/web"
)

// The Web SDK (agora-chat, easemob-websdk) turns a failed REST answer that
// it received itself into one of its own codes, by rules on the status, the
// body's numeric error_code and phrases of error_description. webRules are
// those rules, in the order its XHR error handler tests them, so that an
// *Error says what a browser client would have reported for the same answer
// and, through web's table, which native code that is. They are transcribed
// from the project's reference table; rest/testdata/rest-web-mapping.tsv,
// a verbatim copy of it, is the oracle of the tests.

// condKind is what a condition of a rule tests.
type condKind uint8

const (
	descEquals   condKind = iota // error_description is exactly the text
	descContains                 // error_description contains the text, in its letter case
	exceptionIs                  // the body's exception is the class named, with or without a package
	resultEquals                 // the body's result field is exactly the text
)

// cond is one test of a rule.
type cond struct {
	kind condKind
	text string
}

func equals(s string) cond   { return cond{descEquals, s} }
func contains(s string) cond { return cond{descContains, s} }

// webRule is one rule: it applies to an answer with one of its statuses,
// its error_code (when not 0), and at least one of its alternatives (when
// it has any), each a list of conditions that must all hold. A group rule
// applies only when the request URL names groups (its path has a
// "chatgroups" segment); the rule after it, for chat rooms, applies
// otherwise.
type webRule struct {
	statuses  []int
	errorCode ErrorCode
	anyOf     [][]cond
	group     bool
	web       web.Code
}

// one is a rule's list of alternatives with one condition each.
func one(cs ...cond) [][]cond {
	out := make([][]cond, len(cs))
	for i, c := range cs {
		out[i] = []cond{c}
	}
	return out
}

var (
	s400 = []int{400}
	s401 = []int{401}
	s403 = []int{403}
	s404 = []int{404}
	s406 = []int{406}
	s500 = []int{500}
	busy = []int{429, 503}
)

// webRules is every rule of the reference table, in its order.
var webRules = []webRule{
	{statuses: s400, errorCode: ErrorCode40002, web: web.ThreadAlreadyExist},
	{statuses: s400, errorCode: ErrorCode40009, web: web.OperationUnsupported},
	{statuses: s400, errorCode: ErrorCode60005, web: web.GroupMemberAttributesSetFailed},
	{statuses: s400, errorCode: ErrorCode60010, anyOf: one(contains("exceeds chatgroup user metadata single value limit")), web: web.MaxLimit},
	{statuses: s400, errorCode: ErrorCode60010, web: web.NoPermission},
	{statuses: s400, errorCode: ErrorCode60011, web: web.ChatRoomNotJoined},
	{statuses: s400, errorCode: ErrorCode14403, web: web.WebIMUploadFileError},
	{statuses: s400, errorCode: ErrorCode60006, web: web.MaxLimit},
	{statuses: s400, errorCode: ErrorCode60007, web: web.MaxLimit},
	{statuses: s400, errorCode: ErrorCode60009, web: web.MaxLimit},
	{statuses: s400, errorCode: ErrorCode60012, web: web.MaxLimit},
	{statuses: s400, errorCode: ErrorCode91104, web: web.NoPermission},
	{statuses: s400, anyOf: one(contains("are not members of this group")), group: true, web: web.GroupNotJoined},
	{statuses: s400, anyOf: one(contains("are not members of this group")), web: web.ChatRoomNotJoined},
	{statuses: s400, anyOf: one(cond{resultEquals, "the app not open presence"}), web: web.ServiceNotEnabled},
	{statuses: s400, anyOf: one(contains("remark length must less")), web: web.MaxLimit},
	{statuses: s400, anyOf: one(equals("the user is already operation this message")), web: web.ReactionAlreadyAdded},
	{statuses: s400, anyOf: one(equals("The quantity has exceeded the limit!")), web: web.MaxLimit},
	{statuses: s400, anyOf: one(equals("The user not in this group!")), web: web.GroupNotJoined},
	{statuses: s400, anyOf: one(equals("the user operation is illegal!")), web: web.ReactionOperationIsIllegal},
	{statuses: s400, anyOf: one(equals("this appKey is not open reaction service!"), equals("this appKey not open message roaming")), web: web.ServiceNotEnabled},
	{statuses: s400, anyOf: one(equals("this message is creating reaction, please try again.")), web: web.ReactionCreating},
	{statuses: s400, anyOf: one(equals("groupId can not be null!")), web: web.GroupNotExist},
	{statuses: s400, anyOf: one(equals("The input text is too long.")), web: web.TranslationTextTooLong},
	{statuses: s400, anyOf: one(equals("The target language is not valid.")), web: web.TranslationNotValid},
	{statuses: s400, anyOf: one(equals("report failed, get message by id failed")), web: web.MessageNotFound},
	{statuses: s400, anyOf: one(equals("ext is too big ")), web: web.PresenceParamExceed},
	{statuses: s400, anyOf: one(
		equals("Request body not readable.Please check content type is correct!"),
		equals("param mark must be not empty, please check!"),
		equals("param mark illegal, please check it!"),
		equals("param pin_msg_id illegal, please check it!")), web: web.RequestParameterError},
	{statuses: s400, anyOf: one(equals("updateRemark | they are not friends, please add as a friend first.")), web: web.UserNotFriend},
	{statuses: s401, errorCode: ErrorCode40001, web: web.NoPermission},
	{statuses: s401, errorCode: ErrorCode60001, web: web.NoPermission},
	{statuses: s401, anyOf: one(equals("Unable to authenticate (OAuth)")), web: web.NoPermission},
	{statuses: s403, errorCode: ErrorCode40000, web: web.ServiceNotEnabled},
	{statuses: s403, errorCode: ErrorCode60004, web: web.ServiceNotEnabled},
	{statuses: s403, errorCode: ErrorCode15002, web: web.ServiceNotEnabled},
	{statuses: s403, errorCode: ErrorCode40003, web: web.ThreadAlreadyExist},
	{statuses: s403, errorCode: ErrorCode40004, web: web.ThreadAlreadyExist},
	{statuses: s403, errorCode: ErrorCode40005, web: web.MaxLimit},
	{statuses: s403, errorCode: ErrorCode40007, web: web.MaxLimit},
	{statuses: s403, errorCode: ErrorCode91002, web: web.MaxLimit},
	{statuses: s403, errorCode: ErrorCode60002, web: web.PermissionDenied},
	{statuses: s403, errorCode: ErrorCode91101, web: web.MaxLimit},
	{statuses: s403, errorCode: ErrorCode91102, web: web.RequestParameterError},
	{statuses: s403, anyOf: one(equals("group member list is full!")), group: true, web: web.GroupMembersFull},
	{statuses: s403, anyOf: one(equals("group member list is full!")), web: web.ChatRoomMembersFull},
	{statuses: s403, anyOf: [][]cond{{contains("invite users to join group failed"), contains("already in group")}}, group: true, web: web.GroupAlreadyJoined},
	{statuses: s403, anyOf: one(contains("are not members of this group")), group: true, web: web.GroupNotJoined},
	{statuses: s403, anyOf: one(contains("are not members of this group")), web: web.ChatRoomNotJoined},
	{statuses: s403, anyOf: one(contains("service not open!"), contains("message report not open"), contains("messageroaming function not open")), web: web.ServiceNotEnabled},
	{statuses: s403, anyOf: one(contains("members size is greater than max user size !")), web: web.GroupMembersLimit},
	{statuses: s403, anyOf: one(contains("can not operate this group, reason: group is disabled")), web: web.GroupIsDisabled},
	{statuses: s403, anyOf: one(contains("Invitee's contact max count"), contains("Inviter's contact max count")), web: web.MaxLimit},
	{statuses: s403, web: web.PermissionDenied},
	{statuses: s404, errorCode: ErrorCode40011, web: web.ThreadNotExist},
	{statuses: s404, errorCode: ErrorCode40012, web: web.NoPermission},
	{statuses: s404, errorCode: ErrorCode60003, web: web.GroupNotJoined},
	{statuses: s404, errorCode: ErrorCode20004, web: web.GroupNotJoined},
	{statuses: s404, errorCode: ErrorCode91001, web: web.ConversationNotExist},
	{statuses: s404, anyOf: one(contains("do not find this group"), contains("does not exist")), group: true, web: web.GroupNotExist},
	{statuses: s404, anyOf: one(contains("do not find this group"), contains("does not exist")), web: web.ChatRoomNotExist},
	{statuses: s404, anyOf: [][]cond{
		{contains("username"), contains("doesn't exist!'")},
		{contains("user not found")},
		{contains("Service resource not found"), {exceptionIs, "UserNotFoundException"}},
	}, web: web.UserNotFound},
	{statuses: s404, anyOf: one(contains("user session pin message not exist")), web: web.MessageNotFound},
	{statuses: s406, errorCode: ErrorCode90004, web: web.OperationNotAllowed},
	{statuses: busy, anyOf: one(contains("The request has reached the maximum limit"), contains("upload client logs reached limit")), web: web.MaxLimit},
	{statuses: busy, web: web.ServerBusy},
	{statuses: s500, errorCode: ErrorCode40006, web: web.ServerUnknownError},
	{statuses: s500, errorCode: ErrorCode40008, web: web.ServerUnknownError},
	{statuses: s500, errorCode: ErrorCode40010, web: web.ServerUnknownError},
	{statuses: s500, errorCode: ErrorCode90005, web: web.RequestUnknown},
	{statuses: s500, errorCode: ErrorCode99999, web: web.RequestUnknown},
	{statuses: s500, anyOf: one(contains("translte failed!")), web: web.TranslationFailed},
}

// webFallback is what the Web SDK reports for an answer no rule matches.
const webFallback = web.WebIMConnctionAJAXError

// answer is what the rules read of a failed call.
type answer struct {
	status      int
	errorCode   ErrorCode
	description string
	exception   string
	result      string
	group       bool
}

// webCode returns the code the Web SDK reports for a: the first rule that
// matches, or webFallback. It allocates nothing.
func webCode(a *answer) web.Code {
	for i := range webRules {
		if r := &webRules[i]; r.matches(a) {
			return r.web
		}
	}
	return webFallback
}

func (r *webRule) matches(a *answer) bool {
	if !hasStatus(r.statuses, a.status) || (r.errorCode != 0 && r.errorCode != a.errorCode) || (r.group && !a.group) {
		return false
	}
	if len(r.anyOf) == 0 {
		return true
	}
	for _, all := range r.anyOf {
		ok := true
		for _, c := range all {
			if !c.holds(a) {
				ok = false
				break
			}
		}
		if ok {
			return true
		}
	}
	return false
}

func hasStatus(statuses []int, status int) bool {
	for _, s := range statuses {
		if s == status {
			return true
		}
	}
	return false
}

func (c cond) holds(a *answer) bool {
	switch c.kind {
	case descEquals:
		return a.description == c.text
	case descContains:
		return strings.Contains(a.description, c.text)
	case exceptionIs:
		return a.exception == c.text || strings.HasSuffix(a.exception, "."+c.text)
	default:
		return a.result == c.text
	}
}

// groupPath reports whether a request path names groups: it has a segment
// "chatgroups", as /{org}/{app}/chatgroups/{id}/users does.
func groupPath(path string) bool {
	for path != "" {
		var seg string
		seg, path, _ = strings.Cut(path, "/")
		if seg == "chatgroups" {
			return true
		}
	}
	return false
}

// WebRule is one rule by which the Web SDK reads a failed REST answer, for
// tools that list them (the command, CODES.md); [Error.Web] is the result
// of applying them.
type WebRule struct {
	// Statuses are the HTTP statuses the rule applies to.
	Statuses []int
	// ErrorCode is the body's error_code the rule needs, or 0 when it does
	// not read it.
	ErrorCode ErrorCode
	// Match says which error_description (or other body field) the rule
	// needs, such as `contains "user not found"`, or "-" for any.
	Match string
	// GroupURL reports whether the rule applies only to a request URL that
	// names groups.
	GroupURL bool
	// Web is the Web SDK code the rule reports.
	Web web.Code
}

// WebRules returns every rule by which the Web SDK reads a failed REST
// answer, in the order it tests them; the first that matches applies, and
// an answer that matches none is WEBIM_CONNCTION_AJAX_ERROR (17). The slice
// is new on each call.
func WebRules() []WebRule {
	out := make([]WebRule, len(webRules))
	for i, r := range webRules {
		out[i] = WebRule{Statuses: append([]int(nil), r.statuses...), ErrorCode: r.errorCode, Match: r.match(), GroupURL: r.group, Web: r.web}
	}
	return out
}

// match writes a rule's alternatives in the reference table's words.
func (r *webRule) match() string {
	if len(r.anyOf) == 0 {
		return "-"
	}
	alts := make([]string, len(r.anyOf))
	for i, all := range r.anyOf {
		parts := make([]string, len(all))
		for j, c := range all {
			switch c.kind {
			case descEquals:
				parts[j] = "equals " + strconv.Quote(c.text)
			case descContains:
				parts[j] = "contains " + strconv.Quote(c.text)
			case exceptionIs:
				parts[j] = "exception " + c.text
			default:
				parts[j] = "result " + strconv.Quote(c.text)
			}
		}
		alts[i] = strings.Join(parts, " and ")
	}
	return strings.Join(alts, " | ")
}
