package ttf

import (
	"encoding/binary"
	"errors"
	"fmt"
)

// ExtractTTC returns member i of a TrueType Collection as a standalone font file.
// All tables of the member are copied (shared tables are duplicated), sorted by
// tag, with fresh checksums and checkSumAdjustment.
func ExtractTTC(ttc []byte, i int) ([]byte, error) {
	tag, ok := u32(ttc, 0)
	if !ok || tag != sigTTC {
		return nil, errors.New("ttf extract: not a font collection (missing ttcf tag)")
	}
	count, ok := u32(ttc, 8)
	if !ok {
		return nil, fmt.Errorf("ttf extract: header: %w", errTruncated)
	}
	if i < 0 || uint64(i) >= uint64(count) {
		return nil, fmt.Errorf("ttf extract: member %d out of range (collection has %d)", i, count)
	}
	rec, ok := span(ttc, 12+4*uint64(i), 4)
	if !ok {
		return nil, fmt.Errorf("ttf extract: offset table: %w", errTruncated)
	}
	dirOff := binary.BigEndian.Uint32(rec)
	f, err := parseDirectory(ttc, uint64(dirOff))
	if err != nil {
		return nil, fmt.Errorf("ttf extract: member %d: %w", i, err)
	}
	// parseDirectory checked that the 12-byte offset table is present.
	version := binary.BigEndian.Uint32(ttc[dirOff:])
	return assemble(version, f.sortedTables(nil)), nil
}
