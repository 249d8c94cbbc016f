package web_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"strings"
	"testing"
	"testing/iotest"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/seed-a36dd713/chaterr"
	"github.com/seed-a36dd713/chaterr/internal/oneline"
	"github.com/seed-a36dd713/chaterr/web"
)

// TestDecodeShapes decodes each shape of error object that
// shared/reference/web-numbering.md describes.
func TestDecodeShapes(t *testing.T) {
	for _, tc := range []struct {
		name, in string
		want     web.Error
	}{
		{"type, message and data", `{"type":605,"message":"group not found","data":"{\"error\":\"resource_not_found\"}"}`,
			web.Error{Code: 605, Message: "group not found", Data: json.RawMessage(`"{\"error\":\"resource_not_found\"}"`)}},
		{"REST failure with extraInfo", `{"type":17,"message":"ajax error","data":"Too Many Requests","extraInfo":{"elapse":213,"httpCode":429,"errDesc":"too many requests"}}`,
			web.Error{Code: 17, Message: "ajax error", Data: json.RawMessage(`"Too Many Requests"`), HTTPStatus: 429}},
		{"send rejection with id and mid", `{"type":508,"message":"moderation","data":{"id":"1234","mid":"99887766"}}`,
			web.Error{Code: 508, Message: "moderation", Data: json.RawMessage(`{"id":"1234","mid":"99887766"}`)}},
		{"legacy fail callback with reason", `{"type":507,"reason":"you were muted"}`,
			web.Error{Code: 507, Message: "you were muted"}},
		{"604 with the server status in data", `{"type":604,"message":"send failed","data":{"errorCode":40,"reason":"unknown"}}`,
			web.Error{Code: 604, Message: "send failed", Data: json.RawMessage(`{"errorCode":40,"reason":"unknown"}`)}},
		{"onFileDownloadError", `{"type":222,"id":"msg-1","xhr":{"status":403}}`,
			web.Error{Code: 222}},
		{"206 with the login extension", `{"type":206,"message":"logged in elsewhere","data":{"loginInfoCustomExt":"tablet"}}`,
			web.Error{Code: 206, Message: "logged in elsewhere", Data: json.RawMessage(`{"loginInfoCustomExt":"tablet"}`)}},
		{"rejected login without a user", `{"type":0,"message":"open: user is required"}`,
			web.Error{Code: 0, Message: "open: user is required"}},
		{"message wins over reason", `{"reason":"r","type":1,"message":"m"}`, web.Error{Code: 1, Message: "m"}},
		{"null message gives way to reason", `{"type":1,"message":null,"reason":"r"}`, web.Error{Code: 1, Message: "r"}},
		{"escapes in the message", `{"type":1,"message":"a\n\u00e9\ud83d\ude00\"\\"}`, web.Error{Code: 1, Message: "a\né😀\"\\"}},
		{"null data and extraInfo", `{"type":1,"data":null,"extraInfo":null}`, web.Error{Code: 1}},
		{"keys in another case, whitespace, nesting", " {\n\"TYPE\" : -1 , \"Data\" : [1, {\"a\": \"]}\"}] }\t",
			web.Error{Code: -1, Data: json.RawMessage(`[1, {"a": "]}"}]`)}},
		{"last of a repeated key", `{"type":1,"type":2}`, web.Error{Code: 2}},
		{"undocumented type kept", `{"type":4242}`, web.Error{Code: 4242}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var got web.Error
			require.NoError(t, json.Unmarshal([]byte(tc.in), &got))
			assert.Equal(t, tc.want, got)
			d, err := web.Decode(strings.NewReader(tc.in))
			require.NoError(t, err)
			assert.Equal(t, tc.want, *d)
		})
	}
}

