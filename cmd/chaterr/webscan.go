package main

import (
	"encoding/json"
	"fmt"
	"strconv"

	"github.com/seed-a36dd713/chaterr/web"
)

// What -scan says about a Web SDK code that no native code means, such as
// WEBIM_CONNCTION_DISCONNECTED: the same keys and the same line shape as for
// a native code, so that one query reads both, with the code written
// web:16 in text and null in JSON (where web_code holds it).

// webLabel is how text output writes a Web SDK code: web:16.
func webLabel(w web.Code) string { return "web:" + strconv.Itoa(int(w)) }

// webJSON are the values of a native code's JSON keys for a Web SDK code.
var webJSON = map[string]func(web.Code) any{
	"code":           func(web.Code) any { return nil },
	"name":           func(w web.Code) any { return w.String() },
	"known":          func(w web.Code) any { return w.Known() },
	"category":       func(w web.Code) any { return w.Category().String() },
	"description":    func(w web.Code) any { return w.Description() },
	"hint":           func(w web.Code) any { return w.Hint() },
	"retryable":      func(w web.Code) any { return w.Retryable() },
	"timeout":        func(w web.Code) any { return w.Timeout() },
	"login_required": func(w web.Code) any { return w.LoginRequired() },
	"already_done":   func(w web.Code) any { return w.AlreadyDone() },
	"deprecated":     func(w web.Code) any { return w.Deprecated() },
}

// webFixed returns what is the same for every mention of a Web SDK code w:
// its scan line without the site, or the start of its JSON object.
func (o *output) webFixed(w web.Code) []byte {
	note := o.webOnlyNote(w)
	if o.isJSON() {
		b := []byte{'{'}
		for _, f := range o.fields {
			if f.key == "" {
				continue
			}
			if len(b) > 1 {
				b = append(b, ',')
			}
			b = appendJSONString(b, f.key)
			b = append(b, ':')
			var v any = note
			if get, ok := webJSON[f.key]; ok {
				v = get(w)
			}
			j, _ := json.Marshal(v) // strings, booleans and null only
			b = append(b, j...)
		}
		return b
	}
	b := fmt.Appendf(nil, "%s %s (%s; %s): %s", webLabel(w), w, w.Category(), flagsText(w), w.Description())
	if note != "" {
		b = fmt.Appendf(b, " Note: %s", note)
	}
	return b
}

// webOnlyNote is the note of a Web SDK code with -notes: what native SDKs
// mean by the same number, if they use it.
func (o *output) webOnlyNote(w web.Code) string {
	if !o.notes {
		return ""
	}
	row, ok := w.Row()
	if !ok {
		return ""
	}
	if n, ok := row.Collides(); ok {
		return fmt.Sprintf("Native SDKs send %d for %s, which means something else.", int(n), n)
	}
	return ""
}
