package chaterr_test

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/seed-a36dd713/chaterr"
)

// seedDir is where the seed document lies: the project's shared folder
// beside the checkout, as CI lays it out.
const seedDir = "../shared/seeds"

// maxSharedRun is the longest run of words that a description, hint or doc
// comment may share with the seed: eight in a row is copying.
const maxSharedRun = 7

var wordRE = regexp.MustCompile(`[a-z0-9']+`)

// runs returns every run of n consecutive words of text, lower-cased and
// joined by spaces.
func runs(text string, n int) []string {
	words := wordRE.FindAllString(strings.ToLower(text), -1)
	var out []string
	for i := 0; i+n <= len(words); i++ {
		out = append(out, strings.Join(words[i:i+n], " "))
	}
	return out
}

// TestOwnWording fails when a description, a hint or a constant's doc
// comment shares a run of eight words with the seed document: facts carry
// over, sentences must be the package's own.
func TestOwnWording(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join(seedDir, "*.txt"))
	if len(files) == 0 {
		if os.Getenv("CI") != "" {
			t.Fatalf("no seed document in %s: CI lays shared/ beside the clone", seedDir)
		}
		t.Skipf("no seed document in %s beside this checkout; CI runs this check", seedDir)
	}
	seed := map[string]bool{}
	for _, f := range files {
		b, err := os.ReadFile(f)
		require.NoError(t, err)
		for _, r := range runs(string(b), maxSharedRun+1) {
			seed[r] = true
		}
	}
	check := func(where, text string) {
		for _, r := range runs(text, maxSharedRun+1) {
			if seed[r] {
				t.Errorf("%s shares %q with the seed document: reword it", where, r)
				return
			}
		}
	}
	for _, r := range chaterr.TableRows() {
		check("table.go, the desc of "+r.Code.String(), r.Desc)
		check("table.go, the hint of "+r.Code.String(), r.Hint)
	}
	for _, k := range codeConstants(t) {
		check("codes.go, the doc comment of "+k.name, k.doc)
	}
}
