package serve

import (
	"archive/zip"
	"bytes"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"net/http"
	"strings"
	"sync"
	"time"

	"lookout/campaign"
	"lookout/layouts/typeset"
)

// request reads a form into Settings, or answers the request itself with
// what is wrong and returns ok false.
func (s *server) request(w http.ResponseWriter, r *http.Request) (f *form, st Settings, d *doc, ok bool) {
	f, err := readForm(r)
	if err != nil {
		var tl *tooLarge
		if errors.As(err, &tl) {
			field := tl.field
			if f := (&form{}).text(field); f == nil && field != "logo" && field != "base" && !strings.HasPrefix(field, "notice_") {
				field = "" // not one of the page's controls
			}
			problems(w, r, http.StatusRequestEntityTooLarge, Problem{Field: field, Message: err.Error(),
				Hint: fmt.Sprintf("a logo may be up to %d MB and a text field %d KB", maxLogo>>20, maxField>>10)})
			return nil, st, nil, false
		}
		var bt *badText
		if errors.As(err, &bt) {
			problems(w, r, http.StatusBadRequest, Problem{Message: err.Error(), Hint: "save the text as UTF-8"})
			return nil, st, nil, false
		}
		problems(w, r, http.StatusBadRequest, Problem{Message: err.Error(), Hint: "send the page's form"})
		return nil, st, nil, false
	}
	st, d, err = f.settings()
	if err != nil {
		problems(w, r, http.StatusUnprocessableEntity, Problem{Field: "base", Message: "the campaign file: " + err.Error(),
			Hint: "open a campaign file that 'lookout init' wrote or this page saved"})
		return nil, st, nil, false
	}
	return f, st, d, true
}

// make runs a render for the request; on failure it answers the request
// and returns ok false.
func (s *server) make(w http.ResponseWriter, r *http.Request, kitToo bool) (Result, bool) {
	f, st, d, ok := s.request(w, r)
	if !ok {
		return Result{}, false
	}
	mk := s.cfg.Maker.Make
	if kitToo {
		mk = s.cfg.Maker.Kit
	}
	var found []Problem
	res, err := s.render(r.Context(), func() (Result, error) {
		res, err := mk(st)
		if err != nil { // find the controls in the render's slot: it may decode the logo again
			found = s.locate(f, d, err)
		}
		return res, err
	})
	switch {
	case errors.Is(err, errBusy):
		busy(w)
		return res, false
	case err != nil:
		problems(w, r, http.StatusUnprocessableEntity, found...)
		return res, false
	}
	return res, true
}

// locate says what is wrong with a refused request, beside the controls
// concerned where it can tell which.
func (s *server) locate(f *form, d *doc, err error) []Problem {
	msg, hint := s.cfg.Maker.Explain(err)
	var found []Problem
	if strings.HasPrefix(msg, CampaignName+":") {
		found = f.locate(d, f.Logo)
	}
	if len(found) == 0 {
		found = []Problem{{Field: guessField(msg), Message: atRE.ReplaceAllString(msg, ""), Hint: hint}}
	}
	return found
}

// preview answers with every file the settings make, for the page to show.
func (s *server) preview(w http.ResponseWriter, r *http.Request) {
	res, ok := s.make(w, r, false)
	if !ok {
		return
	}
	type file struct {
		Name string `json:"name"`
		PDF  string `json:"pdf,omitempty"`  // base64
		Text string `json:"text,omitempty"` // a checklist
	}
	out := struct {
		Files []file   `json:"files"`
		Notes []string `json:"notes"`
	}{Notes: res.Notes}
	for _, f := range res.Files {
		if strings.HasSuffix(f.Name, ".pdf") {
			out.Files = append(out.Files, file{Name: f.Name, PDF: base64.StdEncoding.EncodeToString(f.Data)})
		} else {
			out.Files = append(out.Files, file{Name: f.Name, Text: string(f.Data)})
		}
	}
	writeJSON(w, http.StatusOK, out)
}

// pdf answers with the PDF the settings make, or a zip when they make
// several (one per language) or a notice with its checklist.
func (s *server) pdf(w http.ResponseWriter, r *http.Request) {
	res, ok := s.make(w, r, false)
	if !ok {
		return
	}
	if len(res.Files) == 1 {
		attach(w, "application/pdf", res.Files[0].Name, res.Files[0].Data)
		return
	}
	s.zip(w, "lookout-pieces.zip", res.Files)
}

// kit answers with the whole kit as a zip: every PDF, the checklists and
// manifest.json, as `lookout kit` writes them into its folder.
func (s *server) kit(w http.ResponseWriter, r *http.Request) {
	res, ok := s.make(w, r, true)
	if !ok {
		return
	}
	s.zip(w, "lookout-typeset.zip", res.Files)
}

