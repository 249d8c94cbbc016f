package chaterr_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"log/slog"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/seed-a36dd713/chaterr"
	"github.com/seed-a36dd713/chaterr/rest"
	"github.com/seed-a36dd713/chaterr/web"
)

// ownKeys is an app's error that logs itself with keys that Loggable uses
// too: error and message.
type ownKeys struct{ msg string }

func (e ownKeys) Error() string { return "own: " + e.msg }
func (e ownKeys) LogValue() slog.Value {
	return slog.GroupValue(slog.String("error", "own"), slog.String("message", e.msg), slog.Int("attempt", 3))
}

// jsonKeys returns the keys of the object under "err" in a JSON record, in
// order and with repeats, which a map would hide.
func jsonKeys(t *testing.T, line []byte) []string {
	t.Helper()
	dec := json.NewDecoder(bytes.NewReader(line))
	var keys []string
	depth, inErr := 0, false
	for {
		tok, err := dec.Token()
		if err != nil {
			break
		}
		switch v := tok.(type) {
		case json.Delim:
			if v == '{' {
				depth++
			} else if v == '}' {
				depth--
				if inErr && depth == 1 {
					return keys
				}
			}
		case string:
			if depth == 1 && v == "err" && !inErr {
				inErr = true
				continue
			}
			if inErr && depth == 2 && dec.More() {
				keys = append(keys, v)
				// skip the value
				var raw json.RawMessage
				require.NoError(t, dec.Decode(&raw))
			}
		}
	}
	return keys
}

// TestLogKeysMeanOneThing: through slog's JSON and text handlers, a record
// of any error, native, Web, REST or an app's own self-logging type, has
// each key once, the message once, and the error's text under error.
func TestLogKeysMeanOneThing(t *testing.T) {
	const mark = "MARK-7361"
	for name, err := range map[string]error{
		"native":   fmt.Errorf("a: %w", chaterr.Wrap(chaterr.UserMuted, mark, fmt.Errorf("cause"))),
		"web":      fmt.Errorf("a: %w", &web.Error{Code: 605, Message: mark}),
		"rest":     fmt.Errorf("a: %w", &rest.Error{Status: 429, Code: rest.ReachLimit, Message: mark}),
		"own":      fmt.Errorf("a: %w", ownKeys{mark}),
		"own+code": fmt.Errorf("a: %w", fmt.Errorf("%w %w", ownKeys{mark}, chaterr.ServerBusy)),
	} {
		var jb, tb bytes.Buffer
		slog.New(slog.NewJSONHandler(&jb, nil)).Error("x", "err", chaterr.Loggable(err))
		slog.New(slog.NewTextHandler(&tb, nil)).Error("x", "err", chaterr.Loggable(err))

		keys := jsonKeys(t, jb.Bytes())
		require.NotEmpty(t, keys, "%s: %s", name, jb.String())
		seen := map[string]bool{}
		for _, k := range keys {
			assert.False(t, seen[k], "%s: the key %q twice in %s (log.go)", name, k, jb.String())
			seen[k] = true
		}
		assert.Contains(t, keys, "error", name)
		var rec struct{ Err map[string]any }
		require.NoError(t, json.Unmarshal(jb.Bytes(), &rec))
		assert.Equal(t, err.Error(), rec.Err["error"], "%s: error is the error's text", name)
		assert.Equal(t, 1, strings.Count(jb.String(), mark), "%s: the message once in %s", name, jb.String())

		text := tb.String()
		assert.Equal(t, 1, strings.Count(text, mark), "%s: the message once in %s", name, text)
		textKeys := regexp.MustCompile(` err\.(\w+)=`).FindAllStringSubmatch(text, -1)
		seen = map[string]bool{}
		for _, m := range textKeys {
			assert.False(t, seen[m[1]], "%s: the key %q twice in %s (log.go)", name, m[1], text)
			seen[m[1]] = true
		}
	}
}
