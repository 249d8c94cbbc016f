package chaterr_test

import (
	"encoding/json"
	"errors"
	"io"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/seed-a36dd713/chaterr"
)

func TestErrorJSONRoundTrip(t *testing.T) {
	for _, e := range []*chaterr.Error{
		chaterr.New(chaterr.UserMuted, "muted in group 9"),
		chaterr.Wrap(chaterr.NetworkError, "lost", errors.New("dial: reset")),
		chaterr.New(chaterr.Code(4321), ""),
		chaterr.New(chaterr.PushUnbindFailedLegacy, "old"),
	} {
		data, err := json.Marshal(e)
		require.NoError(t, err)
		var back chaterr.Error
		require.NoError(t, json.Unmarshal(data, &back), "%s", data)
		assert.ErrorIs(t, &back, e.Code, "%s", data)
		assert.Equal(t, e.Message, back.Message)
		assert.Equal(t, e.Description, back.Description)
		assert.Equal(t, e.Error(), back.Error(), "the same text after the round trip")
	}
	data, err := json.Marshal(chaterr.Wrap(chaterr.UserMuted, "m", io.EOF))
	require.NoError(t, err)
	assert.JSONEq(t, `{"code":215,"name":"USER_MUTED","message":"m","cause":"EOF"}`, string(data))
	var back chaterr.Error
	require.NoError(t, json.Unmarshal(data, &back))
	assert.NotErrorIs(t, &back, io.EOF, "the cause comes back as text only")

	for _, bad := range []string{`{}`, `{"code":"NOPE"}`, `{"code":215,"name":"SERVER_BUSY"}`, `[]`, `{"code":1.5}`} {
		var e chaterr.Error
		assert.Error(t, json.Unmarshal([]byte(bad), &e), bad)
	}
	var e chaterr.Error
	require.NoError(t, json.Unmarshal([]byte(`{"name":"user_muted"}`), &e))
	assert.Equal(t, chaterr.UserMuted, e.Code)
	out, err := json.Marshal((*chaterr.Error)(nil))
	require.NoError(t, err)
	assert.Equal(t, "null", string(out))
}

func TestErrorJSONEdges(t *testing.T) {
	var holder struct{ E chaterr.Error }
	require.NoError(t, json.Unmarshal([]byte(`{"E":null}`), &holder), "null leaves the value alone")

	var e chaterr.Error
	err := json.Unmarshal([]byte(`{"code":215,"message":5}`), &e)
	var perr *chaterr.ParseError
	require.ErrorAs(t, err, &perr, "a wrong-typed field is a ParseError")
	assert.Contains(t, perr.Error(), "message")
	assert.NotContains(t, perr.Error(), "errorJSON", "no internal type names")

	withEmptyCause := chaterr.Wrap(chaterr.UserMuted, "m", errors.New(""))
	data, err := json.Marshal(withEmptyCause)
	require.NoError(t, err)
	var back chaterr.Error
	require.NoError(t, json.Unmarshal(data, &back))
	assert.Error(t, back.Err, "a cause with empty text is still a cause: %s", data)
}