// zipTime is the time every zip entry carries, so the same files make the
// same zip.
var zipTime = time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)

func (s *server) zip(w http.ResponseWriter, name string, files []File) {
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, f := range files {
		method := zip.Deflate
		if strings.HasSuffix(f.Name, ".pdf") {
			method = zip.Store // already compressed
		}
		fw, err := zw.CreateHeader(&zip.FileHeader{Name: f.Name, Method: method, Modified: zipTime})
		if err == nil {
			_, err = fw.Write(f.Data)
		}
		if err != nil {
			http.Error(w, "making the zip failed", http.StatusInternalServerError)
			return
		}
	}
	if err := zw.Close(); err != nil {
		http.Error(w, "making the zip failed", http.StatusInternalServerError)
		return
	}
	attach(w, "application/zip", name, buf.Bytes())
}

// save answers with the page's settings as a campaign file.
func (s *server) save(w http.ResponseWriter, r *http.Request) {
	if _, st, _, ok := s.request(w, r); ok {
		attach(w, "application/yaml", CampaignName, st.Campaign)
	}
}

// stubLogo stands in for the logo a campaign file names while the page
// checks the file: the page has only the file, not the picture beside it.
// It is drawn when first asked for: encoding it at start-up took every
// run of lookout a third of a millisecond and a megabyte.
var stubLogo = sync.OnceValue(func() []byte {
	img := image.NewGray(image.Rect(0, 0, typeset.MinImageSide, typeset.MinImageSide))
	for i := range img.Pix {
		img.Pix[i] = color.Gray{Y: 128}.Y
	}
	var b bytes.Buffer
	_ = png.Encode(&b, img)
	return b.Bytes()
})

// open reads a campaign file (the form's "base") as the CLI would and
// answers with the values of the page's controls, and the file itself,
// which the page keeps for what it has no control for.
func (s *server) open(w http.ResponseWriter, r *http.Request) {
	f, err := readForm(r)
	if err != nil {
		problems(w, r, http.StatusRequestEntityTooLarge, Problem{Field: "base", Message: err.Error(), Hint: "open a campaign file"})
		return
	}
	_, err = campaign.LoadFile(CampaignName, f.Base, func(string) ([]byte, error) { return stubLogo(), nil })
	if err != nil {
		msg, hint := s.cfg.Maker.Explain(err)
		problems(w, r, http.StatusUnprocessableEntity, Problem{Field: "base", Message: msg, Hint: hint})
		return
	}
	d, err := parseDoc(f.Base)
	if err != nil {
		problems(w, r, http.StatusUnprocessableEntity, Problem{Field: "base", Message: err.Error()})
		return
	}
	writeJSON(w, http.StatusOK, struct {
		Values map[string]any `json:"values"`
		Base   string         `json:"base"`
		Logo   string         `json:"logo,omitempty"` // the logo file it names: choose it again
	}{d.values(f.Piece), string(f.Base), d.Organisation.Logo})
}

// values are a campaign file's settings as the page's controls hold them;
// the inverse of overlay.
func (d *doc) values(p Piece) map[string]any {
	v := map[string]any{
		"org": d.Organisation.Name, "colour": d.Organisation.Colour, "hotline": d.Hotline.Preset,
		"local_name": d.LocalContact.Name, "local_phone": d.LocalContact.Phone, "url": d.QR.URL,
		"tracking": d.QR.Tracking[p.Layout], "lang": d.Languages, "together": len(d.Together) > 0,
		"paper": d.Paper, "comply": "", "local_lang": "",
	}
	if d.Hotline.Preset == "" {
		v["hotline"] = campaign.DefaultHotline
	}
	if a, ok := d.Audiences[p.Audience]; ok {
		v["pack"] = a.Pack
	}
	if c := d.Compliance; c != nil {
		v["comply"], v["local_lang"] = c.Preset, strings.Join(c.LocalLanguages, ", ")
		for tag, text := range c.NoticeText {
			v["notice_"+tag] = text
		}
	}
	return v
}

func attach(w http.ResponseWriter, typ, name string, data []byte) {
	w.Header().Set("Content-Type", typ)
	w.Header().Set("Content-Disposition", fmt.Sprintf("attachment; filename=%q", name))
	w.Header().Set("Content-Length", fmt.Sprint(len(data)))
	w.Write(data)
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(v)
}

// problems answers with what is wrong: JSON for the page's script, a
// short page for a browser without it.
func problems(w http.ResponseWriter, r *http.Request, status int, ps ...Problem) {
	if strings.Contains(r.Header.Get("Accept"), "application/json") {
		writeJSON(w, status, struct {
			Problems []Problem `json:"problems"`
		}{ps})
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.WriteHeader(status)
	pageTmpl().ExecuteTemplate(w, "problems", ps)
}
