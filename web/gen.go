package web

// String methods come from stringer, at the version pinned in the root
// package's gen.go, run by go run so that golang.org/x/tools stays out of
// go.mod. With -linecomment, each constant's line comment is its String: the
// Web SDK's name for a Code, the short name for a Category or Status. Where
// two constants share a number, stringer keeps the first one declared, which
// codes.go makes the live row.
//
// gentable copies the first paragraph of each constant's doc comment in
// codes.go, the row's description, into table_gen.go.
//
// CODES.md, the table of every native, Web and REST code, and the sample
// output in README.md are written here, last: web is the last package that go generate ./... visits, so by then
// every package's String methods and tables are current, and each
// package's directives run once.
//go:generate go run ../internal/gentable -pkg web -docs table_gen.go
//go:generate go run golang.org/x/tools/cmd/stringer@v0.42.0 -type=Code -linecomment -output=codes_string.go
//go:generate go run golang.org/x/tools/cmd/stringer@v0.42.0 -type=Category,Status -linecomment -output=category_string.go
//go:generate go run ../internal/gencodes ../codes.go ../CODES.md
//go:generate go run ../internal/genreadme ../README.md ../cmd/chaterr
