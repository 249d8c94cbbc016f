package scan

// indexBlocks returns the start of the first block of text in which a pair
// of triggerPairs (or "EO") may start, with bit b of mask set for each place
// b of the block where one may; or where fewer than blockWidth+1 bytes are
// left and a mask of 0: Index reads on from there a byte at a time. Blocks
// are 32 bytes with AVX2 and 16 without (index_amd64.s).
func indexBlocks(text []byte) (at int, mask uint32) {
	if useAVX2 {
		return indexBlocksAVX2(text)
	}
	return indexBlocksSSE2(text)
}

// useAVX2 says whether the CPU and the OS let indexBlocks use AVX2.
var useAVX2 = hasAVX2()

// blockWidth is the size of indexBlocks' blocks.
var blockWidth = func() int {
	if useAVX2 {
		return 32
	}
	return 16
}()

//go:noescape
func indexBlocksSSE2(text []byte) (at int, mask uint32)

//go:noescape
func indexBlocksAVX2(text []byte) (at int, mask uint32)

// hasAVX2 reports whether the CPU has AVX2 and the OS saves its registers.
func hasAVX2() bool