func TestTypeZeroIsNeverSuccess(t *testing.T) {
	var e web.Error
	require.NoError(t, json.Unmarshal([]byte(`{"type":0,"message":"user is required"}`), &e))
	assert.NotErrorIs(t, &e, chaterr.NoError)
	assert.ErrorIs(t, &e, chaterr.InvalidUserName)
	assert.ErrorIs(t, &e, web.WebIMConnctionUserNotAssignError)
	assert.Equal(t, "web: WEBIM_CONNCTION_USER_NOT_ASSIGN_ERROR (0; native INVALID_USER_NAME 101): user is required", e.Error())
	r, ok := e.Row()
	assert.True(t, ok)
	assert.Equal(t, "WEBIM_CONNCTION_USER_NOT_ASSIGN_ERROR", r.Name)
}

func TestDecodeRefuses(t *testing.T) {
	for _, tc := range []struct{ in, field, reason string }{
		{`{"type":"605"}`, "type", "want a JSON integer"},
		{`{"type":1.5}`, "type", "want a JSON integer"},
		{`{"type":1e3}`, "type", "want a JSON integer"},
		{`{"type":2147483648}`, "type", "want a JSON integer"},
		{`{"type":-2147483649}`, "type", "want a JSON integer"},
		{`{"type":null}`, "type", "want a JSON integer"},
		{`{"type":true}`, "type", "want a JSON integer"},
		{`{}`, "type", "missing"},
		{`{"message":"no type"}`, "type", "missing"},
		{`{"type":1,"message":5}`, "message", "want a JSON string"},
		{`{"type":1,"reason":[]}`, "reason", "want a JSON string"},
		{`{"type":1,"extraInfo":"x"}`, "extraInfo", "want a JSON object"},
		{`{"type":1,"extraInfo":{"httpCode":"404"}}`, "extraInfo.httpCode", "want a JSON integer"},
		{`[1]`, "", "want a JSON object"},
		{`"x"`, "", "want a JSON object"},
		{`5`, "", "want a JSON object"},
		{`{"type":1`, "", "not valid JSON"},
		{``, "", "not valid JSON"},
		{`{"type":1} {}`, "", "not valid JSON"},
	} {
		var e web.Error
		before := web.Error{Code: 605, Message: "kept"}
		e = before
		err := e.UnmarshalJSON([]byte(tc.in))
		var derr *web.DecodeError
		if assert.ErrorAs(t, err, &derr, "%s", tc.in) {
			assert.Equal(t, tc.field, derr.Field, "%s: %v", tc.in, err)
			assert.Contains(t, derr.Reason, tc.reason, "%s", tc.in)
			if tc.field != "" {
				assert.Contains(t, err.Error(), `field "`+tc.field+`"`, "the error names the field")
			}
		}
		assert.Equal(t, before, e, "%s: a failed decode leaves the error as it was", tc.in)
		_, err = web.Decode(strings.NewReader(tc.in))
		assert.ErrorAs(t, err, &derr, "Decode(%s)", tc.in)
	}
	var e web.Error
	assert.NoError(t, json.Unmarshal([]byte(`null`), &e), "null leaves the error alone")
	_, err := web.Decode(strings.NewReader(`null`))
	assert.Error(t, err, "Decode wants an object")
}

func TestDecodeErrorTextIsEscapedAndBounded(t *testing.T) {
	var e web.Error
	long := `{"type":"` + strings.Repeat("x", 10000) + `"}`
	err := json.Unmarshal([]byte(long), &e)
	var derr *web.DecodeError
	require.ErrorAs(t, err, &derr)
	assert.LessOrEqual(t, len(derr.Value), 64)
	assert.Equal(t, len(`"`+strings.Repeat("x", 10000)+`"`), derr.Size)
	assert.Less(t, len(err.Error()), 250)
	assert.Contains(t, err.Error(), "(10002 bytes)")

	err = json.Unmarshal([]byte("{\"type\":\"\u202e\u200bx\"}"), &e)
	require.Error(t, err)
	assert.NotContains(t, err.Error(), "\u202e", "format characters are escaped")
	assert.Contains(t, err.Error(), `\u202e`)
	assert.Equal(t, "web: <nil>", (*web.DecodeError)(nil).Error())
}

