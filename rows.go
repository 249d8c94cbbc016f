package chaterr

// Row is everything the package knows about one documented code, as one
// value: what [Rows] returns for a table, a report or a command of one's own.
// Web's web.Row and REST's rest.Row have the same field names for the same
// ideas.
type Row struct {
	Code Code   // the native code
	Name string // the SDK name, Code.String()
	// Names are the names an SDK prints for the code that Parse turns
	// back into it, Name first; see [Code.Names]. It is nil for 902,
	// whose name is 1502's.
	Names    []string
	Category Category // the code's family

	// Description says in one sentence what the code means, and Hint what
	// to do about it.
	Description, Hint string
	// ReleaseNote is what the number meant in other releases or on other
	// platforms, or ""; see [Code.ReleaseNote].
	ReleaseNote string

	// Retryable, Timeout, LoginRequired and AlreadyDone are the answers
	// of the Code methods of those names, and Deprecated reports that
	// current SDK releases no longer send the code.
	Retryable, Timeout, LoginRequired, AlreadyDone, Deprecated bool
}

// Row returns the row of c, and whether c is documented. For an
// undocumented code the row holds only Code and Name.
func (c Code) Row() (Row, bool) {
	if !c.Known() {
		return Row{Code: c, Name: c.String()}, false
	}
	return Row{
		Code: c, Name: c.String(), Names: c.Names(),
		Description: c.Description(), Hint: c.Hint(), ReleaseNote: c.ReleaseNote(), Category: c.Category(),
		Retryable: c.Retryable(), Timeout: c.Timeout(),
		LoginRequired: c.LoginRequired(), AlreadyDone: c.AlreadyDone(),
		Deprecated: c.Deprecated(),
	}, true
}

// Rows returns the row of every documented code, in ascending order, the
// order of [Codes] and of CODES.md. The slice is new on each call.
func Rows() []Row {
	out := make([]Row, len(documented))
	for i, c := range documented {
		out[i], _ = c.Row()
	}
	return out
}
