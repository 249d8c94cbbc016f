package chaterr_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/seed-a36dd713/chaterr"
)

func TestParseCategoryFoldsASCIIOnly(t *testing.T) {
	for _, s := range []string{"pu\u017fh", "un\u212anown", "\u212aNOWN"} {
		_, err := chaterr.ParseCategory(s)
		assert.Error(t, err, "%q must not fold to a category", s)
	}
	c, err := chaterr.ParseCategory("PUSH")
	require.NoError(t, err)
	assert.Equal(t, chaterr.CategoryPush, c)
}
