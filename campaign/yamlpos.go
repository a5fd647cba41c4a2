package campaign

import (
	"errors"
	"fmt"
	"reflect"
	"sort"
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

// errorf is a mistake in the file at path, with its position.
func (d *yamlDoc) errorf(path []any, hint, format string, args ...any) error {
	return inputErr(hint, "%s: %s", d.at(path...), fmt.Sprintf(format, args...))
}

// decodeError turns a decoding error into one line: where, what is wrong,
// and what was expected there.
func decodeError(name string, schema reflect.Type, d *yamlDoc, err error) error {
	var ye yaml.Error
	if !errors.As(err, &ye) || ye.GetToken() == nil {
		return inputErr("check the file against 'lookout init''s starter", "%s: %v", name, err)
	}
	at := position(name, ye.GetToken())
	var uf *yaml.UnknownFieldError
	var te *yaml.TypeError
	switch {
	case errors.As(err, &uf):
		key := ye.GetToken().Value
		keys := d.keysAround(ye.GetToken(), schema)
		hint := "the keys here are: " + strings.Join(keys, ", ")
		if near := closest(key, keys); near != "" {
			hint = fmt.Sprintf("did you mean %s? (the keys here are: %s)", near, strings.Join(keys, ", "))
		}
		return inputErr(hint, "%s: unknown key %q", at, key)
	case errors.As(err, &te):
		return inputErr("see the comments in 'lookout init''s starter file", "%s: expected %s, not %s", at, expected(te.DstType), describe(ye.GetToken()))
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
	return fmt.Sprintf("%q", tk.Value)
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

// keysAround finds the mapping that holds the key token and returns the
// keys the schema allows there.
func (d *yamlDoc) keysAround(tk *token.Token, schema reflect.Type) []string {
	var walk func(n ast.Node, t reflect.Type) []string
	walk = func(n ast.Node, t reflect.Type) []string {
		for t.Kind() == reflect.Pointer {
			t = t.Elem()
		}
		if seq, ok := unwrap(n).(*ast.SequenceNode); ok && t.Kind() == reflect.Slice {
			for _, v := range seq.Values {
				if k := walk(v, t.Elem()); k != nil {
					return k
				}
			}
		}
		for _, kv := range pairs(n) {
			if k := kv.Key.GetToken(); k.Position.Line == tk.Position.Line && k.Position.Column == tk.Position.Column {
				return fieldKeys(t)
			}
			if ft, ok := fieldType(t, kv.Key.GetToken().Value); ok {
				if k := walk(kv.Value, ft); k != nil {
					return k
				}
			}
		}
		return nil
	}
	keys := walk(d.root, schema)
	sort.Strings(keys)
	return keys
}

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
