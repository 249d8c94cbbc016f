package web_test

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/seed-a36dd713/chaterr"
	"github.com/seed-a36dd713/chaterr/internal/constdecl"
	"github.com/seed-a36dd713/chaterr/web"
)

const oracle = "testdata/web-codes.tsv"

// oracleRow is one row of testdata/web-codes.tsv, transcribed from the
// reference table.
type oracleRow struct {
	line      int
	code      web.Code
	name      string
	also      []string
	status    string
	family    string
	native    string // "" when there is none
	collides  string // "" when there is none
	liveName  bool   // the row whose name String gives
	errorName bool   // the row an error object of this number means
}

// inErrorObject lists the numbers whose error-object row is not the live
// one, and that row's name (web-numbering.md: "A type of 0 in a rejection
// means WEBIM_CONNCTION_USER_NOT_ASSIGN_ERROR"; 55's NOT_EXIST is never
// raised, while releases before the renumbering raised 55 for the local
// database).
var inErrorObject = map[web.Code]string{
	0:  "WEBIM_CONNCTION_USER_NOT_ASSIGN_ERROR",
	55: "LOCAL_DB_OPERATION_FAILED",
}

func oracleRows(t *testing.T) []oracleRow {
	t.Helper()
	f, err := os.Open(oracle)
	require.NoError(t, err)
	defer f.Close()
	var rows []oracleRow
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		cols := strings.Split(line, "\t")
		require.Len(t, cols, 7, "%s:%d: want 7 tab-separated columns", oracle, n)
		num, err := strconv.Atoi(cols[0])
		require.NoError(t, err, "%s:%d", oracle, n)
		r := oracleRow{line: n, code: web.Code(num), name: cols[1], status: cols[3], family: cols[4], native: cols[5], collides: cols[6]}
		if cols[2] != "" {
			r.also = strings.Split(cols[2], ",")
		}
		rows = append(rows, r)
	}
	require.NoError(t, sc.Err())
	// The live row of a number is its only row, or of two rows the one
	// that newer releases send: current before easemob-only before hidden
	// before removed.
	rank := map[string]int{"current": 0, "easemob-only": 1, "hidden": 2, "removed": 3}
	byCode := map[web.Code][]int{}
	for i, r := range rows {
		byCode[r.code] = append(byCode[r.code], i)
	}
	for _, is := range byCode {
		best := is[0]
		for _, i := range is {
			if rank[rows[i].status] < rank[rows[best].status] {
				best = i
			}
		}
		for _, i := range is {
			rows[i].liveName = i == best
			if name, ok := inErrorObject[rows[i].code]; ok {
				rows[i].errorName = rows[i].name == name
			} else {
				rows[i].errorName = rows[i].liveName
			}
		}
	}
	return rows
}

func (r oracleRow) where() string {
	return fmt.Sprintf("Web %d %s (%s:%d)", int(r.code), r.name, oracle, r.line)
}

// findRow returns the package's row with r's number and name.
func findRow(t *testing.T, r oracleRow) web.Row {
	t.Helper()
	for _, got := range web.Rows() {
		if got.Code == r.code && got.Name == r.name {
			return got
		}
	}
	t.Fatalf("%s: no such row in web.Rows(): add its constant to web/codes.go and its row to web/table.go", r.where())
	return web.Row{}
}

func wantNative(t *testing.T, r oracleRow) (chaterr.Code, bool) {
	t.Helper()
	if r.native == "" {
		return 0, false
	}
	n, err := strconv.Atoi(r.native)
	require.NoError(t, err, r.where())
	return chaterr.Code(n), true
}

