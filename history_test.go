package chaterr_test

import (
	"slices"
	"strconv"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/seed-a36dd713/chaterr"
)

// movedNumbers is transcribed from the reference's numbering-history.md and
// the fidelity notes in testdata/SOURCES.md: each number whose meaning moved
// between native releases or platforms, with a phrase its note must hold.
var movedNumbers = map[chaterr.Code]string{
	200:  "EMErrorUserAlreadyLogin",
	305:  "304",
	505:  "3.9.0",
	506:  "3.9.0",
	507:  "3.9.0",
	508:  "3.9.0",
	605:  "606",
	606:  "605",
	706:  "v1.3.0",
	900:  "1500",
	901:  "1501",
	902:  "1502",
	1403: "1500",
}

func TestReleaseNotes(t *testing.T) {
	for n, phrase := range movedNumbers {
		assert.Contains(t, n.ReleaseNote(), phrase, "ReleaseNote(%d): edit its row in history.go", int(n))
	}
	var seen []chaterr.Code
	for n, note := range chaterr.ReleaseNotes() {
		seen = append(seen, n)
		assert.Equal(t, n.ReleaseNote(), note)
		_, moved := movedNumbers[n]
		assert.True(t, moved, "history.go has a note for %d, which the transcribed list here lacks", int(n))
	}
	assert.True(t, slices.IsSorted(seen), "history.go: keep the notes in ascending order")
	for n := chaterr.Code(-10); n < 3000; n++ {
		if _, moved := movedNumbers[n]; !moved {
			assert.Empty(t, n.ReleaseNote(), "ReleaseNote(%s)", strconv.Itoa(int(n)))
		}
	}
	assert.Zero(t, testing.AllocsPerRun(100, func() { _ = chaterr.Code(1403).ReleaseNote() }))
}
