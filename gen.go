package chaterr

// String methods come from stringer, run at a pinned version by go run so
// that golang.org/x/tools never enters go.mod: a consumer's module graph stays
// free of it, and go.mod can keep saying go 1.24 (x/tools v0.43.0 and later
// need Go 1.25). With -linecomment, each constant's line comment is its
// String: the SDK name for a Code, the short name for a Category.
//
// gentable copies what codes.go's doc comments say of each code (its
// description and Deprecated notice) into table_gen.go, and writes the
// classification methods, whose doc comments list the codes with the
// reasons their rows in table.go give, into classify_gen.go. It reads the
// files as syntax, so its order among these directives does not matter.
//
// CODES.md and README.md's sample output are written last, from every
// package, by the go:generate directives in web/gen.go: web is the last package that go generate ./...
// visits, so each package's directives run once and CODES.md sees them all.
//go:generate go run ./internal/gentable -pkg chaterr -docs table_gen.go -classify classify_gen.go
//go:generate go run golang.org/x/tools/cmd/stringer@v0.42.0 -type=Code -linecomment -output=codes_string.go
//go:generate go run golang.org/x/tools/cmd/stringer@v0.42.0 -type=Category -linecomment -output=category_string.go
//go:generate go run golang.org/x/tools/cmd/stringer@v0.42.0 -type=Action -linecomment -output=action_string.go