func TestWebTable(t *testing.T) {
	liveCode := map[string]web.Code{} // a name two rows share parses to the live row
	for _, r := range oracleRows(t) {
		if r.liveName {
			liveCode[r.name] = r.code
		}
	}
	for _, r := range oracleRows(t) {
		t.Run(strconv.Itoa(int(r.code))+"_"+r.name, func(t *testing.T) {
			where := r.where()
			row := findRow(t, r)
			c := r.code
			require.True(t, c.Known(), "%s: not documented; see web/table.go", where)
			if r.liveName && c.String() != r.name {
				t.Fatalf("%s: String() = %q, want %q: fix the line comment in web/codes.go (the live row of a number is declared first), then run go generate ./...", where, c.String(), r.name)
			}
			assert.Equal(t, r.status, row.Status.String(), "%s: status; see web/table.go", where)
			assert.Equal(t, r.family, row.Category.String(), "%s: family; see web/table.go", where)
			assert.Equal(t, r.status == "removed", row.Deprecated(), "%s: Deprecated", where)
			assert.Equal(t, append([]string{r.name}, r.also...), row.Names, "%s: names, Name first then the spellings; see web/table.go", where)

			n, ok := wantNative(t, r)
			assert.Equal(t, ok, row.HasNative, "%s: has a native equivalent (native column); see web/table.go", where)
			assert.Equal(t, n, row.Native, "%s: native equivalent; see web/table.go", where)
			col, collides := row.Collides()
			assert.Equal(t, r.collides != "", collides, "%s: collides column", where)
			if collides {
				assert.Equal(t, r.collides, strconv.Itoa(int(col)), "%s: collides column", where)
			}

			for what, s := range map[string]string{"description": row.Description, "hint": row.Hint} {
				assert.True(t, strings.HasSuffix(s, "."), "%s: the %s %q in web/table.go is a sentence ending in a period", where, what, s)
				assert.NotContains(t, strings.TrimSuffix(s, "."), ". ", "%s: the %s %q in web/table.go is one sentence", where, what, s)
			}
			assert.NotEqual(t, row.Description, row.Hint, "%s: the hint says what to do, not what the code means", where)
			assert.NotContains(t, strings.ToLower(row.Hint), "check the logs", "%s: the hint names a concrete action", where)

			if r.liveName {
				assert.Equal(t, row.Description, c.Description(), "%s: Description", where)
				assert.Equal(t, row.Hint, c.Hint(), "%s: Hint", where)
				assert.Equal(t, row.Category, c.Category(), "%s: Category", where)
				assert.Equal(t, row.Deprecated(), c.Deprecated(), "%s: Deprecated", where)
				got, gotOK := c.Native()
				assert.Equal(t, ok, gotOK, "%s: Native", where)
				assert.Equal(t, n, got, "%s: Native", where)
				live, _ := c.Row()
				assert.Equal(t, row, live, "%s: Row", where)
			}
			if r.errorName {
				inErr, _ := c.InErrorObject()
				assert.Equal(t, row, inErr, "%s: InErrorObject", where)
				got, gotOK := web.New(c, "").Native()
				assert.Equal(t, ok, gotOK, "%s: (*Error).Native", where)
				assert.Equal(t, n, got, "%s: (*Error).Native", where)
			}

			nameCode, ok := liveCode[r.name]
			if !ok {
				nameCode = c // a name only a row that is not live has
			}
			spellings := map[string]web.Code{
				r.name:                  nameCode,
				strings.ToLower(r.name): nameCode,
				strconv.Itoa(int(c)):    c,
			}
			for _, a := range r.also {
				spellings[a] = c
				spellings[strings.ToLower(a)] = c
			}
			for s, want := range spellings {
				got, err := web.Parse(s)
				if assert.NoError(t, err, "%s: Parse(%q); see web/parse.go", where, s) {
					assert.Equal(t, want, got, "%s: Parse(%q); see web/parse.go", where, s)
				}
			}

			b, err := json.Marshal(c)
			require.NoError(t, err)
			assert.Equal(t, strconv.Itoa(int(c)), string(b), "%s: JSON is a number", where)
			var back web.Code = 9999
			if assert.NoError(t, json.Unmarshal(b, &back)) {
				assert.Equal(t, c, back, "%s: JSON round trip", where)
			}
			back = 9999
			if assert.NoError(t, json.Unmarshal([]byte(strconv.Quote(r.name)), &back)) {
				assert.Equal(t, nameCode, back, "%s: JSON name decodes", where)
			}
			text, err := c.MarshalText()
			require.NoError(t, err)
			back = 9999
			if assert.NoError(t, back.UnmarshalText(text)) {
				assert.Equal(t, c, back, "%s: text round trip of %q", where, text)
			}

			obj, err := json.Marshal(&web.Error{Code: c, Message: "m", HTTPStatus: 400})
			require.NoError(t, err)
			var e web.Error
			if assert.NoError(t, json.Unmarshal(obj, &e), "%s: %s", where, obj) {
				assert.Equal(t, web.Error{Code: c, Message: "m", HTTPStatus: 400}, e, "%s: error object round trip", where)
			}
		})
	}
}

