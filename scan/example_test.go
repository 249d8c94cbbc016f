package scan_test

import (
	"fmt"

	"github.com/seed-a36dd713/chaterr/scan"
)

func Example() {
	lines := []string{
		`11-27 08:35:38.456  4821  4903 E EMClient: onError: code=202, desc=USER_AUTHENTICATION_FAILED`,
		`11-27 08:35:42.003  4821  4910 I OkHttp: <-- 200 OK https://a1.easemob.com/token (312ms)`,
		`E/GroupManager: join failed: code 605, then onError(215, "muted")`,
	}
	var s scan.Scanner
	for i, line := range lines {
		for _, m := range s.Line([]byte(line)) {
			fmt.Printf("line %d: %d %v (%v: %q)\n", i+1, int(m.Code), m.Code, m.Context, line[m.Start:m.End])
		}
	}
	// Output:
	// line 1: 202 USER_AUTHENTICATION_FAILED (key: "202")
	// line 3: 605 GROUP_SHARED_FILE_INVALIDID (phrase: "605")
	// line 3: 215 USER_MUTED (callback: "215")
}

// A browser or mini-program console line holds the Web SDK's error object,
// whose type is in the Web SDK's numbering: Web 39 is native 201, and Web 16
// has no native code of its meaning.
func ExampleMatch_web() {
	lines := []string{
		`login failed {type: 39, message: "not logged in"}`,
		`[easemob-websdk] send failed, type: 16`,
	}
	var s scan.Scanner
	for _, line := range lines {
		for _, m := range s.Line([]byte(line)) {
			if m.Code == 0 {
				fmt.Printf("Web %d %v, no native code\n", int(m.Web), m.Web)
				continue
			}
			fmt.Printf("Web %d %v is native %d %v\n", int(m.Web), m.Web, int(m.Code), m.Code)
		}
	}
	// Output:
	// Web 39 WEBIM_CONNECTION_CLOSED is native 201 USER_NOT_LOGIN
	// Web 16 WEBIM_CONNCTION_DISCONNECTED, no native code
}
