// Command gentable derives, from the one place where each fact about a code
// is written, the Go source that needs the fact a second time. go generate
// runs it (see gen.go and web/gen.go); never edit what it writes.
//
// It reads two hand-written files of a package: codes.go, whose constants'
// doc comments are the codes' descriptions (the first paragraph) and
// deprecation notices (a paragraph that starts "Deprecated:"), and table.go,
// whose rows hold every other fact, the reason for each classification
// among them. It writes:
//
//   - -docs FILE: rowDocs, the description and deprecation notice of each
//     row of table.go's rows, in row order, which the package joins to its
//     rows when it starts;
//   - -classify FILE (the root package only): the classification methods
//     of Code, whose doc comments list every code each one holds for, with
//     the reason its row gives.
//
// It reads the files as syntax, without compiling the package, so that it
// runs even when the package's generated files are stale or missing.
package main

import (
	"bytes"
	"flag"
	"fmt"
	"go/ast"
	"go/format"
	"go/parser"
	"go/token"
	"os"
	"strconv"
	"strings"

	"github.com/seed-a36dd713/chaterr/internal/constdecl"
)

func main() {
	pkg := flag.String("pkg", "", "the package name of the files written")
	codes := flag.String("codes", "codes.go", "the file that declares the Code constants")
	table := flag.String("table", "table.go", "the file that declares the rows")
	docs := flag.String("docs", "", "the file to write rowDocs to")
	classify := flag.String("classify", "", "the file to write the classification methods to (root package)")
	flag.Parse()
	if *pkg == "" || *docs == "" || flag.NArg() != 0 {
		fmt.Fprintln(os.Stderr, "usage: gentable -pkg NAME -docs FILE [-classify FILE] [-codes codes.go] [-table table.go]")
		os.Exit(2)
	}
	if err := run(*pkg, *codes, *table, *docs, *classify); err != nil {
		fmt.Fprintln(os.Stderr, "gentable:", err)
		os.Exit(1)
	}
}

func run(pkg, codesGo, tableGo, docsOut, classifyOut string) error {
	consts, err := constdecl.Read(codesGo)
	if err != nil {
		return err
	}
	rows, err := readRows(tableGo)
	if err != nil {
		return err
	}
	docs, err := joinDocs(codesGo, consts, tableGo, rows)
	if err != nil {
		return err
	}
	if err := writeGo(docsOut, renderDocs(pkg, codesGo, docs)); err != nil {
		return err
	}
	if classifyOut == "" {
		return nil
	}
	return writeGo(classifyOut, renderClassify(pkg, tableGo, codesGo, docs))
}

// writeGo formats src and writes it to path.
func writeGo(path string, src []byte) error {
	out, err := format.Source(src)
	if err != nil {
		return fmt.Errorf("%s: formatting the generated source: %v", path, err)
	}
	return os.WriteFile(path, out, 0o644)
}

// A tableRow is what the generator reads of one row of table.go: the name of
// its constant and the reason for each classification it sets.
type tableRow struct {
	pos     string // file:line, for messages
	name    string
	reasons map[string]string // by field name: retryable, timeout, ...
}

// reasonFields are the row fields that hold the reason for a classification;
// a non-empty reason sets it.
var reasonFields = []string{"retryable", "timeout", "loginRequired", "alreadyDone"}

// readRows reads the elements of the variable rows in the file at path, each
// a keyed composite literal whose code field names a constant.
func readRows(path string) ([]tableRow, error) {
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, path, nil, 0)
	if err != nil {
		return nil, err
	}
	var lit *ast.CompositeLit
	for _, d := range f.Decls {
		gd, ok := d.(*ast.GenDecl)
		if !ok || gd.Tok != token.VAR {
			continue
		}
		for _, s := range gd.Specs {
			vs := s.(*ast.ValueSpec)
			if len(vs.Names) == 1 && vs.Names[0].Name == "rows" && len(vs.Values) == 1 {
				lit, _ = vs.Values[0].(*ast.CompositeLit)
			}
		}
	}
	if lit == nil {
		return nil, fmt.Errorf("%s: no var rows = [...]row{...}", path)
	}
	var rows []tableRow
	for _, el := range lit.Elts {
		pos := fset.Position(el.Pos())
		r := tableRow{pos: fmt.Sprintf("%s:%d", path, pos.Line), reasons: map[string]string{}}
		cl, ok := el.(*ast.CompositeLit)
		if !ok {
			return nil, fmt.Errorf("%s: want a row literal {code: Name, ...}", r.pos)
		}
		for _, e := range cl.Elts {
			kv, ok := e.(*ast.KeyValueExpr)
			if !ok {
				return nil, fmt.Errorf("%s: want keyed fields (code: Name, ...)", r.pos)
			}
			key := kv.Key.(*ast.Ident).Name
			switch {
			case key == "code":
				id, ok := kv.Value.(*ast.Ident)
				if !ok {
					return nil, fmt.Errorf("%s: code: want the constant's name, not an expression", r.pos)
				}
				r.name = id.Name
			case isReasonField(key):
				bl, ok := kv.Value.(*ast.BasicLit)
				if !ok || bl.Kind != token.STRING {
					return nil, fmt.Errorf("%s: %s: want one string literal, the reason", r.pos, key)
				}
				s, err := strconv.Unquote(bl.Value)
				if err != nil || strings.TrimSpace(s) == "" {
					return nil, fmt.Errorf("%s: %s: want a non-empty reason", r.pos, key)
				}
				r.reasons[key] = s
			}
		}
		if r.name == "" {
			return nil, fmt.Errorf("%s: the row has no code field", r.pos)
		}
		rows = append(rows, r)
	}
	return rows, nil
}

