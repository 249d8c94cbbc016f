package scan_test

import (
	"bufio"
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/seed-a36dd713/chaterr"
	"github.com/seed-a36dd713/chaterr/scan"
	"github.com/seed-a36dd713/chaterr/web"
)

// hit is one code on one line of a file.
type hit struct {
	File string
	Line int
	Code int
}

// readExpected reads a hand-written file of hits: file, line, code.
func readExpected(t testing.TB, path string) map[string][]hit {
	f, err := os.Open(path)
	require.NoError(t, err)
	defer f.Close()
	want := map[string][]hit{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		l := sc.Text()
		if l == "" || strings.HasPrefix(l, "#") {
			continue
		}
		cols := strings.Split(l, "\t")
		require.Len(t, cols, 3, "%s: %q", path, l)
		line, err1 := strconv.Atoi(cols[1])
		code, err2 := strconv.Atoi(cols[2])
		require.NoError(t, err1, "%s: %q", path, l)
		require.NoError(t, err2, "%s: %q", path, l)
		want[cols[0]] = append(want[cols[0]], hit{cols[0], line, code})
	}
	require.NoError(t, sc.Err())
	return want
}

// scanFile returns what a Scanner finds in a file, line by line.
func scanFile(t testing.TB, path string) []hit {
	b, err := os.ReadFile(path)
	require.NoError(t, err)
	var s scan.Scanner
	var got []hit
	for i, line := range strings.Split(strings.TrimSuffix(string(b), "\n"), "\n") {
		for _, m := range s.Line([]byte(line)) {
			got = append(got, hit{filepath.Base(path), i + 1, int(m.Code)})
		}
	}
	return got
}

// TestCorpus compares what the scanner finds in testdata/corpus/*.log with
// testdata/corpus/expected.tsv, written by hand from the logs.
func TestCorpus(t *testing.T) {
	want := readExpected(t, "testdata/corpus/expected.tsv")
	logs, err := filepath.Glob("testdata/corpus/*.log")
	require.NoError(t, err)
	require.GreaterOrEqual(t, len(logs), 10)
	for _, path := range logs {
		name := filepath.Base(path)
		assert.Equal(t, want[name], scanFile(t, path),
			"codes in %s: fix the rules in scan/rules.go, or expected.tsv if it misreads the log", path)
		delete(want, name)
	}
	assert.Empty(t, want, "expected.tsv names files that are not in testdata/corpus")
}

// TestHeldOut measures precision and recall on lines written after the
// rules were tuned (testdata/heldout), against the scanner's targets: at least
// 97 % of the reported codes are right and 98 % of the codes are found.
func TestHeldOut(t *testing.T) {
	want := readExpected(t, "testdata/heldout/expected.tsv")
	logs, err := filepath.Glob("testdata/heldout/*.log")
	require.NoError(t, err)
	require.NotEmpty(t, logs)
	var reported, right, total int
	for _, path := range logs {
		exp := map[hit]bool{}
		for _, h := range want[filepath.Base(path)] {
			exp[h] = true
		}
		total += len(exp)
		fileReported, fileRight := 0, 0
		for _, h := range scanFile(t, path) {
			fileReported++
			if exp[h] {
				fileRight++
			} else {
				t.Logf("false: %v", h)
			}
		}
		t.Logf("%s: %d reported, %d right, %d expected", filepath.Base(path), fileReported, fileRight, len(exp))
		reported += fileReported
		right += fileRight
	}
	require.NotZero(t, reported)
	precision := float64(right) / float64(reported)
	recall := float64(right) / float64(total)
	t.Logf("held-out: %d reported, %d right, %d expected: precision %.1f %%, recall %.1f %%",
		reported, right, total, 100*precision, 100*recall)
	assert.GreaterOrEqual(t, precision, 0.97, "precision on testdata/heldout")
	assert.GreaterOrEqual(t, recall, 0.98, "recall on testdata/heldout")
}

