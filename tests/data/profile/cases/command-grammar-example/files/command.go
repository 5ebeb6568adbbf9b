package clikit