func isReasonField(key string) bool {
	for _, f := range reasonFields {
		if f == key {
			return true
		}
	}
	return false
}

// A rowDoc is a row with what its constant's doc comment says.
type rowDoc struct {
	tableRow
	value      int
	desc       string // the doc comment's first paragraph, on one line
	deprecated string // the text of its Deprecated notice, or ""
}

// joinDocs gives each row the doc comment of its constant. Every row must
// name a constant of codesGo with a doc comment, and every constant must
// have a row.
func joinDocs(codesGo string, consts []constdecl.Const, tableGo string, rows []tableRow) ([]rowDoc, error) {
	byName := make(map[string]constdecl.Const, len(consts))
	for _, c := range consts {
		byName[c.Name] = c
	}
	seen := make(map[string]bool, len(rows))
	docs := make([]rowDoc, 0, len(rows))
	for _, r := range rows {
		c, ok := byName[r.name]
		if !ok {
			return nil, fmt.Errorf("%s: %s is not a Code constant of %s: declare it there", r.pos, r.name, codesGo)
		}
		if seen[r.name] {
			return nil, fmt.Errorf("%s: a second row for %s: one row a constant", r.pos, r.name)
		}
		seen[r.name] = true
		paras := strings.Split(strings.TrimSpace(c.Doc), "\n\n")
		d := rowDoc{tableRow: r, value: c.Value, desc: strings.Join(strings.Fields(paras[0]), " ")}
		if d.desc == "" {
			return nil, fmt.Errorf("%s: %s has no doc comment: its first paragraph is the code's description", codesGo, r.name)
		}
		if strings.HasPrefix(d.desc, "Deprecated:") {
			return nil, fmt.Errorf("%s: %s: the doc comment must start with the description, before the Deprecated notice", codesGo, r.name)
		}
		for _, p := range paras[1:] {
			if rest, ok := strings.CutPrefix(p, "Deprecated:"); ok {
				d.deprecated = strings.Join(strings.Fields(rest), " ")
			}
		}
		docs = append(docs, d)
	}
	for _, c := range consts {
		if !seen[c.Name] {
			return nil, fmt.Errorf("%s: %s has no row: add {code: %s, ...} to rows in %s", codesGo, c.Name, c.Name, tableGo)
		}
	}
	return docs, nil
}

func renderDocs(pkg, codesGo string, docs []rowDoc) []byte {
	var b bytes.Buffer
	fmt.Fprintf(&b, "// Code generated by go run ./internal/gentable from %s and table.go; DO NOT EDIT.\n\n", codesGo)
	fmt.Fprintf(&b, "package %s\n\n", pkg)
	b.WriteString("// rowDocs holds, for each row of rows in table.go and in the same order, what\n")
	fmt.Fprintf(&b, "// the doc comment of its constant in %s says: the description (the first\n", codesGo)
	b.WriteString("// paragraph) and the text of the Deprecated notice. To change either, edit\n")
	fmt.Fprintf(&b, "// the doc comment in %s and run go generate ./...\n", codesGo)
	b.WriteString("var rowDocs = [...]rowDoc{\n")
	for _, d := range docs {
		fmt.Fprintf(&b, "\t{%q, %q, %q},\n", d.name, d.desc, d.deprecated)
	}
	b.WriteString("}\n")
	return b.Bytes()
}
