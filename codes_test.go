package chaterr_test

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
)

const (
	codesOracle = "testdata/codes.tsv"
	seedOracle  = "testdata/seed-codes.tsv"
)

// row is one code of testdata/codes.tsv, transcribed from the reference
// table.
type row struct {
	code   chaterr.Code
	name   string
	also   []string
	ios    string
	family string
	status string
}

// readTSV returns the tab-separated fields of each line of a testdata file,
// skipping blank lines and # comments, with the line number of each.
func readTSV(t *testing.T, path string, minCols int) (lines [][]string, lineNos []int) {
	t.Helper()
	f, err := os.Open(path)
	require.NoError(t, err)
	defer f.Close()
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		cols := strings.Split(line, "\t")
		require.GreaterOrEqual(t, len(cols), minCols, "%s:%d: want %d tab-separated columns: %q", path, n, minCols, line)
		lines = append(lines, cols)
		lineNos = append(lineNos, n)
	}
	require.NoError(t, sc.Err())
	return lines, lineNos
}

func codeRows(t *testing.T) []row {
	t.Helper()
	lines, lineNos := readTSV(t, codesOracle, 6)
	rows := make([]row, 0, len(lines))
	for i, cols := range lines {
		n, err := strconv.Atoi(cols[0])
		require.NoError(t, err, "%s:%d", codesOracle, lineNos[i])
		r := row{code: chaterr.Code(n), name: cols[1], ios: cols[3], family: cols[4], status: cols[5]}
		if cols[2] != "" {
			r.also = strings.Split(cols[2], ",")
		}
		rows = append(rows, r)
	}
	return rows
}

// supersededBy lists the codes whose SDK name a current code also carries,
// and that current code: Parse of the shared name gives the current one.
var supersededBy = map[chaterr.Code]chaterr.Code{902: 1502}

func TestCodeTable(t *testing.T) {
	for _, r := range codeRows(t) {
		t.Run(strconv.Itoa(int(r.code))+"_"+r.name, func(t *testing.T) {
			c := r.code
			where := fmt.Sprintf("code %d (row of %s)", int(c), codesOracle)
			require.True(t, c.Known(), "%s is not documented: add its constant to codes.go and its row to table.go", where)
			if c.String() != r.name {
				t.Fatalf("%s: String() = %q, want %q: fix the line comment in codes.go, then run go generate ./...", where, c.String(), r.name)
			}
			assert.Equal(t, r.name, c.Error(), "%s: Error", where)
			assert.Equal(t, r.family, c.Category().String(), "%s: Category: add the number's range to category.go, or set the row's family in table.go", where)
			deprecated := r.status == "deprecated" || r.status == "seed-only"
			assert.Equal(t, deprecated, c.Deprecated(), "%s: Deprecated (status %s): the flag in its row in table.go", where, r.status)

			for what, text := range map[string]string{"desc": c.Description(), "hint": c.Hint()} {
				assert.True(t, strings.HasSuffix(text, "."), "%s: the %s %q in table.go is a sentence ending in a period", where, what, text)
				assert.NotContains(t, strings.TrimSuffix(text, "."), ". ", "%s: the %s %q in table.go is one sentence", where, what, text)
				assert.LessOrEqual(t, len(text), 240, "%s: the %s in table.go is short", where, what)
			}
			assert.NotEqual(t, strings.ToLower(c.Description()), strings.ToLower(c.Hint()), "%s: the hint in table.go says what to do, not what happened", where)

			nameCode := c
			if s, ok := supersededBy[c]; ok {
				nameCode = s
			}
			spellings := map[string]chaterr.Code{
				r.name:                  nameCode,
				strings.ToLower(r.name): nameCode,
				strconv.Itoa(int(c)):    c,
			}
			for _, a := range r.also {
				spellings[a] = c
				spellings[strings.ToLower(a)] = c
			}
			if r.ios != "" {
				for _, p := range []string{"AgoraChatError", "EMError"} {
					spellings[p+r.ios] = c
					spellings[strings.ToUpper(p+r.ios)] = c
				}
			}
			for s, want := range spellings {
				got, err := chaterr.Parse(s)
				if assert.NoError(t, err, "%s: Parse(%q): the row's ios or also in table.go", where, s) {
					assert.Equal(t, want, got, "%s: Parse(%q): the row's ios or also in table.go", where, s)
				}
			}

			b, err := json.Marshal(c)
			require.NoError(t, err)
			assert.Equal(t, strconv.Itoa(int(c)), string(b), "%s: JSON is a number", where)
			var back chaterr.Code = -1
			if assert.NoError(t, json.Unmarshal(b, &back)) {
				assert.Equal(t, c, back, "%s: JSON round trip", where)
			}
			back = -1
			if assert.NoError(t, json.Unmarshal([]byte(strconv.Quote(r.name)), &back)) {
				assert.Equal(t, nameCode, back, "%s: JSON name decodes", where)
			}
		})
	}
}

