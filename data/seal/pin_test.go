package seal_test

import (
	"testing"

	"liangsaibi/data/seal"
)

// TestDigestsPinned: the digests of the spec example are the ones seal
// wrote when they were pinned. Seals and the audit log's start records
// already written name them, so a change to the normal form's bytes
// fails here.
func TestDigestsPinned(t *testing.T) {
	c := load(t, "example.yaml", exampleText(t))
	if got, want := seal.ScoresDigest(c), "6d5df71621b88a472f2c836f5ffe11fbecac240c382547c4e43490bf5d44e37c"; got != want {
		t.Errorf("ScoresDigest = %s, pinned %s", got, want)
	}
	if got, want := seal.Digest(c), "8182e7e601dc09420c0125d8f6fec494aa5e0cae7361695f4b3ea85274da6225"; got != want {
		t.Errorf("Digest = %s, pinned %s", got, want)
	}
}
