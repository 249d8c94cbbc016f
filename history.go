package chaterr

import "iter"

// releaseNote says what a number meant in other native releases or on
// other native platforms than the current numbering that the constants
// follow.
type releaseNote struct {
	code Code
	note string
}

// releaseNotes is the one place where the numbering's history is written:
// every number whose meaning moved between native releases or differs
// between native platforms, with what it meant there, in ascending order.
// The command prints each as a note, CODES.md lists them, and
// testdata/SOURCES.md gives where each fact comes from.
var releaseNotes = [...]releaseNote{
	{UserAlreadyLogin, "Older iOS headers spell 200 EMErrorUserAlreadyLogin and AgoraChatErrorUserAlreadyLogin; Parse reads both."},
	{ServerServiceRestricted, "Easemob Android releases before 4.22.0 also sent 305 when fetching the server list from DNS failed, which is 304 now."},
	{ServiceNotEnabled, "iOS headers before SDK 3.9.0 named 505-508 one place off and called 505 MessageExpired, so an old iOS log may print that name beside 505: trust the number, which means what it means here."},
	{MessageExpired, "iOS headers before SDK 3.9.0 named 505-508 one place off and called 506 IllegalWhiteList, so an old iOS log may print that name beside 506: trust the number, which means what it means here."},
	{MessageIllegalWhitelist, "iOS headers before SDK 3.9.0 named 505-508 one place off and called 507 ExternalLogicBlocked, so an old iOS log may print that name beside 507: trust the number, which means what it means here."},
	{MessageExternalLogicBlocked, "iOS headers before SDK 3.9.0 named 505-508 one place off and called 508 ServiceNotEnable, so an old iOS log may print that name beside 508: trust the number, which means what it means here."},
	{GroupSharedFileInvalidID, "Releases from before the 2023 swap of 605 and 606 (Agora Chat iOS 1.x, Easemob's 2022 iOS SDK) send 605 when the group does not exist; FromOldRelease (the command's -old-release) reads their numbers."},
	{GroupNotExist, "Releases from before the 2023 swap of 605 and 606 send 606 for an invalid shared-file ID in a group, today's 605; FromOldRelease (the command's -old-release) reads their numbers."},
	{ChatRoomOwnerNotAllowLeave, "Agora Chat iOS releases before v1.3.0 used 706 (AgoraChatErrorChatroomIllegalTag) for a chat room message whose priority is not valid."},
	{UserInfoUserCountExceed, "The 2023 Unity and Windows error page and an old Flutter constant table called 900 PUSH_NOT_SUPPORT, but native SDKs send it for user attributes; push not supported is 1500."},
	{UserInfoDataLengthExceed, "The 2023 Unity and Windows error page and an old Flutter constant table called 901 PUSH_BIND_FAILED, but native SDKs send it for user attributes; a failed push binding is 1501."},
	{PushUnbindFailedLegacy, "The 2023 Unity and Windows error page and an old Flutter constant table called 902 PUSH_UNBIND_FAILED; no native SDK header defines it, and a failed push unbinding is 1502."},
	{1403, "The iOS SDK headers give 1403 to PUSH_NOT_SUPPORT (1500 on other platforms), so from an iOS client it means push notifications are not supported."},
}

// ReleaseNote returns what the number c meant in other native SDK releases
// or on other native platforms, in one or two sentences, or "" when its
// meaning never moved. Read it where a number comes from a client of
// unknown release: [FromOldRelease] repairs the 605/606 swap, and the note
// says what no function can repair without more context than the number.
// CODES.md lists every note. ReleaseNote allocates nothing.
func (c Code) ReleaseNote() string {
	for i := range releaseNotes {
		if releaseNotes[i].code == c {
			return releaseNotes[i].note
		}
	}
	return ""
}

// ReleaseNotes visits every number that has a [Code.ReleaseNote], in
// ascending order, with its note.
func ReleaseNotes() iter.Seq2[Code, string] {
	return func(yield func(Code, string) bool) {
		for _, n := range releaseNotes {
			if !yield(n.code, n.note) {
				return
			}
		}
	}
}
