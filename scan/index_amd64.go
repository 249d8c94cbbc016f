package scan

// indexBlocks returns the start of the first 16-byte block of text in which
// a pair of triggerPairs (or "EO") may start, with bit b of mask set for
// each place b of the block where one may; or where fewer than 17 bytes are
// left and a mask of 0: Index reads on from there a byte at a time. In
// index_amd64.s (SSE2).
//
//go:noescape
func indexBlocks(text []byte) (at int, mask uint32)
