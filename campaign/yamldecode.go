package campaign

import (
	"fmt"
	"reflect"
	"sort"
	"strings"

	"github.com/goccy/go-yaml"
	"github.com/goccy/go-yaml/ast"
	"github.com/goccy/go-yaml/token"
)

// decodeOptions are how lookout decodes every YAML file it reads.
func decodeOptions() []yaml.DecodeOption {
	return []yaml.DecodeOption{yaml.Strict(), yaml.DisallowUnknownField()}
}

// decodeAsWritten decodes a parsed YAML file into v, every text field
// exactly as the file spells it (see asWritten).
func decodeAsWritten(root ast.Node, v any) error {
	if root == nil {
		return nil // an empty file, or one of comments only: every default
	}
	asWritten(root, reflect.TypeOf(v), func(n ast.Node) { root = n })
	return yaml.NodeToValue(root, v, decodeOptions()...)
}

// asWritten makes every value that the schema type t reads as text, and
// that YAML would read as a number or a truth value, text spelled as in
// the file, replacing the node through set. YAML reads an unquoted
// 02071234567 as the octal number 283457911, 0x5550100 as 89456896 and
// +15550100 as 15550100: decoded through a number into text, a phone
// number would print as another number.
func asWritten(n ast.Node, t reflect.Type, set func(ast.Node)) {
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	switch v := n.(type) {
	case *ast.AnchorNode:
		asWritten(v.Value, t, func(m ast.Node) { v.Value = m })
	case *ast.TagNode:
		asWritten(v.Value, t, func(m ast.Node) { v.Value = m })
	case *ast.IntegerNode, *ast.FloatNode, *ast.BoolNode, *ast.InfinityNode, *ast.NanNode:
		if t.Kind() == reflect.String {
			tk := *n.GetToken()
			tk.Type = token.StringType
			set(ast.String(&tk))
		}
	case *ast.SequenceNode:
		if t.Kind() == reflect.Slice {
			for i := range v.Values {
				asWritten(v.Values[i], t.Elem(), func(m ast.Node) { v.Values[i] = m })
			}
		}
	default:
		for _, kv := range pairs(n) {
			if ft, ok := fieldType(t, kv.Key.GetToken().Value); ok {
				asWritten(kv.Value, ft, func(m ast.Node) { kv.Value = m })
			}
		}
	}
}

// firstUnknownKey returns the first key, in the file's order, that the
// schema type t has no field for (nil when there is none), with the type
// of the mapping it stands in. goccy's own check reports whichever unknown
// key its map iteration meets first.
func firstUnknownKey(n ast.Node, t reflect.Type) (ast.Node, reflect.Type) {
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	if seq, ok := unwrap(n).(*ast.SequenceNode); ok && t.Kind() == reflect.Slice {
		for _, v := range seq.Values {
			if k, kt := firstUnknownKey(v, t.Elem()); k != nil {
				return k, kt
			}
		}
		return nil, nil
	}
	if t.Kind() != reflect.Struct && t.Kind() != reflect.Map {
		return nil, nil
	}
	for _, kv := range pairs(n) {
		ft, ok := fieldType(t, kv.Key.GetToken().Value)
		if !ok {
			return kv.Key, t
		}
		if k, kt := firstUnknownKey(kv.Value, ft); k != nil {
			return k, kt
		}
	}
	return nil, nil
}

// unknownKeyErr says that key is not one of t's, naming the keys that are
// and the nearest one.
func unknownKeyErr(name string, key ast.Node, t reflect.Type) error {
	k := key.GetToken().Value
	keys := fieldKeys(t)
	sort.Strings(keys)
	hint := "the keys here are: " + strings.Join(keys, ", ")
	if near := closest(k, keys); near != "" {
		hint = fmt.Sprintf("did you mean %s? (the keys here are: %s)", near, strings.Join(keys, ", "))
	}
	return inputErr(hint, "%s: unknown key %q", position(name, key.GetToken()), clip(k))
}
