package scan

import (
	"bytes"

	"github.com/seed-a36dd713/chaterr/web"

	"github.com/seed-a36dd713/chaterr"
)

// foreignStems are parts of a word that names another system's numbers:
// before a key ("HTTP error code: 6", "status code: 200") or inside it
// (HttpErrorCode), they make the number not a chat code.
var foreignStems = newWordSet(
	"http", "status", "respon", "exit", "result", "return", "verif", "sql", "curl",
	"ssl", "tls", "errno", "sms", "grpc", "socket", "posix", "win32", "dns",
)

// chatDomains are parts of an iOS error domain that is the chat SDK's own.
var chatDomains = newWordSet("chat", "easemob", "hyphenate", "emerror")

// chatMarks are parts of a line, in lower case, that show it comes from the
// chat SDK; "error: 1502" is a code only on such a line.
var chatMarks = newWordSet("chat", "easemob", "hyphenate", "agora", "emclient", "emerror", "empush", "emgroup", "emcontact", "\u73af\u4fe1")

// foreignMarks are parts of a line, in lower case, that show it comes from
// another library, whose "error code 2" or "failed, code=5" is its own.
var foreignMarks = newWordSet(
	// HTTP clients and networking
	"okhttp", "retrofit", "volley", "cronet", "nsurl", "cfnetwork", "alamofire", "axios", "dioerror", "dioexception",
	"unitywebrequest", "curl", "grpc", "nginx", "response{", "openssl",
	// storage
	"firebase", "firestore", "sqlite", "realm", "amplify", "amazons3", "s3exception", "putobject", "getobject", "aws", "mysql",
	"postgres", "redis", "kafka",
	// billing and payments
	"billing", "revenuecat", "storekit", "skerror", "stripe", "paypal",
	// maps and location
	"maps", "mapbox", "geocod", "places", "amap", "location",
	// image loaders and media
	"glide", "fresco", "picasso", "coil", "kingfisher", "sdwebimage", "exoplayer", "mediaplayer", "avfoundation", "avplayer",
	// WebSockets, push, and video SDKs: another Agora product (RTC), Twilio
	"websocket", "socket.io", "socketio", "starscream", "socketrocket", "fcm", "jpush", "hmspush", "rtc", "twilio",
	"player", "storage", "purchase", "app store", "appstore", "errorinfo", "fabric", "is locked",
	// China's cloud, payment, push and map services, in English and Chinese
	"aliyun", "qiniu", "tencentcloud", "alipay", "wxpay", "wechatpay", "mipush", "vivopush", "oppopush", "getui", "umeng",
	"\u963f\u91cc\u4e91", "\u4e03\u725b", "\u817e\u8baf\u4e91", "\u652f\u4ed8\u5b9d", "\u5fae\u4fe1\u652f\u4ed8",
	"\u6781\u5149", "\u4e2a\u63a8", "\u9ad8\u5fb7", "\u767e\u5ea6\u5730\u56fe",
	// processes, builds and browsers
	"chromium", "gradle", "docker", "kubelet", "systemd", "crashlytics",
)

// isFailureWord reports whether w, in lower case, is a failure word: before
// a plain "code" and a space, it makes it a code key: "join failed: code 605".
func isFailureWord(w []byte) bool {
	switch string(w) {
	case "failed", "fail", "failure", "error", "err":
		return true
	}
	return false
}

// errorCodeSuffixes are the ends of an error-code key (compared in lower case).
var errorCodeSuffixes = []string{"errorcode", "error_code", "errcode", "err_code"}

// errorMarks are the parts of a line, in lower case, that show it reports a
// failure, which a plain code= key needs: English words and cjkFailures.
var errorMarks = newWordSet(append([]string{"err", "fail", "exception", "reject", "expire", "disconnect"}, cjkFailures[:]...)...)

// cjkFailures are failure words in Chinese, in which many of the SDK's
// users log and write: 失败 (failed), 错误 (error), 报错 (an error was
// reported), 异常 (exception). They are errorMarks, and like "failed"
// before a plain "code" and a space: 撤回消息失败，code 500.
var cjkFailures = [4]string{"\u5931\u8d25", "\u9519\u8bef", "\u62a5\u9519", "\u5f02\u5e38"}

