package typeset

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"slices"
	"strconv"
	"strings"
)

// tag makes the PDF that fpdf wrote (and addFonts completed) a tagged
// PDF that PDF/UA-1 (ISO 14289-1) asks for: the structure tree the layout
// drew, its parent tree, /MarkInfo, XMP metadata that names the
// document's title, language and PDF/UA part, a viewer preference to show
// the title rather than the file name, each page's /StructParents and tab
// order, and version 1.7 in the header. Objects fpdf wrote keep their
// bytes; the new ones follow them.
func (d *Document) tag(pdf []byte) ([]byte, error) {
	x, err := readXref(pdf)
	if err != nil {
		return nil, fmt.Errorf("tagging: %w", err)
	}
	root, err := trailerRef(x.trailer, "/Root")
	if err != nil {
		return nil, fmt.Errorf("tagging: %w", err)
	}
	var pages []int // object numbers of the pages, in order
	for n := 1; n < len(x.offsets); n++ {
		if bytes.HasPrefix(pdf[x.offsets[n]:], []byte(strconv.Itoa(n)+" 0 obj\n<</Type /Page\n")) {
			pages = append(pages, n)
		}
	}
	if len(pages) != len(d.sheets) {
		return nil, fmt.Errorf("tagging: %d page objects for %d sheets", len(pages), len(d.sheets))
	}
	docElem := d.root() // a document with nothing drawn still has one
	first := len(x.offsets)
	treeRoot, parentTree, meta := first, first+1, first+2
	num := map[*elem]int{}
	for i, e := range d.elems {
		num[e] = first + 3 + i
	}
	var ins []insert
	for i, n := range pages {
		at := x.offsets[n] + len(strconv.Itoa(n)+" 0 obj\n<<")
		ins = append(ins, insert{at, fmt.Sprintf("/StructParents %d /Tabs /S\n", i)})
	}
	cat := x.offsets[root]
	at := bytes.Index(pdf[cat:], []byte("/Type /Catalog\n"))
	if at < 0 {
		return nil, fmt.Errorf("tagging: object %d is not the catalog", root)
	}
	ins = append(ins, insert{cat + at + len("/Type /Catalog\n"), fmt.Sprintf(
		"/MarkInfo <</Marked true>>\n/StructTreeRoot %d 0 R\n/Metadata %d 0 R\n/ViewerPreferences <</DisplayDocTitle true>>\n",
		treeRoot, meta)})

	objs := make([]string, 3+len(d.elems))
	objs[0] = fmt.Sprintf("<</Type /StructTreeRoot /K [%d 0 R] /ParentTree %d 0 R /ParentTreeNextKey %d>>",
		num[docElem], parentTree, len(d.sheets))
	var nums strings.Builder
	for i, s := range d.sheets {
		fmt.Fprintf(&nums, "%d [", i)
		for j, e := range s.parents {
			if j > 0 {
				nums.WriteByte(' ')
			}
			fmt.Fprintf(&nums, "%d 0 R", num[e])
		}
		nums.WriteString("] ")
	}
	objs[1] = "<</Nums [" + strings.TrimSpace(nums.String()) + "]>>"
	xmp := d.xmp()
	objs[2] = fmt.Sprintf("<</Type /Metadata /Subtype /XML /Length %d>>\nstream\n%s\nendstream", len(xmp), xmp)
	parent := map[*elem]int{docElem: treeRoot}
	for _, e := range d.elems {
		for _, k := range e.kids {
			parent[k] = num[e]
		}
	}
	for i, e := range d.elems {
		var b strings.Builder
		fmt.Fprintf(&b, "<</Type /StructElem /S /%s /P %d 0 R", e.role, parent[e])
		if e.lang != "" {
			b.WriteString(" /Lang <" + utf16hex(e.lang, true) + ">")
		}
		if e.alt != "" {
			b.WriteString(" /Alt <" + utf16hex(e.alt, true) + ">")
		}
		b.WriteString(" /K [")
		for j, k := range e.kids {
			if j > 0 {
				b.WriteByte(' ')
			}
			fmt.Fprintf(&b, "%d 0 R", num[k])
		}
		for j, m := range e.marks {
			if j > 0 || len(e.kids) > 0 {
				b.WriteByte(' ')
			}
			fmt.Fprintf(&b, "<</Type /MCR /Pg %d 0 R /MCID %d>>", pages[m.sheet], m.mcid)
		}
		b.WriteString("]>>")
		objs[3+i] = b.String()
	}
	pdf = slices.Clone(pdf)
	copy(pdf, "%PDF-1.7") // structure trees with /Lang and /Alt need 1.4; PDF/UA-1 builds on 1.7
	return rewrite(pdf, x, ins, objs), nil
}

