//go:build !amd64

package scan

// BlockVariants is indexBlocks as built here.
func BlockVariants() []BlockVariant { return []BlockVariant{{"indexBlocks", blockWidth, indexBlocks}} }
