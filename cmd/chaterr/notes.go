package main

import (
	"fmt"
	"maps"

	"github.com/seed-a36dd713/chaterr"
	"github.com/seed-a36dd713/chaterr/web"
)

// notes say, for a number whose meaning changed between releases or differs
// between platforms, what it meant elsewhere, printed as the note line (text)
// and the note key (JSON): the release notes below, then the Web SDK's other
// meaning of the number, if it has one.
var notes = func() map[chaterr.Code]string {
	m := maps.Clone(releaseNotes)
	for _, row := range web.Rows() { // live rows first, so the current meaning leads
		n, ok := row.Collides()
		if !ok {
			continue
		}
		if m[n] != "" {
			m[n] += " "
		}
		m[n] += webNote(n, row)
	}
	return m
}()

// webNote says what a row of the Web table means by the native number n,
// which native SDKs use for another error: every row whose collides column
// names n, the rows that old Web releases sent included.
func webNote(n chaterr.Code, row web.Row) string {
	if row.Deprecated() {
		return fmt.Sprintf("Older Web SDK releases sent %d for %s: %s", int(n), row.Name, row.Description)
	}
	return fmt.Sprintf("From a Web SDK client (agora-chat, easemob-websdk), %d is %s: %s", int(n), row.Name, row.Description)
}

// releaseNotes are what numbers meant in other native releases or on other
// native platforms, one sentence each. The facts are in the README's
// SDK-versions section.
var releaseNotes = map[chaterr.Code]string{
	605:  "Releases from before the 2023 swap of 605 and 606 (Agora Chat iOS 1.x, Easemob's 2022 iOS SDK) send 605 when the group does not exist; read their numbers with -old-release.",
	606:  "Releases from before the 2023 swap of 605 and 606 send 606 for an invalid shared-file ID in a group, today's 605; read their numbers with -old-release.",
	706:  "Agora Chat iOS releases before v1.3.0 used 706 for a chat room message whose priority is not valid.",
	305:  "Easemob Android releases before 4.22.0 also sent 305 when fetching the server list from DNS failed, which is 304 now.",
	900:  "The 2023 Unity and Windows error page called 900 PUSH_NOT_SUPPORT, but SDKs never sent it for push; push not supported is 1500.",
	901:  "The 2023 Unity and Windows error page called 901 PUSH_BIND_FAILED, but SDKs never sent it for push; a failed push binding is 1501.",
	902:  "The 2023 Unity and Windows error page called 902 PUSH_UNBIND_FAILED; no SDK defines it, and a failed push unbinding is 1502.",
	1403: "The iOS SDK headers give 1403 to PUSH_NOT_SUPPORT (1500 on other platforms), so from an iOS client it means push notifications are not supported.",
}

// note returns the note for c, or "".
func note(c chaterr.Code) string { return notes[c] }

// oldReleaseNote is the note under -old-release: for a number that
// FromOldRelease moves, which number an old release sent; else the note.
func oldReleaseNote(c chaterr.Code) string {
	if sent := chaterr.FromOldRelease(int(c)); sent != c {
		return fmt.Sprintf("Read with -old-release: releases from before the 605/606 swap send %d for this.", int(sent))
	}
	return note(c)
}
