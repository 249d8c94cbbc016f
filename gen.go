package chaterr

// String methods come from stringer (golang.org/x/tools/cmd/stringer, pinned as
// a tool in go.mod). With -linecomment, each constant's line comment is its
// String: the SDK name for a Code, the short name for a Category.
//go:generate go tool stringer -type=Code -linecomment -output=codes_string.go
//go:generate go tool stringer -type=Category -linecomment -output=category_string.go
