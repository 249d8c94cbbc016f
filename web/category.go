package web

import (
	"github.com/seed-a36dd713/chaterr"
	"github.com/seed-a36dd713/chaterr/internal/codec"
)

// Category is the family of a Web code, as the reference table of Web
// codes groups them. The Web SDK's numbers do not follow families the way
// native numbers do (Web 603 is a general refusal, Web 1400 a conversation
// error), so each row names its family. An undocumented code is
// CategoryUnknown.
//
// The line comment of each constant is the short name that String returns.
type Category uint8

// The Web families.
const (
	// CategoryUnknown is the family of an undocumented code.
	CategoryUnknown Category = iota // unknown
	// CategoryRequest covers cancelled, refused and timed-out calls, and
	// REST failures without a narrower code.
	CategoryRequest // request
	// CategoryGeneral covers success, limits, permissions and the local
	// cache.
	CategoryGeneral // general
	// CategoryConnection covers login, tokens, the WebSocket and connection
	// states.
	CategoryConnection // connection
	// CategoryUser covers sessions ended by the server, devices and mutes.
	CategoryUser // user
	// CategoryFile covers uploads, downloads and speech-to-text.
	CategoryFile // file
	// CategoryMessage covers sending, receiving, moderating and editing
	// messages.
	CategoryMessage // message
	// CategoryGroup covers groups and their members.
	CategoryGroup // group
	// CategoryChatRoom covers chat rooms and their members.
	CategoryChatRoom // chatroom
	// CategoryPresence covers presence.
	CategoryPresence // presence
	// CategoryReaction covers message reactions.
	CategoryReaction // reaction
	// CategoryTranslation covers translation.
	CategoryTranslation // translation
	// CategoryThread covers message threads.
	CategoryThread // thread
	// CategoryConversation covers server-side conversations.
	CategoryConversation // conversation
	// CategoryOther covers what fits no family: the app's own callbacks
	// throwing, and an enum member without a meaning.
	CategoryOther // other

	numCategories = iota
)

// Status says whether the newest Web SDK packages still send a code.
type Status uint8

// The statuses of the reference table of Web codes.
const (
	// StatusUnknown is the status of an undocumented code.
	StatusUnknown Status = iota // unknown
	// StatusCurrent is a code that both newest packages (agora-chat and
	// easemob-websdk) declare or still send.
	StatusCurrent // current
	// StatusEasemobOnly is a code that only easemob-websdk has.
	StatusEasemobOnly // easemob-only
	// StatusHidden is a code marked @hidden in the newest type
	// declarations that the SDK still sends.
	StatusHidden // hidden
	// StatusRemoved is a code that no current release declares or sends;
	// its constant is Deprecated.
	StatusRemoved // removed
)

// MarshalText encodes a category as its short name, such as "group". A
// value that is not a category is an error.
func (c Category) MarshalText() ([]byte, error) { return webCategories.EncodeText(c) }

// UnmarshalText decodes anything that [ParseCategory] accepts. On error it
// returns a [*chaterr.ParseError] and leaves c unchanged.
func (c *Category) UnmarshalText(text []byte) error { return webCategories.DecodeText(text, c) }

// Categories returns every Web family, CategoryUnknown left out, in the
// order of their constants. The slice is new on each call.
func Categories() []Category { return webCategories.List() }

// ParseCategory returns the Web family that s names by its short name, such
// as "group" or "connection", in any ASCII letter case (only ASCII, so that
// a look-alike letter does not match). Any other input is a
// [*chaterr.ParseError] listing the names.
func ParseCategory(s string) (Category, error) { return webCategories.Parse(s) }

// webCategories is what the code shared with package chaterr
// (internal/codec) needs to know of Category.
var webCategories = codec.Categories[Category, chaterr.ParseError, *chaterr.ParseError]{
	Count: numCategories, What: "Web category", BadWhat: "Web code", BadReason: "not a Web category",
}
