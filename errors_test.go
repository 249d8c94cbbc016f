package chaterr_test

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"io"
	"log/slog"
	"os"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/seed-a36dd713/chaterr"
)

// row is one code of the testdata tables.
type row struct {
	code     chaterr.Code
	name     string
	aliases  []string
	category string // empty for the documented table: derived from the number
}

// readRows reads a tab-separated testdata table: code, name, and for the
// newer codes the other spellings and the category.
func readRows(t *testing.T, path string) []row {
	t.Helper()
	f, err := os.Open(path)
	require.NoError(t, err)
	defer f.Close()
	var rows []row
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		cols := strings.Split(line, "\t")
		require.GreaterOrEqual(t, len(cols), 2, "%s: %q", path, line)
		n, err := strconv.Atoi(cols[0])
		require.NoError(t, err, "%s: %q", path, line)
		r := row{code: chaterr.Code(n), name: cols[1]}
		if len(cols) > 2 && cols[2] != "" {
			r.aliases = strings.Split(cols[2], ",")
		}
		if len(cols) > 3 {
			r.category = cols[3]
		}
		rows = append(rows, r)
	}
	require.NoError(t, sc.Err())
	return rows
}

func documentedRows(t *testing.T) []row { return readRows(t, "testdata/documented-codes.tsv") }
func newerRows(t *testing.T) []row      { return readRows(t, "testdata/newer-codes.tsv") }

// tableCategory is the family of a code of the documented table, by the
// hundreds of its number, as the issue that defined Category lists them.
var tableCategory = map[int]string{
	0: "general", 1: "credential", 2: "user", 3: "server", 4: "file",
	5: "message", 6: "group", 7: "chatroom", 9: "push",
}

// checkRow checks one code the same way whichever table it comes from.
func checkRow(t *testing.T, r row, category string) {
	c := r.code
	assert.True(t, c.Known(), "Known")
	assert.Equal(t, r.name, c.String(), "String is the SDK name")
	assert.Equal(t, r.name, c.Error(), "Error is the SDK name")
	assert.Equal(t, r.name, fmt.Sprintf("%v", c), "%%v prints the SDK name")
	assert.Equal(t, category, c.Category().String(), "Category")

	d := c.Description()
	assert.NotEmpty(t, d, "Description")
	assert.True(t, strings.HasSuffix(d, "."), "Description %q is a sentence ending in a period", d)
	assert.Equal(t, 1, strings.Count(strings.TrimSuffix(d, "."), ". ")+1, "Description %q is one sentence", d)

	for _, s := range []string{r.name, strings.ToLower(r.name), strconv.Itoa(int(c))} {
		got, err := chaterr.Parse(s)
		if assert.NoError(t, err, "Parse(%q)", s) {
			assert.Equal(t, c, got, "Parse(%q)", s)
		}
	}
	for _, a := range r.aliases {
		got, err := chaterr.Parse(a)
		if assert.NoError(t, err, "Parse(alias %q)", a) {
			assert.Equal(t, c, got, "Parse(alias %q)", a)
			assert.Equal(t, r.name, got.String(), "String keeps the primary name, not alias %q", a)
		}
	}

	b, err := json.Marshal(c)
	require.NoError(t, err)
	assert.Equal(t, strconv.Itoa(int(c)), string(b), "JSON is a number")
	for _, in := range []string{string(b), strconv.Quote(r.name), strconv.Quote(strconv.Itoa(int(c)))} {
		var back chaterr.Code = -1
		if assert.NoError(t, json.Unmarshal([]byte(in), &back), "decode %s", in) {
			assert.Equal(t, c, back, "decode %s", in)
		}
	}
}

func TestDocumentedTable(t *testing.T) {
	rows := documentedRows(t)
	require.Len(t, rows, 67, "the documented table has 67 codes")
	for _, r := range rows {
		t.Run(strconv.Itoa(int(r.code)), func(t *testing.T) {
			checkRow(t, r, tableCategory[int(r.code)/100])
		})
	}
}

func TestNewerCodes(t *testing.T) {
	rows := newerRows(t)
	require.Len(t, rows, 35, "the newer native SDK releases add 35 codes")
	for _, r := range rows {
		t.Run(strconv.Itoa(int(r.code)), func(t *testing.T) {
			checkRow(t, r, r.category)
		})
	}
}