// TestLookalikesAndOnceMissedForms: numbers that look like codes and are
// not stay silent, and forms the scanner once missed are found, with their
// context.
func TestLookalikesAndOnceMissedForms(t *testing.T) {
	silent := []string{
		"code=0", "onSuccess code: 0", "login ok EM_NO_ERROR", "error code 0",
		"verification code: 757911", "IOError(2, 'No such file')",
		"sqlite3 error code 5", `SQLiteError(5, "locked")`,
		`Error Domain=NSURLErrorDomain Code=-1200 "An SSL error has occurred"`,
		"response status code: 200", `{"code":200,"msg":"ok"}`, "curl: Http error code: 6",
		"code=9999 failed", "exit code 2 failed", "error code: -1005", "statusCode=404 failed",
		"code=215ms failed", "code: 1.5 failed", "error 302 happened", "errno=2",
		"PlatformException{code: 9999}", "PlatformException(9999, x)",
		// A number that is not a documented code counts only on a line of
		// the chat SDK (or an SDK error type's): on others it may be anyone's.
		"onError(9999, x)", "error code 9999", "errorCode 9999", "OnError(-1)",
		"E/MediaPlayer: onError(1, -1004)", "E/RtcEngine: onError 110", "I/flutter: code=4321 desc=x failed",
		// Another component's line: its numbers are its own.
		"E/Upload: S3 PutObject failed: error code 403", "E/OkHttp: <-- 504 code=504 failed",
		"W/Glide: Load failed, HttpException(error=404)", "E/BillingClient: purchase failed, error code: 7",
		"E/WebSocket: onError code=1006 closed", "ERROR [Maps] geocode failed: error code 302",
		"E/Agora: RtcEngine onError: 110",
		// An API's error envelope holds that API's status, and the rest of
		// its line is that API's; a WebSocket's close event holds RFC 6455's.
		`06:40:02.242  E  {  "error": {    "code": 404,    "message": "Not Found."  }}`,
		`Error: refreshing token: {"error":{"code":400,"message":"TOKEN_EXPIRED","status":"INVALID_ARGUMENT"}}`,
		`socket error: {code: 1000, reason: "normal closure"}`,
		"ERROR:TwilioVideo: Got TLS read ret=0 error=6 error:00000006:invalid library (0):OPENSSL_internal",
		"[TwilioVideo] connect failed: error code 53000",
		// A Chinese failure word makes a phrase only right before "code".
		"\u5931\u8d25\u4e86\u5f88\u591a\u6b21 code 500", // 失败了很多次 code 500
		// China's cloud, payment and push services are other components.
		"\u963f\u91cc\u4e91OSS\u4e0a\u4f20\u5931\u8d25 code=403",                            // 阿里云OSS上传失败 code=403
		"[Pay] \u5fae\u4fe1\u652f\u4ed8\u5931\u8d25, code=2",                                // [Pay] 微信支付失败, code=2
		"05-01 10:00:00.123  1234  1300 D MiPush: \u6ce8\u518c\u5931\u8d25 code=1 reason=x", // MiPush: 注册失败
		// After a full-width colon, onError is not a callback: the RTC SDK's
		// users write the same (点击join报错，onError：110).
		"\u70b9\u51fbjoin\u62a5\u9519\uff0conError\uff1a110",
	}
	for _, line := range silent {
		var s scan.Scanner
		assert.Empty(t, s.Line([]byte(line)), "%q must stay silent (scan/rules.go)", line)
	}
	for _, tc := range []struct {
		line string
		code chaterr.Code
		ctx  scan.Context
	}{
		{"onError 508", 508, scan.Callback},
		{"onError: 508", 508, scan.Callback},
		{"E/EMClient: OnError(-1)", -1, scan.Callback},
		{"E/EMClient: onError(9999, x)", 9999, scan.Callback},
		{"join failed: code 605", 605, scan.Phrase},
		{"err=605", 605, scan.Key},
		{"error_code=user_muted", chaterr.UserMuted, scan.Key},
		{"[EMChatManager] error code 9999", 9999, scan.Phrase},
		{"EMClient errorCode 9999", 9999, scan.Key},
		{"2026-11-27 10:00:09 E/ChatSDK: code=302 desc=server busy", chaterr.ServerBusy, scan.Key},
		{"2026-11-27 10:00:09 E/ChatSDK: code=4321 desc=something new", 4321, scan.Key},
		{"11-27 08:35:38.456  4821  4903 E EMClient: code=4321, msg=x", 4321, scan.Key},
		{"onError事件 type=206 的错误", chaterr.UserLoginAnotherDevice, scan.Key},
		{"login error {type: 204, message: 'user not found'}", chaterr.UserNotFound, scan.Key},
		{"USER_MUTED", chaterr.UserMuted, scan.Name},
		{"send failed, code=302", chaterr.ServerBusy, scan.Key},
		{"ChatError{code: 9999}", 9999, scan.Key},
		{"Error Domain=AgoraChatErrorDomain Code=204", 204, scan.Key},
		// Failure words in Chinese count as English ones do.
		{"\u64a4\u56de\u6d88\u606f\u5931\u8d25\uff0ccode 500", chaterr.MessageInvalid, scan.Phrase},   // 撤回消息失败，code 500
		{"\u62a5\u9519: code 500", chaterr.MessageInvalid, scan.Phrase},                               // 报错: code 500
		{"\u767b\u5f55\u5931\u8d25 code=202", chaterr.UserAuthenticationFailed, scan.Key},             // 登录失败 code=202
		{"\u64a4\u56de\u6d88\u606f\u5931\u8d25\uff0ccode\uff1a500", chaterr.MessageInvalid, scan.Key}, // 撤回消息失败，code：500
		{"\u53d1\u9001\u5931\u8d25 (code 500)", chaterr.MessageInvalid, scan.Phrase},                  // 发送失败 (code 500)
		{"\u5931\u8d25\uff01code 500", chaterr.MessageInvalid, scan.Phrase},                           // 失败！code 500
		// An error object that is not an API's envelope (no message key).
		{`login error: {code: 215, description: "muted"}`, chaterr.UserMuted, scan.Key},
		// On the chat SDK's line, an envelope or a reason is the app's
		// wrapping of the SDK's code; after "error", a reason is a contact's.
		{`E/EMClient: sendMessage failed: {"error": {"code": 508, "message": "message blocked"}}`, chaterr.MessageExternalLogicBlocked, scan.Key},
		{"11-27 08:35:38.456 4821 4903 E EMClient: \u52a0\u597d\u53cb\u5931\u8d25 code=1002 reason=hi", chaterr.ContactReachLimitPeer, scan.Key},
		{"addContact error code: 1001, reason: hi", chaterr.ContactReachLimit, scan.Key},
	} {
		var s scan.Scanner
		got := s.Line([]byte(tc.line))
		if assert.Len(t, got, 1, "%q (scan/rules.go)", tc.line) {
			m := got[0]
			assert.Equal(t, tc.code, m.Code, "%q", tc.line)
			assert.Equal(t, tc.ctx, m.Context, "%q", tc.line)
			assert.Contains(t, []string{strconv.Itoa(int(tc.code)), "user_muted", "USER_MUTED"}, tc.line[m.Start:m.End],
				"the match's bytes spell the code in %q", tc.line)
		}
	}
}

