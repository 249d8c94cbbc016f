package chaterr

// NameConflicts exposes the spellings that two current codes claim, which
// the tests require to be none.
func NameConflicts() []string { return nameConflicts }

// TableRow is what the tests see of one row of table.go.
type TableRow struct {
	Code       Code
	Desc, Hint string
}

// TableRows exposes the rows of table.go in their order, so that the tests
// can find a row that the per-code look-ups cannot see (a duplicate, or a
// number outside the table's range).
func TableRows() []TableRow {
	out := make([]TableRow, 0, len(rows))
	for _, r := range rows {
		out = append(out, TableRow{r.code, r.desc, r.hint})
	}
	return out
}