// cjkPunct is the punctuation of Chinese text that may end a failure word
// before its code: ， ： ！ 。 （ (all three bytes long in UTF-8).
var cjkPunct = [...]string{"\uff0c", "\uff1a", "\uff01", "\u3002", "\uff08"}

// cjkFailedBefore reports whether a word of cjkFailures ends right before
// start, past up to three spaces, one mark (: , ! . or an opening bracket,
// ASCII or full-width) and up to three spaces more: 撤回消息失败，code 500,
// 发送失败 (code 500). It looks back a bounded number of bytes.
func cjkFailedBefore(line []byte, start int) bool {
	i := start
	for i > 0 && start-i < 3 && (line[i-1] == ' ' || line[i-1] == '\t') {
		i--
	}
	if i > 0 && only(line[i-1:i], ":,!.(") {
		i--
	} else {
		for _, p := range cjkPunct {
			if hasSuffix(line[:i], p) {
				i -= len(p)
				break
			}
		}
	}
	for j := i; i > 0 && j-i < 3 && (line[i-1] == ' ' || line[i-1] == '\t'); {
		i--
	}
	for _, w := range cjkFailures {
		if hasSuffix(line[:i], w) {
			return true
		}
	}
	return false
}

// errorType reports whether w, in lower case, is one of the chat SDKs' error
// types and callbacks, and the strength of its context.
// Called with a number first they report it: onError(215, "x"),
// ChatError(603, ...); a plain code key right after one is strong too:
// ChatError{code: 9999}, onError: code=9999. PlatformException is Flutter's
// and any plugin's, so it reports only documented codes.
func errorType(w []byte) (s strength, ok bool) {
	switch string(w) {
	case "onerror", "emerror", "chaterror", "agorachaterror", "hyphenateexception", "chatexception":
		return strong, true
	case "platformexception":
		return weak, true
	}
	return weak, false
}

// strength says which numbers a context may report.
type strength bool

const (
	weak   strength = false // only documented codes
	strong strength = true  // any number: the context says it is a chat error code
)

// lineScan is the state of one pass over a line.
type lineScan struct {
	s    *Scanner
	line []byte

	lineMarks
	skip    int  // where reading starts: the end of a word that an earlier piece began
	sdkType bool // the context being read is an SDK error type's: ChatError(603), EMError code 606

	// the two words before the current one, as [start, end) in line; -1: none
	p1s, p1e, p2s, p2e int
}

func (l *lineScan) run() {
	line := l.line
	// The two words before the current one live in locals and reach l only
	// when a rule needs them: most words need nothing.
	p1s, p1e, p2s, p2e := -1, -1, -1, -1
	for i := l.skip; i < len(line); {
		c := class[line[i]]
		if c&wordByte == 0 {
			i++
			continue
		}
		start := i
		for i++; i < len(line) && class[line[i]]&wordByte != 0; i++ {
		}
		if c&digitByte == 0 {
			w := line[start:i]
			if code, ok := goSDK(line, start, i); ok {
				l.s.add(Match{Code: code, Start: start, End: i, Context: Name})
			} else if code, ok := lookupName(w); ok && l.nameCounts(w) {
				l.s.add(Match{Code: code, Start: start, End: i, Context: Name})
			}
			if len(w) >= 3 && len(w) <= maxWord && (class[w[len(w)-1]]&triggerEnd != 0 || w[0]|0x20 == 'o' && onEnd(w[len(w)-1])) {
				l.p1s, l.p1e, l.p2s, l.p2e = p1s, p1e, p2s, p2e
				l.trigger(start, i)
			}
		}
		p2s, p2e, p1s, p1e = p1s, p1e, start, i
	}
}

// nameCounts reports whether an SDK name on this line is a code: an iOS
// name (EMError..., AgoraChatError...) always, another (USER_MUTED, which
// other libraries may spell too) unless the line is another component's.
func (l *lineScan) nameCounts(w []byte) bool {
	return hasPrefixFold(w, "emerror") || hasPrefixFold(w, "agorachaterror") || l.kind() != kindForeign
}

