package chaterr_test

import (
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/seed-a36dd713/chaterr"
)

// TestRows holds Rows to the oracle (one row per code of testdata/codes.tsv,
// in its order, with its name and status) and to the Code methods it copies.
func TestRows(t *testing.T) {
	rows := chaterr.Rows()
	oracle := codeRows(t)
	require.Len(t, rows, len(oracle), "Rows has one row per code of %s", codesOracle)
	for i, want := range oracle {
		got := rows[i]
		where := fmt.Sprintf("Rows()[%d], code %d of %s", i, int(want.code), codesOracle)
		assert.Equal(t, want.code, got.Code, where)
		assert.Equal(t, want.name, got.Name, "%s: Name", where)
		assert.Equal(t, want.status == "deprecated" || want.status == "seed-only", got.Deprecated, "%s: Deprecated (status %s)", where, want.status)
		assert.Equal(t, want.family, got.Category.String(), "%s: Category", where)
		c := got.Code
		assert.Equal(t, c.Names(), got.Names, "%s: Names", where)
		if len(got.Names) > 0 {
			assert.Equal(t, got.Name, got.Names[0], "%s: Names starts with Name", where)
		}
		assert.Equal(t, c.Description(), got.Description, "%s: Description", where)
		assert.NotEmpty(t, got.Description, "%s: Description", where)
		assert.Equal(t, c.Hint(), got.Hint, "%s: Hint", where)
		assert.Equal(t, c.ReleaseNote(), got.ReleaseNote, "%s: ReleaseNote", where)
		assert.Equal(t, c.Retryable(), got.Retryable, "%s: Retryable", where)
		assert.Equal(t, c.Timeout(), got.Timeout, "%s: Timeout", where)
		assert.Equal(t, c.LoginRequired(), got.LoginRequired, "%s: LoginRequired", where)
		assert.Equal(t, c.AlreadyDone(), got.AlreadyDone, "%s: AlreadyDone", where)
	}

	rows[0].Names = append(rows[0].Names, "X")
	if len(rows[1].Names) > 0 {
		rows[1].Names[0] = "CHANGED"
	}
	again := chaterr.Rows()
	assert.Equal(t, oracle[1].name, again[1].Name)
	assert.Equal(t, oracle[1].code.Names(), again[1].Names, "a Row's Names is a copy")
}

func TestRowOfUndocumentedCode(t *testing.T) {
	r, ok := chaterr.Code(99999).Row()
	assert.False(t, ok)
	assert.Equal(t, chaterr.Row{Code: 99999, Name: chaterr.Code(99999).String()}, r)
	r, ok = chaterr.Code(-1).Row()
	assert.False(t, ok)
	assert.Equal(t, chaterr.Code(-1), r.Code)
}
