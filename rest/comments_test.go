package rest_test

import (
	"go/ast"
	"go/parser"
	"go/token"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/seed-a36dd713/chaterr/rest"
)

// statusesIn finds "comes with status 400" or "comes with statuses 400 and
// 404" in a constant's doc comment.
var statusesIn = regexp.MustCompile(`comes with status(?:es)? ((?:\d{3}(?:, | and )?)+)`)

// TestConstantCommentsMatchRows holds what each constant's doc comment in
// rest/codes.go says of its string to the rows of rest/table.go: the
// statuses it names are the statuses of its rows, and a comment that says
// retrying helps (or does not) agrees with the rows' Retryable.
func TestConstantCommentsMatchRows(t *testing.T) {
	f, err := parser.ParseFile(token.NewFileSet(), "codes.go", nil, parser.ParseComments)
	require.NoError(t, err)
	checked := 0
	for _, d := range f.Decls {
		gd, ok := d.(*ast.GenDecl)
		if !ok || gd.Tok != token.CONST {
			continue
		}
		for _, spec := range gd.Specs {
			vs := spec.(*ast.ValueSpec)
			if vs.Doc == nil || len(vs.Values) != 1 {
				continue
			}
			lit, ok := vs.Values[0].(*ast.BasicLit)
			if !ok {
				continue
			}
			code, err := strconv.Unquote(lit.Value)
			require.NoError(t, err)
			doc := strings.Join(strings.Fields(vs.Doc.Text()), " ")
			var statuses []int
			retryable := false
			for _, r := range rest.Rows() {
				if string(r.Code) == code {
					if !slices.Contains(statuses, r.Status) {
						statuses = append(statuses, r.Status)
					}
					retryable = retryable || r.Retryable
				}
			}
			slices.Sort(statuses)
			name := vs.Names[0].Name
			if m := statusesIn.FindStringSubmatch(doc); m != nil {
				var said []int
				for _, s := range regexp.MustCompile(`\d{3}`).FindAllString(m[1], -1) {
					n, _ := strconv.Atoi(s)
					said = append(said, n)
				}
				slices.Sort(said)
				assert.Equal(t, statuses, said, "rest/codes.go: the doc comment of %s names statuses that its rows in rest/table.go do not have", name)
				checked++
			}
			if strings.Contains(doc, "retry after a delay") || strings.Contains(doc, "may succeed when retried") {
				assert.True(t, retryable, "rest/codes.go: %s's comment says retrying helps, but no row in rest/table.go is Retryable", name)
			}
			if strings.Contains(doc, "waiting does not help") || strings.Contains(doc, "is helped by") {
				assert.False(t, retryable, "rest/codes.go: %s's comment says retrying does not help, but a row in rest/table.go is Retryable", name)
			}
		}
	}
	assert.Positive(t, checked, "the test found the constants' comments")
}