// trigger applies the rule of the word line[start:end] if it has one.
func (l *lineScan) trigger(start, end int) {
	var buf [maxWord]byte
	w := lower(buf[:], l.line[start:end])
	switch string(w) {
	case "code":
		l.plainCode(end)
	case "err", "error":
		l.errKey(w, end)
	case "domain":
		l.domain(end)
	case "type":
		l.webType(end)
	case "ondisconnect", "ondisconnected":
		l.disconnect(end)
	default:
		if n := trailingDigits(w); n > 0 && (string(w[:len(w)-n]) == "ondisconnect" || string(w[:len(w)-n]) == "ondisconnected") {
			l.disconnect(end - n) // onDisconnect303, as a demo logs it
		} else if hasSuffix(w, "code") {
			l.errorCodeKey(w, end)
		} else if hasSuffix(w, "error") || hasSuffix(w, "exception") {
			if s, ok := errorType(w); ok {
				l.call(w, end, s)
			}
		}
	}
}

// prevWord returns the lower-case word before the current one, when only
// bytes of gapSet stand between them, or nil.
func (l *lineScan) prevWord(buf []byte, start int, gapSet string) []byte {
	if l.p1s < 0 || l.p1e-l.p1s > len(buf) || !only(l.line[l.p1e:start], gapSet) {
		return nil
	}
	return lower(buf, l.line[l.p1s:l.p1e])
}

// foreignBefore reports whether the words before a key at start name
// another system: "status code", "HTTP error code".
func (l *lineScan) foreignBefore(start int) bool {
	var buf [maxWord]byte
	p := l.prevWord(buf[:], start, " \t")
	if p == nil {
		return false
	}
	if containsFold(p, foreignStems) {
		return true
	}
	if string(p) != "error" || l.p2s < 0 || l.p2e-l.p2s > maxWord || !only(l.line[l.p2e:l.p1s], " \t") {
		return false
	}
	var buf2 [maxWord]byte
	return containsFold(lower(buf2[:], l.line[l.p2s:l.p2e]), foreignStems)
}

// plainCode: "code" as a key. After "error" or an SDK error type it is a
// phrase (error code 215, EMError code 606); after a failure word with only
// a space it is a weak phrase (failed: code 605); with "=" or ":" it is a
// key, strong right after an SDK error type (ChatError{code: 9999}) and
// otherwise weak and only on a line that reports an error. The value is
// read first: most keys have none, and the context checks cost more.
func (l *lineScan) plainCode(end int) {
	q, sep := separator(l.line, end)
	v, ok := l.value(q)
	start := end - len("code")
	if !ok || sep == noSep || l.foreignDomain || l.foreignBefore(start) || l.hasForeignMark() {
		return
	}
	var buf [maxWord]byte
	prev := l.prevWord(buf[:], start, " \t")
	typeWord := l.prevWord(buf[:], start, " \t:({[\"'")
	typeStrength, afterType := errorType(typeWord)
	l.sdkType = afterType && typeStrength == strong && string(typeWord) != "onerror"
	afterError := string(prev) == "error" || afterType
	if !afterType && l.othersObject(typeWord, start, v, afterError) {
		return
	}
	if !afterType {
		typeStrength = strong // after "error"
	}
	if sep.isKey() && !afterError && l.kind() == kindChat && (l.errorLevel() || l.hasErrorMark()) && l.describedAfter(v.end) {
		l.report(v, Key, strong) // the SDK's own pair on its error line: code=302 desc=server busy
		return
	}
	switch {
	case afterError && sep.isKey():
		l.report(v, Key, typeStrength)
	case afterError:
		l.report(v, Phrase, typeStrength)
	case sep.isKey() && l.hasErrorMark():
		l.report(v, Key, weak)
	case sep == spaceSep && (isFailureWord(l.prevWord(buf[:], start, " \t:")) || cjkFailedBefore(l.line, start)):
		l.report(v, Phrase, weak)
	}
}

// othersObject reports whether the plain code key at start, after the word
// typeWord, is in an object that other software prints, whose code is not
// the chat SDK's:
//
//   - an API's error envelope whose code comes first and its message next,
//     {"error": {"code": 404, "message": ...}} (Google's, JSON-RPC's): the
//     code is that API's status, and the rest of the line is that API's;
//   - a WebSocket's close event, {code: 1000, reason: "normal closure"},
//     whose code is RFC 6455's (1000 to 1015), unless "error" comes right
//     before the key (error code: 1001, reason: hi is a contact failure).
//
// Neither holds on a line of the chat SDK (its tag or its name): there the
// code is the SDK's, as an app wrapped it or as addContact's reason follows it.
func (l *lineScan) othersObject(typeWord []byte, start int, v candidate, afterError bool) bool {
	switch {
	case string(typeWord) == "error" && l.inErrorObject(start) && l.describerAfter(v.end) == "message":
		if l.kind() == kindChat {
			return false
		}
		l.lineKind = kindForeign
		return true
	case !v.name && 1000 <= v.n && v.n <= 1015 && !afterError && l.describerAfter(v.end) == "reason":
		return l.kind() != kindChat
	}
	return false
}

