package chaterr

// String methods come from stringer, run at a pinned version by go run so
// that golang.org/x/tools never enters go.mod: a consumer's module graph stays
// free of it, and go.mod can keep saying go 1.24 (x/tools v0.43.0 and later
// need Go 1.25). With -linecomment, each constant's line comment is its
// String: the SDK name for a Code, the short name for a Category.
//
// CODES.md, the full table of codes, is written from the packages by
// internal/gencodes, after the String methods it uses: this package's, and
// package web's, which go generate ./... would otherwise reach only after
// this package, so one run of it leaves nothing stale.
//go:generate go run golang.org/x/tools/cmd/stringer@v0.42.0 -type=Code -linecomment -output=codes_string.go
//go:generate go run golang.org/x/tools/cmd/stringer@v0.42.0 -type=Category -linecomment -output=category_string.go
//go:generate go generate ./web
//go:generate go run ./internal/gencodes codes.go CODES.md
