// Package constdecl reads the Code constants that codes.go declares, for the
// test that checks them against the package and for the generator of
// CODES.md.
package constdecl

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"strconv"
	"strings"
)

// Const is one constant of type Code, as the file declares it.
type Const struct {
	Name    string
	Value   int
	Doc     string // the doc comment's text
	Comment string // the line comment, trimmed: the SDK name
}

// Read parses the Go file at path and returns its constants of type Code,
// each of which must be written as `Name Code = 215 // SDK_NAME`, one a
// line, with a literal value, which may be negative.
func Read(path string) ([]Const, error) {
	f, err := parser.ParseFile(token.NewFileSet(), path, nil, parser.ParseComments)
	if err != nil {
		return nil, err
	}
	var consts []Const
	for _, decl := range f.Decls {
		gd, ok := decl.(*ast.GenDecl)
		if !ok || gd.Tok != token.CONST {
			continue
		}
		for _, spec := range gd.Specs {
			vs := spec.(*ast.ValueSpec)
			if id, ok := vs.Type.(*ast.Ident); !ok || id.Name != "Code" {
				continue
			}
			if len(vs.Names) != 1 || len(vs.Values) != 1 {
				return nil, fmt.Errorf("%s: %s: declare one Code constant a line, with an explicit value", path, vs.Names[0].Name)
			}
			name := vs.Names[0].Name
			value, sign := vs.Values[0], ""
			if u, ok := value.(*ast.UnaryExpr); ok && u.Op == token.SUB {
				value, sign = u.X, "-" // a negative code, such as the Web SDK's -4
			}
			lit, ok := value.(*ast.BasicLit)
			if !ok {
				return nil, fmt.Errorf("%s: %s: want a literal value", path, name)
			}
			n, err := strconv.Atoi(sign + lit.Value)
			if err != nil {
				return nil, fmt.Errorf("%s: %s: %v", path, name, err)
			}
			consts = append(consts, Const{
				Name: name, Value: n, Doc: vs.Doc.Text(), Comment: strings.TrimSpace(vs.Comment.Text()),
			})
		}
	}
	return consts, nil
}