// TestCodesAreExactlyTheTables fails when a code is added to the package but
// not to testdata, or the other way round.
func TestCodesAreExactlyTheTables(t *testing.T) {
	var want []chaterr.Code
	for _, r := range append(documentedRows(t), newerRows(t)...) {
		want = append(want, r.code)
	}
	slices.Sort(want)
	assert.Equal(t, want, chaterr.Codes())
}

func TestCodesIsAscendingAndFresh(t *testing.T) {
	codes := chaterr.Codes()
	require.NotEmpty(t, codes)
	assert.True(t, slices.IsSorted(codes))
	assert.Equal(t, len(codes), len(slices.Compact(slices.Clone(codes))), "no duplicates")
	codes[0] = 9999
	assert.Equal(t, chaterr.NoError, chaterr.Codes()[0], "changing the returned slice changes nothing else")
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
	f, err := parser.ParseFile(token.NewFileSet(), "codes.go", nil, parser.ParseComments)
	require.NoError(t, err)
	var consts []constant
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
			require.Len(t, vs.Names, 1)
			require.Len(t, vs.Values, 1, "%s has an explicit value", vs.Names[0].Name)
			lit, ok := vs.Values[0].(*ast.BasicLit)
			require.True(t, ok, "%s has a literal value", vs.Names[0].Name)
			n, err := strconv.Atoi(lit.Value)
			require.NoError(t, err)
			consts = append(consts, constant{
				name:    vs.Names[0].Name,
				value:   chaterr.Code(n),
				doc:     vs.Doc.Text(),
				comment: strings.TrimSpace(vs.Comment.Text()),
			})
		}
	}
	return consts
}

// TestConstantsMatchTable fails when a constant exists without a description
// (it would not be Known), or a description without a constant.
func TestConstantsMatchTable(t *testing.T) {
	consts := codeConstants(t)
	seen := map[chaterr.Code]string{}
	for _, k := range consts {
		t.Run(k.name, func(t *testing.T) {
			assert.Empty(t, seen[k.value], "value %d is also %s", k.value, seen[k.value])
			seen[k.value] = k.name
			assert.True(t, strings.HasPrefix(k.doc, k.name+" "), "doc comment starts with the name: %q", k.doc)
			assert.True(t, k.value.Known(), "has a description")
			assert.Equal(t, k.comment, k.value.String(), "line comment is the SDK name")
			got, err := chaterr.Parse(k.name)
			if assert.NoError(t, err, "Parse accepts the Go name") {
				assert.Equal(t, k.value, got)
			}
		})
	}
	for _, c := range chaterr.Codes() {
		assert.NotEmpty(t, seen[c], "code %d (%s) has a description but no constant in codes.go", int(c), c)
	}
}

// TestREADMETable fails when the README's table of codes misses a code or
// disagrees with the package about it.
func TestREADMETable(t *testing.T) {
	b, err := os.ReadFile("README.md")
	require.NoError(t, err)
	readme := string(b)
	for _, c := range chaterr.Codes() {
		line := fmt.Sprintf("| %d | %s | %s | %s |", int(c), c, c.Category(), c.Description())
		assert.Contains(t, readme, line+"\n", "README.md lacks the row of %s", c)
	}
}

func TestUndocumentedCode(t *testing.T) {
	for _, c := range []chaterr.Code{-1, 5, 99, 103 + 3, 503, 606, 800, 999, 1500, 1234, 99999, 1 << 40} {
		t.Run(strconv.Itoa(int(c)), func(t *testing.T) {
			want := "Code(" + strconv.Itoa(int(c)) + ")"
			assert.False(t, c.Known())
			assert.Equal(t, want, c.String())
			assert.Equal(t, want, c.Error())
			assert.Empty(t, c.Description())
			assert.Equal(t, chaterr.CategoryUnknown, c.Category())
			assert.False(t, c.Retryable() || c.Timeout() || c.LoginRequired() || c.AlreadyDone(), "no classification")
			if fits32Bits(c) {
				got, err := chaterr.Parse(strconv.Itoa(int(c)))
				if assert.NoError(t, err, "an undocumented 32-bit number parses") {
					assert.Equal(t, c, got, "and is kept as it is")
				}
			}
		})
	}
}

