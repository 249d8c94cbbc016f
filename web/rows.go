package web

import "github.com/seed-a36dd713/chaterr"

// Row is one row of the Web table: a Web number with one meaning. Most
// numbers have one row; 0, 55 and 304 have two (see [Code]).
type Row struct {
	// Code is the Web number.
	Code Code
	// Name is the Web SDK's name of this row. For the live row of a
	// number it is Code.String().
	Name string
	// Names are the names an SDK prints for this row, Name first, then
	// its other spellings; Parse accepts each of them, and the Go
	// constant name. chaterr.Row.Names has the same form.
	Names []string
	// Description is one sentence on what the row means.
	Description string
	// Hint is one sentence on what to do about it.
	Hint string
	// Category is the row's family.
	Category Category
	// Status says whether current releases send the row.
	Status Status
	// Native is the native code with the same meaning, valid when
	// HasNative is true.
	Native chaterr.Code
	// HasNative reports whether a native code has the same meaning.
	HasNative bool
	// Retryable, Timeout, LoginRequired and AlreadyDone classify the row
	// as the Code methods of those names do: from the native code where
	// there is one, else from the row itself.
	Retryable, Timeout, LoginRequired, AlreadyDone bool

	collides bool
}

// Deprecated reports whether no current release sends this row.
func (r Row) Deprecated() bool { return r.Status == StatusRemoved }

// Collides reports whether native SDKs use the row's number for another
// meaning, and returns that native code: Web 605 (GROUP_NOT_EXIST) collides
// with native 605 (GROUP_SHARED_FILE_INVALIDID). A row whose native
// equivalent has its own number does not collide, nor does a row whose
// number no native SDK release documents. Native numbers that only the
// newest native releases use count, so the native code may not be one that
// package chaterr documents yet.
func (r Row) Collides() (chaterr.Code, bool) {
	if !r.collides {
		return 0, false
	}
	return chaterr.Code(r.Code), true
}

func (r *row) export() Row {
	name := r.name
	if name == "" {
		name = r.code.String()
	}
	return Row{
		Code: r.code, Name: name, Names: append([]string{name}, r.also...),
		Description: r.desc, Hint: r.hint, Category: r.cat, Status: r.status,
		Native: r.native.code, HasNative: r.native.ok, collides: r.collides,
		Retryable:     r.flag(chaterr.Code.Retryable, rowRetryable),
		Timeout:       r.flag(chaterr.Code.Timeout, rowTimeout),
		LoginRequired: r.flag(chaterr.Code.LoginRequired, rowLoginRequired),
		AlreadyDone:   r.flag(chaterr.Code.AlreadyDone, rowAlreadyDone),
	}
}

// Rows returns every row of the Web table, in the whole-table
// order: ascending by number, and for a number with two rows, the live row
// (the one Code's methods describe) first, then the other. It is the order
// of the reference table and of CODES.md. The slice is new on each call.
func Rows() []Row {
	out := make([]Row, len(rows))
	for i := range rows {
		out[i] = rows[i].export()
	}
	return out
}

// Row returns the live row of c, the one its methods describe, and whether
// c is documented.
func (c Code) Row() (Row, bool) {
	r := c.lookup()
	if r.desc == "" {
		return Row{Code: c, Name: c.String()}, false
	}
	return r.export(), true
}

// InErrorObject returns the row that an error object whose type is c
// means, and whether c is documented. It differs from the live row for two
// numbers: 0 in an error object is WEBIM_CONNCTION_USER_NOT_ASSIGN_ERROR
// (open() got no user ID), never success; and 55 is the local database
// failure of releases before easemob-websdk 4.8.0 and agora-chat 1.3.1,
// since the live NOT_EXIST is never sent. [*Error] uses this row.
func (c Code) InErrorObject() (Row, bool) {
	r := c.errorRow()
	if r.desc == "" {
		return Row{Code: c, Name: c.String()}, false
	}
	return r.export(), true
}

// Colliding returns the Web code that uses the number n for a meaning other
// than native n's, and whether there is one, for a note beside a native
// look-up: Colliding(605) is GroupNotExist, because Web 605 means the group
// does not exist while native 605 is an invalid shared-file ID. It reads
// the row an error object of that number means ([Code.InErrorObject]), so
// Colliding(0) is true (a rejected login without a user ID) and
// Colliding(304) is false (the current 304 means what native 304 means).
// Rows that only old clients send count too; check Deprecated on the row.
func Colliding(n chaterr.Code) (Code, bool) {
	if n < minCode {
		return 0, false
	}
	r, ok := Code(n).InErrorObject()
	if !ok {
		return 0, false
	}
	if _, ok := r.Collides(); !ok {
		return 0, false
	}
	return r.Code, true
}
