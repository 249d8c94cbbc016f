package main

import (
	"bufio"
	"cmp"
	"fmt"
	"io"
	"slices"
	"strconv"
	"text/tabwriter"
	"unicode/utf8"

	"github.com/seed-a36dd713/chaterr"
	"github.com/seed-a36dd713/chaterr/internal/oneline"
	"github.com/seed-a36dd713/chaterr/scan"
	"github.com/seed-a36dd713/chaterr/web"
)

// maxDistinct bounds how many distinct codes -count keeps apart, so that its
// memory does not grow with the input: past it, further new codes are
// counted together and reported as such.
const maxDistinct = 100_000

// output writes explanations to a buffered writer in the chosen format. The
// first write error is kept; later writes are dropped, and run reports it.
type output struct {
	w                 *bufio.Writer
	stderr            io.Writer
	json, jsonl, scan bool
	count             bool
	fields            []field // the rows of each code's explanation
	n                 int     // JSON objects written, for the array's commas

	notes            bool                 // notes about other numberings (for a Web SDK code's line)
	tally            map[chaterr.Code]int // native codes (maps of ints, which hash fast)
	webTally         map[web.Code]int     // Web SDK codes without a native one
	otherOccurrences int                  // occurrences of codes past maxDistinct
	added            int                  // occurrences counted, for live tables

	termWidth int // the terminal's columns, for live tables (0: 80)
	liveRows  int // the rows of the live table on the screen, to redraw it in place

	cache    map[chaterr.Code][]byte // the fixed part of each code's text or JSON
	webCache map[web.Code][]byte     // ... and of each Web SDK code's without a native one
	line     []byte                  // scratch for one line of output
	text     []byte                  // scratch for a line's text
}

func newOutput(w, stderr io.Writer, opts options) *output {
	return &output{
		w:        bufio.NewWriterSize(w, 64<<10),
		stderr:   stderr,
		json:     opts.json,
		jsonl:    opts.jsonl,
		scan:     opts.scan,
		count:    opts.count,
		fields:   fieldsFor(opts.oldRelease, opts.notes),
		notes:    opts.notes,
		tally:    map[chaterr.Code]int{},
		webTally: map[web.Code]int{},
		cache:    map[chaterr.Code][]byte{},
		webCache: map[web.Code][]byte{},
	}
}

// isJSON reports whether the output is JSON of either kind.
func (o *output) isJSON() bool { return o.json || o.jsonl }

// flush writes what is buffered; run calls it before waiting for input.
func (o *output) flush() error { return o.w.Flush() }

// failed reports whether a write has failed, after which there is no point
// in reading on.
func (o *output) failed() bool {
	_, err := o.w.Write(nil)
	return err != nil
}

// close ends the output (the closing bracket of a JSON array) and flushes it.
func (o *output) close() error {
	if o.json {
		if o.n == 0 {
			o.w.WriteString("[]\n")
		} else {
			o.w.WriteString("\n]\n")
		}
	}
	return o.w.Flush()
}

// site is where -scan found a code: the input's escaped name, the line
// number, the line (or the piece of it), where the code stands in it, and
// the Web SDK code it spelled if it was one (0: none).
type site struct {
	source string
	line   int
	text   []byte
	start  int
	ctx    scan.Context
	web    web.Code
}

// shown is what one explanation is of: a native code, or with web set, a
// Web SDK code that no native code means (only -scan finds those: a Web code
// with a native one is shown as that native code).
type shown struct {
	code chaterr.Code
	web  web.Code
}

// isWeb reports whether s is a Web SDK code without a native one.
func (s shown) isWeb() bool { return s.web != 0 }

// maxText bounds the line text that -scan prints with each code.
const maxText = 240

// code writes the explanation of one code; at says where -scan found it
// (nil: not scanned).
func (o *output) code(c chaterr.Code, at *site) { o.show(shown{code: c}, at) }

// webOnly writes what -scan found of a Web SDK code that no native code
// means.
func (o *output) webOnly(w web.Code, at *site) { o.show(shown{web: w}, at) }