// inErrorObject reports whether the key at start opens the object that is
// the value of the word before it ("error": {"code": ...), and not a
// phrase (error code: 215) or a pair (error: code=215).
func (l *lineScan) inErrorObject(start int) bool {
	return l.p1s >= 0 && bytes.IndexByte(l.line[l.p1e:start], '{') >= 0
}

// errorCodeKey: errorCode, error_code, errCode or err_code ends the word w.
func (l *lineScan) errorCodeKey(w []byte, end int) {
	for _, suffix := range errorCodeSuffixes {
		if !hasSuffix(w, suffix) {
			continue
		}
		q, sep := separator(l.line, end)
		v, ok := l.value(q)
		if !ok || sep == noSep || containsFold(w[:len(w)-len(suffix)], foreignStems) || l.foreignDomain || l.foreignBefore(end-len(w)) {
			return
		}
		l.report(v, Key, strong)
		return
	}
}

// errKey: err=605, err: 605, error=605, and on a line of the chat SDK
// error: 1502.
func (l *lineScan) errKey(w []byte, end int) {
	q, sep := separator(l.line, end)
	if sep != eqSep && sep != colonSep {
		return
	}
	v, ok := l.value(q)
	if !ok || (sep == colonSep && string(w) != "err" && !l.hasChatMark()) ||
		l.foreignBefore(end-len(w)) || l.hasForeignMark() {
		return
	}
	l.report(v, Key, weak)
}

// call: an SDK error type or callback called with a number first,
// onError(215, "x"), ChatError(603, ...); and for onError also onError: 508
// and onError 508.
func (l *lineScan) call(w []byte, end int, s strength) {
	line := l.line
	if end < len(line) && line[end] == '(' {
		// Only a call makes what follows an SDK error type's context: a bare
		// ChatException earlier on an OkHttp line does not make its numbers
		// the SDK's (and Index need not stop at it).
		l.sdkType = s == strong && string(w) != "onerror"
		p := skipSpaces(line, end+1)
		n, q, ok := number(line, p)
		if r := skipSpaces(line, q); ok && r < len(line) && (line[r] == ',' || line[r] == ')') {
			l.number(n, p, q, Callback, s) // the number's own bytes, without the spaces after it
		}
		return
	}
	if string(w) != "onerror" {
		return
	}
	l.sdkType = false
	// Not after a full-width colon: "onError：110" is as often the RTC SDK's
	// in Chinese prose, where code：500 is a key.
	if p, sep := separator(line, end); sep != noSep && sep != wideSep {
		if n, q, ok := number(line, p); ok {
			l.number(n, p, q, Callback, s)
		}
	}
}

// disconnect: the SDK's onDisconnected callback with its error code,
// onDisconnected(206), onDisconnected: 206, onDisconnected ...303 and
// onDisconnect303, on a line that is not another component's.
func (l *lineScan) disconnect(end int) {
	line := l.line
	p := end
	for p < len(line) && p-end < 8 && (line[p] == '(' || line[p] == ':' || line[p] == '.' || line[p] == '=' || isSpace(line[p])) {
		p++
	}
	if p == end && (p >= len(line) || class[line[p]]&digitByte == 0) {
		return
	}
	if n, q, ok := number(line, p); ok {
		l.number(n, p, q, Callback, weak)
	}
}

// onEnd reports whether b may end an onDisconnect word: onDisconnected,
// onDisconnect, onDisconnect303.
func onEnd(b byte) bool { return b|0x20 == 'd' || b|0x20 == 't' || class[b]&digitByte != 0 }

func trailingDigits(w []byte) int {
	n := 0
	for n < len(w) && class[w[len(w)-1-n]]&digitByte != 0 {
		n++
	}
	return n
}

