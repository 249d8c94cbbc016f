package chaterr_test

import (
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"os/exec"
	"path"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var (
	// fileRef is a file name in a comment: notes.go, testdata/codes.tsv.
	fileRef = regexp.MustCompile(`(?:^|[\s(\x60"'])((?:\.\./)*[\w][\w./-]*\.(?:go|md|tsv|log))\b`)
	// identRef is an exported name of one of the module's packages, as a
	// comment gives it: chaterr.Retryable, rest.Rows, web.Row.Names.
	identRef = regexp.MustCompile(`\b(chaterr|web|rest|scan)\.([A-Z]\w*)`)
	// testRef is the name of a test, benchmark, fuzzer or example.
	testRef = regexp.MustCompile(`\b((?:Test|Benchmark|Fuzz|Example)[A-Z_]\w*)`)
	// sectionRef is a section of a Markdown file: its title in quotes,
	// then "in README.md"; or "README.md ##", then its title.
	sectionRef = regexp.MustCompile(`"([A-Z][^"]*)" in ([\w/]+\.md)|([\w/]+\.md) (##+ [A-Z][\w ]*[a-z])`)
)

// referenceFiles are the files of the project's reference
// (shared/reference/ beside the checkout) that comments cite by bare name.
var referenceFiles = map[string]bool{
	"codes.tsv": true, "numbering-history.md": true, "sources.md": true, "web-codes.tsv": true,
	"web-numbering.md": true, "rest-errors.tsv": true, "rest-web-mapping.tsv": true, "go-im-sdk.tsv": true,
}

// TestCommentReferences holds what comments say to what is there: every
// file a Go comment or an oracle's header names exists, every test,
// benchmark, fuzzer or example it names is declared, and every Markdown
// section it names is a heading of that file. A comment that sends a
// maintainer to something that is gone is worse than none.
func TestCommentReferences(t *testing.T) {
	out, err := exec.Command("git", "ls-files").Output()
	if err != nil {
		t.Skip("not a git checkout: the file list comes from git ls-files")
	}
	files := strings.Fields(string(out))
	tracked := map[string]bool{}
	for _, f := range files {
		tracked[f] = true
	}
	declared := map[string]bool{}
	// exported maps a package's name to its exported top-level names.
	exported := map[string]map[string]bool{}
	type comment struct{ file, text string }
	var comments []comment
	for _, f := range files {
		switch {
		case strings.HasSuffix(f, ".go"):
			fset := token.NewFileSet()
			af, err := parser.ParseFile(fset, f, nil, parser.ParseComments)
			require.NoError(t, err, f)
			pkg := af.Name.Name
			if exported[pkg] == nil {
				exported[pkg] = map[string]bool{}
			}
			for _, d := range af.Decls {
				switch d := d.(type) {
				case *ast.FuncDecl:
					if d.Recv == nil && strings.HasSuffix(f, "_test.go") {
						declared[d.Name.Name] = true
					}
					if d.Recv == nil && !strings.HasSuffix(f, "_test.go") {
						exported[pkg][d.Name.Name] = true
					}
				case *ast.GenDecl:
					if strings.HasSuffix(f, "_test.go") {
						continue
					}
					for _, spec := range d.Specs {
						switch sp := spec.(type) {
						case *ast.TypeSpec:
							exported[pkg][sp.Name.Name] = true
						case *ast.ValueSpec:
							for _, n := range sp.Names {
								exported[pkg][n.Name] = true
							}
						}
					}
				}
			}
			for _, g := range af.Comments {
				comments = append(comments, comment{f, g.Text()})
			}
		case strings.HasSuffix(f, ".tsv"):
			b, err := os.ReadFile(f)
			require.NoError(t, err, f)
			for _, l := range strings.Split(string(b), "\n") {
				if strings.HasPrefix(l, "#") {
					comments = append(comments, comment{f, l})
				}
			}
		}
	}
	bases := map[string]bool{}
	for f := range tracked {
		bases[path.Base(f)] = true
	}
	exists := func(from, name string) bool {
		for _, p := range []string{path.Join(path.Dir(from), name), path.Clean(name)} {
			if tracked[p] {
				return true
			}
		}
		if !strings.Contains(name, "/") && bases[name] {
			return true // a bare name, such as app.log in a usage example
		}
		// The project's reference, which oracles cite, lives beside the
		// checkout, where a clone may not have it.
		return strings.HasPrefix(name, "shared/") || referenceFiles[name]
	}
	for _, c := range comments {
		for _, m := range fileRef.FindAllStringSubmatch(c.text, -1) {
			name := m[1]
			if strings.HasPrefix(name, "golang.org/") || strings.HasPrefix(name, "github.com/") {
				continue
			}
			assert.True(t, exists(c.file, name), "%s: a comment names %s, which does not exist: fix the comment", c.file, name)
		}
		for _, m := range identRef.FindAllStringSubmatch(c.text, -1) {
			assert.True(t, exported[m[1]][m[2]], "%s: a comment names %s.%s, which package %s does not declare: fix the comment", c.file, m[1], m[2], m[1])
		}
		for _, m := range testRef.FindAllStringSubmatch(c.text, -1) {
			assert.True(t, declared[m[1]], "%s: a comment names %s, which no _test.go file declares: fix the comment", c.file, m[1])
		}
		for _, m := range sectionRef.FindAllStringSubmatch(c.text, -1) {
			title, doc := m[1], m[2]
			if doc == "" {
				doc, title = m[3], strings.TrimLeft(m[4], "# ")
			}
			b, err := os.ReadFile(doc)
			if !assert.NoError(t, err, "%s: a comment names a section of %s", c.file, doc) {
				continue
			}
			heading := regexp.MustCompile(`(?m)^#+ ` + regexp.QuoteMeta(title) + `\s*$`)
			assert.True(t, heading.Match(b), "%s: a comment names the section %q of %s, which has no such heading: fix the comment", c.file, title, doc)
		}
	}
}
