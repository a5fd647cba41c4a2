# A small static image that runs the web page: lookout serve --public.
#
#   docker build -t lookout .
#   docker run --rm -p 8080:8080 lookout          # then open http://localhost:8080/
#
# Put a reverse proxy with TLS in front of it before it faces the internet.
# Everything lookout needs (fonts, translations, hotlines, the page) is in
# the binary; it writes nothing to disk, so the root file system may be
# read-only (docker run --read-only). GET /healthz answers "ok".
FROM golang:1.26-bookworm AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN CGO_ENABLED=0 go build -trimpath -buildvcs=false -ldflags="-s -w" -o /lookout ./cmd/lookout

FROM scratch
COPY --from=build /lookout /lookout
USER 65534:65534
EXPOSE 8080
ENTRYPOINT ["/lookout", "serve", "--public", "--addr", ":8080"]