// domain: "Domain=NSURLErrorDomain" makes the codes after it another
// system's, unless the domain is the chat SDK's.
func (l *lineScan) domain(end int) {
	line := l.line
	if end >= len(line) || line[end] != '=' {
		return
	}
	p := end + 1
	q := p
	for q < len(line) && class[line[q]]&wordByte != 0 && q-p < maxWord {
		q++
	}
	var buf [maxWord]byte
	if !containsFold(lower(buf[:], line[p:q]), chatDomains) {
		l.foreignDomain = true
	}
}

// lineMarks are what a line has shown so far.
type lineMarks struct {
	marks         uint8 // markError, markChat, markForeign (the words of markWords the line holds), markWeb, markWebSDK
	marksRead     bool  // the line (or this piece of it) was read for markWords
	webRead       bool  // ... and for the Web marks, which only a type key needs (apart, so that they cost other lines nothing)
	foreignDomain bool  // an iOS error domain other than the chat SDK's came before
	lineKind            // whose the line is (kind)
	level         byte  // its level: 'E' for an error
}

// The marks of a line, as the tags of markWords.
const (
	markError   = 1 << iota // the line mentions an error or a failure (errorMarks)
	markChat                // the line mentions the chat SDK (chatMarks)
	markForeign             // the line mentions another library (foreignMarks)
	markWeb                 // the line mentions the Web SDK or where it runs (webMarks)
	markWebSDK              // the line names the Web SDK itself (webSDKNames)
	markWebAll  = markWeb | markWebSDK
	markAll     = markError | markChat | markForeign | markWebAll
)

// markWords are the words of errorMarks, chatMarks and foreignMarks, tagged
// with their marks, so that a line is read once for all three.
var markWords = func() *wordSet {
	s := newWordSet()
	s.add(markError, errorMarks.words()...)
	s.add(markChat, chatMarks.words()...)
	s.add(markForeign, foreignMarks.words()...)
	return s
}()

// sticky returns the marks that the next piece of the line inherits: those
// in this piece, looked for now if no rule needed them yet; a mark not found
// may still be in the next piece, which is read for them again.
func (l *lineScan) sticky() lineMarks {
	l.kind() // from the line's start: the first piece
	l.has(markAll)
	m := l.lineMarks
	m.marksRead, m.webRead = false, false
	return m
}

// has reports whether the line holds a word of the marks of tag. The line
// is read for every mark at once, at most once, so that a line with many
// keys is still read a constant number of times.
func (l *lineScan) has(tag uint8) bool {
	if tag&^markWebAll != 0 && !l.marksRead {
		l.marksRead = true
		l.marks |= markWords.find(l.line, markAll&^markWebAll&^l.marks)
	}
	if tag&markWebAll != 0 && !l.webRead {
		l.webRead = true
		if l.marks&markWeb == 0 && containsFold(l.line, webMarks) {
			l.marks |= markWeb
		}
		if l.marks&markWebSDK == 0 && namesWebSDK(l.line) {
			l.marks |= markWebSDK
		}
	}
	return l.marks&tag != 0
}

func (l *lineScan) hasErrorMark() bool   { return l.has(markError) }
func (l *lineScan) hasChatMark() bool    { return l.has(markChat) }
func (l *lineScan) hasForeignMark() bool { return l.has(markForeign) }

// The kinds of separator between a key and its value.
type sepKind uint8

const (
	noSep    sepKind = iota
	eqSep            // "=", with optional spaces and quotes around
	colonSep         // ":", the same
	wideSep          // "：", the full-width colon of Chinese text: a key's, not a callback's
	spaceSep         // spaces only
)

func (k sepKind) isKey() bool { return k == eqSep || k == colonSep || k == wideSep }

// separator reads what follows a key that ends at end: a closing quote,
// spaces, "=" or ":", spaces and an opening quote, or only spaces. It returns
// where the value starts and the kind of separator.
func separator(line []byte, end int) (int, sepKind) {
	p := end
	if p < len(line) && (line[p] == '"' || line[p] == '\'') {
		p++
	}
	q := skipSpaces(line, p)
	kind := noSep
	switch {
	case q < len(line) && line[q] == '=':
		q, kind = skipSpaces(line, q+1), eqSep
	case q < len(line) && line[q] == ':':
		q, kind = skipSpaces(line, q+1), colonSep
	case q+len(fullColon) <= len(line) && line[q] == fullColon[0] && string(line[q:q+len(fullColon)]) == fullColon:
		q, kind = skipSpaces(line, q+len(fullColon)), wideSep
	case q > p && p == end:
		kind = spaceSep
	default:
		return q, noSep
	}
	if kind.isKey() && q < len(line) && (line[q] == '"' || line[q] == '\'') {
		q++
	}
	return q, kind
}