func TestCodesIsAscendingAndFresh(t *testing.T) {
	codes := chaterr.Codes()
	require.NotEmpty(t, codes)
	assert.True(t, slices.IsSorted(codes))
	assert.Equal(t, len(codes), len(slices.Compact(slices.Clone(codes))), "no duplicates")
	codes[0] = 9999
	assert.Equal(t, chaterr.NoError, chaterr.Codes()[0], "changing the returned slice changes nothing else")
}

// TestSeedTable checks the seed (the 2023 Unity/Windows page) against the
// package: every seed row keeps its number and name, except the rows whose
// number's meaning moved, listed here with the name current releases give
// the number and where the seed's name went.
func TestSeedTable(t *testing.T) {
	moved := map[chaterr.Code]struct {
		name     string       // what the number is called now
		seedName chaterr.Code // where Parse sends the seed's name
	}{
		605: {"GROUP_SHARED_FILE_INVALIDID", 606},
		900: {"USERINFO_USERCOUNT_EXCEED", 1500},
		901: {"USERINFO_DATALENGTH_EXCEED", 1501},
		902: {"PUSH_UNBIND_FAILED", 1502}, // same String, deprecated: the name resolves to 1502
	}
	lines, lineNos := readTSV(t, seedOracle, 2)
	for i, cols := range lines {
		n, err := strconv.Atoi(cols[0])
		require.NoError(t, err, "%s:%d", seedOracle, lineNos[i])
		c, seedName := chaterr.Code(n), cols[1]
		where := fmt.Sprintf("seed row %d %s (%s:%d)", n, seedName, seedOracle, lineNos[i])
		assert.True(t, c.Known(), "%s: still documented", where)
		m, ok := moved[c]
		if !ok {
			assert.Equal(t, seedName, c.String(), "%s: a seed row whose meaning did not move keeps its name", where)
			got, err := chaterr.Parse(seedName)
			assert.NoError(t, err, where)
			assert.Equal(t, c, got, "%s: Parse of the seed name", where)
			continue
		}
		assert.Equal(t, m.name, c.String(), "%s: the number's current name", where)
		got, err := chaterr.Parse(seedName)
		assert.NoError(t, err, where)
		assert.Equal(t, m.seedName, got, "%s: the seed's name follows its meaning", where)
		delete(moved, c)
	}
	assert.Empty(t, moved, "moved rows that are not in %s", seedOracle)
}

// constant is a Code constant as codes.go declares it.
type constant struct {
	name    string
	value   chaterr.Code
	doc     string
	comment string
}

// codeConstants parses codes.go and returns its Code constants. Each must be
// written as `Name Code = 215 // SDK_NAME` with a doc comment.
func codeConstants(t *testing.T) []constant {
	t.Helper()
	decls, err := constdecl.Read("codes.go")
	require.NoError(t, err)
	consts := make([]constant, 0, len(decls))
	for _, d := range decls {
		consts = append(consts, constant{d.Name, chaterr.Code(d.Value), d.Doc, d.Comment})
	}
	return consts
}

// TestConstantsMatchTable fails when a constant in codes.go disagrees with
// the package: a description or Deprecated notice that go generate has not
// copied, a Go name Parse refuses.
func TestConstantsMatchTable(t *testing.T) {
	for _, k := range codeConstants(t) {
		t.Run(k.name, func(t *testing.T) {
			first, _, _ := strings.Cut(k.doc, "\n\n")
			assert.Equal(t, strings.Join(strings.Fields(first), " "), k.value.Description(),
				"codes.go: the first paragraph of %s's doc comment is its description; run go generate ./... to copy it into table_gen.go", k.name)
			deprecated := strings.Contains(k.doc, "\nDeprecated: ")
			assert.Equal(t, deprecated, k.value.Deprecated(), "codes.go: %s is deprecated exactly when its doc comment has a Deprecated paragraph; run go generate ./...", k.name)
			if k.comment != k.value.String() {
				return // TestTableIsConsistent names the fix: go generate, or the line comment
			}
			got, err := chaterr.Parse(k.name)
			if assert.NoError(t, err, "Parse refuses the Go name %s: add its row to table.go, or set goName in it when the Go name is not the SDK name re-cased", k.name) {
				assert.Equal(t, k.value, got, "Parse(%q): set goName in its row in table.go", k.name)
			}
		})
	}
}

