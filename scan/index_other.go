//go:build !amd64

package scan

// indexBlocks is indexBlocksGo where there is no index_amd64.s.
func indexBlocks(text []byte) (at int, mask uint32) { return indexBlocksGo(text, blockWidth) }

// blockWidth is the size of indexBlocks' blocks.
const blockWidth = 16
