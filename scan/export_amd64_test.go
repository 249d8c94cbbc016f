package scan

// BlockVariants are the builds of indexBlocks in index_amd64.s that this
// machine runs: SSE2 always, AVX2 where the CPU has it.
func BlockVariants() []BlockVariant {
	v := []BlockVariant{{"indexBlocksSSE2", 16, indexBlocksSSE2}}
	if hasAVX2() {
		v = append(v, BlockVariant{"indexBlocksAVX2", 32, indexBlocksAVX2})
	}
	return v
}
