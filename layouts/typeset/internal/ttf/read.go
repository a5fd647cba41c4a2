package ttf

import (
	"encoding/binary"
	"errors"
	"fmt"
)

// Font file signatures (sfnt version or collection tag).
const (
	sigTrueType = 0x00010000
	sigApple    = 0x74727565 // "true"
	sigCFF      = 0x4F54544F // "OTTO"
	sigTTC      = 0x74746366 // "ttcf"
)

var errTruncated = errors.New("truncated data")

// sfnt is a parsed table directory: table tag to table bytes (sub-slices of the source).
type sfnt struct {
	tables map[string][]byte
}

// span returns b[off:off+n] or false when that range is not inside b.
func span(b []byte, off, n uint64) ([]byte, bool) {
	if off > uint64(len(b)) || n > uint64(len(b))-off {
		return nil, false
	}
	return b[off : off+n], true
}

// u16 reads a big-endian uint16 at off, reporting whether it was in bounds.
func u16(b []byte, off int) (uint16, bool) {
	if off < 0 || off+2 > len(b) {
		return 0, false
	}
	return binary.BigEndian.Uint16(b[off:]), true
}

// u32 reads a big-endian uint32 at off, reporting whether it was in bounds.
func u32(b []byte, off int) (uint32, bool) {
	if off < 0 || off+4 > len(b) {
		return 0, false
	}
	return binary.BigEndian.Uint32(b[off:]), true
}

// checkSignature rejects anything but a TrueType outline font.
func checkSignature(src []byte) error {
	sig, ok := u32(src, 0)
	if !ok {
		return errTruncated
	}
	switch sig {
	case sigTrueType, sigApple:
		return nil
	case sigCFF:
		return errors.New("cff outlines (OTTO) are not supported, need glyf outlines")
	case sigTTC:
		return errors.New("font collection (ttcf), extract a member with ExtractTTC first")
	}
	return fmt.Errorf("unknown font signature %#08x", sig)
}

// parseDirectory reads the table directory that starts at dirOff in file.
// Table offsets are relative to the start of file (as in collections).
// When a tag occurs more than once, the first record wins.
func parseDirectory(file []byte, dirOff uint64) (*sfnt, error) {
	head, ok := span(file, dirOff, 12)
	if !ok {
		return nil, fmt.Errorf("table directory: %w", errTruncated)
	}
	n := uint64(binary.BigEndian.Uint16(head[4:]))
	recs, ok := span(file, dirOff+12, 16*n)
	if !ok {
		return nil, fmt.Errorf("table directory: %w", errTruncated)
	}
	f := &sfnt{tables: make(map[string][]byte, n)}
	for i := uint64(0); i < n; i++ {
		rec := recs[16*i : 16*i+16]
		tag := string(rec[:4])
		off := uint64(binary.BigEndian.Uint32(rec[8:]))
		length := uint64(binary.BigEndian.Uint32(rec[12:]))
		data, ok := span(file, off, length)
		if !ok {
			return nil, fmt.Errorf("table %q: %w", tag, errTruncated)
		}
		if _, dup := f.tables[tag]; !dup {
			f.tables[tag] = data
		}
	}
	return f, nil
}

// table returns the named table, requiring at least minLen bytes.
func (f *sfnt) table(tag string, minLen int) ([]byte, error) {
	data, ok := f.tables[tag]
	if !ok {
		return nil, fmt.Errorf("%s: table missing", tag)
	}
	if len(data) < minLen {
		return nil, fmt.Errorf("%s: %w", tag, errTruncated)
	}
	return data, nil
}

// metrics is the horizontal metrics source: hmtx plus numberOfHMetrics.
type metrics struct {
	hmtx []byte
	nhm  int
}

// get returns the advance width and left side bearing of glyph gid, where glyphs
// past numberOfHMetrics reuse the last advance and read lsb from the trailing array.
func (m metrics) get(gid int) (adv, lsb uint16, err error) {
	var ok1, ok2 bool
	if gid < m.nhm {
		adv, ok1 = u16(m.hmtx, 4*gid)
		lsb, ok2 = u16(m.hmtx, 4*gid+2)
	} else {
		adv, ok1 = u16(m.hmtx, 4*(m.nhm-1))
		lsb, ok2 = u16(m.hmtx, 4*m.nhm+2*(gid-m.nhm))
	}
	if !ok1 || !ok2 {
		return 0, 0, fmt.Errorf("glyph %d: %w", gid, errTruncated)
	}
	return adv, lsb, nil
}
