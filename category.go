package chaterr

import "github.com/seed-a36dd713/chaterr/internal/codec"

// Category is the family a documented code belongs to. Agora numbers its codes
// by family, so the category follows from the number's range, except for a
// code whose meaning belongs to another family (902, a push error numbered
// among the user-attribute codes; 903-905, translation errors of early
// releases). An undocumented code is CategoryUnknown
// whatever its number.
//
// The line comment of each constant is the short name that String returns.
type Category uint8

// The categories, each with the range of numbers it covers.
const (
	// CategoryUnknown is the category of an undocumented code.
	CategoryUnknown Category = iota // unknown
	// CategoryGeneral covers 0-99: success, generic and network failures.
	CategoryGeneral // general
	// CategoryCredential covers 100-199: app key, user ID, password, token.
	CategoryCredential // credential
	// CategoryUser covers 200-299: login sessions, accounts and devices.
	CategoryUser // user
	// CategoryServer covers 300-399: reaching the server and its answers.
	// The login connection failures 350-354 stay here rather than in a
	// family of their own: they are failures to reach the server, like 300
	// and 301, a program treats them the same way (Retryable, and Timeout
	// for 350 and 354), and the number range already says so, so that
	// chaterr -category server still lists every failure to reach it.
	CategoryServer // server
	// CategoryFile covers 400-499: attachments, shared files and logs.
	CategoryFile // file
	// CategoryMessage covers 500-599: sending, recalling and editing messages.
	CategoryMessage // message
	// CategoryGroup covers 600-699: groups and their members.
	CategoryGroup // group
	// CategoryChatRoom covers 700-799: chat rooms and their members.
	CategoryChatRoom // chatroom
	// CategoryUserInfo covers 900-999: user attributes. Before 2024 it was
	// CategoryPush, when the package followed the 2023 Unity and Windows
	// documentation's numbering.
	CategoryUserInfo // userinfo
	// CategoryContact covers 1000-1099: contacts.
	CategoryContact // contact
	// CategoryPresence covers 1100-1109: presence.
	CategoryPresence // presence
	// CategoryTranslation covers 1110-1199: translation.
	CategoryTranslation // translation
	// CategoryModeration covers 1200-1299: content moderation.
	CategoryModeration // moderation
	// CategoryReaction covers 1300-1399: message reactions.
	CategoryReaction // reaction
	// CategoryThread covers 1400-1499: message threads.
	CategoryThread // thread
	// CategoryPush covers 1500-1599: third-party push services, and the
	// deprecated 902, a push error in older documentation.
	CategoryPush // push

	numCategories = iota
)

// categoryRanges gives each category its numbers. The 800s are in no
// category because no current release documents a code there.
var categoryRanges = [...]struct {
	first, last Code
	cat         Category
}{
	{0, 99, CategoryGeneral},
	{100, 199, CategoryCredential},
	{200, 299, CategoryUser},
	{300, 399, CategoryServer},
	{400, 499, CategoryFile},
	{500, 599, CategoryMessage},
	{600, 699, CategoryGroup},
	{700, 799, CategoryChatRoom},
	{900, 999, CategoryUserInfo},
	{1000, 1099, CategoryContact},
	{1100, 1109, CategoryPresence},
	{1110, 1199, CategoryTranslation},
	{1200, 1299, CategoryModeration},
	{1300, 1399, CategoryReaction},
	{1400, 1499, CategoryThread},
	{1500, 1599, CategoryPush},
}

// categoryOfNumber returns the family of the range that holds the number
// c. A documented code whose meaning belongs to another family says so in
// its row's family field (table.go).
func categoryOfNumber(c Code) Category {
	for _, r := range categoryRanges {
		if r.first <= c && c <= r.last {
			return r.cat
		}
	}
	return CategoryUnknown
}

// Categories returns every category but CategoryUnknown, in the order of
// their numbers, as a new slice on each call.
func Categories() []Category { return nativeCategories.List() }

// ParseCategory returns the category whose short name (what String returns:
// "group", "chatroom", "unknown") is s, in any ASCII letter case. Any other
// input returns CategoryUnknown and a [*ParseError] that lists the names.
func ParseCategory(s string) (Category, error) { return nativeCategories.Parse(s) }

// nativeCategories is what the code shared with package web
// (internal/codec) needs to know of Category.
var nativeCategories = codec.Categories[Category, ParseError, *ParseError]{
	Count: numCategories, What: "category", BadWhat: "category", BadReason: "not a category",
}
