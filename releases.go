package chaterr

// FromOldRelease returns the Code that means what code meant in an SDK
// release from before the 605/606 swap: 605 becomes [GroupNotExist] and 606
// becomes [GroupSharedFileInvalidID]. Every other number comes back
// unchanged, as a Code.
//
// Use it where a number comes from such a release, such as telemetry from
// clients on mixed SDK versions, before matching or logging it; a number
// from a current release needs no mapping. Which releases are old is in the
// [Code.ReleaseNote] of 605 and 606: the sources date the swap to the second
// half of 2023, not to a release number, so the caller has to know which
// clients predate it.
//
// It cannot repair the other numbers whose meaning changed between
// releases, which their ReleaseNote describes: they are ambiguous without
// more context than the number.
//
// FromOldRelease allocates nothing.
func FromOldRelease(code int) Code {
	switch c := Code(code); c {
	case GroupSharedFileInvalidID:
		return GroupNotExist
	case GroupNotExist:
		return GroupSharedFileInvalidID
	default:
		return c
	}
}
