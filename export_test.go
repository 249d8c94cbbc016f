package chaterr

// NameConflicts exposes the spellings that two current codes claim, which
// the tests require to be none.
func NameConflicts() []string { return nameConflicts }