// fits32Bits reports whether c is in the signed 32-bit range that Parse takes.
func fits32Bits(c chaterr.Code) bool { return c == chaterr.Code(int32(c)) }

func TestParseAccepts(t *testing.T) {
	for in, want := range map[string]chaterr.Code{
		"USER_MUTED":          chaterr.UserMuted,
		"user_muted":          chaterr.UserMuted,
		"User_Muted":          chaterr.UserMuted,
		"UserMuted":           chaterr.UserMuted,
		"usermuted":           chaterr.UserMuted,
		"NoError":             chaterr.NoError,
		"EM_NO_ERROR":         chaterr.NoError,
		"GroupInvalidID":      chaterr.GroupInvalidID,
		"USER_NOT_ON_ROSTER":  chaterr.UserNotFriend,
		"moderation_failed":   chaterr.ThirdModerationFailed,
		"THIRD_SERVER_FAILED": chaterr.ThirdDefaultFailed,
		"215":                 chaterr.UserMuted,
		"+215":                chaterr.UserMuted,
		"0":                   chaterr.NoError,
		"-1":                  -1,
		"2147483647":          2147483647,
		"-2147483648":         -2147483648,
		"1301":                chaterr.ReactionHasBeenOperated,
		"99999":               99999,
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
		"+", "-", "Code(1234)", "ÜSER_MUTED", strings.Repeat("A", 100), "USER_MUTED\x00",
	} {
		got, err := chaterr.Parse(in)
		if assert.Error(t, err, "Parse(%q)", in) {
			assert.Contains(t, err.Error(), strconv.Quote(in), "the error quotes the input")
			assert.True(t, strings.HasPrefix(err.Error(), "chaterr: "), err.Error())
		}
		assert.Equal(t, chaterr.Code(0), got, "Parse(%q) returns 0 with its error", in)
	}
	_, err := chaterr.Parse("2147483648")
	assert.ErrorContains(t, err, "32-bit")
}

func TestJSON(t *testing.T) {
	type msg struct {
		Code chaterr.Code  `json:"code"`
		Ptr  *chaterr.Code `json:"ptr,omitempty"`
	}
	b, err := json.Marshal(msg{Code: chaterr.UserMuted})
	require.NoError(t, err)
	assert.JSONEq(t, `{"code":215}`, string(b))
	b, err = json.Marshal(chaterr.Code(-7))
	require.NoError(t, err)
	assert.Equal(t, "-7", string(b))

	for in, want := range map[string]chaterr.Code{
		`{"code":215}`:               chaterr.UserMuted,
		`{"code":"USER_MUTED"}`:      chaterr.UserMuted,
		`{"code":"user_muted"}`:      chaterr.UserMuted,
		`{"code":"UserMuted"}`:       chaterr.UserMuted,
		`{"code":"215"}`:             chaterr.UserMuted,
		`{"code":"USER_\u004dUTED"}`: chaterr.UserMuted,
		`{"code":99999}`:             99999,
		`{"code":-1}`:                -1,
		`{"code":null}`:              chaterr.ServerBusy, // unchanged
	} {
		m := msg{Code: chaterr.ServerBusy}
		if assert.NoError(t, json.Unmarshal([]byte(in), &m), in) {
			assert.Equal(t, want, m.Code, in)
		}
	}

	for _, in := range []string{
		`1.5`, `1.0`, `1e3`, `true`, `false`, `[]`, `[215]`, `{}`, `2147483648`, `-2147483649`,
		`"NOPE"`, `""`, `"0x10"`, `" 215"`,
	} {
		c := chaterr.ServerBusy
		err := json.Unmarshal([]byte(in), &c)
		if assert.Error(t, err, "decode %s", in) {
			assert.Contains(t, err.Error(), "chaterr: ", "decode %s: %v", in, err)
		}
		assert.Equal(t, chaterr.ServerBusy, c, "a failed decode of %s leaves the value unchanged", in)
	}

	// Called directly, as encoding/json would not: the input is quoted.
	var c chaterr.Code
	err = c.UnmarshalJSON([]byte(`1.5`))
	assert.ErrorContains(t, err, `"1.5"`)
	err = c.UnmarshalJSON(nil)
	assert.ErrorContains(t, err, `""`)
	err = c.UnmarshalJSON([]byte(`"unterminated`))
	assert.ErrorContains(t, err, strconv.Quote(`"unterminated`))
}

