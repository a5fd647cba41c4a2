package ttf

import (
	"bytes"
	"encoding/binary"
	"math/bits"
	"sort"
)

// checkSumMagic is the constant from which head.checkSumAdjustment is derived.
const checkSumMagic = 0xB1B0AFBA

// tableOut is one table to be written to a font file.
type tableOut struct {
	tag  string
	data []byte
}

// checksum is the sfnt table checksum: the sum of big-endian uint32 words,
// with the data zero-padded to a multiple of 4.
func checksum(b []byte) uint32 {
	var sum uint32
	for len(b) >= 4 {
		sum += binary.BigEndian.Uint32(b)
		b = b[4:]
	}
	var last [4]byte
	copy(last[:], b)
	return sum + binary.BigEndian.Uint32(last[:])
}

// assemble writes a font file with the given sfnt version from tables: a
// directory sorted by tag with checksums, 4-byte aligned tables and, when there
// is a head table of at least 12 bytes, a correct checkSumAdjustment. The head
// data is modified. Tables with nil data (absent optional tables) are left out.
func assemble(version uint32, all []tableOut) []byte {
	var tables []tableOut
	for _, t := range all {
		if t.data != nil {
			tables = append(tables, t)
		}
	}
	sort.Slice(tables, func(i, j int) bool { return tables[i].tag < tables[j].tag })
	n := len(tables)
	size := 12 + 16*n
	for _, t := range tables {
		size += (len(t.data) + 3) &^ 3
	}
	out := make([]byte, 12+16*n, size)
	offsetTable(out, version, n)
	headAt := -1
	for i, t := range tables {
		if t.tag == "head" && len(t.data) >= 12 {
			binary.BigEndian.PutUint32(t.data[8:], 0)
			headAt = len(out)
		}
		rec := out[12+16*i:]
		copy(rec, t.tag)
		binary.BigEndian.PutUint32(rec[4:], checksum(t.data))
		binary.BigEndian.PutUint32(rec[8:], uint32(len(out)))
		binary.BigEndian.PutUint32(rec[12:], uint32(len(t.data)))
		out = append(out, t.data...)
		out = append(out, make([]byte, (4-len(out)%4)%4)...)
	}
	if headAt >= 0 {
		binary.BigEndian.PutUint32(out[headAt+8:], checkSumMagic-checksum(out))
	}
	return out
}

// offsetTable writes the 12-byte sfnt header for n tables at the start of out.
func offsetTable(out []byte, version uint32, n int) {
	entrySelector, searchRange := 0, 0
	if n > 0 {
		entrySelector = bits.Len(uint(n)) - 1
		searchRange = 16 << entrySelector
	}
	binary.BigEndian.PutUint32(out, version)
	binary.BigEndian.PutUint16(out[4:], uint16(n))
	binary.BigEndian.PutUint16(out[6:], uint16(searchRange))
	binary.BigEndian.PutUint16(out[8:], uint16(entrySelector))
	binary.BigEndian.PutUint16(out[10:], uint16(16*n-searchRange))
}

// clone returns a copy of b that the caller may modify.
func clone(b []byte) []byte { return bytes.Clone(b) }

// buildPost returns a 32-byte version 3.0 post table keeping italicAngle,
// underlinePosition, underlineThickness and isFixedPitch from src (if present).
func buildPost(src []byte) []byte {
	out := make([]byte, 32)
	binary.BigEndian.PutUint32(out, 0x00030000)
	if len(src) >= 16 {
		copy(out[4:16], src[4:16])
	}
	return out
}

// buildHmtx returns full longHorMetric records for the kept glyphs.
func buildHmtx(m metrics, kept []int) ([]byte, error) {
	out := make([]byte, 0, 4*len(kept))
	for _, gid := range kept {
		adv, lsb, err := m.get(gid)
		if err != nil {
			return nil, err
		}
		out = binary.BigEndian.AppendUint16(out, adv)
		out = binary.BigEndian.AppendUint16(out, lsb)
	}
	return out, nil
}
