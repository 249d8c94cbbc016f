package chaterr

import (
	"iter"

	"github.com/seed-a36dd713/chaterr/internal/errtree"
)

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
// A type that also has a method Native() (Code, bool), as the Web and REST
// errors of packages web and rest do, is asked that instead, which
// allocates nothing; it must answer as its As method does. CodeOf
// allocates nothing for the package's own types, those carriers and the
// standard wrappers; each node of another type with an As method costs one
// small allocation, the *Code its As method is handed.
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
		switch e := err.(type) { // codeAt, spelled out
		case *Error:
			if e != nil {
				return e.Code
			}
		case Code:
			return e
		case nativeCarrier:
			if c, ok := e.Native(); ok {
				return c
			}
		case interface{ As(any) bool }:
			if c, ok := asCode(e); ok {
				return c
			}
		}
		switch u := err.(type) {
		case interface{ Unwrap() error }:
			err = u.Unwrap()
		case interface{ Unwrap() []error }:
			if c, ok := firstCode(err); ok {
				return c
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
	return func(yield func(Code) bool) { walkCodes(err, yield) }
}

// codeAt returns the code that the node err itself carries, if any: what
// errors.As(err, &code) would find without unwrapping. CodeOf and walkCodes,
// the hot paths, spell the same switch out in their loops, so that a node
// without a code costs no call.
func codeAt(err error) (Code, bool) {
	switch e := err.(type) {
	case *Error:
		if e == nil { // a typed nil carries no code
			return 0, false
		}
		return e.Code, true
	case Code:
		return e, true
	case nativeCarrier:
		return e.Native()
	case interface{ As(any) bool }:
		return asCode(e)
	}
	return 0, false
}

// nativeCarrier is a type that says which native code it carries without
// being handed a *Code, as *web.Error and *rest.Error do.
type nativeCarrier interface{ Native() (Code, bool) }

// asCode asks a node's own As method for a Code.
func asCode(a interface{ As(any) bool }) (Code, bool) {
	var c Code // on the heap only for such a type
	ok := a.As(&c)
	return c, ok
}

// walkCodes yields the codes of err's tree to yield, in the order errors.As
// visits the tree, and reports whether the walk should go on. It is
// walkNodes with codeAt written into its loop, so that a node without a
// code costs no call through a func value: CodesOf stays as cheap as
// errors.Is on the same tree.
func walkCodes(err error, yield func(Code) bool) bool {
	for err != nil {
		switch e := err.(type) { // codeAt, spelled out
		case *Error:
			if e != nil && !yield(e.Code) {
				return false
			}
		case Code:
			if !yield(e) {
				return false
			}
		case nativeCarrier:
			if c, ok := e.Native(); ok && !yield(c) {
				return false
			}
		case interface{ As(any) bool }:
			if c, ok := asCode(e); ok && !yield(c) {
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

// walkNodes is errtree.Walk: every node of err's tree in the order
// errors.As visits it.
func walkNodes(err error, yield func(error) bool) bool { return errtree.Walk(err, yield) }

// firstCode returns the first code in err's tree.
func firstCode(err error) (Code, bool) {
	var first Code
	found := false
	walkCodes(err, func(c Code) bool {
		first, found = c, true
		return false
	})
	return first, found
}