// show writes the explanation of s; at says where -scan found it (nil: not
// scanned).
func (o *output) show(s shown, at *site) {
	if o.count {
		o.add(s)
		return
	}
	b := o.line[:0]
	switch {
	case o.isJSON():
		b = o.jsonObject(b, s, at, 0)
	case at != nil:
		b = append(b, at.source...)
		b = append(b, ':')
		b = strconv.AppendInt(b, int64(at.line), 10)
		b = append(b, ": "...)
		b = append(b, o.fixed(s)...)
		if at.web != 0 && !s.isWeb() {
			row, _ := at.web.InErrorObject() // the row its type means: 55 is the old database failure
			b = fmt.Appendf(b, " (Read from Web SDK code %d, %s.)", int(at.web), row.Name)
		}
		b = append(b, " | "...)
		b = appendText(b, at)
		b = append(b, '\n')
	default:
		if o.n > 0 {
			b = append(b, '\n')
		}
		o.n++
		b = append(b, o.fixed(s)...)
	}
	o.w.Write(b)
	o.line = b
}

// appendText appends the line text around a code, escaped and at most
// maxText bytes (with a marker where it was cut). It reads only the bytes it
// may print, so a long line costs the same as a short one.
func appendText(b []byte, at *site) []byte {
	limit := len(b) + maxText // the marker of a cut start counts too
	from := 0
	if len(at.text) > maxText {
		from = max(0, min(at.start-maxText/4, len(at.text)-maxText))
		for from > 0 && from < len(at.text) && !utf8.RuneStart(at.text[from]) {
			from-- // never start inside a character
		}
	}
	window := at.text[from:min(len(at.text), from+maxText+1)]
	if from > 0 {
		b = append(b, "..."...)
	}
	return oneline.Append(b, string(window), limit)
}

// fixed returns what is the same for every mention of s: its text block, its
// scan line without the site, or the start of its JSON object.
func (o *output) fixed(s shown) []byte {
	if s.isWeb() {
		b, ok := o.webCache[s.web]
		if !ok {
			b = o.webFixed(s.web)
			o.webCache[s.web] = b // documented codes only: a bounded set
		}
		return b
	}
	c := s.code
	if b, ok := o.cache[c]; ok {
		return b
	}
	var b []byte
	switch {
	case o.isJSON():
		b = appendJSONFields(nil, o.fields, c)
	case o.scan:
		b = fmt.Appendf(nil, "%d %s (%s; %s): %s", int(c), c, c.Category(), flagsText(c), describe(c))
		if n := o.note(c); n != "" {
			b = fmt.Appendf(b, " Note: %s", n)
		}
	default:
		b = appendTextBlock(nil, o.fields, c)
	}
	if len(o.cache) < 4096 { // documented codes and the first undocumented ones
		o.cache[c] = b
	}
	return b
}

// note returns the note of c in this output's fields.
func (o *output) note(c chaterr.Code) string {
	for _, f := range o.fields {
		if f.key == "note" {
			return f.text(c)
		}
	}
	return ""
}

// beginObject appends what goes before a JSON object: in a JSON array, the
// opening bracket or a comma.
func (o *output) beginObject(b []byte) []byte {
	if o.json {
		if o.n == 0 {
			b = append(b, "[\n"...)
		} else {
			b = append(b, ",\n"...)
		}
	}
	o.n++
	return b
}

// jsonObject appends one JSON object, with the separator it needs. With
// -scan every object has web_code: the Web SDK code its line spelled, or
// null.
func (o *output) jsonObject(b []byte, s shown, at *site, count int) []byte {
	b = o.beginObject(b)
	b = append(b, o.fixed(s)...)
	if o.scan {
		w := s.web
		if at != nil {
			w = at.web
		}
		b = append(b, `,"web_code":`...)
		if w != 0 {
			b = strconv.AppendInt(b, int64(w), 10)
		} else {
			b = append(b, "null"...)
		}
	}
	if at != nil {
		b = append(b, `,"source":`...)
		b = appendJSONString(b, at.source)
		b = append(b, `,"line":`...)
		b = strconv.AppendInt(b, int64(at.line), 10)
		b = append(b, `,"context":`...)
		b = appendJSONString(b, at.ctx.String())
		o.text = appendText(o.text[:0], at)
		b = append(b, `,"text":`...)
		b = appendJSONString(b, string(o.text))
	}
	if count > 0 {
		b = append(b, `,"count":`...)
		b = strconv.AppendInt(b, int64(count), 10)
	}
	b = append(b, '}')
	if o.jsonl {
		b = append(b, '\n')
	}
	return b
}

// add counts one mention of s for -count.
func (o *output) add(s shown) {
	o.added++
	if s.isWeb() {
		o.webTally[s.web]++ // documented codes only: a bounded set
		return
	}
	if _, ok := o.tally[s.code]; ok || len(o.tally) < maxDistinct {
		o.tally[s.code]++
		return
	}
	o.otherOccurrences++
}

