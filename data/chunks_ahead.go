package data

import (
	"runtime"

	"go.yaml.in/yaml/v3"
)

// aheadParser parses the pieces of the scores section on other cores, a
// few ahead of the decoder, which takes them in file order: parsing is
// nearly all of a load, and the pieces parse independently. At most
// `ahead` parsed pieces wait at once, so memory stays bounded.
type aheadParser struct {
	results []chan parsedChunk
	slots   chan struct{} // one per piece being parsed or waiting
	done    chan struct{} // closed when the decoder stops early
}

type parsedChunk struct {
	root *yaml.Node
	ok   bool
}

// parseAhead starts parsing list; call next for each piece in order, and
// stop when done (early or not).
func parseAhead(text []byte, list []chunk) *aheadParser {
	p := &aheadParser{
		results: make([]chan parsedChunk, len(list)),
		slots:   make(chan struct{}, 2*runtime.GOMAXPROCS(0)),
		done:    make(chan struct{}),
	}
	for i := range list {
		p.results[i] = make(chan parsedChunk, 1)
	}
	go func() {
		for i, c := range list {
			select {
			case p.slots <- struct{}{}:
			case <-p.done:
				return
			}
			go p.parse(text, c, p.results[i])
		}
	}()
	return p
}

func (p *aheadParser) parse(text []byte, c chunk, out chan<- parsedChunk) {
	root, ok := parseChunkSafely(text, c)
	out <- parsedChunk{root, ok}
}

// parseChunkSafely is parseChunk where a panic of the YAML library makes
// the piece unreadable: the whole-file parse then reports it where it is.
func parseChunkSafely(text []byte, c chunk) (root *yaml.Node, ok bool) {
	defer func() {
		if recover() != nil {
			root, ok = nil, false
		}
	}()
	return parseChunk(text, c)
}

// next waits for piece i.
func (p *aheadParser) next(i int) (*yaml.Node, bool) {
	r := <-p.results[i]
	<-p.slots
	return r.root, r.ok
}

func (p *aheadParser) stop() { close(p.done) }
