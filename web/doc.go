// Package web types the error codes of the Agora Chat Web SDK: the npm
// packages agora-chat and easemob-websdk, which also serve mini-programs and
// uni-app. They number their errors in a scheme of their own, not the native
// one of package chaterr (Android, iOS, HarmonyOS, Unity, Windows), and many
// numbers that current Web releases send mean something else natively: Web
// 605 is "group not found" (native 606), Web 508 a moderation rejection
// (native 1200) while native 508 is the app's own pre-send callback.
//
// A Go backend that receives a browser's error report decodes it into an
// [*Error], with json.Unmarshal or with [Decode], which reads a bounded body:
//
//	werr, err := web.Decode(r.Body)
//	if err != nil {
//		http.Error(w, err.Error(), http.StatusBadRequest)
//		return
//	}
//
// One handler then serves both platforms, since an *Error matches the native
// code of the same meaning and never the native code of the same number:
//
//	errors.Is(werr, chaterr.GroupNotExist) // true for Web 605
//	errors.Is(werr, chaterr.Code(605))     // false: native 605 is another error
//	chaterr.CodeOf(werr)                   // chaterr.GroupNotExist
//	logger.Error("client error", "err", chaterr.Loggable(werr))
//
// A Web error logs the native code and name under the keys code and name,
// like a native one, and the Web number and name under web_code and
// web_name, so that a query on the native code finds the failures of every
// platform, and one on web_code finds the Web number the client sent.
//
// [Code] is the Web number, with the method set of chaterr.Code (String,
// Known, Description, Hint, Category, Deprecated, text and JSON forms,
// [Parse], [Codes]) and [Code.Native], the native code of the same meaning.
// [Colliding] says which Web code uses a native number for another meaning.
//
// # Numbers whose platform is unknown
//
// A number alone does not say which numbering it is in, and guessing turns
// one platform's failure into another's: 605 is a missing group from a
// browser and an invalid shared-file ID from a phone. A telemetry pipeline
// should therefore:
//
//   - keep the platform with the number from the moment the client reports
//     it, as a field of its own (for example platform=web), and store the
//     number as it was sent;
//   - decode with [Parse] and [Code] only numbers from a report that a Web
//     SDK client sent, and with chaterr.Code only those from a native SDK;
//   - convert a Web number to the native numbering with [Code.Native] (or
//     [Error.Native] for an error object), and index both numbers;
//   - when the platform is not known, keep the number as it is, labelled
//     unknown, and decode it in neither table: never guess, and never decide
//     by whether the number is documented in one table, because most numbers
//     are documented in both.
//
// # Source of the table
//
// The numbers, names, families, statuses and native equivalents are those
// of the project's reference table of Web codes, built from the type
// declarations and bundles of the newest packages (agora-chat 1.4.0,
// easemob-websdk 4.21.1) and from Agora's and Easemob's Web error pages. The
// descriptions and hints are this package's own wording. CODES.md in the
// repository lists every row.
package web
