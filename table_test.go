package chaterr_test

import (
	"fmt"
	"go/ast"
	"go/doc/comment"
	"go/parser"
	"go/token"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/seed-a36dd713/chaterr"
)

// tableView is what the consistency checks look at: the constants of
// codes.go, the rows of table.go as the package serves them, the oracle of
// testdata/codes.tsv, and the codes each predicate's doc comment in
// classify_gen.go names, which go generate writes from the rows' reasons. The real test builds it from the package; the walk
// test below builds it with one omission at a time.
type tableView struct {
	consts []constant
	rows   []chaterr.TableRow
	oracle []chaterr.Code
	// flagged maps a predicate to the codes whose rows carry its flag.
	flagged map[string][]chaterr.Code
	// documented maps a predicate to the constant names its doc comment
	// links to.
	documented map[string][]string
	// stringOf is the generated String method.
	stringOf func(chaterr.Code) string
}

// predicates are the classification methods whose members their doc
// comments name.
var predicates = map[string]func(chaterr.Code) bool{
	"Retryable":     chaterr.Code.Retryable,
	"Timeout":       chaterr.Code.Timeout,
	"LoginRequired": chaterr.Code.LoginRequired,
	"AlreadyDone":   chaterr.Code.AlreadyDone,
	"Deprecated":    chaterr.Code.Deprecated,
}

func realView(t *testing.T) tableView {
	t.Helper()
	v := tableView{
		consts:     codeConstants(t),
		rows:       chaterr.TableRows(),
		flagged:    map[string][]chaterr.Code{},
		documented: docLinks(t, "classify_gen.go"),
		stringOf:   chaterr.Code.String,
	}
	for _, r := range codeRows(t) {
		v.oracle = append(v.oracle, r.code)
	}
	for name, pred := range predicates {
		v.flagged[name] = codesWhere(pred)
	}
	return v
}

// problems lists every way in which the view is inconsistent, each naming
// the file to edit or the command to run.
func (v tableView) problems() []string {
	var out []string
	add := func(format string, args ...any) { out = append(out, fmt.Sprintf(format, args...)) }

	constOf := map[chaterr.Code]string{}
	nameOf := map[string]chaterr.Code{}
	for _, k := range v.consts {
		constOf[k.value] = k.name
		nameOf[k.name] = k.value
		switch {
		case k.comment == "":
			add("codes.go: %s has no line comment: add the SDK name as its line comment, then run go generate ./...", k.name)
		case k.comment != v.stringOf(k.value):
			add("codes.go: the line comment of %s is %q but String returns %q: run go generate ./...", k.name, k.comment, v.stringOf(k.value))
		}
	}
	rowOf := map[chaterr.Code]bool{}
	for _, r := range v.rows {
		switch {
		case rowOf[r.Code]:
			add("table.go: two rows for code %d: keep one", int(r.Code))
		case constOf[r.Code] == "":
			add("table.go: the row for code %d has no constant: add it to codes.go, or fix the row's code", int(r.Code))
		}
		rowOf[r.Code] = true
		if r.Desc == "" {
			add("codes.go: %s needs a doc comment, whose first paragraph is its description; then run go generate ./...", constOf[r.Code])
		}
		if r.Hint == "" {
			add("table.go: the row of %s needs a hint", constOf[r.Code])
		}
	}
	for _, k := range v.consts {
		if !rowOf[k.value] {
			add("codes.go: %s (%d) has no row: add its row to table.go", k.name, int(k.value))
		}
	}
	inOracle := map[chaterr.Code]bool{}
	for _, c := range v.oracle {
		inOracle[c] = true
		if !rowOf[c] {
			add("testdata/codes.tsv lists %d, which the package does not document: add its constant to codes.go and its row to table.go", int(c))
		}
	}
	for _, r := range v.rows {
		if !inOracle[r.Code] {
			add("table.go documents %d (%s) but testdata/codes.tsv has no row for it: transcribe its row from the reference table", int(r.Code), constOf[r.Code])
		}
	}
	for _, pred := range slices.Sorted(mapKeys(predicates)) {
		linked := map[string]bool{}
		for _, name := range v.documented[pred] {
			if _, ok := nameOf[name]; ok {
				linked[name] = true
			}
		}
		for _, c := range v.flagged[pred] {
			if name := constOf[c]; !linked[name] {
				add("classify_gen.go: %s (%d) is %s by its row in table.go, but the doc comment of Code.%s does not name it as [%s]: run go generate ./...", name, int(c), pred, pred, name)
			}
			delete(linked, constOf[c])
		}
		for _, name := range slices.Sorted(mapKeys(linked)) {
			add("classify_gen.go: the doc comment of Code.%s names [%s], but its row in table.go gives no reason for it: run go generate ./...", pred, name)
		}
	}
	return out
}

func mapKeys[K comparable, V any](m map[K]V) func(func(K) bool) {
	return func(yield func(K) bool) {
		for k := range m {
			if !yield(k) {
				return
			}
		}
	}
}

