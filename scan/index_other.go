//go:build !amd64

package scan

// indexBlocks is index_amd64.s's skip over blocks without a trigger pair;
// elsewhere it skips the blocks of four bytes without one.
func indexBlocks(text []byte) int {
	i := 0
	for ; i+17 <= len(text); i += 4 {
		k0 := pairKey(text[i], text[i+1])
		k1 := pairKey(text[i+1], text[i+2])
		k2 := pairKey(text[i+2], text[i+3])
		k3 := pairKey(text[i+3], text[i+4])
		if (triggerPairs[k0>>6]>>(k0&63)|triggerPairs[k1>>6]>>(k1&63)|
			triggerPairs[k2>>6]>>(k2&63)|triggerPairs[k3>>6]>>(k3&63))&1 != 0 ||
			text[i] == 'E' || text[i+1] == 'E' || text[i+2] == 'E' || text[i+3] == 'E' {
			break
		}
	}
	return i
}