// fullColon is the full-width colon of Chinese text: ：
const fullColon = "\uff1a"

// candidate is the value of a key: a number or a name, at line[start:end].
type candidate struct {
	n          int64
	code       chaterr.Code // for a name
	name       bool
	start, end int
}

// value reads the value of a key at line[p:]: a number, or an SDK name in
// any letter case (error_code=user_muted): a word with an underscore or an
// iOS name.
func (l *lineScan) value(p int) (candidate, bool) {
	line := l.line
	if n, q, ok := number(line, p); ok {
		return candidate{n: n, start: p, end: q}, true
	}
	if p >= len(line) || class[line[p]]&(wordByte|digitByte) != wordByte {
		return candidate{}, false
	}
	q, underscore := p, false
	for q < len(line) && class[line[q]]&wordByte != 0 {
		underscore = underscore || line[q] == '_'
		q++
	}
	w := line[p:q]
	if q-p > maxWord || !underscore && !hasPrefixFold(w, "agorachaterror") && !hasPrefixFold(w, "emerror") {
		return candidate{}, false
	}
	c, err := chaterr.Parse(string(w))
	if err != nil { // the Go IM SDK's own code, as its records log it: error_code=IM_FORBIDDEN
		c, ok := goSDKValue(w)
		return candidate{code: c, name: true, start: p, end: q}, ok
	}
	return candidate{code: c, name: true, start: p, end: q}, true
}

func hasPrefixFold(w []byte, lowerPrefix string) bool {
	return len(w) >= len(lowerPrefix) && equalFold(w[:len(lowerPrefix)], lowerPrefix)
}

// report adds the value v found in a context of strength s.
func (l *lineScan) report(v candidate, ctx Context, s strength) {
	if v.name && l.kind() == kindForeign && !l.sdkType {
		return
	}
	if v.name {
		l.s.add(Match{Code: v.code, Start: v.start, End: v.end, Context: ctx})
		return
	}
	l.number(v.n, v.start, v.end, ctx, s)
}

// number reports the number n at line[p:q] in a context of strength s. On
// another component's line only an SDK error type's context counts
// (ChatError(603), EMError code 606); on a line that neither names the
// chat SDK nor comes from it, only documented codes do, unless an SDK error
// type says so.
func (l *lineScan) number(n int64, p, q int, ctx Context, s strength) {
	switch l.kind() {
	case kindForeign:
		if !l.sdkType {
			return
		}
	case kindPlain:
		if !l.sdkType {
			s = weak
		}
	}
	c := chaterr.Code(n)
	if l.s.OldRelease {
		c = chaterr.FromOldRelease(int(n))
	}
	if !c.Known() && (s == weak || (c < 0 && ctx != Callback)) {
		return // not a chat code for sure; Apple's are negative: error code: -1005
	}
	l.s.add(Match{Code: c, Start: p, End: q, Context: ctx})
}

// number parses a decimal integer at line[p:], with an optional minus sign,
// that ends the word: it is not followed by a letter, digit, underscore or a
// decimal point and digit (215ms and 1.5 are not codes). It returns the
// number and where it ends; it fits in 32 bits.
func number(line []byte, p int) (int64, int, bool) {
	q := p
	if q < len(line) && line[q] == '-' {
		q++
	}
	digits := q
	for q < len(line) && class[line[q]]&digitByte != 0 {
		q++
	}
	if q == digits || q-digits > 10 {
		return 0, q, false
	}
	if q < len(line) && (class[line[q]]&wordByte != 0 || (line[q] == '.' && q+1 < len(line) && class[line[q+1]]&digitByte != 0)) {
		return 0, q, false
	}
	var n int64 // at most 10 digits: no overflow of 64 bits
	for _, b := range line[digits:q] {
		n = n*10 + int64(b-'0')
	}
	if digits > p {
		n = -n
	}
	if n != int64(int32(n)) {
		return 0, q, false
	}
	return n, q, true
}