// docLinks returns, for each method of Code declared in path, the names its
// doc comment links to with [Name].
func docLinks(t *testing.T, path string) map[string][]string {
	t.Helper()
	f, err := parser.ParseFile(token.NewFileSet(), path, nil, parser.ParseComments)
	require.NoError(t, err)
	out := map[string][]string{}
	// Every name is taken for a symbol of the package; names that are not
	// Code constants are dropped by the caller.
	p := comment.Parser{LookupSym: func(recv, name string) bool { return true }}
	for _, decl := range f.Decls {
		fd, ok := decl.(*ast.FuncDecl)
		if !ok || fd.Recv == nil || fd.Doc == nil {
			continue
		}
		if id, ok := fd.Recv.List[0].Type.(*ast.Ident); !ok || id.Name != "Code" {
			continue
		}
		var names []string
		var walk func([]comment.Text)
		walk = func(texts []comment.Text) {
			for _, x := range texts {
				switch x := x.(type) {
				case *comment.DocLink:
					if x.ImportPath == "" && x.Recv == "" {
						names = append(names, x.Name)
					}
				case *comment.Link:
					walk(x.Text)
				case *comment.Italic, comment.Plain:
				}
			}
		}
		var blocks func([]comment.Block)
		blocks = func(bs []comment.Block) {
			for _, b := range bs {
				switch b := b.(type) {
				case *comment.Paragraph:
					walk(b.Text)
				case *comment.List:
					// An item names its code first; links in its
					// reason point elsewhere.
					for _, item := range b.Items {
						n := len(names)
						blocks(item.Content)
						names = names[:min(len(names), n+1)]
					}
				}
			}
		}
		blocks(p.Parse(fd.Doc.Text()).Content)
		out[fd.Name.Name] = names
	}
	return out
}

// TestTableIsConsistent holds codes.go, table.go, testdata/codes.tsv and the
// generated classification docs of classify_gen.go to each other.
func TestTableIsConsistent(t *testing.T) {
	for _, p := range realView(t).problems() {
		t.Error(p)
	}
}

// TestEveryOmissionFails is the walk through the ways of adding a code
// half-way: each omission must be reported, naming the file to edit or the
// command to run. It works on a copy of the real view, so it needs no
// broken package.
func TestEveryOmissionFails(t *testing.T) {
	// The fake code is one past the last real one, so that adding a real
	// code never collides with it.
	fake := slices.Max(chaterr.Codes()) + 1
	complete := func() tableView {
		v := realView(t)
		v.consts = append(slices.Clone(v.consts), constant{name: "FakeCode", value: fake, doc: "A fake.", comment: "FAKE_CODE"})
		v.rows = append(slices.Clone(v.rows), chaterr.TableRow{Code: fake, Desc: "A fake.", Hint: "Do nothing."})
		v.oracle = append(slices.Clone(v.oracle), fake)
		v.flagged["Retryable"] = append(slices.Clone(v.flagged["Retryable"]), fake)
		v.documented["Retryable"] = append(slices.Clone(v.documented["Retryable"]), "FakeCode")
		real := v.stringOf
		v.stringOf = func(c chaterr.Code) string {
			if c == fake {
				return "FAKE_CODE"
			}
			return real(c)
		}
		return v
	}
	require.Empty(t, complete().problems(), "a code added in full passes")

	for name, tc := range map[string]struct {
		omit func(*tableView)
		want string
	}{
		"constant without a row": {func(v *tableView) { v.rows = v.rows[:len(v.rows)-1] }, fmt.Sprintf("codes.go: FakeCode (%d) has no row: add its row to table.go", int(fake))},
		"row without a constant": {func(v *tableView) { v.consts = v.consts[:len(v.consts)-1] }, fmt.Sprintf("table.go: the row for code %d has no constant: add it to codes.go", int(fake))},
		"missing oracle row":     {func(v *tableView) { v.oracle = v.oracle[:len(v.oracle)-1] }, "testdata/codes.tsv has no row for it: transcribe its row from the reference table"},
		"flag without a reason": {func(v *tableView) {
			v.documented["Retryable"] = v.documented["Retryable"][:len(v.documented["Retryable"])-1]
		},
			fmt.Sprintf("classify_gen.go: FakeCode (%d) is Retryable by its row in table.go, but the doc comment of Code.Retryable does not name it as [FakeCode]: run go generate ./...", int(fake))},
		"reason without a flag": {func(v *tableView) { v.flagged["Retryable"] = v.flagged["Retryable"][:len(v.flagged["Retryable"])-1] },
			"classify_gen.go: the doc comment of Code.Retryable names [FakeCode], but its row in table.go gives no reason for it: run go generate ./..."},
		"stale generated String":    {func(v *tableView) { v.stringOf = chaterr.Code.String }, fmt.Sprintf(`codes.go: the line comment of FakeCode is "FAKE_CODE" but String returns "Code(%d)": run go generate ./...`, int(fake))},
		"row without a hint":        {func(v *tableView) { v.rows[len(v.rows)-1].Hint = "" }, "table.go: the row of FakeCode needs a hint"},
		"description not generated": {func(v *tableView) { v.rows[len(v.rows)-1].Desc = "" }, "codes.go: FakeCode needs a doc comment, whose first paragraph is its description; then run go generate ./..."},
		"duplicate row":             {func(v *tableView) { v.rows = append(v.rows, v.rows[len(v.rows)-1]) }, fmt.Sprintf("table.go: two rows for code %d: keep one", int(fake))},
	} {
		t.Run(name, func(t *testing.T) {
			v := complete()
			tc.omit(&v)
			got := strings.Join(v.problems(), "\n")
			assert.Contains(t, got, tc.want)
		})
	}
}