func TestNoSpellingClaimedTwice(t *testing.T) {
	assert.Empty(t, chaterr.NameConflicts(), "spellings that two current codes claim; fix the rows in table.go or codes.go")
}

func TestUndocumentedCode(t *testing.T) {
	for _, c := range []chaterr.Code{-1, 9, 99, 113, 310, 355, 514, 614, 708, 800, 906, 1403, 1503, 1234, 99999, 1 << 40} {
		t.Run(strconv.Itoa(int(c)), func(t *testing.T) {
			want := "Code(" + strconv.Itoa(int(c)) + ")"
			assert.False(t, c.Known())
			assert.Equal(t, want, c.String())
			assert.Equal(t, want, c.Error())
			assert.Empty(t, c.Description())
			assert.Empty(t, c.Hint())
			assert.Equal(t, chaterr.CategoryUnknown, c.Category())
			assert.False(t, c.Retryable() || c.Timeout() || c.LoginRequired() || c.AlreadyDone() || c.Deprecated(), "no classification")
			if fits32Bits(c) {
				for _, s := range []string{strconv.Itoa(int(c)), c.String()} {
					got, err := chaterr.Parse(s)
					if assert.NoError(t, err, "an undocumented 32-bit number parses: %q", s) {
						assert.Equal(t, c, got, "and is kept as it is: %q", s)
					}
				}
			}
		})
	}
}

// fits32Bits reports whether c is in the signed 32-bit range that Parse takes.
func fits32Bits(c chaterr.Code) bool { return c == chaterr.Code(int32(c)) }

func TestParseAccepts(t *testing.T) {
	for in, want := range map[string]chaterr.Code{
		"USER_MUTED":                  chaterr.UserMuted,
		"user_muted":                  chaterr.UserMuted,
		"User_Muted":                  chaterr.UserMuted,
		"UserMuted":                   chaterr.UserMuted,
		"usermuted":                   chaterr.UserMuted,
		"AgoraChatErrorUserMuted":     chaterr.UserMuted,
		"EMErrorUserMuted":            chaterr.UserMuted,
		"AgoraChatErrorGroupNotExist": chaterr.GroupNotExist,
		"emerrornotsupportpush":       chaterr.PushNotSupport,
		"NoError":                     chaterr.NoError,
		"EM_NO_ERROR":                 chaterr.NoError,
		"EMErrorNoError":              chaterr.NoError,
		"GroupInvalidID":              chaterr.GroupInvalidID,
		"GroupSharedFileInvalidID":    chaterr.GroupSharedFileInvalidID,
		"GROUP_NOT_EXIST":             chaterr.GroupNotExist,
		"PUSH_NOT_SUPPORT":            chaterr.PushNotSupport,
		"PUSH_UNBIND_FAILED":          chaterr.PushUnbindFailed,
		"PushUnbindFailed":            chaterr.PushUnbindFailed,
		"PushUnbindFailedLegacy":      902,
		"USER_NOT_ON_ROSTER":          chaterr.UserNotFriend,
		"USER_UPDATEINFO_FAILED":      chaterr.PushUpdateConfigsFailed,
		"moderation_failed":           chaterr.ThirdModerationFailed,
		"THIRD_SERVER_FAILED":         chaterr.ThirdDefaultFailed,
		"215":                         chaterr.UserMuted,
		"+215":                        chaterr.UserMuted,
		"0":                           chaterr.NoError,
		"-1":                          -1,
		"2147483647":                  2147483647,
		"-2147483648":                 -2147483648,
		"1301":                        chaterr.ReactionHasBeenOperated,
		"99999":                       99999,
		"Code(1234)":                  1234,
		"code(-5)":                    -5,
		"CODE(2147483647)":            2147483647,
	} {
		got, err := chaterr.Parse(in)
		if assert.NoError(t, err, "Parse(%q)", in) {
			assert.Equal(t, want, got, "Parse(%q)", in)
		}
	}
}