// TestConstants checks every constant of web/codes.go: its value and line
// comment are a row of the oracle, its Go name parses to it, and its doc
// comment is the row's description.
func TestConstants(t *testing.T) {
	consts, err := constdecl.Read("codes.go")
	require.NoError(t, err)
	rows := oracleRows(t)
	require.Equal(t, len(rows), len(consts), "web/codes.go declares one constant per row of %s: add the constant (with its doc comment) to web/codes.go, its row to web/table.go, then run go generate ./...", oracle)
	liveCode := map[string]web.Code{}
	for _, r := range rows {
		if r.liveName {
			liveCode[r.name] = r.code
		}
	}
	for _, k := range consts {
		where := fmt.Sprintf("constant %s in web/codes.go", k.Name)
		i := slices.IndexFunc(rows, func(r oracleRow) bool { return int(r.code) == k.Value && r.name == k.Comment })
		if !assert.GreaterOrEqual(t, i, 0, "%s: %d // %s is not a row of %s", where, k.Value, k.Comment, oracle) {
			continue
		}
		got, err := web.Parse(k.Name)
		if assert.NoError(t, err, "%s: Parse of the Go name; see goNameExceptions in web/parse.go", where) {
			assert.Equal(t, web.Code(k.Value), got, "%s: Parse of the Go name; see goNameExceptions in web/parse.go", where)
		}
		row := findRow(t, rows[i])
		doc, _, _ := strings.Cut(k.Doc, "\n\n")
		assert.Equal(t, row.Description, strings.Join(strings.Fields(doc), " "), "%s: the first paragraph of the doc comment is the row's description: run go generate ./... to copy it into web/table_gen.go", where)
		if rows[i].status == "removed" {
			assert.Contains(t, k.Doc, "Deprecated:", "%s: a removed row is marked Deprecated", where)
		}
	}
}

func TestRowsAndCodes(t *testing.T) {
	rows := oracleRows(t)
	got := web.Rows()
	require.Equal(t, len(rows), len(got), "web.Rows() has one row per row of %s: add the row to web/table.go and its constant to web/codes.go, then run go generate ./...", oracle)
	for i := 1; i < len(got); i++ {
		assert.LessOrEqual(t, got[i-1].Code, got[i].Code, "Rows is in ascending order: %d before %d", got[i-1].Code, got[i].Code)
		if got[i-1].Code == got[i].Code {
			assert.Equal(t, got[i].Code.String(), got[i-1].Name, "Rows gives the live row of %d first", got[i].Code)
		}
	}
	codes := web.Codes()
	var want []web.Code
	for _, r := range rows {
		if !slices.Contains(want, r.code) {
			want = append(want, r.code)
		}
	}
	slices.Sort(want)
	assert.Equal(t, want, codes, "Codes lists each documented number once, ascending")
	codes[0] = 9999
	assert.Equal(t, web.RequestAbort, web.Codes()[0], "changing the returned slice changes nothing else")

	got[0].Names = append(got[0].Names, "X")
	got601, _ := web.GroupAlreadyJoined.Row()
	got601.Names[1] = "CHANGED"
	again, _ := web.GroupAlreadyJoined.Row()
	assert.Equal(t, []string{"GROUP_ALREADY_JOINED", "ALREADY_JOINED"}, again.Names, "a Row's Names is a copy")
}