func TestOncePerLine(t *testing.T) {
	var s scan.Scanner
	got := s.Line([]byte("code=302 error code 302 SERVER_BUSY onError(215, x) USER_MUTED"))
	require.Len(t, got, 2)
	assert.Equal(t, chaterr.ServerBusy, got[0].Code)
	assert.Equal(t, chaterr.UserMuted, got[1].Code)
	assert.Equal(t, "302", "code=302 error code 302"[got[0].Start:got[0].End])

	// More continues the line: codes already found stay out.
	assert.Empty(t, s.More([]byte("failed code=302")))
	more := s.More([]byte("SERVER_TIMEOUT"))
	require.Len(t, more, 1)
	assert.Equal(t, scan.Match{Code: chaterr.ServerTimeout, Start: 0, End: 14, Context: scan.Name}, more[0])

	// A new line starts afresh.
	assert.Len(t, s.Line([]byte("SERVER_BUSY")), 1)

	// Past the few codes compared one by one, each code still counts once.
	var names []string
	for _, c := range chaterr.Codes()[1:13] {
		names = append(names, c.String())
	}
	line := strings.Join(names, " ") + " " + strings.Join(names, " ")
	many := s.Line([]byte(line))
	assert.Len(t, many, len(names), "%s (scan/scan.go, add)", line)
	assert.Empty(t, s.More([]byte(names[0]+" "+names[11])), "codes of the line found again in its next piece")
}

