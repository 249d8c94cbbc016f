package rest_test

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/seed-a36dd713/chaterr"
	"github.com/seed-a36dd713/chaterr/rest"
	"github.com/seed-a36dd713/chaterr/web"
)

const webOracle = "testdata/rest-web-mapping.tsv"

// webRule is one row of testdata/rest-web-mapping.tsv.
type webRule struct {
	line      int
	statuses  []int
	errorCode int           // 0 for -
	anyOf     [][][2]string // alternatives of (kind, text): equals, contains, exception
	group     bool          // url:chatgroups
	result    string        // result:"..."
	webName   string
	web       int
	native    int
	hasNative bool
}

var matchToken = regexp.MustCompile(`(equals|contains) "([^"]*)"|with exception:(\S+)|(and)|(\|)`)

func webRules(t *testing.T) []webRule {
	t.Helper()
	f, err := os.Open(webOracle)
	require.NoError(t, err)
	defer f.Close()
	var rules []webRule
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		cols := strings.Split(line, "\t")
		if cols[0] == "status" {
			continue // the column names
		}
		require.Len(t, cols, 7, "%s:%d: status, error_code, match, context, web_name, web_code, native", webOracle, n)
		r := webRule{line: n}
		for _, s := range strings.Split(cols[0], ",") {
			st, err := strconv.Atoi(s)
			require.NoError(t, err, "%s:%d", webOracle, n)
			r.statuses = append(r.statuses, st)
		}
		if cols[1] != "-" {
			r.errorCode, err = strconv.Atoi(cols[1])
			require.NoError(t, err, "%s:%d", webOracle, n)
		}
		if cols[2] != "-" {
			alt := [][2]string{}
			rest := cols[2]
			for rest != "" {
				rest = strings.TrimLeft(rest, " ")
				m := matchToken.FindStringSubmatchIndex(rest)
				require.True(t, m != nil && m[0] == 0, "%s:%d: cannot read %q", webOracle, n, rest)
				g := func(i int) string {
					if m[2*i] < 0 {
						return ""
					}
					return rest[m[2*i]:m[2*i+1]]
				}
				switch {
				case g(1) != "":
					alt = append(alt, [2]string{g(1), g(2)})
				case g(3) != "":
					alt = append(alt, [2]string{"exception", g(3)})
				case g(5) != "":
					r.anyOf = append(r.anyOf, alt)
					alt = [][2]string{}
				}
				rest = rest[m[1]:]
			}
			r.anyOf = append(r.anyOf, alt)
		}
		switch {
		case cols[3] == "url:chatgroups":
			r.group = true
		case strings.HasPrefix(cols[3], "result:"):
			r.result, err = strconv.Unquote(strings.TrimPrefix(cols[3], "result:"))
			require.NoError(t, err, "%s:%d", webOracle, n)
		default:
			require.Equal(t, "-", cols[3], "%s:%d", webOracle, n)
		}
		r.webName = cols[4]
		r.web, err = strconv.Atoi(cols[5])
		require.NoError(t, err, "%s:%d", webOracle, n)
		if cols[6] != "" {
			r.native, err = strconv.Atoi(cols[6])
			require.NoError(t, err, "%s:%d", webOracle, n)
			r.hasNative = true
		}
		rules = append(rules, r)
	}
	require.NoError(t, sc.Err())
	require.NotEmpty(t, rules)
	return rules
}

// webServer answers every request with the status, headers and body its
// query names, so that one server plays every rule on any URL.
func webServer(t *testing.T) *httptest.Server {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		status, _ := strconv.Atoi(r.URL.Query().Get("status"))
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(status)
		io.WriteString(w, r.URL.Query().Get("body"))
	}))
	t.Cleanup(srv.Close)
	return srv
}

func get(t *testing.T, srv *httptest.Server, path string, status int, body string) *http.Response {
	t.Helper()
	resp, err := srv.Client().Get(srv.URL + path + "?status=" + strconv.Itoa(status) + "&body=" + urlQuery(body))
	require.NoError(t, err)
	return resp
}

