package imsdk

import (
	"net/http"
	"reflect"
	"sync"
)

// sdkPackage is the import path whose SDKError and APIError types are the
// Go IM SDK's; a type of the same name at another path is not taken for
// one. The package's own tests point it elsewhere.
var sdkPackage = "github.com/easemob/go-im-sdk/sdk"

// kind is what a type of a tree node is to the package.
type kind uint8

const (
	other kind = iota
	sdkError
	apiError
)

// shape is what the package knows of a node's type: its kind, and the
// indexes of the exported fields it reads, each -1 when the type lacks it
// or has it with another type, so that a future release that renames or
// retypes a field gives "no code" and never a panic.
type shape struct {
	kind    kind
	pointer bool // the node is a pointer to the struct
	// SDKError
	code, operation, reason, statusCode, httpStatus int
	// APIError
	response, requestID int
	// Response, the struct that APIError.Response points to
	respStatus, respHeader, respBody int
}

// shapes caches a shape per type: one reflection look-up per type of node,
// not per node.
var shapes sync.Map // reflect.Type → *shape

var (
	headerType = reflect.TypeOf(http.Header{})
	bytesType  = reflect.TypeOf([]byte(nil))
)

// shapeOf returns the shape of t, from the cache when it has been seen.
func shapeOf(t reflect.Type) *shape {
	if s, ok := shapes.Load(t); ok {
		return s.(*shape)
	}
	s := inspect(t)
	shapes.Store(t, s)
	return s
}

// inspect works out the shape of t.
func inspect(t reflect.Type) *shape {
	s := &shape{}
	st := t
	if st.Kind() == reflect.Pointer {
		st, s.pointer = st.Elem(), true
	}
	if st.Kind() != reflect.Struct || st.PkgPath() != sdkPackage {
		return s
	}
	switch st.Name() {
	case "SDKError":
		s.code = field(st, "Code", reflect.String, nil)
		s.operation = field(st, "Operation", reflect.String, nil)
		s.reason = field(st, "Reason", reflect.String, nil)
		s.statusCode = intField(st, "StatusCode")
		s.httpStatus = intField(st, "HTTPStatus")
		if s.code >= 0 {
			s.kind = sdkError
		}
	case "APIError":
		s.response = -1
		if f, ok := st.FieldByName("Response"); ok && f.IsExported() && len(f.Index) == 1 &&
			f.Type.Kind() == reflect.Pointer && f.Type.Elem().Kind() == reflect.Struct {
			rt := f.Type.Elem()
			s.respStatus = intField(rt, "StatusCode")
			s.respHeader = field(rt, "Header", reflect.Map, headerType)
			s.respBody = field(rt, "Body", reflect.Slice, bytesType)
			if s.respStatus >= 0 {
				s.response = f.Index[0]
			}
		}
		s.requestID = field(st, "RequestID", reflect.String, nil)
		if s.response >= 0 {
			s.kind = apiError
		}
	}
	return s
}

// field returns the index of st's exported, not embedded field name when
// it is of kind k (and, when exact is set, of exactly that type), or -1.
func field(st reflect.Type, name string, k reflect.Kind, exact reflect.Type) int {
	f, ok := st.FieldByName(name)
	if !ok || !f.IsExported() || len(f.Index) != 1 || f.Type.Kind() != k || (exact != nil && f.Type != exact) {
		return -1
	}
	return f.Index[0]
}

// intField is field for a signed integer of any size.
func intField(st reflect.Type, name string) int {
	f, ok := st.FieldByName(name)
	if !ok || !f.IsExported() || len(f.Index) != 1 {
		return -1
	}
	switch f.Type.Kind() {
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return f.Index[0]
	}
	return -1
}

// fields is what the package reads of an SDK error.
type fields struct {
	code, operation, reason string
	statusCode, httpStatus  int64
	// APIError
	status    int
	header    http.Header
	body      []byte
	requestID string
}

// read reads node's fields by its shape; ok is false for a nil pointer.
func read(node any, s *shape) (f fields, ok bool) {
	v := reflect.ValueOf(node)
	if s.pointer {
		if v.IsNil() {
			return f, false
		}
		v = v.Elem()
	}
	str := func(i int) string {
		if i < 0 {
			return ""
		}
		return v.Field(i).String()
	}
	num := func(v reflect.Value, i int) int64 {
		if i < 0 {
			return 0
		}
		return v.Field(i).Int()
	}
	switch s.kind {
	case sdkError:
		f.code, f.operation, f.reason = str(s.code), str(s.operation), str(s.reason)
		f.statusCode, f.httpStatus = num(v, s.statusCode), num(v, s.httpStatus)
	case apiError:
		r := v.Field(s.response)
		if r.IsNil() {
			return f, false
		}
		r = r.Elem()
		f.status = int(num(r, s.respStatus))
		if s.respHeader >= 0 {
			f.header = r.Field(s.respHeader).Interface().(http.Header)
		}
		if s.respBody >= 0 {
			f.body = r.Field(s.respBody).Bytes()
		}
		f.requestID = str(s.requestID)
	}
	return f, true
}