// TestWebCodes: a number in the Web SDK's numbering comes with its Web code,
// and its native code when one has the same meaning; a Web code without one
// is still reported, and counts once per line like any other code.
func TestWebCodes(t *testing.T) {
	for _, tc := range []struct {
		line string
		code chaterr.Code // from web-codes.tsv's native column; 0: none
		web  web.Code
	}{
		{"react项目,easemob-websdk版本3.0.4,登录失败,失败回调type:16.", 0, 16},
		{`[WebIM] type: 31, message: "on message error"`, 0, 31},
		{`agora-chat: login failed {type: 1, message: "open error"}`, 0, 1},
		{`AgoraChat.conn.open failed {type: 1, message: "open error"}`, 0, 1},
		{`WebIM.conn.open failed {type: 1, message: "open error"}`, 0, 1},
		{`{type: 39, message: "not logged in"}`, chaterr.UserNotLogin, 39},
		{"onError事件 type=206 的错误", chaterr.UserLoginAnotherDevice, 206},
		{`{"type": 605, "message": "group not found"}`, chaterr.GroupNotExist, 605},
		// In an error object 55 is the old local-database failure, not the
		// live row of its number, which is never sent.
		{`{type: 55, message: "db failed"}`, chaterr.DatabaseError, 55},
		// 小程序 is a mini-program: where the Web SDK runs.
		{"\u5c0f\u7a0b\u5e8f\u63d0\u793a {type: 206}", chaterr.UserLoginAnotherDevice, 206},
	} {
		var s scan.Scanner
		got := s.Line([]byte(tc.line))
		if assert.Len(t, got, 1, "%q (scan/rules.go, webType)", tc.line) {
			assert.Equal(t, tc.code, got[0].Code, "%q", tc.line)
			assert.Equal(t, tc.web, got[0].Web, "%q", tc.line)
			assert.Equal(t, strconv.Itoa(int(tc.web)), tc.line[got[0].Start:got[0].End], "%q", tc.line)
		}
	}

	// A native reading has no Web code.
	var s scan.Scanner
	got := s.Line([]byte("E/EMClient: onError(215, x)"))
	require.Len(t, got, 1)
	assert.Zero(t, got[0].Web)

	// An undocumented Web number, or one on no Web SDK line, is nothing. A
	// Web code with no native one needs a line that names the Web SDK, since
	// other libraries print {type: N, message: ...} too, and only codes that
	// current releases send as failures count.
	for _, line := range []string{
		`type: 9999, message: "x"`, "content type: 16",
		`type: 31, message: "on message error"`,
		`toast {type: 3, message: "Saved"}`,
		`NavigationFailure {type: 4, message: "Navigation aborted from /a to /b via a navigation guard."}`,
		`helix_lsp::transport [INFO] rust-analyzer <- {"jsonrpc":"2.0","method":"window/logMessage","params":{"type":3,"message":"Loaded 120 packages"}}`,
		"window.onerror type: 1 at app.js:12", "RxJava onErrorResumeNext fallback type: 17",
		"POST https://a1.easemob.com/org/app/token 200 type: 1", "[uni-app] networkStatusChange type: 1",
		"miniprogram-ci upload type: 3 done", "AgoraChatMessage body type: 3",
		// The Web SDK's names inside other words are not its names.
		`[WebImageView] load error {type: 1, message: "open error"}`, `/home/u/mywebimport/src/app.js: {type: 17, message: "x"}`,
		`webimpl.go:33: {type: 31, msg: "callback"}`, `AgoraChatClient sendMessage {type: 16, message: "x"}`,
		`easemob-websdk {type: 300, message: "text received"}`, `WebIM {type: 400, message: "init"}`,
	} {
		assert.Empty(t, s.Line([]byte(line)), "%q (scan/rules.go, webType)", line)
	}

	// Two Web codes without a native one are two codes; one twice is one,
	// whether the line's codes are compared one by one or kept in a set.
	got = s.Line([]byte(`WebIM type: 16, message: "a" type: 31, message: "b" type: 16, message: "c"`))
	require.Len(t, got, 2)
	assert.Equal(t, []web.Code{16, 31}, []web.Code{got[0].Web, got[1].Web})
	var names []string
	for _, c := range chaterr.Codes()[1:13] {
		names = append(names, c.String())
	}
	line := strings.Join(names, " ") + ` WebIM type: 16, message: "a" type: 16, message: "b"`
	assert.Len(t, s.Line([]byte(line)), len(names)+1, "%s (scan/scan.go, add)", line)
}