func urlQuery(s string) string {
	return strings.NewReplacer("%", "%25", "&", "%26", "+", "%2B", "#", "%23", " ", "%20").Replace(s)
}

// TestEveryWebRule plays every rule of the oracle, each alternative of its
// match, from a real server on a group or a chat-room URL, and checks the
// Web code and the native code that the *Error carries, through errors.Is,
// errors.As, chaterr.CodeOf and chaterr.Retryable.
func TestEveryWebRule(t *testing.T) {
	srv := webServer(t)
	rules := webRules(t)
	assert.Len(t, rest.WebRules(), len(rules), "rest.WebRules() against %s; edit rest/webrules.go", webOracle)
	for i, r := range rules {
		alts := r.anyOf
		if alts == nil {
			alts = [][][2]string{nil}
		}
		for _, status := range r.statuses {
			for a, alt := range alts {
				t.Run(fmt.Sprintf("line%d_%d_alt%d", r.line, status, a), func(t *testing.T) {
					desc, exception := "Request 42 failed.", "com.easemob.SomeException"
					var parts []string
					for _, c := range alt {
						switch c[0] {
						case "equals":
							desc = c[1]
						case "contains":
							parts = append(parts, c[1])
						case "exception":
							exception = c[1]
						}
					}
					if parts != nil {
						desc = "x " + strings.Join(parts, " x ") + " x"
					}
					m := map[string]any{"error_description": desc, "exception": exception}
					if r.errorCode != 0 {
						m["error_code"] = r.errorCode
					}
					if r.result != "" {
						m["result"] = r.result
					}
					b, _ := json.Marshal(m)
					path := "/org/app/chatrooms/42/users"
					if r.group {
						path = "/org/app/chatgroups/42/users"
					}
					err := rest.FromResponse(get(t, srv, path, status, string(b)))
					var e *rest.Error
					require.ErrorAs(t, err, &e)
					where := fmt.Sprintf("%s:%d (rule %d); see rest/webrules.go", webOracle, r.line, i+1)
					assert.Equal(t, r.web, int(e.Web), "Web code: %s", where)
					assert.Equal(t, r.webName, e.Web.String(), "Web name: %s", where)
					assert.Equal(t, rest.ErrorCode(r.errorCode), e.ErrorCode, where)
					assert.ErrorIs(t, err, web.Code(r.web), where)
					var wc web.Code
					assert.True(t, errors.As(err, &wc), where)
					assert.Equal(t, r.web, int(wc), where)
					wrapped := fmt.Errorf("call: %w", err)
					n, ok := e.Native()
					assert.Equal(t, r.hasNative, ok, "has a native code: %s", where)
					if r.hasNative {
						assert.Equal(t, r.native, int(n), "native code: %s", where)
						assert.Equal(t, chaterr.Code(r.native), chaterr.CodeOf(wrapped), where)
						assert.ErrorIs(t, wrapped, chaterr.Code(r.native), where)
					} else {
						assert.Equal(t, chaterr.GeneralError, chaterr.CodeOf(wrapped), where)
					}
					assert.Equal(t, e.Retryable(), chaterr.Retryable(wrapped), "chaterr.Retryable agrees with Retryable: %s", where)
					if !r.group {
						// Without a URL the room rules apply: FromParts gives the same.
						assert.Equal(t, err, rest.FromParts(status, http.Header{"Content-Type": {"application/json"}}, b), where)
					}
				})
			}
		}
	}
}

