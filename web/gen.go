package web

// String methods come from stringer, at the version pinned in the root
// package's gen.go, run by go run so that golang.org/x/tools stays out of
// go.mod. With -linecomment, each constant's line comment is its String: the
// Web SDK's name for a Code, the short name for a Category or Status. Where
// two constants share a number, stringer keeps the first one declared, which
// codes.go makes the live row.
//
// CODES.md's Web table is written from this package by internal/gencodes,
// which the root package's go:generate runs after running this package's
// directives, so one go generate ./... leaves nothing stale.
//go:generate go run golang.org/x/tools/cmd/stringer@v0.42.0 -type=Code -linecomment -output=codes_string.go
//go:generate go run golang.org/x/tools/cmd/stringer@v0.42.0 -type=Category,Status -linecomment -output=category_string.go