func TestOldRelease(t *testing.T) {
	s := scan.Scanner{OldRelease: true}
	got := s.Line([]byte("onError(605, x) GROUP_SHARED_FILE_INVALIDID errorCode=606 code=215 failed"))
	var codes []chaterr.Code
	for _, m := range got {
		codes = append(codes, m.Code)
	}
	assert.Equal(t, []chaterr.Code{chaterr.GroupNotExist, chaterr.GroupSharedFileInvalidID, chaterr.UserMuted}, codes,
		"numbers are decoded as old releases sent them, names are not")
}

func TestContextString(t *testing.T) {
	assert.Equal(t, "name", scan.Name.String())
	assert.Equal(t, "key", scan.Key.String())
	assert.Equal(t, "callback", scan.Callback.String())
	assert.Equal(t, "phrase", scan.Phrase.String())
	assert.Equal(t, "Context(0)", scan.Context(0).String())
	assert.Equal(t, "Context(200)", scan.Context(200).String())
}

// manyCodes is one line with n distinct codes: errorCode=1 errorCode=2 ...
func manyCodes(n int) []byte {
	var b strings.Builder
	for i := 1; i <= n; i++ {
		fmt.Fprintf(&b, "errorCode=%d ", i)
	}
	return []byte(b.String())
}

// TestManyDistinctCodes: a line with 400,000 distinct codes, each found
// once; the de-duplication is a set, so this is linear (see
// BenchmarkManyCodesOneLine for the scaling).
func TestManyDistinctCodes(t *testing.T) {
	line := append([]byte("E/EMClient: "), manyCodes(400_000)...)
	var s scan.Scanner
	got := s.Line(append(line, line...)) // every code twice
	require.Len(t, got, 400_000)
	assert.Equal(t, chaterr.Code(1), got[0].Code)
	assert.Equal(t, chaterr.Code(400_000), got[len(got)-1].Code)
	assert.Len(t, s.Line([]byte("USER_MUTED")), 1, "the next line is scanned afresh")
}

