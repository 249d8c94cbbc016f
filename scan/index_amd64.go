package scan

// indexBlocks returns the start of the first 16-byte block of text in which
// a pair of triggerPairs may start, or where fewer than 17 bytes are left:
// Index reads on from there a byte at a time. In index_amd64.s (SSE2).
//
//go:noescape
func indexBlocks(text []byte) int
