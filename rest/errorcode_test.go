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

// TestErrorCodesAreTheOracles: every error_code that a rule of
// testdata/rest-web-mapping.tsv reads is a documented constant, with a
// meaning, and there is no other.
func TestErrorCodesAreTheOracles(t *testing.T) {
	var want []rest.ErrorCode
	for _, r := range webRules(t) {
		if c := rest.ErrorCode(r.errorCode); r.errorCode != 0 && !slices.Contains(want, c) {
			want = append(want, c)
		}
	}
	slices.Sort(want)
	assert.Equal(t, want, rest.ErrorCodes(), "the error_code values of %s; edit rest/errorcode.go", webOracle)
	for _, c := range want {
		assert.True(t, c.Known(), "%d", c)
		assert.NotEmpty(t, c.Description(), "%d has no meaning in rest/errorcode.go", c)
		assert.True(t, strings.HasSuffix(c.Description(), "."), "%d: one sentence", c)
		assert.Equal(t, "error_code "+strconv.Itoa(int(c)), c.Error())
	}
	for _, c := range []rest.ErrorCode{0, -1, 1, 40013, 99998, 1<<31 - 1} {
		assert.False(t, c.Known(), "%d", c)
		assert.Empty(t, c.Description(), "%d", c)
	}
	assert.Zero(t, testing.AllocsPerRun(100, func() { _ = rest.ErrorCode60002.Description() }), "Description allocates nothing")
}

// readsAs finds "comes with status 403; the Web SDK reads it as
// PERMISSION_DENIED (603)" and the other readings a comment names.
var (
	commentStatus = regexp.MustCompile(`comes with status (\d{3})`)
	commentWeb    = regexp.MustCompile(`([A-Z][A-Z_]+) \((-?\d+)\)`)
)

// TestErrorCodeCommentsMatchRules holds what each ErrorCode constant's doc
// comment in rest/errorcode.go says to the rules of the oracle: the status
// it names is the status of its rules, and the Web codes it names are the
// ones its rules give.
func TestErrorCodeCommentsMatchRules(t *testing.T) {
	f, err := parser.ParseFile(token.NewFileSet(), "errorcode.go", nil, parser.ParseComments)
	require.NoError(t, err)
	rules := webRules(t)
	checked := 0
	for _, d := range f.Decls {
		gd, ok := d.(*ast.GenDecl)
		if !ok || gd.Tok != token.CONST {
			continue
		}
		for _, spec := range gd.Specs {
			vs := spec.(*ast.ValueSpec)
			lit := vs.Values[0].(*ast.BasicLit)
			n, err := strconv.Atoi(lit.Value)
			require.NoError(t, err)
			doc := strings.Join(strings.Fields(vs.Doc.Text()), " ")
			name := vs.Names[0].Name
			var statuses []int
			var webs []string
			for _, r := range rules {
				if r.errorCode == n {
					for _, s := range r.statuses {
						if !slices.Contains(statuses, s) {
							statuses = append(statuses, s)
						}
					}
					webs = append(webs, r.webName+" ("+strconv.Itoa(r.web)+")")
				}
			}
			var said []int
			for _, m := range commentStatus.FindAllStringSubmatch(doc, -1) {
				s, _ := strconv.Atoi(m[1])
				said = append(said, s)
			}
			assert.Equal(t, statuses, said, "rest/errorcode.go: the comment of %s names statuses that its rules in %s do not have", name, webOracle)
			var saidWeb []string
			for _, m := range commentWeb.FindAllStringSubmatch(doc, -1) {
				saidWeb = append(saidWeb, m[1]+" ("+m[2]+")")
			}
			assert.Equal(t, webs, saidWeb, "rest/errorcode.go: the comment of %s names Web codes that its rules in %s do not give", name, webOracle)
			checked++
		}
	}
	assert.Equal(t, len(rest.ErrorCodes()), checked, "every constant's comment was checked")
}

// TestErrorCodeDecoded: the body's error_code, as a number or a string of
// digits; anything else is none, and the other fields are kept.
func TestErrorCodeDecoded(t *testing.T) {
	for body, want := range map[string]rest.ErrorCode{
		`{"error":"forbidden_op","error_code":60002}`:                           60002,
		`{"error":"forbidden_op","error_code":"60002"}`:                         60002,
		`{"error":"forbidden_op","error_code":0}`:                               0,
		`{"error":"forbidden_op","error_code":-60002}`:                          0,
		`{"error":"forbidden_op","error_code":6e4}`:                             0,
		`{"error":"forbidden_op","error_code":1.5}`:                             0,
		`{"error":"forbidden_op","error_code":"x"}`:                             0,
		`{"error":"forbidden_op","error_code":null}`:                            0,
		`{"error":"forbidden_op","error_code":[1]}`:                             0,
		`{"error":"forbidden_op","error_code":{"a":1}}`:                         0,
		`{"error":"forbidden_op","error_code":2147483647}`:                      2147483647,
		`{"error":"forbidden_op","error_code":2147483648}`:                      0,
		`{"error":"forbidden_op","error_code":60002,"error_description":"trunc`: 60002, // salvaged
	} {
		var e *rest.Error
		require.ErrorAs(t, rest.FromParts(403, nil, []byte(body)), &e, body)
		assert.Equal(t, want, e.ErrorCode, body)
		assert.Equal(t, rest.ForbiddenOp, e.Code, "%s: the other fields are kept", body)
		switch want {
		case 60002:
			assert.ErrorIs(t, e, rest.ErrorCode60002, body)
			assert.Equal(t, 60002.0, logJSON(t, e)["error_code"], body)
		case 0:
			assert.NotErrorIs(t, e, rest.ErrorCode(0), body)
			assert.NotContains(t, logJSON(t, e), "error_code", "%s: no key for no code", body)
		}
	}
}

// TestErrorCodeSameWhetherCut: a body cut short (read by the salvage path)
// gives the same error_code as the whole body: escapes are decoded and keys
// match in any letter case on both paths.
func TestErrorCodeSameWhetherCut(t *testing.T) {
	code := func(body string) rest.ErrorCode {
		var e *rest.Error
		require.ErrorAs(t, rest.FromParts(404, nil, []byte(body)), &e, body)
		return e.ErrorCode
	}
	for _, whole := range []string{`{"error_code":"6000\u0032"}`, `{"ERROR_CODE":91001}`, `{"Error_Code":"91001"}`, `{"error_code":91001}`} {
		cut := strings.TrimSuffix(whole, "}")
		assert.NotZero(t, code(whole), whole)
		assert.Equal(t, code(whole), code(cut), "%s whole and cut", whole)
	}
}
