package chaterr_test

import (
	"errors"
	"fmt"
	"math/rand/v2"
	"strconv"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/seed-a36dd713/chaterr"
	"github.com/seed-a36dd713/chaterr/rest"
	"github.com/seed-a36dd713/chaterr/web"
)

func TestLabel(t *testing.T) {
	for want, err := range map[string]error{
		"USER_MUTED":              fmt.Errorf("x: %w", chaterr.New(chaterr.UserMuted, "")),
		chaterr.LabelUndocumented: chaterr.FromSDK(123456789, "x"),
		chaterr.LabelNoCode:       errors.New("plain"),
		chaterr.LabelNone:         nil,
		"GROUP_NOT_EXIST":         &web.Error{Code: web.GroupNotExist},
		"WEB_REACTION_CREATING":   fmt.Errorf("x: %w", &web.Error{Code: web.ReactionCreating}),
		"WEB_UNDOCUMENTED":        &web.Error{Code: 98765},
		"REST_reach_limit":        &rest.Error{Status: 429, Code: rest.ReachLimit},
		"REST_HTTP_503":           &rest.Error{Status: 503, Code: "made_up"},
		"REST_HTTP_OTHER":         &rest.Error{Status: 299, Code: "made_up"},
	} {
		assert.Equal(t, want, chaterr.Label(err), "Label(%v) (label.go)", err)
	}
	tree := fmt.Errorf("a: %w", errors.Join(errors.New("x"), &rest.Error{Status: 429, Code: rest.ReachLimit}, &web.Error{Code: web.ReactionCreating}))
	assert.Zero(t, testing.AllocsPerRun(100, func() { chaterr.Label(tree) }), "Label allocates nothing")
}

// TestLabelSetIsClosed feeds a million hostile errors, random numbers as
// native and Web codes and random REST strings and statuses, and counts the
// labels: at most the documented names and a handful more.
func TestLabelSetIsClosed(t *testing.T) {
	statuses := map[int]bool{}
	for _, r := range rest.Rows() {
		statuses[r.Status] = true
	}
	bound := len(chaterr.Codes()) + len(web.Rows()) + len(rest.Codes()) + len(statuses) + 5
	seen := map[string]bool{}
	rng := rand.New(rand.NewPCG(1, 2))
	for i := 0; i < 1_000_000; i++ {
		n := int(rng.Int32()) - 1<<30
		if i%3 == 0 {
			n = rng.IntN(2000) - 10 // near the documented numbers too
		}
		var err error
		switch i % 3 {
		case 0:
			err = chaterr.FromSDK(n, "x")
		case 1:
			err = &web.Error{Code: web.Code(n)}
		default:
			err = &rest.Error{Status: n % 1000, Code: rest.Code(strconv.Itoa(n))}
		}
		seen[chaterr.Label(err)] = true
	}
	assert.LessOrEqual(t, len(seen), bound, "labels of a million hostile errors")
	assert.Greater(t, len(seen), 10, "the test reached many documented codes")
}