func TestRetryable(t *testing.T) {
	for _, c := range []chaterr.Code{
		chaterr.NetworkError, chaterr.ServerNotReachable, chaterr.ServerTimeout,
		chaterr.ServerBusy, chaterr.MessageSendTrafficLimit,
	} {
		assert.True(t, c.Retryable(), "%s is retryable", c)
	}
	assert.False(t, chaterr.NoError.Retryable())
	assert.False(t, chaterr.Code(1234).Retryable())
	// Waiting does not lift a quota or a size limit; a rate limit is the one
	// limit that does.
	for _, c := range chaterr.Codes() {
		words := strings.Split(c.String(), "_")
		quota := slices.ContainsFunc(words, func(w string) bool {
			return slices.Contains([]string{"LIMIT", "LIMITATION", "EXCEED", "REACH", "FULL", "TOO"}, w)
		})
		if quota && c != chaterr.MessageSendTrafficLimit {
			assert.False(t, c.Retryable(), "%s is a quota or limit, not retryable", c)
		}
	}
}

func TestTimeout(t *testing.T) {
	for _, c := range chaterr.Codes() {
		assert.Equal(t, c == chaterr.ServerTimeout, c.Timeout(), "%s", c)
	}
	// Code that probes for a Timeout method finds it on a bare Code and on a
	// wrapped *Error.
	type timeouter interface{ Timeout() bool }
	for _, err := range []error{
		fmt.Errorf("send: %w", chaterr.ServerTimeout),
		fmt.Errorf("send: %w", chaterr.New(chaterr.ServerTimeout, "")),
	} {
		var te timeouter
		if assert.True(t, errors.As(err, &te), "%v", err) {
			assert.True(t, te.Timeout())
		}
	}
	assert.False(t, (*chaterr.Error)(nil).Timeout())
}

func TestLoginRequired(t *testing.T) {
	for _, c := range []chaterr.Code{
		chaterr.TokenExpired, chaterr.UserNotLogin, chaterr.UserAuthenticationFailed,
		chaterr.UserLoginAnotherDevice, chaterr.UserRemoved,
		chaterr.UserKickedByChangePassword, chaterr.UserKickedByOtherDevice,
	} {
		assert.True(t, c.LoginRequired(), "%s requires a new login", c)
	}
	for _, c := range []chaterr.Code{chaterr.TokenWillExpire, chaterr.NoError, chaterr.ServerBusy, 1234} {
		assert.False(t, c.LoginRequired(), "%s does not require a new login", c)
	}
}

func TestAlreadyDone(t *testing.T) {
	want := []chaterr.Code{
		chaterr.UserAlreadyLogin, chaterr.GroupAlreadyJoined, chaterr.ChatRoomAlreadyJoined,
		chaterr.ReactionHasBeenOperated,
	}
	var got []chaterr.Code
	for _, c := range chaterr.Codes() {
		if c.AlreadyDone() {
			got = append(got, c)
		}
	}
	assert.Equal(t, want, got)
	assert.False(t, chaterr.UserAlreadyExist.AlreadyDone(), "a taken user ID fails a sign-up")
}

func TestCategories(t *testing.T) {
	var names []string
	for _, c := range chaterr.Categories() {
		names = append(names, c.String())
	}
	assert.Equal(t, []string{
		"general", "credential", "user", "server", "file", "message", "group", "chatroom", "push",
		"contact", "presence", "translation", "moderation", "reaction", "thread",
	}, names)
	assert.Equal(t, "unknown", chaterr.CategoryUnknown.String())
	assert.Equal(t, "Category(200)", chaterr.Category(200).String())
	assert.Equal(t, chaterr.CategoryPresence, chaterr.PresenceCannotSubscribeYourself.Category())
	assert.Equal(t, chaterr.CategoryTranslation, chaterr.TranslateParamInvalid.Category())
	assert.Equal(t, chaterr.CategoryPush, chaterr.PushNotSupport.Category(), "900 keeps the table's family")
	cats := chaterr.Categories()
	cats[0] = chaterr.CategoryThread
	assert.Equal(t, chaterr.CategoryGeneral, chaterr.Categories()[0], "a fresh slice on each call")
}

