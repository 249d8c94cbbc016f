package main

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestReplaceSample(t *testing.T) {
	doc := "# t\n\n## A\n\n```sh\ncmd\n```\n\n```\nold\n```\n\n## B\n\n```\nkeep\n```\n"
	got, err := replaceSample(doc, "## A", "new\nlines\n")
	require.NoError(t, err)
	assert.Equal(t, "# t\n\n## A\n\n```sh\ncmd\n```\n\n```\nnew\nlines\n```\n\n## B\n\n```\nkeep\n```\n", got,
		"only the first plain block of the section changes")

	got, err = replaceSample(doc, "## B", "x\n")
	require.NoError(t, err)
	assert.Contains(t, got, "## B\n\n```\nx\n```\n", "the last section has no heading after it")

	_, err = replaceSample(doc, "## C", "x\n")
	assert.ErrorContains(t, err, `no "## C" section`)
	_, err = replaceSample("\n## A\n\ntext only\n", "## A", "x\n")
	assert.ErrorContains(t, err, "no plain ``` block")
	_, err = replaceSample("\n## A\n\n```\nopen\n", "## A", "x\n")
	assert.ErrorContains(t, err, "not closed")
}
