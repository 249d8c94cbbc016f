module github.com/seed-a36dd713/chaterr/examples/retryablehttp

go 1.24

require (
	github.com/hashicorp/go-retryablehttp v0.7.8
	github.com/seed-a36dd713/chaterr v0.0.0
	github.com/stretchr/testify v1.12.1
)

require (
	github.com/hashicorp/go-cleanhttp v0.5.2 // indirect
	go.yaml.in/yaml/v3 v3.0.5 // indirect
)

replace github.com/seed-a36dd713/chaterr => ../..