func TestDecodeIsBounded(t *testing.T) {
	obj := `{"type":605,"message":"m"}`
	pad := strings.Repeat(" ", web.MaxBody-len(obj))
	e, err := web.Decode(strings.NewReader(obj + pad))
	require.NoError(t, err, "a report of exactly MaxBody bytes decodes")
	assert.Equal(t, web.GroupNotExist, e.Code)

	r := &countingReader{r: io.MultiReader(strings.NewReader(obj), neverEnding('x'))}
	_, err = web.Decode(r)
	var derr *web.DecodeError
	require.ErrorAs(t, err, &derr)
	assert.Equal(t, -1, derr.Size)
	assert.Contains(t, err.Error(), "larger than 65536 bytes")
	assert.LessOrEqual(t, r.n, web.MaxBody+1+512, "Decode stops reading after the bound")

	_, err = web.Decode(iotest.ErrReader(io.ErrUnexpectedEOF))
	assert.ErrorIs(t, err, io.ErrUnexpectedEOF, "a read error is wrapped")
}

type neverEnding byte

func (b neverEnding) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = byte(b)
	}
	return len(p), nil
}

type countingReader struct {
	r io.Reader
	n int
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += n
	return n, err
}

func TestErrorsIsAndAs(t *testing.T) {
	e := web.New(web.GroupNotExist, "group 42 not found")
	wrapped := fmt.Errorf("handle report: %w", e)

	assert.ErrorIs(t, wrapped, chaterr.GroupNotExist, "the native code of the same meaning")
	assert.NotErrorIs(t, wrapped, chaterr.Code(605), "native 605 means another thing")
	assert.ErrorIs(t, wrapped, web.GroupNotExist)
	assert.ErrorIs(t, wrapped, web.New(web.GroupNotExist, "other message"))
	assert.ErrorIs(t, wrapped, chaterr.New(chaterr.GroupNotExist, ""))
	assert.NotErrorIs(t, wrapped, chaterr.New(chaterr.Code(605), ""))
	assert.NotErrorIs(t, wrapped, web.GroupMembersFull)
	assert.NotErrorIs(t, wrapped, (*web.Error)(nil))
	assert.NotErrorIs(t, wrapped, (*chaterr.Error)(nil))
	assert.ErrorIs(t, web.GroupNotExist, e, "a bare Code matches an *Error of its code")

	var native chaterr.Code
	require.ErrorAs(t, wrapped, &native)
	assert.Equal(t, chaterr.GroupNotExist, native)
	var code web.Code
	require.ErrorAs(t, wrapped, &code)
	assert.Equal(t, web.GroupNotExist, code)
	var got *web.Error
	require.ErrorAs(t, wrapped, &got)
	assert.Same(t, e, got)

	noNative := fmt.Errorf("x: %w", web.New(web.WebIMConnctionAJAXError, "503"))
	assert.False(t, errors.As(noNative, &native), "a Web code without a native equivalent gives no native code")
	assert.NotErrorIs(t, noNative, chaterr.Code(17))
	assert.NotErrorIs(t, noNative, chaterr.GeneralError)
	require.ErrorAs(t, noNative, &code)
	assert.Equal(t, web.WebIMConnctionAJAXError, code)

	native = 0
	assert.True(t, errors.As(error(web.GroupNotExist), &native), "a bare Code as an error gives its native code")
	assert.Equal(t, chaterr.GroupNotExist, native)
	assert.False(t, web.GroupNotExist.As((*chaterr.Code)(nil)))
	assert.False(t, web.GroupNotExist.As(&code), "a bare Code sets only a native target; errors.As assigns a Code itself")
}

func TestNilError(t *testing.T) {
	var e *web.Error
	assert.Equal(t, "web: <nil>", e.Error())
	assert.False(t, e.Is(chaterr.NoError))
	assert.False(t, e.As(new(chaterr.Code)))
	_, ok := e.Native()
	assert.False(t, ok)
	assert.Equal(t, slog.KindGroup, e.LogValue().Kind())
	assert.Empty(t, e.LogValue().Group())
	b, err := e.MarshalJSON()
	assert.NoError(t, err)
	assert.Equal(t, "null", string(b))
	_, ok = e.Row()
	assert.False(t, ok)
	e2 := web.New(1, "")
	assert.False(t, e2.As(nil))
	assert.False(t, e2.As((*web.Code)(nil)))
}