func TestSharedNumbers(t *testing.T) {
	assert.Equal(t, "REQUEST_SUCCESS", web.Code(0).String())
	assert.Equal(t, "NOT_EXIST", web.Code(55).String())
	assert.Equal(t, "SERVER_GET_DNSLIST_FAILED", web.Code(304).String())
	assert.Equal(t, web.RequestSuccess, web.WebIMConnctionUserNotAssignError, "same number")

	for s, want := range map[string]web.Code{
		"LOCAL_DB_OPERATION_FAILED":             800,
		"LocalDBOperationFailed":                800,
		"LocalDBOperationFailedLegacy":          55,
		"NOT_EXIST":                             55,
		"WEBIM_CONNCTION_USER_NOT_ASSIGN_ERROR": 0,
		"WebIMConnctionUserNotAssignError":      0,
		"REQUEST_SUCCESS":                       0,
		"WEBIM_MESSAGE_REC_AUDIO":               304,
		"SERVER_GET_DNSLIST_FAILED":             304,
	} {
		got, err := web.Parse(s)
		if assert.NoError(t, err, "Parse(%q)", s) {
			assert.Equal(t, want, got, "Parse(%q)", s)
		}
	}

	n, ok := web.Code(0).Native()
	assert.True(t, ok)
	assert.Equal(t, chaterr.NoError, n, "0 on a success path")
	n, ok = web.New(0, "").Native()
	assert.True(t, ok)
	assert.Equal(t, chaterr.InvalidUserName, n, "0 in an error object is the missing user ID")
	r, _ := web.Code(55).InErrorObject()
	assert.Equal(t, "LOCAL_DB_OPERATION_FAILED", r.Name)
	assert.False(t, web.Code(55).Deprecated(), "the live 55 is easemob-only")
	r, _ = web.Code(304).InErrorObject()
	assert.Equal(t, "SERVER_GET_DNSLIST_FAILED", r.Name)
}

func TestColliding(t *testing.T) {
	for _, r := range oracleRows(t) {
		if !r.errorName {
			continue
		}
		got, ok := web.Colliding(chaterr.Code(r.code))
		assert.Equal(t, r.collides != "", ok, "%s: Colliding(%d), from the collides column", r.where(), int(r.code))
		if ok {
			assert.Equal(t, r.code, got, r.where())
		}
	}
	for _, n := range []chaterr.Code{-5, 1500, 2147483647, -2147483648, 1 << 40} {
		_, ok := web.Colliding(n)
		assert.False(t, ok, "Colliding(%d)", n)
	}
	got, ok := web.Colliding(chaterr.Code(605))
	assert.True(t, ok)
	assert.Equal(t, web.GroupNotExist, got)
	_, ok = web.Colliding(304)
	assert.False(t, ok, "the current Web 304 means what native 304 means")
}

// TestWellKnownCollisions checks the collisions that users meet first: a Web
// number that native SDKs use for another meaning.
func TestWellKnownCollisions(t *testing.T) {
	for _, tc := range []struct {
		web    web.Code
		native chaterr.Code
	}{
		{605, chaterr.GroupNotExist},
		{606, chaterr.GroupMembersFull},
		{508, chaterr.ThirdModerationFailed},
		{2, chaterr.UserAuthenticationFailed},
		{0, chaterr.InvalidUserName},
	} {
		e := web.New(tc.web, "")
		assert.ErrorIs(t, e, tc.native, "Web %d", tc.web)
		if chaterr.Code(tc.web) != tc.native {
			assert.NotErrorIs(t, e, chaterr.Code(tc.web), "Web %d must not match native %d", tc.web, tc.web)
		}
	}
}

