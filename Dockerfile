# syntax=docker/dockerfile:1
# keeperkit `keeper` image: a static binary on distroless, running as non-root.
#
#   docker build -t keeperkit/keeper .
#   docker run --rm -v $PWD/configs:/config:ro -v $PWD/keystore:/keystore:ro \
#     -v keeper-data:/data -e KEEPER_KEYSTORE_PASSWORD=... -p 127.0.0.1:9464:9464 \
#     keeperkit/keeper run --config /config/keeper.toml
#
# The binary needs no cgo (the journal uses a pure-Go SQLite), so the final
# stage has no libc, no shell and no package manager.

ARG GO_VERSION=1.26

FROM golang:${GO_VERSION}-bookworm AS build
WORKDIR /src
# Modules first, so that a source change does not refetch them.
COPY go.mod go.sum ./
RUN --mount=type=cache,target=/go/pkg/mod go mod download
COPY . .
ARG VERSION=dev
RUN --mount=type=cache,target=/go/pkg/mod --mount=type=cache,target=/root/.cache/go-build \
    CGO_ENABLED=0 GOOS=linux go build -trimpath \
      -ldflags "-s -w -X main.version=${VERSION}" \
      -o /out/keeper ./cmd/keeper

FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=build /out/keeper /usr/local/bin/keeper
# The journal and nonce state live here; mount a volume to keep them across restarts.
WORKDIR /data
VOLUME ["/data"]
USER nonroot:nonroot
# Prometheus metrics, /healthz and /readyz (bind to 0.0.0.0 in the config to publish them).
EXPOSE 9464
ENTRYPOINT ["/usr/local/bin/keeper"]
CMD ["run", "--config", "/config/keeper.toml"]
