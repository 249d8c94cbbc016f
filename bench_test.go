package chaterr_test

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/seed-a36dd713/chaterr"
)

// sample holds 128 codes, documented and not, that the benchmarks cycle
// through with i&127 so that the compiler cannot fold a constant argument.
var sample = func() (s [128]chaterr.Code) {
	codes := chaterr.Codes()
	for i := range s {
		if i%8 == 7 {
			s[i] = chaterr.Code(1234 + i) // undocumented
		} else {
			s[i] = codes[i%len(codes)]
		}
	}
	return s
}()

// plain is the baseline: a plain array of strings indexed by code number.
var plain [1500]string

var (
	sinkString string
	sinkBool   bool
	sinkCat    chaterr.Category
	sinkCode   chaterr.Code
	sinkErr    *chaterr.Error
	sinkError  error
	sinkInt    int
)

// errOneCode and errTwelveCodes are error trees with one code and with
// twelve, for the per-code cost of CodesOf.
var (
	errOneCode     = fmt.Errorf("x: %w", chaterr.ServerBusy)
	errTwelveCodes = func() error {
		var errs []error
		for i := range 12 {
			errs = append(errs, fmt.Errorf("item %d: %w", i, chaterr.New(chaterr.Code(600+i), "")))
		}
		return errors.Join(errs...)
	}()
)

// codesOfAllocs is what a whole walk of CodesOf allocates, whatever the
// number of codes: nothing, since the compiler keeps the closures on the
// stack.
const codesOfAllocs = 0

func visitCodes(err error) {
	n := 0
	for c := range chaterr.CodesOf(err) {
		n += int(c)
	}
	sinkInt = n
}

// errWrapped3 is an *Error under three fmt.Errorf wraps.
var errWrapped3 = fmt.Errorf("a: %w", fmt.Errorf("b: %w", fmt.Errorf("c: %w",
	chaterr.New(chaterr.UserMuted, "muted in group 9"))))

// BenchmarkArrayIndex is the yardstick for the per-code look-ups below,
// which should run within twice its time.
func BenchmarkArrayIndex(b *testing.B) {
	for i := 0; b.Loop(); i++ {
		c := sample[i&127]
		if uint(c) < uint(len(plain)) {
			sinkString = plain[c]
		}
	}
}

func BenchmarkString(b *testing.B) {
	for i := 0; b.Loop(); i++ {
		sinkString = sample[i&127&^7].String() // documented codes only: no formatting
	}
}

func BenchmarkDescription(b *testing.B) {
	for i := 0; b.Loop(); i++ {
		sinkString = sample[i&127].Description()
	}
}

func BenchmarkHint(b *testing.B) {
	for i := 0; b.Loop(); i++ {
		sinkString = sample[i&127].Hint()
	}
}

func BenchmarkKnown(b *testing.B) {
	for i := 0; b.Loop(); i++ {
		sinkBool = sample[i&127].Known()
	}
}

func BenchmarkCategory(b *testing.B) {
	for i := 0; b.Loop(); i++ {
		sinkCat = sample[i&127].Category()
	}
}

func BenchmarkRetryable(b *testing.B) {
	for i := 0; b.Loop(); i++ {
		sinkBool = sample[i&127].Retryable()
	}
}

func BenchmarkLoginRequired(b *testing.B) {
	for i := 0; b.Loop(); i++ {
		sinkBool = sample[i&127].LoginRequired()
	}
}

func BenchmarkDeprecated(b *testing.B) {
	for i := 0; b.Loop(); i++ {
		sinkBool = sample[i&127].Deprecated()
	}
}

func BenchmarkFromOldRelease(b *testing.B) {
	for i := 0; b.Loop(); i++ {
		sinkCode = chaterr.FromOldRelease(int(sample[i&127]))
	}
}

func BenchmarkParse(b *testing.B) {
	for _, in := range []string{"USER_MUTED", "user_muted", "UserMuted", "AgoraChatErrorGroupNotExist", "215", "Code(1234)"} {
		b.Run(in, func(b *testing.B) {
			for b.Loop() {
				sinkCode, _ = chaterr.Parse(in)
			}
		})
	}
}

func BenchmarkErrorsIs3Wraps(b *testing.B) {
	for b.Loop() {
		sinkBool = errors.Is(errWrapped3, chaterr.UserMuted)
	}
}

func BenchmarkCodeOf3Wraps(b *testing.B) {
	for b.Loop() {
		sinkCode = chaterr.CodeOf(errWrapped3)
	}
}

// errOwnTree mixes the package's own types with the standard library's
// wrappers and a context deadline, the tree Retryable must walk for free.
var errOwnTree = fmt.Errorf("a: %w", errors.Join(io.EOF, fmt.Errorf("b: %w",
	chaterr.Wrap(chaterr.UserMuted, "m", context.DeadlineExceeded))))

func BenchmarkRetryableErr(b *testing.B) {
	for b.Loop() {
		sinkBool = chaterr.Retryable(errOwnTree)
	}
}

// BenchmarkErrorsIs12 is the yardstick for CodesOf12: errors.Is walking the
// same tree to its end, for a code it does not hold.
func BenchmarkErrorsIs12(b *testing.B) {
	for b.Loop() {
		sinkBool = errors.Is(errTwelveCodes, chaterr.ServerBusy)
	}
}

func BenchmarkCodesOf12(b *testing.B) {
	for b.Loop() {
		visitCodes(errTwelveCodes)
	}
}

func BenchmarkFromSDK(b *testing.B) {
	for b.Loop() {
		sinkError = chaterr.FromSDK(215, "muted in group 9")
	}
}

