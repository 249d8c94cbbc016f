package main

import (
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/seed-a36dd713/chaterr"
	"github.com/seed-a36dd713/chaterr/internal/oneline"
	"github.com/seed-a36dd713/chaterr/web"
)

// explainWeb explains codes in the Web SDK's numbering: numbers, or names
// in any letter case, or with -list every row (of one Web family with
// -category). A number that two rows share (0, 55, 304) shows both. The
// facts are package web's.
func explainWeb(opts options, out *output, stderr io.Writer) int {
	var listed []web.Row
	if opts.list {
		var cat web.Category
		if opts.category != "" {
			c, err := web.ParseCategory(opts.category)
			if err != nil {
				fmt.Fprintf(stderr, "chaterr: unknown Web category %q; valid categories: %s\n%s", oneline.String(opts.category, maxText), webFamilies(), usageHint)
				return exitUsage
			}
			cat = c
		}
		for _, r := range web.Rows() {
			if opts.category == "" || r.Category == cat {
				listed = append(listed, r)
			}
		}
	}
	return webCommand.run(opts, listed, out, stderr)
}

var webCommand = tableCommand[web.Row]{
	flag: "-web", needs: "a code or a name", notFound: "a documented Web SDK error code",
	find:   webRows,
	header: "CODE\tNAME\tCATEGORY\tSTATUS\tNATIVE\tDESCRIPTION",
	cells: func(r web.Row) string {
		return fmt.Sprintf("%d\t%s\t%s\t%s\t%s\t%s", int(r.Code), r.Name, r.Category, r.Status, webNative(r), r.Description)
	},
	block: writeWebBlock,
	json:  jsonWebRow,
}

// webRows returns the rows that arg names: every row of a number, or the
// row whose name or spelling is arg, in any ASCII letter case.
func webRows(arg string) []web.Row {
	var match []web.Row
	if n, err := strconv.Atoi(arg); err == nil {
		for _, r := range web.Rows() {
			if int(r.Code) == n {
				match = append(match, r)
			}
		}
		return match
	}
	c, err := web.Parse(arg)
	if err != nil {
		return nil
	}
	for _, r := range web.Rows() {
		if r.Code != c {
			continue
		}
		if strings.EqualFold(r.Name, arg) || containsFold(r.Names, arg) {
			return []web.Row{r}
		}
		match = append(match, r)
	}
	return match // a Go constant name: every row of its number
}

func containsFold(list []string, s string) bool {
	for _, x := range list {
		if strings.EqualFold(x, s) {
			return true
		}
	}
	return false
}

// writeWebBlock writes the text block of one Web row.
func writeWebBlock(w io.Writer, r web.Row) {
	line := func(label, value string) { blockLine(w, label, value) }
	line("web code", strconv.Itoa(int(r.Code)))
	line("name", r.Name)
	line("category", r.Category.String())
	line("status", r.Status.String())
	line("description", r.Description)
	if r.Hint != "" {
		line("hint", r.Hint)
	}
	line("native", webNative(r))
	if n, ok := r.Collides(); ok {
		line("warning", fmt.Sprintf("native %d is %s, which means something else: decode a browser's numbers with -web (package web), never as native", int(n), n))
	}
	if errRow, ok := r.Code.InErrorObject(); ok && errRow.Name != r.Name {
		line("note", fmt.Sprintf("in an error object, %d means %s, not this row", int(r.Code), errRow.Name))
	}
}

// webNative names the native code with the same meaning, or says there is
// none.
func webNative(r web.Row) string {
	if !r.HasNative {
		return "none"
	}
	if r.Native == chaterr.Code(r.Code) {
		return fmt.Sprintf("%d %s (the same number)", int(r.Native), r.Native)
	}
	return fmt.Sprintf("%d %s", int(r.Native), r.Native)
}

// jsonWeb is the JSON form of a Web row. native and collides are null when
// there is no such native code.
type jsonWeb struct {
	WebCode      int     `json:"web_code"`
	Name         string  `json:"name"`
	Category     string  `json:"category"`
	Status       string  `json:"status"`
	Deprecated   bool    `json:"deprecated"`
	Description  string  `json:"description"`
	Hint         string  `json:"hint"`
	Native       *int    `json:"native"`
	NativeName   *string `json:"native_name"`
	Collides     *int    `json:"collides"`
	CollidesName *string `json:"collides_name"`
}

// jsonWebRow is the JSON form of one Web row.
func jsonWebRow(r web.Row) any {
	v := jsonWeb{WebCode: int(r.Code), Name: r.Name, Category: r.Category.String(), Status: r.Status.String(),
		Deprecated: r.Deprecated(), Description: r.Description, Hint: r.Hint}
	if r.HasNative {
		n, name := int(r.Native), r.Native.String()
		v.Native, v.NativeName = &n, &name
	}
	if c, ok := r.Collides(); ok {
		n, name := int(c), c.String()
		v.Collides, v.CollidesName = &n, &name
	}
	return v
}

func webFamilies() string {
	var names []string
	for _, c := range web.Categories() {
		names = append(names, c.String())
	}
	return strings.Join(names, ", ")
}
