package main

import (
	"encoding/json"
	"slices"
	"strconv"
	"unicode/utf8"

	"github.com/seed-a36dd713/chaterr"
	"github.com/seed-a36dd713/chaterr/internal/codeinfo"
)

// field is one thing the command says about a code: a line of the text
// block and a key of the JSON object. A new field is one more row of fields.
type field struct {
	label    string                    // the text label; "" for a field only in JSON
	key      string                    // the JSON key; "" for a field only in text
	text     func(chaterr.Code) string // the value in text
	json     func(chaterr.Code) any    // the value in JSON
	optional bool                      // leave the text line out when the value is ""
}

// fields are the rows of a code's explanation, in order. (The JSON keys are
// part of the command's interface.) See fieldsFor for the ones an output uses.
var fields = []field{
	{label: "code", key: "code", text: func(c chaterr.Code) string { return strconv.Itoa(int(c)) }, json: func(c chaterr.Code) any { return int(c) }},
	{label: "name", key: "name", text: chaterr.Code.String, json: func(c chaterr.Code) any { return c.String() }},
	{key: "known", json: func(c chaterr.Code) any { return c.Known() }},
	{label: "category", key: "category", text: categoryText, json: func(c chaterr.Code) any { return categoryText(c) }},
	{label: "flags", text: flagsText[chaterr.Code]},
	{label: "description", key: "description", text: describe, json: func(c chaterr.Code) any { return c.Description() }},
	{label: "hint", key: "hint", text: chaterr.Code.Hint, json: func(c chaterr.Code) any { return c.Hint() }, optional: true},
	{key: "retryable", json: func(c chaterr.Code) any { return c.Retryable() }},
	{key: "timeout", json: func(c chaterr.Code) any { return c.Timeout() }},
	{key: "login_required", json: func(c chaterr.Code) any { return c.LoginRequired() }},
	{key: "already_done", json: func(c chaterr.Code) any { return c.AlreadyDone() }},
	{key: "deprecated", json: func(c chaterr.Code) any { return c.Deprecated() }},
	{label: "note", key: "note", text: note, json: func(c chaterr.Code) any { return note(c) }, optional: true},
}

// fieldsFor returns the fields an output uses: with -old-release, the note
// of a number that FromOldRelease moved says what was decoded instead;
// without notes, the note says only that (the key stays, empty, so that
// JSON keeps one shape).
func fieldsFor(oldRelease, notes bool) []field {
	if !oldRelease && notes {
		return fields
	}
	text := note
	switch {
	case oldRelease && notes:
		text = oldReleaseNote
	case oldRelease:
		text = func(c chaterr.Code) string {
			if chaterr.FromOldRelease(int(c)) != c {
				return oldReleaseNote(c)
			}
			return ""
		}
	default:
		text = func(chaterr.Code) string { return "" }
	}
	fs := slices.Clone(fields)
	for i := range fs {
		if fs[i].key == "note" {
			fs[i].text = text
			fs[i].json = func(c chaterr.Code) any { return text(c) }
		}
	}
	return fs
}

// labelWidth is the column where the values of a text block start.
const labelWidth = len("description:  ")

func categoryText(c chaterr.Code) string { return c.Category().String() }

// flagsText names the classifications that hold for c, or says "none".
func flagsText[C codeinfo.Classified](c C) string {
	if f := codeinfo.Flags(c); f != "-" {
		return f
	}
	return "none"
}

// describe is the description of c, or a note that it is undocumented.
func describe(c chaterr.Code) string {
	if c.Known() {
		return c.Description()
	}
	return "not a documented Agora Chat error code"
}

// appendTextBlock appends the text block of c: one "label: value" line per
// field.
func appendTextBlock(b []byte, fields []field, c chaterr.Code) []byte {
	for _, f := range fields {
		if f.label == "" {
			continue
		}
		v := f.text(c)
		if f.optional && v == "" {
			continue
		}
		start := len(b)
		b = append(b, f.label...)
		b = append(b, ':')
		for len(b)-start < labelWidth {
			b = append(b, ' ')
		}
		b = append(b, v...)
		b = append(b, '\n')
	}
	return b
}

// appendJSONFields appends the JSON object of c without its closing brace,
// so that source, line, text and count can follow.
func appendJSONFields(b []byte, fields []field, c chaterr.Code) []byte {
	b = append(b, '{')
	first := true
	for _, f := range fields {
		if f.key == "" {
			continue
		}
		if !first {
			b = append(b, ',')
		}
		first = false
		b = appendJSONString(b, f.key)
		b = append(b, ':')
		v, _ := json.Marshal(f.json(c)) // strings, numbers and booleans only
		b = append(b, v...)
	}
	return b
}

// appendJSONString appends s as a JSON string, as encoding/json writes it
// but without its HTML escapes: quote, backslash and control characters
// escaped, invalid UTF-8 as U+FFFD. It allocates nothing, which matters for
// the text of every code -scan finds.
func appendJSONString(b []byte, s string) []byte {
	const hex = "0123456789abcdef"
	b = append(b, '"')
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c == '"' || c == '\\':
			b = append(b, '\\', c)
		case c == '\n':
			b = append(b, `\n`...)
		case c == '\t':
			b = append(b, `\t`...)
		case c < 0x20:
			b = append(b, '\\', 'u', '0', '0', hex[c>>4], hex[c&0xf])
		case c < utf8.RuneSelf:
			b = append(b, c)
		default:
			r, size := utf8.DecodeRuneInString(s[i:])
			if r == utf8.RuneError && size == 1 {
				b = append(b, `\ufffd`...)
			} else {
				b = append(b, s[i:i+size]...)
			}
			i += size
			continue
		}
		i++
	}
	return append(b, '"')
}