// BenchmarkManyCodesOneLine shows that time per code stays flat as the
// number of distinct codes on one line grows: ns/op doubles with the line.
func BenchmarkManyCodesOneLine(b *testing.B) {
	for _, n := range []int{100_000, 200_000, 400_000} {
		line := manyCodes(n)
		b.Run(strconv.Itoa(n), func(b *testing.B) {
			b.SetBytes(int64(len(line)))
			var s scan.Scanner
			for b.Loop() {
				s.Line(line)
			}
		})
	}
}

// BenchmarkCorpus scans the corpus, line by line.
func BenchmarkCorpus(b *testing.B) {
	logs, _ := filepath.Glob("testdata/corpus/*.log")
	var lines [][]byte
	size := 0
	for _, path := range logs {
		data, err := os.ReadFile(path)
		require.NoError(b, err)
		for _, l := range strings.Split(string(data), "\n") {
			lines = append(lines, []byte(l))
			size += len(l) + 1
		}
	}
	b.SetBytes(int64(size))
	var s scan.Scanner
	for b.Loop() {
		for _, l := range lines {
			s.Line(l)
		}
	}
}

// TestGoSDKText: the Go IM SDK's codes count in the SDK's own error text,
// as the native code that its Operation and Reason select, and only there;
// its msync status is not a code.
func TestGoSDKText(t *testing.T) {
	for line, want := range map[string][]chaterr.Code{
		`send: PERMISSION_DENIED: user is mute`:                                                     {chaterr.UserMutedByAdmin},
		`level=ERROR msg="send failed" error="send ack: PERMISSION_DENIED: traffic limit"`:          {chaterr.MessageCurrentLimiting},
		`time=x level=ERROR msg=y error="session: AUTHENTICATION_FAILED: another device login" n=1`: {chaterr.UserLoginAnotherDevice},
		`provision: INVALID_TOKEN: Sorry, token or password does not match login info`:              {chaterr.UserAuthenticationFailed},
		`dns bootstrap: DNS_ERROR: request failed`:                                                  {chaterr.ServerGetDNSListFailed},
		`provision: IM_FORBIDDEN`:                                                                   {chaterr.ServerServiceRestricted},
		`E/App: send failed: StatusCode=7 reason=x`:                                                 nil,
		`the word PERMISSION_DENIED alone`:                                                          nil,
		`batch worker: HANDLER_FAILED: boom`:                                                        nil, // no native code
		`send: PERMISSION_DENIED: something else`:                                                   nil,
	} {
		var s scan.Scanner
		var got []chaterr.Code
		for _, m := range s.Line([]byte(line)) {
			got = append(got, m.Code)
		}
		assert.Equal(t, want, got, line)
	}
}

// TestGoSDKReasonEndsAtQuote: the Reason of the SDK's quoted text ends at
// its quote, so the next key's value does not pick a row.
func TestGoSDKReasonEndsAtQuote(t *testing.T) {
	for _, line := range []string{
		`msg="APP_ACTIVE_LIMIT: quota" note="online count limit"`,
		`msg="client: send ack: PERMISSION_DENIED: denied" hint="user is mute"`,
	} {
		var s scan.Scanner
		assert.Empty(t, s.Line([]byte(line)), line)
	}
}

