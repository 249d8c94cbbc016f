package chaterr

// The labels that [Label] gives besides the SDK names of documented codes.
const (
	// LabelNone is the label of a nil error.
	LabelNone = "none"
	// LabelUndocumented is the label of a code that the package does not
	// document: a number from a newer SDK, or from a hostile client.
	LabelUndocumented = "UNDOCUMENTED"
	// LabelNoCode is the label of an error that carries no code at all.
	LabelNoCode = "NO_CODE"
)

// Label returns a label for err that a metric or a trace's error.type can
// keep: a value from a closed set, whatever err holds, so that a client
// that reports random numbers cannot create unbounded time series. It is
//
//   - the SDK name of the first documented code in err's tree, found as
//     [CodeOf] finds it (USER_MUTED);
//   - the label of the first node that gives its own through a method
//     Label() string, as a Web error without a native equivalent does
//     ("WEB_" and its name) and a REST error does ("REST_" and its error
//     string or status), each from a closed set of its package;
//   - [LabelUndocumented] for a code that the package does not document;
//   - [LabelNoCode] for an error that carries neither, and [LabelNone] for
//     nil.
//
// Never label a metric with Code.String: for an undocumented number it is
// Code(123456789), one series a number. Label allocates nothing.
func Label(err error) string {
	if err == nil {
		return LabelNone
	}
	label := LabelNoCode
	walkNodes(err, func(node error) bool {
		if c, ok := codeAt(node); ok {
			label = LabelUndocumented
			if c.Known() {
				label = c.String()
			}
			return false
		}
		if l, ok := node.(interface{ Label() string }); ok {
			label = l.Label()
			return false
		}
		return true
	})
	return label
}
