module github.com/easemob/go-im-sdk

go 1.24
