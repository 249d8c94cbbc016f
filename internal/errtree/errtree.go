// Package errtree walks the tree of an error as errors.Is and errors.As
// do, for package chaterr and its companions (imsdk), which each ask their
// own question of every node.
package errtree

// Walk yields every node of err's tree in the order errors.As visits it,
// and reports whether the walk should go on. Its stack grows with the depth
// of joined errors only; a chain of single wraps is a loop.
func Walk(err error, yield func(error) bool) bool {
	for err != nil {
		if !yield(err) {
			return false
		}
		switch u := err.(type) {
		case interface{ Unwrap() error }:
			err = u.Unwrap()
		case interface{ Unwrap() []error }:
			for _, inner := range u.Unwrap() {
				if !Walk(inner, yield) {
					return false
				}
			}
			return true
		default:
			return true
		}
	}
	return true
}
