// Package serve is lookout's web page: one form that makes any piece the
// CLI makes, for people who never open a terminal, safe to host for a
// whole volunteer network behind a reverse proxy.
//
// # Settings
//
// The page's state is what the CLI reads: a campaign file and make's
// flags (Settings). Each request writes the page's controls over the
// campaign file the page opened (or an empty one), so "Save settings"
// hands back exactly the file the page rendered from, and `lookout make
// LAYOUT --campaign campaign.yaml` with the logo beside it writes the same
// bytes (the CLI's tests check it). The Maker, which cmd/lookout provides,
// renders with make's and kit's own code through campaign.Resolve. When a
// render is refused, each control's part of the campaign file is loaded
// alone with campaign.LoadFile, so the message and hint shown beside the
// control are the CLI's.
//
// # Preview
//
// The preview is the PDF itself, shown by the browser's own PDF viewer in
// an iframe (from a blob: URL the page makes; nothing is kept on the
// server). No pure-Go PDF rasteriser renders lookout's shaped text and
// subset fonts faithfully, and showing page images drawn by other code
// would preview something other than the file downloaded. Desktop browsers
// show the pages at a size a person can judge, page by page; where a
// browser has no PDF viewer (some phones), the file's name under the
// preview is a link that saves it.
//
// # Budgets
//
// Every input has a budget where it enters: the request body, each form
// field (read part by part, in memory, never to disk), the logo (the
// CLI's file size and pixel limits, checked from the header before
// decoding), renders at once (one per core, as many waiting; beyond that
// 503 with Retry-After), time per render, and the time to read a request
// (a client that sends a byte a second is cut off). Responses carry a
// strict Content-Security-Policy (no inline script or style, no framing),
// nosniff and no-referrer; cross-site POSTs are refused. One log line per
// request names the method, path, status, size and time, never what was
// typed.
package serve
