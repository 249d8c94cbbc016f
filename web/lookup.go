package web

import (
	"slices"

	"github.com/seed-a36dd713/chaterr"
)

// minCode is the lowest Web number. index maps number-minCode to the
// number's live row, and inError to the row that an error object with the
// number means, so that every per-code question is one bounds check and
// two loads; nil marks an undocumented number.
const minCode = -4

var (
	index, inError = buildIndex()
	documented     = buildDocumented()
)

func buildIndex() (live, inErr []*row) {
	fillRows()
	last := rows[len(rows)-1].code
	live = make([]*row, last-minCode+1)
	inErr = make([]*row, last-minCode+1)
	for i := range rows {
		r := &rows[i]
		switch r.role {
		case roleLive:
			live[r.code-minCode] = r
			if inErr[r.code-minCode] == nil {
				inErr[r.code-minCode] = r
			}
		case roleInError:
			inErr[r.code-minCode] = r
		}
	}
	return live, inErr
}

func buildDocumented() []Code {
	codes := make([]Code, 0, len(rows))
	for i, r := range index {
		if r != nil {
			codes = append(codes, Code(i+minCode))
		}
	}
	return codes
}

// noRow is what an undocumented code looks up.
var noRow row

// lookup returns the live row of c, or noRow for an undocumented code.
func (c Code) lookup() *row {
	if i := uint(c - minCode); i < uint(len(index)) && index[i] != nil {
		return index[i]
	}
	return &noRow
}

// errorRow returns the row that an error object with type c means, or
// noRow for an undocumented code.
func (c Code) errorRow() *row {
	if i := uint(c - minCode); i < uint(len(inError)) && inError[i] != nil {
		return inError[i]
	}
	return &noRow
}

// Known reports whether c is a documented Web code, one with a constant in
// this package.
func (c Code) Known() bool { return c.lookup().desc != "" }

// Description returns a one-sentence description of c's live row, or ""
// when c is undocumented.
func (c Code) Description() string { return c.lookup().desc }

// Hint returns one sentence on what a program or an engineer should do
// about c's live row, or "" when c is undocumented.
func (c Code) Hint() string { return c.lookup().hint }

// Category returns the family of c, or CategoryUnknown when c is
// undocumented.
func (c Code) Category() Category { return c.lookup().cat }

// Status returns whether current releases send c, or StatusUnknown when c
// is undocumented.
func (c Code) Status() Status { return c.lookup().status }

// Deprecated reports whether no current Web SDK release sends c any more
// (StatusRemoved). Such a code is kept so that a report from an old client
// still decodes.
func (c Code) Deprecated() bool { return c.lookup().status == StatusRemoved }

// Native returns the native SDK code with the same meaning as c, and
// whether there is one. The native number is often not c's: Web 605
// (GROUP_NOT_EXIST) is native 606. For 0 it is chaterr.NoError, the meaning
// of 0 on a success path; an error object with type 0 means something else
// (see [Code.InErrorObject] and [Error.Native]).
func (c Code) Native() (chaterr.Code, bool) {
	n := c.lookup().native
	return n.code, n.ok
}

// Codes returns every documented Web code once, in ascending order. A
// number with two rows is listed once; [Rows] lists every row. The slice is
// new on each call, so the caller may change it.
func Codes() []Code { return slices.Clone(documented) }

// Retryable reports whether the call that failed with c may succeed if it
// is made again later: the native code's answer where c has a native
// equivalent ([Code.Native]), and otherwise the Web row's own, whose reason
// is in web/table.go (MESSAGE_WEBSOCKET_DISCONNECTED, REACTION_CREATING,
// WEBIM_CONNCTION_DISCONNECTED and OPERATION_NOT_ALLOWED are).
func (c Code) Retryable() bool { return c.lookup().flag(chaterr.Code.Retryable, rowRetryable) }

// Timeout reports whether c means that something ran out of time, from the
// native code where there is one, else from the Web row.
func (c Code) Timeout() bool { return c.lookup().flag(chaterr.Code.Timeout, rowTimeout) }

// LoginRequired reports whether a new login can fix c, from the native code
// where there is one, else from the Web row (WEBIM_CONNECTION_ERROR and
// REST_PARAMS_STATUS are).
func (c Code) LoginRequired() bool {
	return c.lookup().flag(chaterr.Code.LoginRequired, rowLoginRequired)
}

// AlreadyDone reports whether what the failed call asked for already holds,
// from the native code where there is one, else from the Web row.
func (c Code) AlreadyDone() bool { return c.lookup().flag(chaterr.Code.AlreadyDone, rowAlreadyDone) }

func rowRetryable(r *row) string     { return r.retryable }
func rowTimeout(r *row) string       { return r.timeout }
func rowLoginRequired(r *row) string { return r.loginRequired }
func rowAlreadyDone(r *row) string   { return r.alreadyDone }

// flag answers a classification for the row: the native code's, where
// there is one, else the row's own reason.
func (r *row) flag(native func(chaterr.Code) bool, reason func(*row) string) bool {
	if r.native.ok {
		return native(r.native.code)
	}
	return reason(r) != ""
}