func TestErrorText(t *testing.T) {
	assert.Equal(t, "web: GROUP_NOT_EXIST (605; native GROUP_NOT_EXIST 606): group not found",
		web.New(605, "group not found").Error())
	assert.Equal(t, "web: WEBIM_CONNCTION_AJAX_ERROR (17)", web.New(17, "").Error(), "no native, no message")
	assert.Equal(t, "web: Code(4242) (4242): x", web.New(4242, "x").Error())
	assert.Equal(t, `web: WEBIM_CONNCTION_AJAX_ERROR (17): line\nforged=1 \u202e\x1b[31m`,
		web.New(17, "line\nforged=1 \u202e\x1b[31m").Error(), "control and format characters are escaped")

	long := web.New(605, strings.Repeat("é", 10000)).Error()
	assert.LessOrEqual(t, len(long), web.MaxErrorText)
	assert.True(t, strings.HasSuffix(long, oneline.Marker), "a cut text ends with the marker")
}

func TestLogValue(t *testing.T) {
	var buf bytes.Buffer
	logger := slog.New(slog.NewJSONHandler(&buf, &slog.HandlerOptions{ReplaceAttr: dropTime}))

	e := &web.Error{Code: 605, Message: "no group\n", HTTPStatus: 404}
	logger.Error("report", "err", e)
	assert.JSONEq(t, `{"level":"ERROR","msg":"report","err":{"code":606,"name":"GROUP_NOT_EXIST","web_code":605,"web_name":"GROUP_NOT_EXIST","message":"no group\\n","http_status":404}}`, buf.String())

	buf.Reset()
	logger.Error("report", "err", web.New(17, "x"))
	assert.JSONEq(t, `{"level":"ERROR","msg":"report","err":{"web_code":17,"web_name":"WEBIM_CONNCTION_AJAX_ERROR","message":"x"}}`, buf.String(), "no native: no code or name")

	buf.Reset()
	logger.Error("report", "err", web.New(0, "no user"))
	assert.JSONEq(t, `{"level":"ERROR","msg":"report","err":{"code":101,"name":"INVALID_USER_NAME","web_code":0,"web_name":"WEBIM_CONNCTION_USER_NOT_ASSIGN_ERROR","message":"no user"}}`, buf.String())

	buf.Reset()
	logger.Info("code", "c", web.GroupNotExist)
	assert.JSONEq(t, `{"level":"INFO","msg":"code","c":{"web_code":605,"web_name":"GROUP_NOT_EXIST"}}`, buf.String())

	long := web.New(605, strings.Repeat("x", 100000)).LogValue().Group()
	for _, a := range long {
		if a.Key == "message" {
			assert.LessOrEqual(t, len(a.Value.String()), web.MaxErrorText, "the logged message is bounded")
		}
	}
}

func dropTime(groups []string, a slog.Attr) slog.Attr {
	if len(groups) == 0 && a.Key == slog.TimeKey {
		return slog.Attr{}
	}
	return a
}

func TestErrorJSONRoundTrip(t *testing.T) {
	in := &web.Error{Code: 508, Message: "blocked", Data: json.RawMessage(`{"id":"1","mid":"2"}`), HTTPStatus: 400}
	b, err := json.Marshal(in)
	require.NoError(t, err)
	assert.JSONEq(t, `{"type":508,"message":"blocked","data":{"id":"1","mid":"2"},"extraInfo":{"httpCode":400}}`, string(b))
	var out web.Error
	require.NoError(t, json.Unmarshal(b, &out))
	assert.Equal(t, *in, out)
}

