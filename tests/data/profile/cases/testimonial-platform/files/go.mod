module github.com/tasklog/tasklog

go 1.22

require (
	github.com/spf13/pflag v1.0.5
	modernc.org/sqlite v1.29.5
)