func TestUndocumented(t *testing.T) {
	for _, c := range []web.Code{-5, 41, 1234, 1401, 1 << 40, -1 << 40} {
		assert.False(t, c.Known(), "%d", c)
		assert.Empty(t, c.Description())
		assert.Empty(t, c.Hint())
		assert.Equal(t, web.CategoryUnknown, c.Category())
		assert.Equal(t, web.StatusUnknown, c.Status())
		assert.False(t, c.Deprecated())
		_, ok := c.Native()
		assert.False(t, ok)
		_, ok = c.Row()
		assert.False(t, ok)
		_, ok = c.InErrorObject()
		assert.False(t, ok)
	}
	assert.Equal(t, "Code(1234)", web.Code(1234).String())
	got, err := web.Parse("Code(1234)")
	assert.NoError(t, err)
	assert.Equal(t, web.Code(1234), got)
}

func TestParseRefuses(t *testing.T) {
	for _, s := range []string{"", " ", "NOPE", "GROUP__NOT_EXIST", " 605", "0x10", "1e3", "1.5",
		"2147483648", "-2147483649", "+", "-", "Code(", "Code()", "Code(x)", strings.Repeat("A", 100)} {
		c, err := web.Parse(s)
		var perr *chaterr.ParseError
		if assert.ErrorAs(t, err, &perr, "Parse(%q)", s) {
			assert.Equal(t, "Web code", perr.What)
			assert.LessOrEqual(t, len(perr.Input), 64, "the error keeps at most 64 bytes of the input")
		}
		assert.Equal(t, web.RequestUnknown, c, "Parse(%q) fails with RequestUnknown, never success", s)
	}
}

func TestCodeJSONRefuses(t *testing.T) {
	for _, s := range []string{`1.5`, `true`, `[]`, `{}`, `"NOPE"`, `2147483648`, `"` + strings.Repeat("x", 200) + `"`} {
		c := web.GroupNotExist
		assert.Error(t, json.Unmarshal([]byte(s), &c), "%s", s)
		assert.Equal(t, web.GroupNotExist, c, "a failed decode leaves the code as it was")
	}
	c := web.GroupNotExist
	assert.NoError(t, json.Unmarshal([]byte(`null`), &c))
	assert.Equal(t, web.GroupNotExist, c)
	_, err := json.Marshal(web.Code(1 << 40))
	assert.Error(t, err)
	_, err = web.Code(1 << 40).MarshalText()
	assert.Error(t, err)
}

func TestCategoryText(t *testing.T) {
	for c := web.CategoryUnknown; c <= web.CategoryOther; c++ {
		text, err := c.MarshalText()
		require.NoError(t, err)
		var back web.Category
		require.NoError(t, back.UnmarshalText([]byte(strings.ToUpper(string(text)))))
		assert.Equal(t, c, back)
	}
	_, err := web.Category(200).MarshalText()
	assert.Error(t, err)
	var back web.Category
	assert.Error(t, back.UnmarshalText([]byte("nope")))
	_, err = web.ParseCategory("\u017fthread") // a long s is not an s
	assert.Error(t, err)
	_, err = web.ParseCategory("gro\u212aup")
	assert.Error(t, err)
	got, err := web.ParseCategory("ChatRoom")
	assert.NoError(t, err)
	assert.Equal(t, web.CategoryChatRoom, got)
	cats := web.Categories()
	assert.Len(t, cats, int(web.CategoryOther))
	assert.NotContains(t, cats, web.CategoryUnknown)
	families := map[string]bool{}
	for _, r := range oracleRows(t) {
		families[r.family] = true
	}
	for _, c := range cats {
		assert.True(t, families[c.String()], "family %s is used by no row of %s; see web/category.go", c, oracle)
	}
}