// insert is text put into a PDF at a byte offset.
type insert struct {
	at   int
	text string
}

// rewrite puts ins into the objects of pdf, appends objs as new objects
// numbered from the end of its cross-reference table, and writes the
// table and trailer again.
func rewrite(pdf []byte, x xref, ins []insert, objs []string) []byte {
	slices.SortFunc(ins, func(a, b insert) int { return a.at - b.at })
	var out bytes.Buffer
	out.Grow(len(pdf) + 4096)
	last := 0
	for _, in := range ins {
		out.Write(pdf[last:in.at])
		out.WriteString(in.text)
		last = in.at
	}
	out.Write(pdf[last:x.at])
	shift := func(off int) int {
		moved := off
		for _, in := range ins {
			if in.at >= off {
				break
			}
			moved += len(in.text)
		}
		return moved
	}
	first := len(x.offsets)
	at := make([]int, len(objs))
	for i, o := range objs {
		at[i] = out.Len()
		fmt.Fprintf(&out, "%d 0 obj\n%s\nendobj\n", first+i, o)
	}
	xrefAt := out.Len()
	fmt.Fprintf(&out, "xref\n0 %d\n0000000000 65535 f \n", first+len(objs))
	for n := 1; n < first; n++ {
		fmt.Fprintf(&out, "%010d 00000 n \n", shift(x.offsets[n]))
	}
	for _, off := range at {
		fmt.Fprintf(&out, "%010d 00000 n \n", off)
	}
	out.Write(bytes.Replace(x.trailer, []byte("/Size "+strconv.Itoa(first)+"\n"),
		[]byte("/Size "+strconv.Itoa(first+len(objs))+"\n"), 1))
	fmt.Fprintf(&out, "startxref\n%d\n%%%%EOF\n", xrefAt)
	return out.Bytes()
}

// trailerRef reads the object number of an indirect reference in the
// trailer, such as /Root 8 0 R.
func trailerRef(trailer []byte, key string) (int, error) {
	i := bytes.Index(trailer, []byte(key+" "))
	if i < 0 {
		return 0, fmt.Errorf("no %s in the trailer", key)
	}
	f := strings.Fields(string(trailer[i+len(key):]))
	if len(f) < 3 || f[2] != "R" {
		return 0, fmt.Errorf("bad %s in the trailer", key)
	}
	return strconv.Atoi(f[0])
}

// xmp is the document's XMP metadata packet: its title and language in
// Dublin Core, the tool that made it, and the PDF/UA part it claims.
func (d *Document) xmp() string {
	esc := func(s string) string {
		var b strings.Builder
		xml.EscapeText(&b, []byte(s)) // writes to a strings.Builder cannot fail
		return b.String()
	}
	m := d.meta
	date := m.Created.UTC().Format("2006-01-02T15:04:05Z")
	return `<?xpacket begin="` + "\ufeff" + `" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:pdf="http://ns.adobe.com/pdf/1.3/" xmlns:xmp="http://ns.adobe.com/xap/1.0/" xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/">
<dc:format>application/pdf</dc:format>
<dc:title><rdf:Alt><rdf:li xml:lang="x-default">` + esc(m.Title) + `</rdf:li></rdf:Alt></dc:title>
<dc:description><rdf:Alt><rdf:li xml:lang="x-default">` + esc(m.Subject) + `</rdf:li></rdf:Alt></dc:description>
<dc:language><rdf:Bag><rdf:li>` + esc(m.Lang) + `</rdf:li></rdf:Bag></dc:language>
<pdf:Producer>` + esc(m.Creator) + `</pdf:Producer>
<xmp:CreatorTool>` + esc(m.Creator) + `</xmp:CreatorTool>
<xmp:CreateDate>` + date + `</xmp:CreateDate>
<xmp:ModifyDate>` + date + `</xmp:ModifyDate>
<pdfuaid:part>1</pdfuaid:part>
</rdf:Description>
</rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>`
}
