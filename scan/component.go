package scan

import "bytes"

// lineKind is whose a line is, as its component and its words say.
type lineKind int8

const (
	kindUnread  lineKind = iota
	kindChat             // the chat SDK's line, or one that names it
	kindPlain            // no component, or the app's own, naming no library
	kindForeign          // another component's: an HTTP client, storage, billing ...
)

// frameworks are tags under which an app's own output is logged: the
// component is then the bracketed name after them, if any.
var frameworks = newWordSet("flutter", "reactnativejs", "reactnative", "unity", "system.out", "system.err",
	"console", "chromium", "stdout", "stderr", "js", "webview", "dart", "androidruntime")

// levelOf returns the level that a word a logger writes for it names, in any
// letter case ('E' for e, error, fatal and assert ...), or 0. A switch on
// the lowered word, not a map: it is asked for every token of a header.
func levelOf(word []byte) byte {
	if len(word) > len("critical") {
		return 0
	}
	var buf [len("critical")]byte
	switch string(lower(buf[:], word)) {
	case "e", "error", "err", "fatal", "f", "a", "severe", "crit", "critical":
		return 'E'
	case "w", "warn", "warning":
		return 'W'
	case "i", "info", "notice", "log":
		return 'I'
	case "d", "debug":
		return 'D'
	case "v", "verbose", "trace":
		return 'V'
	}
	return 0
}

// component returns the name of the component that wrote line, and its
// level ('E' for error, fatal and assert; 0 when the line has none):
//
//   - a logcat tag: "E/EMClient(123): ...", "11-27 08:35:38.456 4821 4903 E EMClient: ...";
//   - else the first bracketed name at the start of the message, after a
//     timestamp, a level word and a process: "[EMClient] ...",
//     "ChatDemo[2201:88002] [AgoraChat] ...", "ERROR [Upload] ...".
//
// A framework's tag (flutter, ReactNativeJS, Unity, System.err, console)
// is not a component: the app writes under it, so the bracketed name after
// it counts instead, if there is one.
func component(line []byte) (name []byte, level byte) {
	i := 0
	for n := 0; n < 8 && i < len(line); n++ { // the header's tokens
		i = skipSpaces(line, i)
		j := i
		for j < len(line) && !isSpace(line[j]) {
			j++
		}
		tok := line[i:j]
		switch {
		case len(tok) == 0:
			return nil, level
		case class[tok[0]]&digitByte != 0 || tok[0] == '-' || tok[0] == '(' && len(tok) > 1 && class[tok[1]]&digitByte != 0:
			// a date, a time, a pid or thread id: the header goes on
		case len(tok) >= 3 && tok[1] == '/' && levelOf(tok[:1]) != 0 && class[tok[2]]&wordByte != 0:
			// logcat's brief format: E/Tag(pid): or E/Tag:
			end := bytes.IndexAny(line[i+2:], "(:")
			if end < 0 {
				return nil, levelOf(tok[:1])
			}
			return tagOrBracket(line, bytes.TrimSpace(line[i+2:i+2+end]), i+2+end, levelOf(tok[:1]))
		case tok[0] == '[':
			close := bytes.IndexByte(line[i:], ']')
			if close < 0 {
				return nil, level
			}
			inner := bytes.TrimSpace(line[i+1 : i+close])
			if lv := levelOf(inner); lv != 0 {
				level, j = lv, i+close+1 // [ERROR]
				break
			}
			if len(inner) > 0 && class[inner[0]]&(wordByte|digitByte) == wordByte && !bytes.Contains(inner, []byte("main")) {
				return inner, level
			}
			j = i + close + 1
		default:
			if lv := levelOf(bytes.TrimSuffix(tok, []byte(":"))); lv != 0 {
				level = lv
				if len(tok) == 1 { // threadtime: E Tag: message
					k := skipSpaces(line, j)
					end := bytes.IndexByte(line[k:], ':')
					if end > 0 && end <= maxWord {
						return tagOrBracket(line, bytes.TrimSpace(line[k:k+end]), k+end, level)
					}
				}
				break
			}
			if b := bytes.IndexByte(tok, '['); b > 0 && tok[len(tok)-1] == ']' { // iOS: ChatDemo[2201:88002]
				k := skipSpaces(line, j)
				if k < len(line) && line[k] == '[' {
					if close := bytes.IndexByte(line[k:], ']'); close > 1 {
						return line[k+1 : k+close], level
					}
				}
				return nil, level
			}
			return nil, level
		}
		i = j
	}
	return nil, level
}

// tagOrBracket returns tag, or when it is a framework's, the bracketed name
// at the start of the message after it (at line[after], past ": ").
func tagOrBracket(line, tag []byte, after int, level byte) ([]byte, byte) {
	if !containsFold(tag, frameworks) {
		return tag, level
	}
	k := after
	for k < len(line) && (line[k] == ')' || line[k] == ':' || isSpace(line[k]) || class[line[k]]&digitByte != 0 || line[k] == '(') {
		k++
	}
	if k < len(line) && line[k] == '[' {
		if close := bytes.IndexByte(line[k:], ']'); close > 1 && close < maxWord {
			return line[k+1 : k+close], level
		}
	}
	return nil, level
}

// kind returns whose the line is: another component's when its component
// or any of its words names one (a Glide error about a chat attachment is
// Glide's); else the chat SDK's when its component is one of the SDK's
// classes or its words name the SDK; else plain. The component is part of
// the line, so the line's marks cover its name.
func (l *lineScan) kind() lineKind {
	if l.lineKind != kindUnread {
		return l.lineKind
	}
	name, level := component(l.line)
	l.level = level
	switch {
	case l.hasForeignMark(): // even under the chat SDK's tag: E/Agora: RtcEngine onError 110
		l.lineKind = kindForeign
	case isChatClass(name) || l.hasChatMark():
		l.lineKind = kindChat
	default:
		l.lineKind = kindPlain
	}
	return l.lineKind
}

// isChatClass reports whether a component's name is one of the chat SDK's
// classes: EMClient, EMChatManager, EMGroupManager ... (A name that names
// the SDK, such as AgoraChat or Easemob, is a mark of its line.)
func isChatClass(name []byte) bool {
	return len(name) > 2 && name[0] == 'E' && name[1] == 'M' && 'A' <= name[2] && name[2] <= 'Z'
}

// errorLevel reports whether the line is logged at error level.
func (l *lineScan) errorLevel() bool {
	l.kind()
	return l.level == 'E'
}
