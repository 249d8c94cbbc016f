package web_test

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/seed-a36dd713/chaterr"
	"github.com/seed-a36dd713/chaterr/web"
)

// sample holds 128 codes, documented and not, that the benchmarks cycle
// through with i&127 so that the compiler cannot fold a constant argument.
var sample = func() (s [128]web.Code) {
	codes := web.Codes()
	for i := range s {
		if i%8 == 7 {
			s[i] = web.Code(1500 + i) // undocumented
		} else {
			s[i] = codes[i%len(codes)]
		}
	}
	return s
}()

// names holds a name of each row, in the letter case that Parse must fold.
var names = func() (s [128]string) {
	rows := web.Rows()
	for i := range s {
		s[i] = rows[i%len(rows)].Name
	}
	return s
}()

// plain is the baseline: a plain array of strings indexed by code number.
var plain [1500]string

var (
	sinkString string
	sinkBool   bool
	sinkCat    web.Category
	sinkNative chaterr.Code
	sinkCode   web.Code
)

func BenchmarkArrayIndex(b *testing.B) {
	for i := 0; i < b.N; i++ {
		sinkString = plain[int(sample[i&127])&1023]
	}
}

func BenchmarkKnown(b *testing.B) {
	for i := 0; i < b.N; i++ {
		sinkBool = sample[i&127].Known()
	}
}

func BenchmarkDescription(b *testing.B) {
	for i := 0; i < b.N; i++ {
		sinkString = sample[i&127].Description()
	}
}

func BenchmarkNative(b *testing.B) {
	for i := 0; i < b.N; i++ {
		sinkNative, sinkBool = sample[i&127].Native()
	}
}

func BenchmarkCategory(b *testing.B) {
	for i := 0; i < b.N; i++ {
		sinkCat = sample[i&127].Category()
	}
}

func BenchmarkString(b *testing.B) {
	for i := 0; i < b.N; i++ {
		sinkString = sample[i&127].String()
	}
}

func BenchmarkParseName(b *testing.B) {
	for i := 0; i < b.N; i++ {
		sinkCode, _ = web.Parse(names[i&127])
	}
}

func BenchmarkParseNumber(b *testing.B) {
	for i := 0; i < b.N; i++ {
		sinkCode, _ = web.Parse("605")
	}
}

// reports are error objects of each shape that web-numbering.md describes.
var reports = [][]byte{
	[]byte(`{"type":605,"message":"group not found","data":"{\"error\":\"resource_not_found\"}"}`),
	[]byte(`{"type":17,"message":"ajax error","data":"Too Many Requests","extraInfo":{"elapse":213,"httpCode":429,"errDesc":"too many requests"}}`),
	[]byte(`{"type":508,"message":"moderation","data":{"id":"1234","mid":"99887766"}}`),
	[]byte(`{"type":507,"reason":"you were muted"}`),
}

// plainReport is the baseline: a plain struct of the same fields, decoded by
// encoding/json alone.
type plainReport struct {
	Type      int             `json:"type"`
	Message   string          `json:"message"`
	Reason    string          `json:"reason"`
	Data      json.RawMessage `json:"data"`
	ExtraInfo *struct {
		HTTPCode int `json:"httpCode"`
	} `json:"extraInfo"`
}

func BenchmarkUnmarshalPlainStruct(b *testing.B) {
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		var p plainReport
		if err := json.Unmarshal(reports[i&3], &p); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkUnmarshalError(b *testing.B) {
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		var e web.Error
		if err := json.Unmarshal(reports[i&3], &e); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkUnmarshalJSONMethod(b *testing.B) {
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		var e web.Error
		if err := e.UnmarshalJSON(reports[i&3]); err != nil {
			b.Fatal(err)
		}
	}
}

// TestDecodeAllocationsAreBounded holds the decoder, which is encoding/json
// reading every member raw and checking it after, to at most twice the
// allocations of json.Unmarshal into a plain struct of the same fields, for
// every shape of error object: a bound that a decoder allocating per byte
// or per nested value would break.
func TestDecodeAllocationsAreBounded(t *testing.T) {
	for _, report := range reports {
		base := testing.AllocsPerRun(100, func() {
			var p plainReport
			require.NoError(t, json.Unmarshal(report, &p))
		})
		mine := testing.AllocsPerRun(100, func() {
			var e web.Error
			require.NoError(t, json.Unmarshal(report, &e))
		})
		direct := testing.AllocsPerRun(100, func() {
			var e web.Error
			require.NoError(t, e.UnmarshalJSON(report))
		})
		assert.LessOrEqual(t, direct, 2*base, "%s: UnmarshalJSON allocates %v times, a plain struct %v (web/decode.go)", report, direct, base)
		assert.LessOrEqual(t, mine, 2*base+4, "%s: json.Unmarshal into *web.Error allocates %v times, into a plain struct %v (web/decode.go)", report, mine, base)
	}
}

func TestLookupsAllocateNothing(t *testing.T) {
	for name, f := range map[string]func(){
		"Known":       func() { sinkBool = sample[5].Known() },
		"Description": func() { sinkString = sample[5].Description() },
		"Hint":        func() { sinkString = sample[5].Hint() },
		"Category":    func() { sinkCat = sample[5].Category() },
		"Native":      func() { sinkNative, sinkBool = sample[5].Native() },
		"Deprecated":  func() { sinkBool = sample[5].Deprecated() },
		"Parse name":  func() { sinkCode, _ = web.Parse(names[9]) },
		"Parse lower": func() { sinkCode, _ = web.Parse("group_not_exist") },
		"Parse num":   func() { sinkCode, _ = web.Parse("-4") },
		"Parse Code":  func() { sinkCode, _ = web.Parse("Code(1234)") },
	} {
		assert.Zero(t, testing.AllocsPerRun(100, f), "%s allocates (web/lookup.go, web/parse.go)", name)
	}
}