func TestParseRejects(t *testing.T) {
	for _, in := range []string{
		"", " ", "NOT_A_CODE", "USER__MUTED", "_USER_MUTED", "USER MUTED", " 215", "215 ",
		"0x10", "1e3", "1.0", "1_000", "2147483648", "-2147483649", "99999999999999999999",
		"+", "-", "ÜSER_MUTED", strings.Repeat("A", 100), "USER_MUTED\x00",
		"EMNOERROR", "EM_NOERROR", "PUSHUNBINDFAILEDLEGACYX", "UserAlreadyLoginSame", "AgoraChatError",
		"AgoraChatErrorUSER_MUTED", "EMError_UserMuted",
		"Code(", "Code()", "Code(x)", "Code(2147483648)", "Code(1234", "Code 1234", "Code(0x10)", "Code( 1)",
	} {
		got, err := chaterr.Parse(in)
		if assert.Error(t, err, "Parse(%q)", in) {
			assert.Contains(t, err.Error(), strconv.Quote(in[:min(len(in), 64)]), "the error quotes the input")
			assert.True(t, strings.HasPrefix(err.Error(), "chaterr: "), err.Error())
			var perr *chaterr.ParseError
			if assert.ErrorAs(t, err, &perr) {
				assert.Equal(t, "code", perr.What)
				assert.Equal(t, len(in), perr.Size)
			}
		}
		assert.Equal(t, chaterr.GeneralError, got, "Parse(%q) returns GeneralError with its error, never NoError", in)
	}
	_, err := chaterr.Parse("2147483648")
	assert.ErrorContains(t, err, "32-bit")
}

// TestParseErrorIsBounded: a huge input makes a small error that still
// names the input's start and size.
func TestParseErrorIsBounded(t *testing.T) {
	huge := strings.Repeat("USER_MUTED\n", 1<<20) // 11 MiB
	_, err := chaterr.Parse(huge)
	require.Error(t, err)
	assert.Less(t, len(err.Error()), 300, "the error text is bounded")
	assert.Contains(t, err.Error(), strconv.Itoa(len(huge))+" bytes")
	assert.NotContains(t, err.Error(), "\n"+"\n", "no more of the input than its start")

	var c chaterr.Code
	err = c.UnmarshalJSON([]byte(strings.Repeat("9", 1<<20)))
	require.Error(t, err)
	assert.Less(t, len(err.Error()), 300)
	assert.Contains(t, err.Error(), "1048576 bytes")
}

// codesWhere returns the documented codes for which pred holds.
func codesWhere(pred func(chaterr.Code) bool) []chaterr.Code {
	var got []chaterr.Code
	for _, c := range chaterr.Codes() {
		if pred(c) {
			got = append(got, c)
		}
	}
	return got
}

// TestDeprecatedFollowsTheOracle: the deprecated codes are exactly the rows
// of testdata/codes.tsv whose status is deprecated or seed-only. The other
// classifications are pinned by their doc comments (TestTableIsConsistent).
func TestDeprecatedFollowsTheOracle(t *testing.T) {
	var want []chaterr.Code
	for _, r := range codeRows(t) {
		if r.status == "deprecated" || r.status == "seed-only" {
			want = append(want, r.code)
		}
	}
	assert.Equal(t, want, codesWhere(chaterr.Code.Deprecated))
	for name, pred := range predicates {
		for _, c := range []chaterr.Code{-1, 1234, 1 << 40} {
			assert.False(t, pred(c), "%s of undocumented %d", name, int(c))
		}
	}
}

func TestCategories(t *testing.T) {
	var names []string
	for _, c := range chaterr.Categories() {
		names = append(names, c.String())
	}
	assert.Equal(t, []string{
		"general", "credential", "user", "server", "file", "message", "group", "chatroom", "userinfo",
		"contact", "presence", "translation", "moderation", "reaction", "thread", "push",
	}, names, "category.go: a new family is a Category constant and a range; add its name here, in order")
	assert.Equal(t, "unknown", chaterr.CategoryUnknown.String())
	assert.Equal(t, "Category(200)", chaterr.Category(200).String())
	assert.Equal(t, chaterr.CategoryServer, chaterr.ConnectionTimeout.Category(), "350-354 stay in server")
	assert.Equal(t, chaterr.CategoryUserInfo, chaterr.UserInfoUserCountExceed.Category())
	assert.Equal(t, chaterr.CategoryPush, chaterr.Code(902).Category(), "902 follows its meaning")
	assert.Equal(t, chaterr.CategoryPush, chaterr.PushNotSupport.Category())
	cats := chaterr.Categories()
	cats[0] = chaterr.CategoryThread
	assert.Equal(t, chaterr.CategoryGeneral, chaterr.Categories()[0], "a fresh slice on each call")
}

func TestFromOldRelease(t *testing.T) {
	assert.Equal(t, chaterr.GroupNotExist, chaterr.FromOldRelease(605))
	assert.Equal(t, chaterr.GroupSharedFileInvalidID, chaterr.FromOldRelease(606))
	for n := -2; n <= 2000; n++ {
		if n == 605 || n == 606 {
			continue
		}
		if got := chaterr.FromOldRelease(n); got != chaterr.Code(n) {
			t.Errorf("FromOldRelease(%d) = %d, want it unchanged", n, int(got))
		}
	}
	assert.Equal(t, chaterr.Code(1<<40), chaterr.FromOldRelease(1<<40))
}