// TestContextAcrossPieces cuts lines where a reader of a long line might:
// the words before a cut still make or unmake the code after it.
func TestContextAcrossPieces(t *testing.T) {
	for _, tc := range []struct {
		pieces []string
		want   []chaterr.Code
	}{
		{[]string{"E/EMClient: onError ", "508"}, []chaterr.Code{508}},
		{[]string{"E/EMClient: login failed, status ", "code: 200"}, nil},
		{[]string{"E/EMClient: login failed, error ", "code: 202"}, []chaterr.Code{202}},
		{[]string{"E/EMClient: sendMessage failed ", strings.Repeat("x ", 5000), "code=215"}, []chaterr.Code{215}},
		{[]string{"aaa", "USER_MUTED"}, []chaterr.Code{chaterr.UserMuted}},                      // a cut between words
		{[]string{strings.Repeat("a", 300), "USER_MUTED onError(215, x)"}, []chaterr.Code{215}}, // a cut inside an over-long word
		// The words that make a type key the Web SDK's carry too.
		{[]string{"easemob-websdk login failed ", strings.Repeat("x ", 5000), "type:2."}, []chaterr.Code{chaterr.UserAuthenticationFailed}},
		{[]string{"[WebIM] login failed ", strings.Repeat("x ", 5000), "type:16."}, []chaterr.Code{0}},
	} {
		var s scan.Scanner
		var got []chaterr.Code
		for i, p := range tc.pieces {
			var ms []scan.Match
			if i == 0 {
				ms = s.Start([]byte(p))
			} else {
				ms = s.More([]byte(p))
			}
			for _, m := range ms {
				require.True(t, m.Start >= 0 && m.End <= len(p), "%q: match outside its piece", p)
				got = append(got, m.Code)
			}
		}
		assert.Equal(t, tc.want, got, "%q (scan/scan.go, More)", tc.pieces)
	}
}

func TestIndex(t *testing.T) {
	assert.Equal(t, -1, scan.Index([]byte("11-27 08:35:38.123  4821  4903 I ActivityManager: Displayed com.example/.Main: +412ms")))
	assert.Equal(t, 7, scan.Index([]byte("12 45 error code 215"))) // the "rr"
	assert.Equal(t, 8, scan.Index([]byte("abc USER_MUTED")))       // the underscore
	assert.Equal(t, 0, scan.Index([]byte("_")))
	assert.Equal(t, -1, scan.Index(nil))
}

// TestIndexSkipsNothing: on every line of the test logs, reading from where
// Index points finds what reading every word finds.
func TestIndexSkipsNothing(t *testing.T) {
	logs, err := filepath.Glob("testdata/*/*.log")
	require.NoError(t, err)
	more, err := filepath.Glob("testdata/wild/*/*.log")
	require.NoError(t, err)
	logs = append(logs, more...)
	require.NotEmpty(t, logs)
	var s, whole scan.Scanner
	lines := 0
	for _, path := range logs {
		b, err := os.ReadFile(path)
		require.NoError(t, err)
		for _, line := range bytes.Split(b, []byte("\n")) {
			lines++
			got := append([]scan.Match(nil), s.Line(line)...)
			want := append([]scan.Match(nil), scan.LineWhole(&whole, line)...)
			assert.Equal(t, want, got, "%s: %q (scan/index.go passes over a word a rule needs)", path, line)
			if i := scan.Index(line); i >= 0 {
				assert.Equal(t, want, append([]scan.Match(nil), s.LineFrom(line, i)...), "%s: %q (scan/scan.go, LineFrom)", path, line)
			}
			assert.Equal(t, want, append([]scan.Match(nil), s.LineFrom(line, len(line))...), "%s: %q: LineFrom with an at outside the line", path, line)
		}
	}
	assert.Greater(t, lines, 1000)
}

// TestBareErrorTypes: an SDK error type's name without a call does not make
// the numbers after it on another component's line the SDK's, whether the
// line is read from where Index points or word by word (found by an attack
// on the skip: the word stood more than two words before Index's place).
func TestBareErrorTypes(t *testing.T) {
	for _, line := range []string{
		"ChatException okhttp x errorCode=5",
		"okhttp: ChatException a b error_code=USER_MUTED",
		"HyphenateException: glide load a b errorCode=605",
		"1: HyphenateException HTTP {msg=yonError: okhttp-1 2 errorCode= EMErrorUserMuted run() status",
	} {
		var s, whole scan.Scanner
		want := append([]scan.Match(nil), scan.LineWhole(&whole, []byte(line))...)
		assert.Equal(t, want, append([]scan.Match(nil), s.Line([]byte(line))...), "%q (scan/index.go, scan/rules.go call)", line)
		for _, m := range want {
			assert.Equal(t, scan.Name, m.Context, "%q: only an iOS name counts on another component's line", line)
		}
	}
	var s scan.Scanner
	called := s.Line([]byte("okhttp: ChatException(603, x)"))
	require.Len(t, called, 1, "a call still makes its number the SDK's")
	assert.Equal(t, scan.Callback, called[0].Context)
}

