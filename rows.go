package chaterr

// Row is everything the package knows about one documented code, as one
// value: what [Rows] returns for a table, a report or a command of one's own.
// Web's web.Row and REST's rest.Row have the same field names for the same
// ideas.
type Row struct {
	// Code is the native code.
	Code Code
	// Name is the SDK name, Code.String().
	Name string
	// Names are the names an SDK prints for the code that Parse turns
	// back into it, Name first; see [Code.Names]. It is nil for 902,
	// whose name is 1502's.
	Names []string
	// Description is one sentence on what the code means.
	Description string
	// Hint is one sentence on what to do about it.
	Hint string
	// Category is the code's family.
	Category Category
	// Retryable, Timeout, LoginRequired and AlreadyDone are the answers
	// of the Code methods of those names.
	Retryable, Timeout, LoginRequired, AlreadyDone bool
	// Deprecated reports that current SDK releases no longer send the code.
	Deprecated bool
}

// Row returns the row of c, and whether c is documented. For an
// undocumented code the row holds only Code and Name.
func (c Code) Row() (Row, bool) {
	if !c.Known() {
		return Row{Code: c, Name: c.String()}, false
	}
	return Row{
		Code: c, Name: c.String(), Names: c.Names(),
		Description: c.Description(), Hint: c.Hint(), Category: c.Category(),
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
