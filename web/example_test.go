package web_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"

	"github.com/seed-a36dd713/chaterr"
	"github.com/seed-a36dd713/chaterr/web"
)

// A browser's error report decodes into a *web.Error, which the handlers of
// native clients recognise by the native code of the same meaning.
func ExampleDecode() {
	report := `{"type":605,"message":"group 42 not found","data":{"groupId":"42"}}`
	werr, err := web.Decode(strings.NewReader(report))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(werr)
	fmt.Println(errors.Is(werr, chaterr.GroupNotExist)) // the same meaning
	fmt.Println(errors.Is(werr, chaterr.Code(605)))     // the same number, another meaning
	fmt.Println(chaterr.CodeOf(werr))
	// Output:
	// web: GROUP_NOT_EXIST (605; native GROUP_NOT_EXIST 606): group 42 not found
	// true
	// false
	// GROUP_NOT_EXIST
}

// A type of 0 in an error object is a login without a user ID, never
// success.
func ExampleError_Native() {
	var werr web.Error
	if err := json.Unmarshal([]byte(`{"type":0,"message":"user is required"}`), &werr); err != nil {
		fmt.Println(err)
		return
	}
	n, _ := werr.Native()
	fmt.Println(n)
	succ, _ := web.RequestSuccess.Native()
	fmt.Println(succ)
	// Output:
	// INVALID_USER_NAME
	// EM_NO_ERROR
}

func ExampleCode_Native() {
	for _, c := range []web.Code{web.GroupNotExist, web.GroupMembersFull, web.MessageModerationBlocked, web.WebIMConnctionAJAXError} {
		if n, ok := c.Native(); ok {
			fmt.Printf("Web %d %s is native %d %s\n", int(c), c, int(n), n)
		} else {
			fmt.Printf("Web %d %s has no native equivalent\n", int(c), c)
		}
	}
	// Output:
	// Web 605 GROUP_NOT_EXIST is native 606 GROUP_NOT_EXIST
	// Web 606 GROUP_MEMBERS_FULL is native 604 GROUP_MEMBERS_FULL
	// Web 508 MESSAGE_MODERATION_BLOCKED is native 1200 THIRD_MODERATION_FAILED
	// Web 17 WEBIM_CONNCTION_AJAX_ERROR has no native equivalent
}

// Colliding gives the note that a native look-up of a number should carry.
func ExampleColliding() {
	for _, n := range []chaterr.Code{605, 508, 204} {
		if w, ok := web.Colliding(n); ok {
			r, _ := w.InErrorObject()
			fmt.Printf("%d %s; Web clients use %d for %s\n", int(n), n, int(w), r.Name)
		} else {
			fmt.Printf("%d %s\n", int(n), n)
		}
	}
	// Output:
	// 605 GROUP_SHARED_FILE_INVALIDID; Web clients use 605 for GROUP_NOT_EXIST
	// 508 MESSAGE_EXTERNAL_LOGIC_BLOCKED; Web clients use 508 for MESSAGE_MODERATION_BLOCKED
	// 204 USER_NOT_FOUND
}

func ExampleParse() {
	for _, s := range []string{"group_not_exist", "LOCAL_DB_OPERATION_FAILED", "LocalDBOperationFailedLegacy", "ALREADY_JOINED", "-4"} {
		c, err := web.Parse(s)
		fmt.Println(int(c), c, err)
	}
	// Output:
	// 605 GROUP_NOT_EXIST <nil>
	// 800 LOCAL_DB_OPERATION_FAILED <nil>
	// 55 NOT_EXIST <nil>
	// 601 GROUP_ALREADY_JOINED <nil>
	// -4 REQUEST_ABORT <nil>
}
