package campaign

import (
	"bytes"
	"fmt"
	"unicode/utf8"

	"github.com/goccy/go-yaml/ast"
	"github.com/goccy/go-yaml/lexer"
	"github.com/goccy/go-yaml/token"
)

// A campaign file may come from anyone (through `lookout serve`, from a
// stranger), and the YAML parser's time grows with the square of a file's
// nesting depth and of its number of keys: 40 000 keys took a minute,
// 100 000 levels of brackets did not finish. So before the parser sees a
// file, its tokens — which the lexer reads in one linear pass — are
// counted against these limits, each far above what a campaign file needs
// (the starter file has five levels, about 40 keys and no aliases).
//
// Another parser was considered: go.yaml.in/yaml/v3 (already in the module
// graph through pdfcpu) has depth and alias-expansion limits of its own and
// decodes an unquoted 0123 into a text field as written. It was not
// adopted: with this pre-scan goccy is bounded too (every hostile file is
// answered in well under a second), text fields are taken as written here
// (asWritten), and goccy's tree, with a token behind every node, carries
// the line-and-column error messages and "did you mean" hints the tests
// pin; moving would rewrite those for no gain a user would see.
const (
	// MaxCampaignFile is the largest campaign file lookout reads, in bytes.
	MaxCampaignFile = 256 << 10
	// MaxYAMLDepth is how deeply lists and mappings may nest.
	MaxYAMLDepth = 16
	// MaxYAMLKeys is how many keys a campaign file may have in all.
	MaxYAMLKeys = 1000
	// MaxYAMLTokens is how many tokens (keys, values, brackets) it may have.
	MaxYAMLTokens = 20000
	// MaxYAMLAliases is how many aliases (*name) it may use.
	MaxYAMLAliases = 64
	// MaxYAMLNodes is how many values it may hold once every alias is
	// expanded, so that aliases of aliases cannot multiply it.
	MaxYAMLNodes = 20000
)

// checkEncoding refuses a file that is not UTF-8 text, saying what it is,
// and returns it without a UTF-8 byte order mark (YAML allows one at the
// start, and Windows editors write it).
func checkEncoding(name string, src []byte) ([]byte, error) {
	const fix = "save the file as UTF-8 (in most editors: Save As, Encoding: UTF-8)"
	if bytes.HasPrefix(src, []byte{0xFF, 0xFE}) || bytes.HasPrefix(src, []byte{0xFE, 0xFF}) ||
		(len(src) > 1 && (src[0] == 0 || src[1] == 0)) {
		return nil, inputErr(fix, "%s: the file is UTF-16 text; lookout reads UTF-8", name)
	}
	src = bytes.TrimPrefix(src, []byte{0xEF, 0xBB, 0xBF})
	if utf8.Valid(src) {
		return src, nil
	}
	line, col := 1, 1
	for i := 0; i < len(src); {
		r, n := utf8.DecodeRune(src[i:])
		if r == utf8.RuneError && n <= 1 {
			return nil, inputErr(fix, "%s:%d:%d: the byte 0x%02X is not UTF-8 text (the file may be Latin-1 or Windows-1252)", name, line, col, src[i])
		}
		if r == '\n' {
			line, col = line+1, 0
		}
		col++
		i += n
	}
	return src, nil
}

// checkBudget counts a file's tokens against the limits above, before the
// parser sees it, and refuses the first that goes past one with its
// position.
func checkBudget(name string, src []byte) error {
	toks := lexer.Tokenize(string(src))
	if len(toks) > MaxYAMLTokens {
		return budgetErr(name, toks[MaxYAMLTokens], "the file has more than %d keys, values and brackets", MaxYAMLTokens)
	}
	var (
		block   []int // the columns of the block lists and mappings open here
		flow    int   // brackets open here
		keys    int
		aliases int
	)
	for i, tk := range toks {
		switch tk.Type {
		case token.SequenceStartType, token.MappingStartType:
			flow++
		case token.SequenceEndType, token.MappingEndType:
			flow = max(flow-1, 0)
		case token.AliasType:
			if aliases++; aliases > MaxYAMLAliases {
				return budgetErr(name, tk, "the file has more than %d aliases (*name)", MaxYAMLAliases)
			}
		case token.MappingValueType, token.MappingKeyType, token.SequenceEntryType:
			if tk.Type != token.SequenceEntryType {
				if keys++; keys > MaxYAMLKeys {
					return budgetErr(name, tk, "the file has more than %d keys", MaxYAMLKeys)
				}
			}
			if flow > 0 {
				break
			}
			col := tk.Position.Column
			if tk.Type == token.MappingValueType && i > 0 {
				col = toks[i-1].Position.Column // the key's column, not the colon's
			}
			for len(block) > 0 && block[len(block)-1] > col {
				block = block[:len(block)-1]
			}
			if len(block) == 0 || block[len(block)-1] < col {
				block = append(block, col)
			}
		default:
			continue
		}
		if len(block)+flow > MaxYAMLDepth {
			return budgetErr(name, tk, "lists and mappings nest more than %d deep", MaxYAMLDepth)
		}
	}
	return nil
}

func budgetErr(name string, tk *token.Token, format string, args ...any) error {
	return inputErr("a campaign file needs only a few levels and keys; compare it with the starter file 'lookout init' writes",
		"%s: %s", position(name, tk), fmt.Sprintf(format, args...))
}

// checkExpansion counts the values a parsed file holds once its aliases
// are expanded, refusing more than MaxYAMLNodes: an anchor defined once
// and aliased in many places counts in every place. Anchors come before
// their aliases in a YAML file, so one walk in file order sees each
// anchor's size before any alias of it.
func checkExpansion(name string, root ast.Node) error {
	sizes := map[string]int{}
	var total int
	var walk func(n ast.Node) int
	walk = func(n ast.Node) int {
		if n == nil || total > MaxYAMLNodes {
			return 0
		}
		size := 1
		switch v := n.(type) {
		case *ast.AnchorNode:
			size = walk(v.Value)
			sizes[v.Name.GetToken().Value] = size
			return size
		case *ast.AliasNode:
			size = sizes[v.Value.GetToken().Value]
			total += size
			return size
		case *ast.TagNode:
			return walk(v.Value)
		case *ast.SequenceNode:
			for _, x := range v.Values {
				size += walk(x)
			}
		case *ast.MappingNode:
			for _, x := range v.Values {
				size += walk(x)
			}
		case *ast.MappingValueNode:
			size = walk(v.Key) + walk(v.Value)
			return size
		case *ast.MappingKeyNode:
			return walk(v.Value)
		}
		total++
		return size
	}
	walk(root)
	if total > MaxYAMLNodes {
		return inputErr("use fewer aliases (*name), or write the values out",
			"%s: the file holds more than %d values once its aliases are expanded", name, MaxYAMLNodes)
	}
	return nil
}
