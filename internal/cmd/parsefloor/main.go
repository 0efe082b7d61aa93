// Parsefloor is the floor the start-up and ranking targets are measured
// against (BENCHMARKS.md): a minimal Go program that reads a file and
// parses it into one yaml.Node tree with the YAML library liangsaibi uses.
//
//	go build -o parsefloor ./internal/cmd/parsefloor
//	hyperfine -N './parsefloor demo.yaml' './liangsaibi rank demo.yaml'
package main

import (
	"fmt"
	"os"

	"go.yaml.in/yaml/v3"
)

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: parsefloor FILE.yaml")
		os.Exit(2)
	}
	src, err := os.ReadFile(os.Args[1])
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	var n yaml.Node
	if err := yaml.Unmarshal(src, &n); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}