func TestLogValueWithoutMessage(t *testing.T) {
	attrs := web.New(605, "").LogValue().Group()
	var keys []string
	for _, a := range attrs {
		keys = append(keys, a.Key)
	}
	assert.Equal(t, []string{"code", "name", "web_code", "web_name"}, keys)
}

// TestValidityAgreesWithEncodingJSON checks that UnmarshalJSON, called
// directly and so without json.Unmarshal's check of the input first, accepts
// exactly what json.Valid accepts on inputs at the edges of the grammar.
func TestValidityAgreesWithEncodingJSON(t *testing.T) {
	values := []string{
		`01`, `1.`, `.5`, `-`, `-0`, `-0.0e+1`, `1e`, `1E-`, `1e+5`, `0.5E3`, `tru`, `true`, `nul`, `falsey`,
		`"\u12"`, `"\u12g4"`, `"\u00e9"`, `"\x"`, `"\/"`, "\"\t\"", "\"\xff\"", `"\"`, `[1,]`, `[,1]`, `[]`, `[ ]`,
		`{}`, `{ }`, `{"a"}`, `{"a":}`, `{"a":1,}`, `{"a":1 "b":2}`, `{1:2}`, `{"a":[{"b":"]}"}]}`,
		strings.Repeat("[", 10000) + strings.Repeat("]", 10000),
		strings.Repeat("[", 10001) + strings.Repeat("]", 10001),
	}
	for _, v := range values {
		in := `{"type":1,"data":` + v + `}`
		var e web.Error
		err := json.Unmarshal([]byte(in), &e) // json.Unmarshal checks validity before calling UnmarshalJSON
		direct := e.UnmarshalJSON([]byte(in))
		short := in
		if len(short) > 40 {
			short = short[:40] + "..."
		}
		if json.Valid([]byte(in)) {
			assert.NoError(t, err, "%s", short)
			assert.NoError(t, direct, "%s is valid JSON (web/decode.go)", short)
		} else {
			assert.Error(t, direct, "%s is not valid JSON (web/decode.go)", short)
		}
	}
}

// TestRootPackageSeesWebErrors checks that the root package's tree walkers
// find a Web error's native code like any other carrier's.
func TestRootPackageSeesWebErrors(t *testing.T) {
	batch := errors.Join(
		fmt.Errorf("browser: %w", web.New(web.GroupNotExist, "")),
		web.New(web.WebIMConnctionAJAXError, "no native equivalent"),
		chaterr.New(chaterr.UserMuted, "phone"),
	)
	var codes []chaterr.Code
	for c := range chaterr.CodesOf(batch) {
		codes = append(codes, c)
	}
	assert.Equal(t, []chaterr.Code{chaterr.GroupNotExist, chaterr.UserMuted}, codes)
	assert.Equal(t, chaterr.GroupNotExist, chaterr.CodeOf(batch))

	assert.True(t, chaterr.Retryable(web.New(web.ServerBusy, "")), "Web 500 is native 302, SERVER_BUSY")
	assert.False(t, chaterr.Retryable(web.New(web.GroupNotExist, "")))
	assert.True(t, chaterr.Timeout(fmt.Errorf("x: %w", web.New(web.RequestTimeout, ""))), "Web -1 is native 301, SERVER_TIMEOUT")
}

// TestUnmarshalJSONWhiteSpace: only JSON's own white space counts around a
// null or an object, even when UnmarshalJSON is called directly, without
// encoding/json's check of the input.
func TestUnmarshalJSONWhiteSpace(t *testing.T) {
	var e web.Error
	assert.NoError(t, e.UnmarshalJSON([]byte(" \t\r\nnull\n")))
	for _, in := range []string{"\u00a0null", "\vnull\u0085", "\u00a0{\"type\":605}"} {
		assert.Error(t, e.UnmarshalJSON([]byte(in)), "%q is not JSON", in)
	}
	require.NoError(t, e.UnmarshalJSON([]byte("\n {\"type\":605} \r\n")))
	assert.Equal(t, web.GroupNotExist, e.Code)
}
