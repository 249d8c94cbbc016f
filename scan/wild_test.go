package scan_test

import (
	"bufio"
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
// chat-dev and chat-heldout are chat SDK logs with their codes annotated by
// hand in expected.tsv before the scanner ever read them; only chat-dev was
// looked at while the rules were written. other-mobile and other-web are
// other components' failure lines (HTTP clients, storage, billing, maps,
// image loaders, WebSockets, media, push, processes, Agora's RTC SDK), on
// which no code is right.

// wildExpected reads an expected.tsv of testdata/wild: file, line, code and
// a note. A code "web:N" is a Web SDK code without a native one: expected,
// but no native code can report it.
func wildExpected(t *testing.T, path string) map[string]map[string]bool {
	f, err := os.Open(path)
	require.NoError(t, err)
	defer f.Close()
	want := map[string]map[string]bool{} // file -> "line code"
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		l := sc.Text()
		if l == "" || strings.HasPrefix(l, "#") || strings.HasPrefix(l, "file\t") {
			continue
		}
		cols := strings.Split(l, "\t")
		require.GreaterOrEqual(t, len(cols), 3, "%s: %q", path, l)
		if want[cols[0]] == nil {
			want[cols[0]] = map[string]bool{}
		}
		want[cols[0]][cols[1]+" "+cols[2]] = true
	}
	require.NoError(t, sc.Err())
	return want
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
			got[strconv.Itoa(i+1)+" "+strconv.Itoa(int(m.Code))] = true
		}
	}
	return got, len(lines)
}

// TestWildChatLogs measures precision and recall over (line, code) pairs on
// each chat log of testdata/wild and logs the figures, per file and in all.
func TestWildChatLogs(t *testing.T) {
	for _, set := range []string{"chat-dev", "chat-heldout"} {
		want := wildExpected(t, filepath.Join("testdata/wild", set, "expected.tsv"))
		logs, err := filepath.Glob(filepath.Join("testdata/wild", set, "*.log"))
		require.NoError(t, err)
		var tp, fp, fn int
		for _, path := range logs {
			name := filepath.Base(path)
			got, n := wildFound(t, path)
			var ftp, ffp, ffn int
			var wrong, missed []string
			for k := range got {
				if want[name][k] {
					ftp++
				} else {
					ffp++
					wrong = append(wrong, k)
				}
			}
			for k := range want[name] {
				if !got[k] {
					ffn++
					missed = append(missed, k)
				}
			}
			sort.Strings(wrong)
			sort.Strings(missed)
			t.Logf("%s/%s: %d lines, %d expected, %d found, %d right; wrong %v, missed %v", set, name, n, ftp+ffn, ftp+ffp, ftp, wrong, missed)
			tp, fp, fn = tp+ftp, fp+ffp, fn+ffn
			delete(want, name)
		}
		assert.Empty(t, want, "%s/expected.tsv names files that are not there", set)
		t.Logf("%s: precision %d/%d, recall %d/%d", set, tp, tp+fp, tp, tp+fn)
		// Floors at what the rules reach today, so that a change that loses
		// ground fails; the targets (0.98) are not reached: see the notes of
		// issue 26. Three of the misses are Web SDK codes with no native one.
		assert.GreaterOrEqual(t, float64(tp)/float64(tp+fp), 0.9, "%s precision (scan/rules.go)", set)
		assert.GreaterOrEqual(t, float64(tp)/float64(tp+fn), 0.7, "%s recall (scan/rules.go)", set)
	}
}

// TestWildOtherComponents counts the codes found on other components'
// failure lines, per component: at most 1 per 1,000 lines is the target.
func TestWildOtherComponents(t *testing.T) {
	total, lines := 0, 0
	for _, set := range []string{"other-mobile", "other-web"} {
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
