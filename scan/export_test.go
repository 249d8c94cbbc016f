package scan

// IndexBytewise is Index without index_amd64.s's skip over blocks.
func IndexBytewise(text []byte) int { return indexFrom(text, 0) }

// IndexBlocks and IndexBlocksGo are indexBlocks as built here and a byte
// at a time.
var IndexBlocks, IndexBlocksGo = indexBlocks, indexBlocksGo

// GoSDKCodes are the Go IM SDK's codes that the scanner knows.
func GoSDKCodes() map[string]bool { return goSDKCodes }

// LineWhole is s.Line reading every word of the line, without the skip to
// where Index points: what the skip must not change.
func LineWhole(s *Scanner, line []byte) []Match {
	s.whole = true
	defer func() { s.whole = false }()
	return s.Line(line)
}
