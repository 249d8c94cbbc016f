package main

import (
	"bytes"
	"strconv"

	"github.com/seed-a36dd713/chaterr"
)

// scanNames maps every name an SDK prints for a documented code, spelled
// exactly (USER_MUTED, AgoraChatErrorUserMuted, EMErrorUserMuted), to the
// code. Exact spelling keeps ordinary words out: "user_muted" in a sentence
// is not a code, USER_MUTED in a log line is.
var scanNames = func() map[string]chaterr.Code {
	m := map[string]chaterr.Code{}
	for _, c := range chaterr.Codes() {
		for _, n := range c.Names() {
			m[n] = c
		}
	}
	return m
}()

// maxNameLen is the longest word looked up in scanNames.
const maxNameLen = 64

// scanLine calls emit for each code found in line, in order: names that
// scanNames knows, and numbers in a code context (see usageText):
//
//	code=215  code: 215  "code":215  "code":"215"  errorCode 215
//	error code 215  onError(215, ...)
func scanLine(line []byte, emit func(chaterr.Code)) {
	prevWord := []byte(nil) // the word before the current one, when only spaces lie between
	for i := 0; i < len(line); {
		if !isWordByte(line[i]) {
			if !isSpace(line[i]) {
				prevWord = nil
			}
			i++
			continue
		}
		start := i
		for i < len(line) && isWordByte(line[i]) {
			i++
		}
		word := line[start:i]
		if len(word) <= maxNameLen {
			if c, ok := scanNames[string(word)]; ok {
				emit(c)
			}
		}
		if c, ok := numberAfterKey(line, i, word, prevWord); ok {
			emit(c)
		}
		prevWord = word
	}
}

// codeKeySuffixes are the ends of a word that names an error code, besides
// a lone "code"; they are compared in lower case.
var codeKeySuffixes = [][]byte{[]byte("errorcode"), []byte("error_code"), []byte("errcode"), []byte("err_code")}

// numberAfterKey returns the code that follows word when word is a code key
// and the text after it (from end) is a separator and a number: code=215,
// errorCode 215, onError(215, ...).
func numberAfterKey(line []byte, end int, word, prevWord []byte) (chaterr.Code, bool) {
	if len(word) > 64 {
		return 0, false
	}
	var lower [64]byte
	lw := lower[:len(word)]
	for i, b := range word {
		if 'A' <= b && b <= 'Z' {
			b += 'a' - 'A'
		}
		lw[i] = b
	}

	// onError(215, ...): a word ending in "error", then "(".
	if bytes.HasSuffix(lw, []byte("error")) && end < len(line) && line[end] == '(' {
		p := skipSpaces(line, end+1)
		c, q, ok := number(line, p)
		if q = skipSpaces(line, q); ok && q < len(line) && (line[q] == ',' || line[q] == ')') {
			return c, true
		}
		return 0, false
	}

	loneCode := string(lw) == "code"
	isKey := loneCode
	for _, suffix := range codeKeySuffixes {
		isKey = isKey || bytes.HasSuffix(lw, suffix)
	}
	if !isKey {
		return 0, false
	}
	p := end
	if p < len(line) && (line[p] == '"' || line[p] == '\'') { // the end of a quoted key
		p++
	}
	q := skipSpaces(line, p)
	switch {
	case q < len(line) && (line[q] == '=' || line[q] == ':'):
		q = skipSpaces(line, q+1)
	case q > p && (!loneCode || bytes.EqualFold(prevWord, []byte("error"))):
		// errorCode 215, error code 215: a space will do
	default:
		return 0, false
	}
	if q < len(line) && (line[q] == '"' || line[q] == '\'') { // a quoted value
		q++
	}
	c, _, ok := number(line, q)
	return c, ok
}

func skipSpaces(line []byte, p int) int {
	for p < len(line) && (line[p] == ' ' || line[p] == '\t') {
		p++
	}
	return p
}

// number parses a decimal integer at line[p:], with an optional minus sign,
// that ends the word: it is not followed by a letter, digit, underscore or a
// decimal point and digit (215ms and 1.5 are not codes). It returns the code
// and where the number ends.
func number(line []byte, p int) (chaterr.Code, int, bool) {
	q := p
	if q < len(line) && line[q] == '-' {
		q++
	}
	digits := q
	for q < len(line) && '0' <= line[q] && line[q] <= '9' {
		q++
	}
	if q == digits || q-digits > 10 {
		return 0, q, false
	}
	if q < len(line) && (isWordByte(line[q]) || (line[q] == '.' && q+1 < len(line) && '0' <= line[q+1] && line[q+1] <= '9')) {
		return 0, q, false
	}
	n, err := strconv.ParseInt(string(line[p:q]), 10, 32)
	if err != nil {
		return 0, q, false
	}
	return chaterr.Code(n), q, true
}