func BenchmarkNew(b *testing.B) {
	for b.Loop() {
		sinkErr = chaterr.New(chaterr.UserMuted, "muted in group 9")
	}
}

func BenchmarkErrorError(b *testing.B) {
	e := chaterr.New(chaterr.UserMuted, "muted in group 9")
	for b.Loop() {
		sinkString = e.Error()
	}
}

// TestAllocs asserts the allocation budget of the hot paths: nothing, except
// one allocation for New and one for (*Error).Error.
func TestAllocs(t *testing.T) {
	e := chaterr.New(chaterr.UserMuted, "muted in group 9")
	for name, tc := range map[string]struct {
		want float64
		f    func()
	}{
		"String":         {0, func() { sinkString = chaterr.UserMuted.String() }},
		"Error (Code)":   {0, func() { sinkString = chaterr.UserMuted.Error() }},
		"Description":    {0, func() { sinkString = chaterr.UserMuted.Description() }},
		"Hint":           {0, func() { sinkString = chaterr.UserMuted.Hint() }},
		"Retryable(err)": {0, func() { sinkBool = chaterr.Retryable(errOwnTree) }},
		"Timeout(err)":   {0, func() { sinkBool = chaterr.Timeout(errOwnTree) }},
		"Known":          {0, func() { sinkBool = chaterr.Code(1234).Known() }},
		"Category":       {0, func() { sinkCat = chaterr.UserMuted.Category() }},
		"Retryable":      {0, func() { sinkBool = chaterr.ServerBusy.Retryable() }},
		"Timeout":        {0, func() { sinkBool = chaterr.ServerTimeout.Timeout() }},
		"LoginRequired":  {0, func() { sinkBool = chaterr.TokenExpired.LoginRequired() }},
		"AlreadyDone":    {0, func() { sinkBool = chaterr.GroupAlreadyJoined.AlreadyDone() }},
		"Parse name":     {0, func() { sinkCode, _ = chaterr.Parse("USER_MUTED") }},
		"Parse lower":    {0, func() { sinkCode, _ = chaterr.Parse("user_muted") }},
		"Parse Go name":  {0, func() { sinkCode, _ = chaterr.Parse("UserMuted") }},
		"Parse number":   {0, func() { sinkCode, _ = chaterr.Parse("215") }},
		"Parse iOS name": {0, func() { sinkCode, _ = chaterr.Parse("EMErrorGroupNotExist") }},
		"Parse alias":    {0, func() { sinkCode, _ = chaterr.Parse("user_not_on_roster") }},
		"Parse Code(N)":  {0, func() { sinkCode, _ = chaterr.Parse("Code(1234)") }},
		"Deprecated":     {0, func() { sinkBool = chaterr.Code(902).Deprecated() }},
		"FromOldRelease": {0, func() { sinkCode = chaterr.FromOldRelease(605) }},
		"errors.Is 3":    {0, func() { sinkBool = errors.Is(errWrapped3, chaterr.UserMuted) }},
		"CodeOf 3":       {0, func() { sinkCode = chaterr.CodeOf(errWrapped3) }},
		"New":            {1, func() { sinkErr = chaterr.New(chaterr.UserMuted, "muted in group 9") }},
		"FromSDK(0)":     {0, func() { sinkError = chaterr.FromSDK(0, "") }},
		"FromSDK":        {1, func() { sinkError = chaterr.FromSDK(215, "muted in group 9") }},
		"CodesOf 1":      {codesOfAllocs, func() { visitCodes(errOneCode) }},
		"CodesOf 12":     {codesOfAllocs, func() { visitCodes(errTwelveCodes) }},
		"(*Error).Error": {1, func() { sinkString = e.Error() }},
	} {
		assert.Equal(t, tc.want, testing.AllocsPerRun(100, tc.f), name)
	}
}

// discardLogger logs JSON to nowhere, for the cost of logging an error.
var discardLogger = slog.New(slog.NewJSONHandler(io.Discard, nil))

func BenchmarkLogBareError(b *testing.B) {
	e := chaterr.New(chaterr.UserMuted, "muted in group 9")
	for b.Loop() {
		discardLogger.Error("send failed", "err", e)
	}
}

func BenchmarkLogWrappedError(b *testing.B) {
	for b.Loop() {
		discardLogger.Error("send failed", "err", chaterr.Loggable(errWrapped3))
	}
}

// TestLoggingAllocs: logging a wrapped error through Loggable costs at most
// two allocations more than logging a bare *Error.
func TestLoggingAllocs(t *testing.T) {
	e := chaterr.New(chaterr.UserMuted, "muted in group 9")
	bare := testing.AllocsPerRun(100, func() { discardLogger.Error("send failed", "err", e) })
	wrapped := testing.AllocsPerRun(100, func() { discardLogger.Error("send failed", "err", chaterr.Loggable(errWrapped3)) })
	assert.LessOrEqual(t, wrapped, bare+2, "bare %v allocs, wrapped %v", bare, wrapped)
}

func BenchmarkDecide(b *testing.B) {
	for b.Loop() {
		sinkDecision = chaterr.Decide(errOwnTree)
	}
}

var sinkDecision chaterr.Decision

func BenchmarkLabel(b *testing.B) {
	for b.Loop() {
		sinkString = chaterr.Label(errOwnTree)
	}
}

func BenchmarkLoginRequiredErr(b *testing.B) {
	for b.Loop() {
		sinkBool = chaterr.LoginRequired(errOwnTree)
	}
}

func BenchmarkAlreadyDoneErr(b *testing.B) {
	for b.Loop() {
		sinkBool = chaterr.AlreadyDone(errOwnTree)
	}
}
