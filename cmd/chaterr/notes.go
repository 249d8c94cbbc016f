package main

import (
	"fmt"

	"github.com/seed-a36dd713/chaterr"
	"github.com/seed-a36dd713/chaterr/web"
)

// webNotes say, for a native number that the Web SDK uses for another
// error, what it means there: every row whose collides column names it, the
// live rows first so that the current meaning leads.
var webNotes = func() map[chaterr.Code]string {
	m := map[chaterr.Code]string{}
	for _, row := range web.Rows() {
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

// note returns the note for c, printed as the note line (text) and the note
// key (JSON): what the number meant in other native releases or on other
// native platforms (chaterr's ReleaseNote), then the Web SDK's other meaning
// of the number, if it has one; or "".
func note(c chaterr.Code) string {
	rel, w := c.ReleaseNote(), webNotes[c]
	switch {
	case rel == "":
		return w
	case w == "":
		return rel
	}
	return rel + " " + w
}

// oldReleaseNote is the note under -old-release: for a number that
// FromOldRelease moves, which number an old release sent; else the note.
func oldReleaseNote(c chaterr.Code) string {
	if sent := chaterr.FromOldRelease(int(c)); sent != c {
		return fmt.Sprintf("Read with -old-release: releases from before the 605/606 swap send %d for this.", int(sent))
	}
	return note(c)
}
