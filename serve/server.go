package serve

import (
	"context"
	"embed"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net"
	"net/http"
	"os"
	"os/signal"
	"runtime"
	"syscall"
	"time"
)

// File is one file a request made: a PDF, a notice's checklist, or a
// kit's manifest.json.
type File struct {
	Name string
	Data []byte
}

// Result is what a request made, with the notes the CLI would show on its
// terminal (a law's wording still needed, a logo left out for want of room).
type Result struct {
	Files []File
	Notes []string
}

// Maker makes pieces with the CLI's own code: Make as `lookout make`,
// Kit as `lookout kit`, each given a campaign file and make's flags.
// Explain turns an error into the CLI's message and hint. Make and Kit
// must be safe to call from several goroutines.
type Maker interface {
	Make(s Settings) (Result, error)
	Kit(s Settings) (Result, error)
	Explain(err error) (message, hint string)
}

// Config is how a server runs.
type Config struct {
	Addr    string
	Public  bool // listen on an address other machines can reach
	Maker   Maker
	Log     io.Writer // one line per request; nil: none
	Renders int       // renders at once; 0: one per core
	// Timeout bounds each request's render; 0: 60 s. ReadTimeout bounds
	// reading a whole request, so a slow client cannot hold a connection;
	// 0: 30 s.
	Timeout     time.Duration
	ReadTimeout time.Duration
}

func (c *Config) defaults() {
	if c.Renders <= 0 {
		c.Renders = runtime.GOMAXPROCS(0)
	}
	if c.Timeout <= 0 {
		c.Timeout = 60 * time.Second
	}
	if c.ReadTimeout <= 0 {
		c.ReadTimeout = 30 * time.Second
	}
	if c.Log == nil {
		c.Log = io.Discard
	}
}

//go:embed static
var static embed.FS

// server holds what the handlers share.
type server struct {
	cfg   Config
	queue *queue
}

// Handler returns the web page and its endpoints, with the security
// headers, limits and request log around them.
func Handler(cfg Config) http.Handler {
	return newServer(cfg).handler()
}

func newServer(cfg Config) *server {
	cfg.defaults()
	return &server{cfg: cfg, queue: newQueue(cfg.Renders)}
}

func (s *server) handler() http.Handler {
	files, _ := fs.Sub(static, "static")
	mux := http.NewServeMux()
	mux.HandleFunc("GET /{$}", s.page)
	mux.Handle("GET /static/{file}", http.StripPrefix("/static/", http.FileServerFS(files))) // files, no listing
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, _ *http.Request) { fmt.Fprintln(w, "ok") })
	mux.HandleFunc("POST /preview", s.preview)
	mux.HandleFunc("POST /pdf", s.pdf)
	mux.HandleFunc("POST /kit", s.kit)
	mux.HandleFunc("POST /settings/save", s.save)
	mux.HandleFunc("POST /settings/open", s.open)
	var h http.Handler = mux
	h = http.MaxBytesHandler(h, maxRequest)
	h = http.NewCrossOriginProtection().Handler(h)
	return logRequests(s.cfg.Log, secure(h))
}

// CheckAddr refuses an address other machines could reach unless public
// is set: the page is meant for one computer until someone decides to
// host it.
func CheckAddr(addr string, public bool) error {
	host, _, err := net.SplitHostPort(addr)
	if err != nil {
		return fmt.Errorf("--addr %q is not host:port (%v)", addr, err)
	}
	if public || host == "localhost" {
		return nil
	}
	if ip := net.ParseIP(host); ip != nil && ip.IsLoopback() {
		return nil
	}
	return fmt.Errorf("--addr %s can be reached from other machines", addr)
}

// Run serves until ctx ends or SIGTERM or SIGINT arrives, then stops
// taking requests and waits for those in flight (renders included) to
// finish. ready, when not nil, hears the address it listens on.
func Run(ctx context.Context, cfg Config, ready func(addr string)) error {
	cfg.defaults()
	if err := CheckAddr(cfg.Addr, cfg.Public); err != nil {
		return err
	}
	ln, err := net.Listen("tcp", cfg.Addr)
	if err != nil {
		return err
	}
	srv := &http.Server{
		Handler:           Handler(cfg),
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       cfg.ReadTimeout,
		WriteTimeout:      cfg.ReadTimeout + cfg.Timeout + 30*time.Second,
		IdleTimeout:       2 * time.Minute,
		MaxHeaderBytes:    32 << 10,
	}
	ctx, stop := signal.NotifyContext(ctx, os.Interrupt, syscall.SIGTERM)
	defer stop()
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	if ready != nil {
		ready(ln.Addr().String())
	}
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
	}
	stop()
	shut, cancel := context.WithTimeout(context.Background(), cfg.Timeout+10*time.Second)
	defer cancel()
	if err := srv.Shutdown(shut); err != nil {
		return fmt.Errorf("stopping: %w", err)
	}
	if err := <-errc; !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	return nil
}