// counted returns how many mentions of s -count has counted.
func (o *output) counted(s shown) int {
	if s.isWeb() {
		return o.webTally[s.web]
	}
	return o.tally[s.code]
}

// liveCounts draws the -count table on a terminal in place of the last one.
func (o *output) liveCounts() {
	o.eraseLive()
	o.liveRows = o.countsRows()
}

// eraseLive moves the cursor back to the first row of the live table on the
// screen and clears from there down (ANSI CUU and ED).
func (o *output) eraseLive() {
	if o.liveRows > 0 {
		fmt.Fprintf(o.w, "\x1b[%dA\x1b[J", o.liveRows)
		o.liveRows = 0
	}
}

// counts writes the -count rows, most frequent first, ties by code: in text
// a table whose header is there even when nothing was counted, in JSON the
// objects (an empty array when nothing was counted). It replaces a live
// table.
func (o *output) counts() {
	o.eraseLive()
	o.countsRows()
}

// countsRows writes the counts and returns how many terminal rows the text
// table takes.
func (o *output) countsRows() int {
	codes := make([]shown, 0, len(o.tally)+len(o.webTally))
	for c := range o.tally {
		codes = append(codes, shown{code: c})
	}
	for w := range o.webTally {
		codes = append(codes, shown{web: w})
	}
	slices.SortFunc(codes, func(a, b shown) int {
		if d := o.counted(b) - o.counted(a); d != 0 {
			return d
		}
		if a.isWeb() != b.isWeb() { // native codes first
			if a.isWeb() {
				return 1
			}
			return -1
		}
		return cmp.Or(cmp.Compare(a.code, b.code), cmp.Compare(a.web, b.web))
	})
	rows := 0
	if o.isJSON() {
		for _, s := range codes {
			o.w.Write(o.jsonObject(nil, s, nil, o.counted(s)))
		}
	} else {
		rows = o.countTable(codes)
	}
	if o.otherOccurrences > 0 {
		fmt.Fprintf(o.stderr, "chaterr: -count lists the first %d distinct native codes (and every Web SDK code); %d more occurrences of other codes were not listed\n",
			maxDistinct, o.otherOccurrences)
	}
	return rows
}

// countTable writes the -count rows as an aligned text table and returns
// how many terminal rows it takes. It measures the columns first and then
// writes each row straight out, so that a long table is not held in memory
// twice (as text/tabwriter would).
func (o *output) countTable(codes []shown) int {
	header := [5]string{"COUNT", "CODE", "NAME", "CATEGORY", "FLAGS"}
	cells := func(s shown) [5]string {
		if s.isWeb() {
			return [5]string{strconv.Itoa(o.counted(s)), webLabel(s.web), s.web.String(), s.web.Category().String(), flagsText(s.web)}
		}
		c := s.code
		return [5]string{strconv.Itoa(o.counted(s)), strconv.Itoa(int(c)), c.String(), c.Category().String(), flagsText(c)}
	}
	rows, width := 0, o.termWidth
	if width <= 0 {
		width = 80
	}
	var widths [5]int
	for i, h := range header {
		widths[i] = len(h)
	}
	for _, c := range codes {
		for i, cell := range cells(c) {
			widths[i] = max(widths[i], len(cell))
		}
	}
	writeRow := func(row [5]string, last string) {
		b := o.line[:0]
		for i, cell := range row {
			b = append(b, cell...)
			for n := len(cell); n < widths[i]+2; n++ {
				b = append(b, ' ')
			}
		}
		b = append(b, last...)
		cols := max(1, utf8.RuneCount(b))
		rows += (cols + width - 1) / width
		b = append(b, '\n')
		o.w.Write(b)
		o.line = b
	}
	writeRow(header, "DESCRIPTION")
	for _, s := range codes {
		if s.isWeb() {
			writeRow(cells(s), s.web.Description())
		} else {
			writeRow(cells(s), describe(s.code))
		}
	}
	return rows
}

// table prints codes one aligned row each, under a header.
func (o *output) table(codes []chaterr.Code) {
	tw := tabwriter.NewWriter(o.w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "CODE\tNAME\tCATEGORY\tFLAGS\tDESCRIPTION")
	for _, c := range codes {
		fmt.Fprintf(tw, "%d\t%s\t%s\t%s\t%s\n", int(c), c, c.Category(), flagsText(c), c.Description())
	}
	tw.Flush()
}
