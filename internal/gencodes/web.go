package main

import (
	"fmt"
	"io"
	"strconv"

	"github.com/seed-a36dd713/chaterr"
	"github.com/seed-a36dd713/chaterr/web"
)

const webHeader = `
## Web SDK codes

The Web SDK (npm ` + "`agora-chat`" + ` and ` + "`easemob-websdk`" + `, with their mini-program and uni-app builds)
numbers its errors in a scheme of its own; package ` + "`web`" + ` types it (` + "`web.Code`" + `, ` + "`web.Decode`" + `).
Decode a number from a browser client with this table, never with the native one above. The
native equivalent is the native code with the same meaning (` + "`Code.Native`" + `); a collision is a
native code with the same number and another meaning, which a native look-up of the Web number
would wrongly give. Rows are in ascending order; where two rows share a number, the first is the
one ` + "`String`" + ` names, and an error object with type 0 or 55 means the second. The Go name is
the Web name re-cased (` + "`GROUP_NOT_EXIST`" + `, ` + "`GroupNotExist`" + `), except ` + "`LocalDBOperationFailedLegacy`" + `
for 55.

| Code | Web name | Other spellings | Family | Status | Native equivalent | Collides with native | Description | Hint |
|---|---|---|---|---|---|---|---|---|
`

// renderWeb writes the Web table of CODES.md to w, one line per row of
// web.Rows, in its order.
func renderWeb(w io.Writer) {
	io.WriteString(w, webHeader)
	for _, r := range web.Rows() {
		native := "-"
		if r.HasNative {
			native = nativeCell(r.Native)
		}
		collides := "-"
		if n, ok := r.Collides(); ok {
			collides = nativeCell(n)
		}
		fmt.Fprintf(w, "| %d | `%s` | %s | %s | %s | %s | %s | %s | %s |\n",
			int(r.Code), r.Name, codeList(r.Names[1:]), r.Category, r.Status, native, collides, r.Description, r.Hint)
	}
}

// nativeCell names a native code by number and SDK name, or by number alone
// when package chaterr does not document it.
func nativeCell(n chaterr.Code) string {
	if !n.Known() {
		return strconv.Itoa(int(n))
	}
	return fmt.Sprintf("%d `%s`", int(n), n)
}