func TestNew(t *testing.T) {
	e := chaterr.New(chaterr.UserMuted, "muted in group 9")
	require.NotNil(t, e)
	assert.Equal(t, chaterr.UserMuted, e.Code)
	assert.Equal(t, "muted in group 9", e.Message)
	assert.Equal(t, chaterr.UserMuted.Description(), e.Description)
	assert.Nil(t, e.Err)
	assert.Equal(t, "chaterr: USER_MUTED (215): muted in group 9", e.Error())

	e = chaterr.New(chaterr.UserMuted, "")
	assert.Equal(t, "USER_MUTED", e.Message, "an empty message defaults to the SDK name")
	assert.Equal(t, "chaterr: USER_MUTED (215)", e.Error(), "the name is not repeated")
	assert.Equal(t, "chaterr: USER_MUTED (215)", chaterr.New(chaterr.UserMuted, "USER_MUTED").Error())

	e = chaterr.New(1234, "brand new failure")
	require.NotNil(t, e)
	assert.Equal(t, chaterr.Code(1234), e.Code, "an undocumented code is kept")
	assert.Empty(t, e.Description)
	assert.Equal(t, "chaterr: Code(1234) (1234): brand new failure", e.Error())

	assert.Equal(t, "chaterr: EM_NO_ERROR (0)", (&chaterr.Error{}).Error(), "the zero Error")
	var nilErr *chaterr.Error
	assert.NotPanics(t, func() { _ = nilErr.Error() })
	assert.Equal(t, "chaterr: <nil>", nilErr.Error())
	assert.Nil(t, nilErr.Unwrap())
	assert.False(t, nilErr.Is(chaterr.NoError))
	var c chaterr.Code
	assert.False(t, nilErr.As(&c))
}

func TestErrorsIs(t *testing.T) {
	base := chaterr.New(chaterr.UserMuted, "muted in group 9")
	wrapped := fmt.Errorf("a: %w", fmt.Errorf("b: %w", fmt.Errorf("c: %w", base)))
	joined := errors.Join(io.EOF, fmt.Errorf("send: %w", base))
	bare := fmt.Errorf("send: %w", chaterr.UserMuted)
	for name, err := range map[string]error{"error": base, "wrapped": wrapped, "joined": joined, "bare": bare} {
		t.Run(name, func(t *testing.T) {
			assert.ErrorIs(t, err, chaterr.UserMuted)
			assert.ErrorIs(t, err, chaterr.New(chaterr.UserMuted, "other message"), "an *Error target matches by code")
			assert.NotErrorIs(t, err, chaterr.UserMutedByAdmin)
			assert.NotErrorIs(t, err, chaterr.New(chaterr.ServerBusy, ""))
			assert.NotErrorIs(t, err, (*chaterr.Error)(nil))
			assert.NotErrorIs(t, err, errors.New("USER_MUTED"))
		})
	}
	assert.ErrorIs(t, chaterr.UserMuted, chaterr.New(chaterr.UserMuted, ""), "a bare Code matches an *Error target")
	assert.NotErrorIs(t, chaterr.UserMuted, (*chaterr.Error)(nil))

	cause := fmt.Errorf("dial: %w", io.ErrUnexpectedEOF)
	e := &chaterr.Error{Code: chaterr.NetworkError, Message: "lost", Err: cause}
	assert.Same(t, cause, errors.Unwrap(e))
	assert.ErrorIs(t, e, io.ErrUnexpectedEOF, "the cause is in the chain")
	assert.ErrorIs(t, e, chaterr.NetworkError)
}

