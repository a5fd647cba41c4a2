package typeset

import (
	"bytes"
	"math"
	"testing"
	"time"
)

func TestAreaMovesAndTurns(t *testing.T) {
	doc := NewDocument(Meta{})
	p := doc.AddPage("t", 100, 100, Lang{"en", "Latn", false})
	err := p.Area("card", Box{10, 20, 40, 30}, 90, func(a *Page) error {
		if w, h := a.Size(); w != 30 || h != 40 {
			t.Errorf("turned area is %vx%v; want 30x40", w, h)
		}
		a.Fill("x", Box{0, 0, 30, 40}, Black)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	ops := p.sheet.ops
	if len(ops) != 3 {
		t.Fatalf("ops = %v; want turn, fill, end", ops)
	}
	turn, ok := ops[0].(opTurn)
	if !ok || turn.deg != 90 || turn.cx != 30 || turn.cy != 35 {
		t.Errorf("turn = %+v; want 90 degrees about the box centre (30, 35)", ops[0])
	}
	// unturned, the area's frame is 30x40 centred on the box's centre
	f := ops[1].(opFill)
	if math.Abs(f.box.X-15) > 1e-9 || math.Abs(f.box.Y-15) > 1e-9 {
		t.Errorf("fill at %v; want the frame's corner at (15, 15)", f.box)
	}
	if _, ok := ops[2].(opTurnEnd); !ok {
		t.Errorf("last op %T; want the end of the turn", ops[2])
	}
	if err := p.Area("bad", Box{}, 45, func(*Page) error { return nil }); err == nil {
		t.Error("a 45 degree turn was accepted")
	}
}

func TestTrimBoxes(t *testing.T) {
	doc := NewDocument(Meta{})
	p := doc.AddPage("card", 95.25, 57.15, Lang{"en", "Latn", false})
	p.SetTrim(Box{3.175, 3.175, 88.9, 50.8}, Box{0, 0, 95.25, 57.15})
	if _, err := doc.PDF(); err != nil {
		t.Fatal(err)
	}
}

// TestPageBoxesAreDeterministic renders a page with trim and bleed boxes
// many times: fpdf writes the boxes in map order, which lookout sorts. The
// creation date is fixed: with none, fpdf takes the clock, and a second
// that ticks over between two renders changed the bytes about one run in
// thirty.
func TestPageBoxesAreDeterministic(t *testing.T) {
	var first []byte
	for i := 0; i < 20; i++ {
		doc := NewDocument(Meta{Created: time.Unix(1767225600, 0).UTC()})
		p := doc.AddPage("card", 95.25, 57.15, Lang{"en", "Latn", false})
		p.SetTrim(Box{3.175, 3.175, 88.9, 50.8}, Box{0, 0, 95.25, 57.15})
		p.Fill("bg", Box{0, 0, 95.25, 57.15}, White)
		doc.AddPage("plain", 100, 100, Lang{"en", "Latn", false})
		b, err := doc.PDF()
		if err != nil {
			t.Fatal(err)
		}
		if first == nil {
			first = b
			if !bytes.Contains(b, []byte("/BleedBox [0.00 0.00 270.00 162.00]\n/TrimBox [9.00 9.00 261.00 153.00]\n")) {
				t.Fatalf("boxes not found in sorted order:\n%s", b[:300])
			}
		} else if !bytes.Equal(first, b) {
			t.Fatal("the same document rendered to different bytes")
		}
	}
}