// TestWebRuleContext: the URL says group or chat room; without one, the
// room rule applies, as documented.
func TestWebRuleContext(t *testing.T) {
	srv := webServer(t)
	body := `{"error":"resource_not_found","error_description":"do not find this group:42"}`
	for path, want := range map[string]web.Code{
		"/org/app/chatgroups/42": web.GroupNotExist, "/org/app/chatgroups": web.GroupNotExist,
		"/org/app/chatrooms/42": web.ChatRoomNotExist, "/org/app/users/chatgroupsx": web.ChatRoomNotExist,
	} {
		var e *rest.Error
		require.ErrorAs(t, rest.FromResponse(get(t, srv, path, 404, body)), &e)
		assert.Equal(t, want, e.Web, path)
	}
	err := rest.FromResponse(get(t, srv, "/org/app/chatgroups/42", 404, body))
	assert.ErrorIs(t, err, chaterr.GroupNotExist, "the issue's example")
	assert.NotErrorIs(t, err, chaterr.Code(605), "native 605 means another thing")
	var e *rest.Error
	require.ErrorAs(t, rest.FromParts(404, nil, []byte(body)), &e)
	assert.Equal(t, web.ChatRoomNotExist, e.Web, "no URL: the room rule")
	require.ErrorAs(t, rest.FromResponse(&http.Response{StatusCode: 404, Body: io.NopCloser(strings.NewReader(body))}), &e)
	assert.Equal(t, web.ChatRoomNotExist, e.Web, "no request: the room rule")
}

// TestWebFallback: an answer that matches no rule is Web 17, which has no
// native code.
func TestWebFallback(t *testing.T) {
	for _, tc := range []struct {
		status int
		body   string
	}{{500, `{"error":"web_application"}`}, {401, `{"error":"unauthorized"}`}, {502, "<html>bad gateway</html>"}, {418, ""}} {
		var e *rest.Error
		require.ErrorAs(t, rest.FromParts(tc.status, nil, []byte(tc.body)), &e)
		assert.Equal(t, web.WebIMConnctionAJAXError, e.Web, "%d %s", tc.status, tc.body)
		_, ok := e.Native()
		assert.False(t, ok)
		assert.Equal(t, chaterr.GeneralError, chaterr.CodeOf(e))
	}
}

// TestNativeKeepsRetryHonest: the Web SDK reads a 429 resource_limited (a
// plan quota, not retryable) as SERVER_BUSY; its native code, retryable,
// is not carried, so that chaterr.Retryable agrees with the row.
func TestNativeKeepsRetryHonest(t *testing.T) {
	var e *rest.Error
	require.ErrorAs(t, rest.FromParts(429, nil, []byte(`{"error":"resource_limited","error_description":"quota"}`)), &e)
	assert.Equal(t, web.ServerBusy, e.Web)
	assert.False(t, e.Retryable())
	_, ok := e.Native()
	assert.False(t, ok)
	assert.False(t, chaterr.Retryable(e))
	require.ErrorAs(t, rest.FromParts(429, nil, []byte(`{"error":"reach_limit"}`)), &e)
	n, ok := e.Native()
	assert.True(t, ok)
	assert.Equal(t, chaterr.ServerBusy, n)
	assert.True(t, chaterr.Retryable(e))
}

// TestWebMeaningOfIssueAnswers: the answers that the REST issue names.
func TestWebMeaningOfIssueAnswers(t *testing.T) {
	srv := webServer(t)
	for _, tc := range []struct {
		path, body string
		status     int
		want       web.Code
	}{
		{"/o/a/chatgroups/1/users", `{"error":"forbidden_op","error_description":"group member list is full!"}`, 403, web.GroupMembersFull},
		{"/o/a/chatgroups/1", `{"error":"forbidden_op","error_code":60002,"error_description":"no"}`, 403, web.PermissionDenied},
	} {
		var e *rest.Error
		require.ErrorAs(t, rest.FromResponse(get(t, srv, tc.path, tc.status, tc.body)), &e)
		assert.Equal(t, tc.want, e.Web, tc.body)
	}
	err := rest.FromResponse(get(t, srv, "/o/a/chatgroups/1/users", 403, `{"error_description":"group member list is full!"}`))
	assert.ErrorIs(t, err, chaterr.GroupMembersFull)
	assert.ErrorIs(t, err, &chaterr.Error{Code: chaterr.GroupMembersFull})
	assert.ErrorIs(t, err, web.New(web.GroupMembersFull, ""))
	assert.NotErrorIs(t, err, (*chaterr.Error)(nil))
}
