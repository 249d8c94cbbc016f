package scan_test

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/seed-a36dd713/chaterr/scan"
)

// The corpus of testdata/wild: lines that users posted in issue threads and
// on pages, quoted as posted (SOURCES.md in each folder says where from).
// chat-dev, chat-heldout and chat-heldout2 are chat SDK logs with their
// codes annotated by hand in expected.tsv before the scanner ever read them;
// only chat-dev was looked at while the rules were written. other-mobile and other-web are
// other components' failure lines (HTTP clients, storage, billing, maps,
// image loaders, WebSockets, media, push, processes, Agora's RTC SDK), on
// which no code is right.

// wildExpected reads an expected.tsv of testdata/wild: file, line, code and
// a note. A code "web:N" is a Web SDK code without a native one. It returns
// the rows as file -> "line code", and the lines of rows whose note says
// "doubtful:" (a judgement call of the annotator) as file -> line.
func wildExpected(t *testing.T, path string) (want map[string]map[string]bool, doubtful map[string]map[string]bool) {
	f, err := os.Open(path)
	require.NoError(t, err)
	defer f.Close()
	want, doubtful = map[string]map[string]bool{}, map[string]map[string]bool{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		l := sc.Text()
		if l == "" || strings.HasPrefix(l, "#") || strings.HasPrefix(l, "file\t") {
			continue
		}
		cols := strings.Split(l, "\t")
		require.GreaterOrEqual(t, len(cols), 3, "%s: %q", path, l)
		if want[cols[0]] == nil {
			want[cols[0]], doubtful[cols[0]] = map[string]bool{}, map[string]bool{}
		}
		want[cols[0]][cols[1]+" "+cols[2]] = true
		if len(cols) > 3 && strings.Contains(cols[3], "doubtful:") {
			doubtful[cols[0]][cols[1]] = true
		}
	}
	require.NoError(t, sc.Err())
	return want, doubtful
}

// wildFound returns what a Scanner finds in a file, as "line code".
func wildFound(t *testing.T, path string) (map[string]bool, int) {
	b, err := os.ReadFile(path)
	require.NoError(t, err)
	var s scan.Scanner
	got := map[string]bool{}
	lines := strings.Split(strings.TrimSuffix(string(b), "\n"), "\n")
	for i, line := range lines {
		for _, m := range s.Line([]byte(line)) {
			code := strconv.Itoa(int(m.Code))
			if m.Code == 0 {
				code = "web:" + strconv.Itoa(int(m.Web)) // as expected.tsv writes a Web code without a native one
			}
			got[strconv.Itoa(i+1)+" "+code] = true
		}
	}
	return got, len(lines)
}

// score counts right, wrong and missed (line, code) pairs of one file,
// leaving out the lines in skip; it lists the wrong and missed ones.
type score struct{ right, wrong, missed int }

func (sc *score) add(o score) {
	sc.right, sc.wrong, sc.missed = sc.right+o.right, sc.wrong+o.wrong, sc.missed+o.missed
}

func (sc score) String() string {
	return fmt.Sprintf("precision %d/%d, recall %d/%d", sc.right, sc.right+sc.wrong, sc.right, sc.right+sc.missed)
}

func scoreFile(got, want, skip map[string]bool) (sc score, wrong, missed []string) {
	onSkipped := func(k string) bool { line, _, _ := strings.Cut(k, " "); return skip[line] }
	for k := range got {
		switch {
		case onSkipped(k):
		case want[k]:
			sc.right++
		default:
			sc.wrong++
			wrong = append(wrong, k)
		}
	}
	for k := range want {
		if !got[k] && !onSkipped(k) {
			sc.missed++
			missed = append(missed, k)
		}
	}
	sort.Strings(wrong)
	sort.Strings(missed)
	return sc, wrong, missed
}