// describers are the keys of an SDK's description, after its code:
// code=302 desc=server busy, "code": 208, "description": ...
var describers = []string{"desc", "description", "msg", "message", "errordesc", "errormsg", "reason"}

// describedAfter reports whether a description key follows the value that
// ends at end: ", desc=", " msg:", ",description :".
func (l *lineScan) describedAfter(end int) bool { return l.describerAfter(end) != "" }

// describerAfter returns the description key (of describers) that follows
// the value that ends at end, or "".
func (l *lineScan) describerAfter(end int) string {
	line := l.line
	p := end
	if p < len(line) && (line[p] == '"' || line[p] == '\'') {
		p++
	}
	for p < len(line) && p-end < 16 && (isSpace(line[p]) || line[p] == ',' || line[p] == ';') {
		p++
	}
	if p < len(line) && line[p] == '"' {
		p++
	}
	q := wordEnd(line, p)
	if q == p || q-p > len("description") {
		return ""
	}
	var buf [maxWord]byte
	w := lower(buf[:], line[p:q])
	for _, d := range describers {
		if string(w) == d {
			if _, sep := separator(line, q); sep.isKey() {
				return d
			}
			return ""
		}
	}
	return ""
}

// webMarks are parts of a line, in lower case, that show a type key is the
// Web SDK's: its callback, its packages and the platforms it runs on.
var webMarks = newWordSet("onerror", "websdk", "webim", "easemob", "agora-chat", "agorachat", "uni-app", "uniapp", "miniprogram", "\u5c0f\u7a0b\u5e8f", "\u73af\u4fe1")

// webSDKNames are the words, in lower case, that only a line of the Web SDK
// holds: its package and the name of its global object (WebIM, WEBIM_...).
// The words of webMarks are also in app and library lines (onerror in
// window.onerror, easemob in a host name, uni-app in the framework's own
// lines), so that a code with no native meaning needs one of these.
var webSDKNames = []string{"websdk", "webim", "agora-chat", "agorachat"}

// namesWebSDK reports whether line holds a word of webSDKNames as a name of
// its own, in any letter case: not inside a longer word of letters, as in
// WebImageView, mywebimport or AgoraChatMessage (an iOS class). A letter may
// not stand right before or after it; "easemob-websdk", "[WebIM]",
// "WebIM.conn" and "AgoraChat.conn" name it.
func namesWebSDK(line []byte) bool {
	for _, w := range webSDKNames {
		for i := 0; i+len(w) <= len(line); i++ {
			if line[i]|0x20 != w[0] || !equalFold(line[i:i+len(w)], w) {
				continue
			}
			if (i == 0 || !isLetter(line[i-1])) && (i+len(w) == len(line) || !isLetter(line[i+len(w)])) {
				return true
			}
		}
	}
	return false
}

// webType: the Web SDK's error object, {type: 206, message: "..."}, or its
// type after onError: a type key whose number is a Web SDK code, on a line
// that is not another component's, read as an error object's type
// (web.Code.InErrorObject). A code with a native code of its meaning is
// reported with both, on a line with a description key after the number
// (message, msg, desc, reason ...) or a word of webMarks. One without is
// reported with Code 0, only if current releases send it (not a legacy
// notice or state such as 300 or 400) and the line names the Web SDK
// (webSDKNames): {type: 3, message: "Saved"} is any library's. An
// undocumented Web number is not reported.
func (l *lineScan) webType(end int) {
	q, sep := separator(l.line, end)
	if !sep.isKey() {
		return
	}
	n, r, ok := number(l.line, q)
	if !ok || n <= 0 || l.kind() == kindForeign {
		return
	}
	w := web.Code(n)
	row, ok := w.InErrorObject()
	switch {
	case !ok:
		return
	case row.HasNative:
		if !l.describedAfter(r) && !l.has(markWeb) {
			return
		}
		l.s.add(Match{Code: row.Native, Web: w, Start: q, End: r, Context: Key})
	case row.Status == web.StatusCurrent && l.has(markWebSDK):
		l.s.add(Match{Web: w, Start: q, End: r, Context: Key})
	}
}
