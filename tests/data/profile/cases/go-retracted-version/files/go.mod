module github.com/gaugebar/gaugebar

go 1.22

require (
	github.com/gdamore/tcell/v2 v2.7.4
	gopkg.in/yaml.v3 v3.0.1
)

// v1.99.99 was tagged by mistake from an experimental branch and does not build.
retract v1.99.99
