module github.com/seed-a36dd713/chaterr

go 1.24.0

tool golang.org/x/tools/cmd/stringer

require (
	golang.org/x/mod v0.33.0 // indirect
	golang.org/x/sync v0.19.0 // indirect
	golang.org/x/tools v0.42.0 // indirect
)
