package main

import (
	"context"
	"fmt"
	"time"

	"github.com/spf13/cobra"

	"lookout/campaign"
	"lookout/serve"
)

type serveOptions struct {
	addr   string
	public bool
	date   string
}

func newServeCmd(env environ) *cobra.Command {
	o := &serveOptions{}
	c := &cobra.Command{
		Use:   "serve",
		Short: "Serve a web page that makes any piece, for people who never open a terminal",
		Long: `serve starts a web server with one page that makes any piece lookout makes:
choose the layout, languages, hotline, organisation, logo and posting law,
see a preview of the exact PDF, download it or the whole kit as a zip, and
save the settings as a campaign file that 'lookout make --campaign' reads.
Everything it needs is built in: it works offline.

It listens on 127.0.0.1:8080, this computer only, unless --addr says
otherwise; an address other machines can reach needs --public. Behind a
reverse proxy it may face the internet: requests, uploads and fields are
limited, renders wait in a queue one per core long (beyond it: 503 with
Retry-After), nothing a user sends is written to disk, and every response
carries a strict Content-Security-Policy. SIGTERM or Ctrl-C stops it once
the renders in flight are done. /healthz answers "ok". It logs one line per
request on stderr, never what was typed.

The creation date in each PDF is --date, else SOURCE_DATE_EPOCH, else the
day of the request (midnight UTC): 'lookout make' with the saved campaign
file and --date of that day writes the same bytes.`,
		Example: `  lookout serve
  lookout serve --addr 127.0.0.1:9000
  lookout serve --addr :8080 --public     # behind a reverse proxy, or in a container`,
		Args: noArgs,
		RunE: func(c *cobra.Command, _ []string) error {
			if err := serve.CheckAddr(o.addr, o.public); err != nil {
				return misuse("add --public to serve other machines (behind a reverse proxy with TLS), or use 127.0.0.1:PORT", "%v", err)
			}
			if _, err := creationDate(o.date, env); err != nil {
				return err
			}
			cfg := serve.Config{Addr: o.addr, Public: o.public, Maker: pageMaker{env: env, date: o.date}, Log: c.ErrOrStderr()}
			return serve.Run(context.Background(), cfg, func(addr string) {
				fmt.Fprintf(c.OutOrStdout(), "lookout: serving on http://%s/ (Ctrl-C stops it)\n", addr)
			})
		},
	}
	f := c.Flags()
	f.StringVar(&o.addr, "addr", "127.0.0.1:8080", "address to listen on, host:port")
	f.BoolVar(&o.public, "public", false, "allow an address other machines can reach (put a reverse proxy with TLS in front)")
	f.StringVar(&o.date, "date", "", "creation date for the PDFs, YYYY-MM-DD or RFC 3339 (default: SOURCE_DATE_EPOCH, else the day of the request)")
	return c
}

// pageMaker makes what the page asks for with make's and kit's own code:
// the page's settings are a campaign file and make's flags.
type pageMaker struct {
	env  environ
	date string
}

// load reads the page's campaign file as --campaign would, and the
// overrides make's flags would give (see campaign.Resolve): a control the
// page left empty is a flag not given.
func (m pageMaker) load(s serve.Settings) (*campaign.File, campaign.Overrides, error) {
	created, err := m.created()
	if err != nil {
		return nil, campaign.Overrides{}, err
	}
	f, err := campaign.LoadFile(serve.CampaignName, s.Campaign, func(p string) ([]byte, error) {
		if s.Logo != nil && p == s.LogoName {
			return s.Logo, nil
		}
		return nil, fmt.Errorf("open %s: the logo was not sent again", p)
	})
	if err != nil {
		return nil, campaign.Overrides{}, err
	}
	p := s.Piece
	ov := campaign.Overrides{Grayscale: p.Grayscale, Created: created, Creator: "lookout " + version}
	str := func(v string) *string {
		if v == "" {
			return nil
		}
		return &v
	}
	ov.Variant, ov.Size, ov.Audience = str(p.Variant), str(p.Size), str(p.Audience)
	if p.TearOffs != 0 {
		ov.TearOffs = &p.TearOffs
	}
	return f, ov, nil
}

// created is the PDFs' creation date: --date, SOURCE_DATE_EPOCH, else
// today at midnight UTC, so a preview and its download are the same bytes.
func (m pageMaker) created() (time.Time, error) {
	if m.date != "" || m.env.getenv("SOURCE_DATE_EPOCH") != "" {
		return creationDate(m.date, m.env)
	}
	return m.env.now().UTC().Truncate(24 * time.Hour), nil
}

// Make is `lookout make LAYOUT --campaign campaign.yaml` with the page's flags.
func (m pageMaker) Make(s serve.Settings) (serve.Result, error) {
	f, ov, err := m.load(s)
	if err != nil {
		return serve.Result{}, err
	}
	jobs, err := makeJobs(f, s.Piece.Layout, ov)
	if err != nil {
		return serve.Result{}, err
	}
	files, notes, err := renderJobs(jobs, "", 1, nil)
	if err != nil {
		return serve.Result{}, err
	}
	return pageResult(outFiles(files), notes), nil
}

// Kit is `lookout kit --campaign campaign.yaml`, with --grayscale when asked.
func (m pageMaker) Kit(s serve.Settings) (serve.Result, error) {
	f, ov, err := m.load(s)
	if err != nil {
		return serve.Result{}, err
	}
	k := &kitOptions{makeOptions: makeOptions{env: m.env, changed: func(string) bool { return false }}, quiet: true}
	kov := campaign.Overrides{Grayscale: ov.Grayscale, Creator: ov.Creator}
	files, notes, err := k.make(f, kov, ov.Created, 1, nil)
	if err != nil {
		return serve.Result{}, err
	}
	return pageResult(files, notes), nil
}

// Explain is the CLI's message and hint for err.
func (pageMaker) Explain(err error) (message, hint string) {
	hint, _ = explain(err)
	return oneLine(err.Error()), hint
}

func pageResult(files []outFile, notes []string) serve.Result {
	r := serve.Result{Notes: notes}
	for _, f := range files {
		r.Files = append(r.Files, serve.File{Name: f.path, Data: f.data})
	}
	return r
}
