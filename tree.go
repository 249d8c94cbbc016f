package chaterr

import "iter"

// CodeOf returns the code that err carries: NoError for a nil err; otherwise
// the first Code or non-nil *Error in err's tree, in the order errors.Is
// visits it (err itself, then each Unwrap result, depth first); and
// GeneralError when the tree holds no code.
//
// CodeOf returns the first code only. An error that joins several failures,
// such as a batch, may carry several: visit all of them with [CodesOf]. To
// tell an error that carries no SDK code from one that carries
// GENERAL_ERROR, ask errors.As, which visits the tree in the same order:
//
//	var code chaterr.Code
//	if errors.As(err, &code) {
//		// err carries an SDK code: the same one CodeOf returns
//	} else {
//		// no SDK code: a context deadline, an I/O error, ...
//	}
func CodeOf(err error) Code {
	if err == nil {
		return NoError
	}
	if c, ok := firstCode(err); ok {
		return c.code
	}
	return GeneralError
}

// CodesOf visits every code in err's tree, in the order errors.Is visits it:
// err itself, then each Unwrap result, depth first, so the code of an *Error
// comes before the codes in its cause. A nil err, or a tree without codes,
// yields nothing. It allocates nothing per code.
//
//	for code := range chaterr.CodesOf(err) {
//		if !code.AlreadyDone() {
//			// at least one item of the batch really failed
//		}
//	}
func CodesOf(err error) iter.Seq[Code] {
	return func(yield func(Code) bool) {
		walkCodes(err, func(c coded) bool { return yield(c.code) })
	}
}

// coded is a code found in an error tree, with the *Error it came from, or
// nil for a bare Code.
type coded struct {
	code Code
	e    *Error
}

// walkCodes yields the codes of err's tree to yield, in the order errors.Is
// visits the tree, and reports whether the walk should go on.
func walkCodes(err error, yield func(coded) bool) bool {
	for err != nil {
		switch e := err.(type) {
		case Code:
			if !yield(coded{code: e}) {
				return false
			}
		case *Error:
			if e == nil {
				return true
			}
			if !yield(coded{code: e.Code, e: e}) {
				return false
			}
		}
		switch u := err.(type) {
		case interface{ Unwrap() error }:
			err = u.Unwrap()
		case interface{ Unwrap() []error }:
			for _, inner := range u.Unwrap() {
				if !walkCodes(inner, yield) {
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

// firstCode returns the first code in err's tree and where it came from.
func firstCode(err error) (coded, bool) {
	var first coded
	found := false
	walkCodes(err, func(c coded) bool {
		first, found = c, true
		return false
	})
	return first, found
}
