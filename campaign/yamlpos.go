package campaign

import (
	"errors"
	"fmt"
	"reflect"
	"strings"

	"github.com/goccy/go-yaml"
	"github.com/goccy/go-yaml/ast"
	"github.com/goccy/go-yaml/parser"
	"github.com/goccy/go-yaml/token"
)

// yamlDoc is a YAML file kept as a tree, so a value found wrong after
// decoding can still be reported at its line and column.
type yamlDoc struct {
	name string
	root ast.Node
}

func parseYAMLDoc(name string, src []byte) (*yamlDoc, error) {
	f, err := parser.ParseBytes(src, 0)
	if err != nil {
		return nil, err
	}
	d := &yamlDoc{name: name}
	if len(f.Docs) > 0 {
		d.root = f.Docs[0].Body
	}
	return d, nil
}

// unwrap looks through anchors and tags to the value they mark.
func unwrap(n ast.Node) ast.Node {
	for {
		switch v := n.(type) {
		case *ast.AnchorNode:
			n = v.Value
		case *ast.TagNode:
			n = v.Value
		default:
			return n
		}
	}
}

// pairs returns a mapping's key-value pairs, nil when n is no mapping.
func pairs(n ast.Node) []*ast.MappingValueNode {
	switch v := unwrap(n).(type) {
	case *ast.MappingNode:
		return v.Values
	case *ast.MappingValueNode:
		return []*ast.MappingValueNode{v}
	}
	return nil
}

// node returns the node at path (map keys as strings, list indexes as
// ints), or the deepest node on the way when the path goes further than
// the file does.
func (d *yamlDoc) node(path ...any) ast.Node {
	n := d.root
	for _, step := range path {
		var next ast.Node
		switch s := step.(type) {
		case string:
			for _, kv := range pairs(n) {
				if kv.Key.GetToken().Value == s {
					next = kv.Value
				}
			}
		case int:
			if seq, ok := unwrap(n).(*ast.SequenceNode); ok && s < len(seq.Values) {
				next = seq.Values[s]
			}
		}
		if next == nil {
			break
		}
		n = next
	}
	return n
}

// at returns "file:line:column" of the value at path.
func (d *yamlDoc) at(path ...any) string {
	n := d.node(path...)
	if n == nil || n.GetToken() == nil {
		return d.name
	}
	return position(d.name, n.GetToken())
}

func position(name string, tk *token.Token) string {
	return fmt.Sprintf("%s:%d:%d", name, tk.Position.Line, tk.Position.Column)
}

// keyErrorf is a mistake in the key that ends path, with its position.
func (d *yamlDoc) keyErrorf(path []any, hint, format string, args ...any) error {
	at := d.name
	if len(path) > 0 {
		for _, kv := range pairs(d.node(path[:len(path)-1]...)) {
			if kv.Key.GetToken().Value == path[len(path)-1] {
				at = position(d.name, kv.Key.GetToken())
			}
		}
	}
	return inputErr(hint, "%s: %s", at, fmt.Sprintf(format, args...))
}

// errorf is a mistake in the file at path, with its position.
func (d *yamlDoc) errorf(path []any, hint, format string, args ...any) error {
	return inputErr(hint, "%s: %s", d.at(path...), fmt.Sprintf(format, args...))
}

// decodeError turns a decoding error into one line: where, what is wrong,
// and what was expected there.
func decodeError(name string, schema reflect.Type, d *yamlDoc, err error) error {
	var ye yaml.Error
	if !errors.As(err, &ye) || ye.GetToken() == nil {
		return inputErr("compare it with the starter file 'lookout init' writes", "%s: %v", name, err)
	}
	at := position(name, ye.GetToken())
	var uf *yaml.UnknownFieldError
	var te *yaml.TypeError
	switch {
	case errors.As(err, &uf):
		path, _ := d.pathTo(ye.GetToken())
		if len(path) > 0 {
			if t, ok := typeAt(schema, path[:len(path)-1]); ok {
				return unknownKeyErr(name, &ast.StringNode{BaseNode: &ast.BaseNode{}, Token: ye.GetToken()}, t)
			}
		}
		return inputErr("compare it with the starter file 'lookout init' writes", "%s: unknown key %q", at, clip(ye.GetToken().Value))
	case errors.As(err, &te):
		return inputErr("the starter file 'lookout init' writes explains every key", "%s: expected %s, not %s", at, expected(te.DstType), describe(ye.GetToken()))
	}
	var ut *yaml.UnexpectedNodeTypeError
	if errors.As(err, &ut) {
		if path, _ := d.pathTo(ye.GetToken()); path != nil {
			if t, ok := typeAt(schema, path); ok {
				return inputErr("the starter file 'lookout init' writes explains every key", "%s: expected %s, not %s", at, expected(t), describe(ye.GetToken()))
			}
		}
	}
	return inputErr("check the YAML syntax near there (indentation, colons, quotes)", "%s: %s", at, ye.GetMessage())
}

