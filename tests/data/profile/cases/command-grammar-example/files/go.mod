module github.com/clikit/clikit

go 1.21

require github.com/spf13/pflag v1.0.5
