package rest

import (
	"strconv"

	"github.com/seed-a36dd713/chaterr/internal/ascii"
)

// Rows returns every documented (status, error, when) row, in the order of
// the documentation's tables, as a new slice on each call.
func Rows() []Row { return append([]Row(nil), table...) }

// Lookup returns the documented row for an answer with this status, error
// string and error_description, and whether there is one. Where the pair has
// rows with a When phrase, the first whose phrase occurs in description, in
// any ASCII letter case, is chosen; else the pair's fallback, the row with
// no When. A pair the documentation does not list gives false.
//
// Lookup allocates nothing, and its time is linear in len(description).
func Lookup(status int, code Code, description string) (Row, bool) {
	p, ok := index[pairKey{status, code}]
	if !ok {
		return Row{}, false
	}
	for _, i := range p.when {
		if ascii.ContainsFold(description, table[i].When) {
			return table[i], true
		}
	}
	if p.fallback < 0 {
		return Row{}, false
	}
	return table[p.fallback], true
}

// pairKey is the look-up key of a row.
type pairKey struct {
	status int
	code   Code
}

// pairRows are the rows of one (status, code) pair: the indexes in table of
// those with a When phrase, in table order, and of the fallback (-1 when
// there is none).
type pairRows struct {
	when     []int
	fallback int
}

// index holds the rows of every documented pair.
var index = func() map[pairKey]*pairRows {
	m := make(map[pairKey]*pairRows, len(table))
	for i, r := range table {
		k := pairKey{r.Status, r.Code}
		p := m[k]
		if p == nil {
			p = &pairRows{fallback: -1}
			m[k] = p
		}
		if r.When == "" {
			p.fallback = i
		} else {
			p.when = append(p.when, i)
		}
	}
	return m
}()

// descriptions holds what [Code.Description] returns for every documented
// string: its summary when it has several rows, else its one row's meaning.
var descriptions = func() map[Code]string {
	m := make(map[Code]string)
	for _, r := range table {
		if r.Code == "" {
			continue
		}
		if s, ok := summaries[r.Code]; ok {
			m[r.Code] = s
		} else {
			m[r.Code] = r.Description
		}
	}
	return m
}()

// lower lower-cases an ASCII letter and leaves every other byte as it is.
func lower(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// retryableStatus decides by the status alone, for a pair the table does not
// list: 408 (request timeout), 409 (conflict), 429 (too many requests) and
// every 5xx but 501 (not implemented) may pass; nothing else will.
func retryableStatus(status int) bool {
	switch {
	case status == 408, status == 409, status == 429:
		return true
	case status == 501:
		return false
	default:
		return status >= 500 && status <= 599
	}
}

// labels and statusLabels are the labels of [Error.Label], made once so
// that labelling allocates nothing: one per documented error string, and
// one per documented status.
var labels, statusLabels = func() (map[Code]string, map[int]string) {
	byCode, byStatus := map[Code]string{}, map[int]string{}
	for _, r := range table {
		if r.Code != "" {
			byCode[r.Code] = "REST_" + string(r.Code)
		}
		byStatus[r.Status] = "REST_HTTP_" + strconv.Itoa(r.Status)
	}
	return byCode, byStatus
}()
