package chaterr

import "iter"

// CodeOf returns the code that err carries: NoError for a nil err; otherwise
// the first code in err's tree, in the order errors.As visits it (err
// itself, then each Unwrap result, depth first); and GeneralError when the
// tree holds no code.
//
// A node of the tree carries a code when errors.As(node, &code) succeeds on
// the node itself: a bare [Code], a non-nil [*Error], or any other type with
// a method As(any) bool that sets a *Code, such as an app's own error type
// or a [github.com/seed-a36dd713/chaterr/web.Error], which carries the native
// equivalent of a Web SDK code. A type that matches codes only through an
// Is method cannot tell which code it holds, so CodeOf does not see it.
// CodeOf allocates nothing for the package's own types and the standard
// wrappers; each node of another type with an As method costs one small
// allocation, the *Code its As method is handed.
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
//
// Like errors.As, CodeOf, CodesOf, [Retryable] and [Timeout] trust the tree
// to be finite: on Unwrap methods that form a cycle they walk it as long as
// errors.As would. [Loggable], which walks the whole tree, bounds its walk.
//
// A context error carries no code, so CodeOf of a deadline is GeneralError:
// ask [Retryable] and [Timeout], which answer for it, rather than a code
// the SDK never sent.
func CodeOf(err error) Code {
	if err == nil {
		return NoError
	}
	// The walk inlined for the common shape, a chain of single wraps; a
	// joined error hands the rest of the walk to walkCodes.
	for err != nil {
		if c, ok := codeAt(err); ok {
			return c.code
		}
		switch u := err.(type) {
		case interface{ Unwrap() error }:
			err = u.Unwrap()
		case interface{ Unwrap() []error }:
			if c, ok := firstCode(err); ok {
				return c.code
			}
			return GeneralError
		default:
			return GeneralError
		}
	}
	return GeneralError
}

// CodesOf visits every code in err's tree, in the order errors.As visits
// it: err itself, then each Unwrap result, depth first, so the code of an
// *Error comes before the codes in its cause. A node carries a code as
// [CodeOf] says. A nil err, or a tree without codes, yields nothing. It
// allocates nothing per code of the package's own types.
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

// coded is a code found in an error tree, with the node that carries it.
type coded struct {
	code Code
	node error
}

// codeAt returns the code that the node err itself carries, if any: what
// errors.As(err, &code) would find without unwrapping.
func codeAt(err error) (coded, bool) {
	switch e := err.(type) {
	case Code:
		return coded{e, err}, true
	case *Error:
		if e == nil {
			return coded{}, false
		}
		return coded{e.Code, err}, true
	case interface{ As(any) bool }:
		var c Code // on the heap only for such a type
		if e.As(&c) {
			return coded{c, err}, true
		}
	}
	return coded{}, false
}

// walkCodes yields the codes of err's tree to yield, in the order errors.As
// visits the tree, and reports whether the walk should go on.
func walkCodes(err error, yield func(coded) bool) bool {
	return walkNodes(err, func(node error) bool {
		c, ok := codeAt(node)
		return !ok || yield(c)
	})
}

// walkNodes yields every node of err's tree in the order errors.As visits
// it, and reports whether the walk should go on. Its stack grows with the
// depth of joined errors only; a chain of single wraps is a loop.
func walkNodes(err error, yield func(error) bool) bool {
	for err != nil {
		if !yield(err) {
			return false
		}
		switch u := err.(type) {
		case interface{ Unwrap() error }:
			err = u.Unwrap()
		case interface{ Unwrap() []error }:
			for _, inner := range u.Unwrap() {
				if !walkNodes(inner, yield) {
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

// firstCode returns the first code in err's tree and the node it came from.
func firstCode(err error) (coded, bool) {
	var first coded
	found := false
	walkCodes(err, func(c coded) bool {
		first, found = c, true
		return false
	})
	return first, found
}