// TestWildChatLogs measures precision and recall over (line, code) pairs on
// each chat log of testdata/wild and logs the figures, per file and in all:
// over every row, and without the lines of doubtful rows (on which nothing
// found counts either way).
func TestWildChatLogs(t *testing.T) {
	// Floors at what the rules reach today, so that a change that loses
	// ground fails; the target (0.98 over every row) is not reached: see the
	// notes of issue 26.
	for _, set := range []struct {
		name                string
		precision, recall   float64 // over every row
		sPrecision, sRecall float64 // without the doubtful lines
	}{
		{"chat-dev", 1, 1, 1, 1},
		{"chat-heldout", 0.9, 0.7, 1, 0.8},
		{"chat-heldout2", 1, 0, 1, 1}, // one row, doubtful: a description without a code
		// Gathered after the rules above were tuned; first run: nothing
		// found (recall 0/3 and 0/6), since most rows are Chinese prose.
		{"chat-heldout3-issues", 1, 0.3, 1, 0.5},
		{"chat-heldout3-pages", 1, 0.15, 1, 0},
	} {
		want, doubtful := wildExpected(t, filepath.Join("testdata/wild", set.name, "expected.tsv"))
		logs, err := filepath.Glob(filepath.Join("testdata/wild", set.name, "*.log"))
		require.NoError(t, err)
		var all, sure score
		for _, path := range logs {
			name := filepath.Base(path)
			got, n := wildFound(t, path)
			sc, wrong, missed := scoreFile(got, want[name], nil)
			scSure, _, _ := scoreFile(got, want[name], doubtful[name])
			t.Logf("%s/%s: %d lines, %d expected, %d found, %d right; wrong %v, missed %v; without doubtful lines: %v",
				set.name, name, n, sc.right+sc.missed, sc.right+sc.wrong, sc.right, wrong, missed, scSure)
			all.add(sc)
			sure.add(scSure)
			delete(want, name)
		}
		assert.Empty(t, want, "%s/expected.tsv names files that are not there", set.name)
		t.Logf("%s: %v; without doubtful lines: %v", set.name, all, sure)
		ratio := func(a, b int) float64 { // nothing found is nothing wrong, nothing expected nothing missed
			if b == 0 {
				return 1
			}
			return float64(a) / float64(b)
		}
		assert.GreaterOrEqual(t, ratio(all.right, all.right+all.wrong), set.precision, "%s precision (scan/rules.go)", set.name)
		assert.GreaterOrEqual(t, ratio(all.right, all.right+all.missed), set.recall, "%s recall (scan/rules.go)", set.name)
		assert.GreaterOrEqual(t, ratio(sure.right, sure.right+sure.wrong), set.sPrecision, "%s precision without doubtful lines (scan/rules.go)", set.name)
		assert.GreaterOrEqual(t, ratio(sure.right, sure.right+sure.missed), set.sRecall, "%s recall without doubtful lines (scan/rules.go)", set.name)
	}
}

// TestWildOtherComponents counts the codes found on other components'
// failure lines, per component: at most 1 per 1,000 lines is the target.
func TestWildOtherComponents(t *testing.T) {
	total, lines := 0, 0
	for _, set := range []string{"other-mobile", "other-web", "other-heldout", "other-zh"} {
		got, n := wildFound(t, filepath.Join("testdata/wild", set, "other.log"))
		comp := map[string]string{}
		b, err := os.ReadFile(filepath.Join("testdata/wild", set, "components.tsv"))
		require.NoError(t, err)
		for _, l := range strings.Split(string(b), "\n") {
			if cols := strings.Split(l, "\t"); len(cols) == 2 {
				comp[cols[0]] = cols[1]
			}
		}
		var found []string
		for k := range got {
			line, _, _ := strings.Cut(k, " ")
			found = append(found, k+" ("+comp[line]+")")
		}
		sort.Strings(found)
		t.Logf("%s: %d lines, %d codes found: %v", set, n, len(found), found)
		total += len(found)
		lines += n
	}
	t.Logf("other components: %d codes on %d lines (%.2f per 1,000)", total, lines, 1000*float64(total)/float64(lines))
	assert.LessOrEqual(t, 1000*float64(total)/float64(lines), 1.0, "false codes per 1,000 other components' lines (scan/rules.go, foreignMarks)")
}
