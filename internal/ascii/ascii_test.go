package ascii

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestEqualFold(t *testing.T) {
	assert.True(t, EqualFold("Push", "pUSH"))
	assert.True(t, EqualFold("", ""))
	assert.False(t, EqualFold("push", "pushy"))
	assert.False(t, EqualFold("push", "pu\u017fh"), "the long s is not s")
	assert.False(t, EqualFold("unknown", "un\u212anown"), "the Kelvin sign is not k")
	assert.False(t, EqualFold("a[", "A{"), "only letters fold")
}

func TestAppendUpper(t *testing.T) {
	var buf [16]byte
	assert.Equal(t, "USER_MUTED\u017f", string(AppendUpper(buf[:0], "user_Muted\u017f")))
	assert.Equal(t, 0.0, testing.AllocsPerRun(10, func() { _ = AppendUpper(buf[:0], "user_muted") }))
}