// TestIndexBlocks holds index_amd64.s to the byte-by-byte reading: every
// pair of bytes, at every place of a block and across blocks.
func TestIndexBlocks(t *testing.T) {
	buf := make([]byte, 80)
	variants := scan.BlockVariants()
	for a := 0; a < 256; a++ { // every pair: the asm's comparisons, with triggerPairs as the oracle
		for b := 0; b < 256; b++ {
			for _, at := range []int{0, 14, 15, 16, 30, 31, 32, 47, 63, 64, 78} {
				for i := range buf {
					buf[i] = '.'
				}
				buf[at], buf[at+1] = byte(a), byte(b)
				if got, want := scan.Index(buf), scan.IndexBytewise(buf); got != want {
					t.Fatalf("pair %#x %#x at %d: Index %d, byte by byte %d (scan/index_amd64.s)", a, b, at, got, want)
				}
				for _, v := range variants {
					gotAt, gotMask := v.Find(buf)
					wantAt, wantMask := scan.IndexBlocksGo(buf, v.Width)
					if gotAt != wantAt || gotMask != wantMask {
						t.Fatalf("pair %#x %#x at %d: %s %d %#x, byte by byte %d %#x (scan/index_amd64.s)", a, b, at, v.Name, gotAt, gotMask, wantAt, wantMask)
					}
				}
			}
		}
	}
}

// TestGoSDKCodesAreCapitals: goSDK skips words that do not begin and end
// with a capital, and Index finds each code.
func TestGoSDKCodesAreCapitals(t *testing.T) {
	for c := range scan.GoSDKCodes() {
		assert.Regexp(t, `^[A-Z].*[A-Z]$`, c, "scan/gosdk.go skips it")
		assert.GreaterOrEqual(t, scan.Index([]byte(c)), 0, "%s: scan/index.go lacks a pair of it", c)
	}
}

// TestLineAllocations: once its buffers have grown, a Scanner reads a line,
// remembered or not, without allocating.
func TestLineAllocations(t *testing.T) {
	line := []byte("11-27 08:35:38.123  4821  4903 E EMClient: connection failed: error code 302, onError(215, \"x\") USER_MUTED")
	var s, whole scan.Scanner
	s.Line(line)
	scan.LineWhole(&whole, line)
	assert.Zero(t, testing.AllocsPerRun(100, func() { s.Line(line) }), "a remembered line (scan/repeat.go)")
	assert.Zero(t, testing.AllocsPerRun(100, func() { scan.LineWhole(&whole, line) }), "a line read anew (scan/rules.go)")
	assert.Zero(t, testing.AllocsPerRun(100, func() { scan.Index(line) }), "Index (scan/index.go)")
}

// BenchmarkIndexBlocks is the skip over 1 MB of log lines with few trigger
// pairs, by each build of indexBlocks that this machine runs.
func BenchmarkIndexBlocks(b *testing.B) {
	var text []byte
	for i := 0; len(text) < 1<<20; i++ {
		text = fmt.Appendf(text, "11-27 08:35:%02d.%03d  4821  4903 I ActivityManager: Displayed com.example.chat/.MainActivity: +%dms\n", i/1000%60, i%1000, i%997)
	}
	for _, v := range scan.BlockVariants() {
		b.Run(v.Name, func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			for b.Loop() {
				for j := 0; ; {
					i, mask := v.Find(text[j:])
					if mask == 0 {
						break
					}
					j += i + v.Width
				}
			}
		})
	}
}