// describe says what a token holds, for an error message.
func describe(tk *token.Token) string {
	switch tk.Type {
	case token.MappingStartType, token.MappingValueType:
		return "a mapping"
	case token.SequenceStartType, token.SequenceEntryType:
		return "a list"
	}
	return fmt.Sprintf("%q", clip(tk.Value))
}

// expected names what a Go type reads from YAML.
func expected(t reflect.Type) string {
	switch t.Kind() {
	case reflect.String:
		return "text"
	case reflect.Bool:
		return "true or false"
	case reflect.Float32, reflect.Float64, reflect.Int, reflect.Int64:
		return "a number"
	case reflect.Slice:
		return "a list such as [a, b] of " + strings.TrimPrefix(expected(t.Elem()), "a ")
	case reflect.Map:
		return "a mapping of names to " + expected(t.Elem())
	case reflect.Pointer:
		return expected(t.Elem())
	}
	return "a mapping of the keys " + strings.Join(fieldKeys(t), ", ")
}

// fieldKeys lists the YAML keys of a struct type.
func fieldKeys(t reflect.Type) []string {
	for t.Kind() == reflect.Pointer || t.Kind() == reflect.Slice || t.Kind() == reflect.Map {
		t = t.Elem()
	}
	if t.Kind() != reflect.Struct {
		return nil
	}
	var out []string
	for i := range t.NumField() {
		if k, _, _ := strings.Cut(t.Field(i).Tag.Get("yaml"), ","); k != "" && k != "-" {
			out = append(out, k)
		}
	}
	return out
}

// pathTo returns the path to the value or key at the token's position,
// and whether the token is a key.
func (d *yamlDoc) pathTo(tk *token.Token) (path []any, isKey bool) {
	same := func(n ast.Node) bool {
		t := n.GetToken()
		return t != nil && t.Position.Line == tk.Position.Line && t.Position.Column == tk.Position.Column
	}
	var walk func(n ast.Node, path []any) ([]any, bool, bool)
	walk = func(n ast.Node, path []any) ([]any, bool, bool) {
		if n == nil {
			return nil, false, false
		}
		if seq, ok := unwrap(n).(*ast.SequenceNode); ok {
			for i, v := range seq.Values {
				if p, k, ok := walk(v, append(path, i)); ok {
					return p, k, true
				}
			}
		}
		for _, kv := range pairs(n) {
			key := append(append([]any(nil), path...), kv.Key.GetToken().Value)
			if same(kv.Key) {
				return key, true, true
			}
			if p, k, ok := walk(kv.Value, key); ok {
				return p, k, true
			}
		}
		if same(n) {
			return path, false, true
		}
		return nil, false, false
	}
	p, k, _ := walk(d.root, nil)
	return p, k
}

// typeAt returns the schema's type at path.
func typeAt(t reflect.Type, path []any) (reflect.Type, bool) {
	for _, step := range path {
		for t.Kind() == reflect.Pointer {
			t = t.Elem()
		}
		switch s := step.(type) {
		case int:
			if t.Kind() != reflect.Slice {
				return nil, false
			}
			t = t.Elem()
		case string:
			ft, ok := fieldType(t, s)
			if !ok {
				return nil, false
			}
			t = ft
		}
	}
	return t, true
}

// closest returns the key within two edits of s, if one is.
func closest(s string, keys []string) string {
	best, dist := "", 3
	for _, k := range keys {
		if d := editDistance(s, k); d < dist {
			best, dist = k, d
		}
	}
	return best
}

func editDistance(a, b string) int {
	prev := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur := make([]int, len(b)+1)
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev = cur
	}
	return prev[len(b)]
}

// fieldType is the type of a struct's field with the YAML key, or a map's
// values.
func fieldType(t reflect.Type, key string) (reflect.Type, bool) {
	switch t.Kind() {
	case reflect.Map:
		return t.Elem(), true
	case reflect.Struct:
		for i := range t.NumField() {
			if k, _, _ := strings.Cut(t.Field(i).Tag.Get("yaml"), ","); k == key {
				return t.Field(i).Type, true
			}
		}
	}
	return nil, false
}