func TestErrorsAs(t *testing.T) {
	for _, err := range []error{
		chaterr.UserMuted,
		fmt.Errorf("x: %w", chaterr.UserMuted),
		fmt.Errorf("x: %w", fmt.Errorf("y: %w", chaterr.New(chaterr.UserMuted, "m"))),
		errors.Join(io.EOF, chaterr.New(chaterr.UserMuted, "m")),
	} {
		var code chaterr.Code
		if assert.True(t, errors.As(err, &code), "%v", err) {
			assert.Equal(t, chaterr.UserMuted, code)
		}
	}
	var e *chaterr.Error
	if assert.True(t, errors.As(fmt.Errorf("x: %w", chaterr.New(chaterr.ServerBusy, "m")), &e)) {
		assert.Equal(t, "m", e.Message)
	}
	var code chaterr.Code
	assert.False(t, errors.As(io.EOF, &code))
	assert.False(t, chaterr.New(chaterr.UserMuted, "").As(&e), "As fills only a *Code")
	assert.False(t, chaterr.New(chaterr.UserMuted, "").As((*chaterr.Code)(nil)))
}

func TestCodeOf(t *testing.T) {
	var nilErr *chaterr.Error
	for name, tc := range map[string]struct {
		err  error
		want chaterr.Code
	}{
		"nil":           {nil, chaterr.NoError},
		"bare":          {chaterr.ServerBusy, chaterr.ServerBusy},
		"error":         {chaterr.New(chaterr.UserMuted, ""), chaterr.UserMuted},
		"wrapped":       {fmt.Errorf("a: %w", fmt.Errorf("b: %w", chaterr.New(chaterr.UserMuted, ""))), chaterr.UserMuted},
		"undocumented":  {fmt.Errorf("a: %w", chaterr.Code(1234)), 1234},
		"plain":         {io.EOF, chaterr.GeneralError},
		"plain wrapped": {fmt.Errorf("a: %w", io.EOF), chaterr.GeneralError},
		"nil *Error":    {nilErr, chaterr.GeneralError},
		"join order": {errors.Join(
			io.EOF,
			fmt.Errorf("a: %w", chaterr.New(chaterr.GroupNotJoined, "")),
			chaterr.ServerBusy,
		), chaterr.GroupNotJoined},
		"nested join": {fmt.Errorf("x: %w", errors.Join(
			errors.Join(io.EOF, fmt.Errorf("%w and %w", io.ErrClosedPipe, chaterr.TokenExpired)),
			chaterr.ServerBusy,
		)), chaterr.TokenExpired},
		"outer code first": {chaterr.New(chaterr.ServerBusy, "busy"), chaterr.ServerBusy},
		"cause below code": {&chaterr.Error{Code: chaterr.NetworkError, Err: chaterr.ServerBusy}, chaterr.NetworkError},
	} {
		t.Run(name, func(t *testing.T) {
			got := chaterr.CodeOf(tc.err)
			assert.Equal(t, tc.want, got)
			if tc.err != nil && tc.want != chaterr.GeneralError {
				assert.ErrorIs(t, tc.err, got, "CodeOf finds a code that errors.Is agrees with")
			}
		})
	}
}

func TestLogValue(t *testing.T) {
	var buf bytes.Buffer
	log := slog.New(slog.NewJSONHandler(&buf, &slog.HandlerOptions{
		ReplaceAttr: func(groups []string, a slog.Attr) slog.Attr {
			if a.Key == slog.TimeKey && len(groups) == 0 {
				return slog.Attr{}
			}
			return a
		},
	}))
	log.Error("send failed", "code", chaterr.UserMuted, "err", chaterr.New(chaterr.UserMuted, "muted in group 9"))
	var got map[string]any
	require.NoError(t, json.Unmarshal(buf.Bytes(), &got), buf.String())
	assert.Equal(t, "USER_MUTED", got["code"])
	assert.Equal(t, map[string]any{"code": 215.0, "name": "USER_MUTED", "message": "muted in group 9"}, got["err"])

	var nilErr *chaterr.Error
	assert.NotPanics(t, func() { _ = nilErr.LogValue() })
	assert.Equal(t, slog.KindGroup, nilErr.LogValue().Kind())
	assert.Empty(t, nilErr.LogValue().Group())
	assert.Equal(t, "Code(1234)", chaterr.Code(1234).LogValue().String())
}
