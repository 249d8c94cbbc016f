package scan

// IndexBytewise is Index without index_amd64.s's skip over blocks.
func IndexBytewise(text []byte) int { return indexFrom(text, 0) }

// GoSDKCodes are the Go IM SDK's codes that the scanner knows.
func GoSDKCodes() map[string]bool { return goSDKCodes }
