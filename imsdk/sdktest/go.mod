module github.com/seed-a36dd713/chaterr/imsdk/sdktest

go 1.24

require (
	github.com/easemob/go-im-sdk v0.0.0
	github.com/seed-a36dd713/chaterr v0.0.0
	github.com/stretchr/testify v1.12.1
)

require go.yaml.in/yaml/v3 v3.0.5 // indirect

replace (
	github.com/easemob/go-im-sdk => ./fakesdk
	github.com/seed-a36dd713/chaterr => ../..
)
