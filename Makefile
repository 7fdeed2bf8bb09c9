# keeperkit: the project's vocabulary. `make demo` and `make test` are the two
# commands a newcomer needs; both run `setup` first when it is due.

GO      ?= go
NPM     ?= npm
# The stamp is newer than package-lock.json once `npm ci` has installed it.
SETUP_STAMP := node_modules/.keeperkit-setup
# Packages with real concurrency get the race detector in `make test`.
RACE_PKGS ?= ./sim/devnet/... ./keeper/exec/... ./keeper/runtime/... ./keeper/source/... ./keeper/ops/... ./keeper/journal/... ./bundles/... ./keeper/engine/chainview/... ./strategies/forksim/...
FUZZTIME ?= 60s
# `make fuzz FUZZPKG=./sim/fastpath/... FUZZPARALLEL=1` narrows a campaign and its worker count.
FUZZPKG ?= ./...
FUZZPARALLEL ?= $(shell nproc 2>/dev/null || echo 2)
# staticcheck pinned by version, run from the module proxy (not a go.mod dependency).
STATICCHECK ?= $(GO) run honnef.co/go/tools/cmd/staticcheck@v0.8.2

.PHONY: all setup demo test bench abis lint fuzz clean chromium

all: test

## setup: install everything besides Go and Node (npm packages pinned by package-lock.json, Go modules).
setup: $(SETUP_STAMP)

$(SETUP_STAMP): package.json package-lock.json
	@command -v node >/dev/null || { echo "setup: node is not installed (Node 20+ is needed for anvil, solc and the relay client tests)"; exit 1; }
	$(NPM) ci --ignore-scripts --no-audit --no-fund
	$(GO) mod download
	@touch $@

## demo: the embedded devnet, real protocols, the keeper; prints what landed.
demo: setup
	$(GO) run ./cmd/keeper demo

## test: formatting, vet, staticcheck, the whole test suite, and the race detector on concurrent packages.
test: setup lint chromium
	$(GO) test -count=1 ./...
	$(GO) test -count=1 -race $(RACE_PKGS)

## chromium: Debian's headless browser, for the test that renders the backtest report (keeper/backtest/report).
chromium:
	command -v chromium >/dev/null || (apt-get update && apt-get install -y --no-install-recommends chromium)

## bench: every benchmark, then a table of ratios against the baselines measured in the same run.
bench: setup
	$(GO) test -run '^$$' -bench . -benchmem -count 5 ./... | tee bench.out
	$(GO) run ./internal/benchtable < bench.out

## fuzz: run every fuzz target for FUZZTIME each (default 60s; the issue's campaigns use FUZZTIME=10m).
fuzz: setup
	@for pkg in $$($(GO) list $(FUZZPKG)); do \
	  for f in $$($(GO) test -list '^Fuzz' $$pkg | grep '^Fuzz'); do \
	    echo "== $$pkg $$f ($(FUZZTIME))"; \
	    $(GO) test -run '^$$' -fuzz "^$$f$$" -fuzztime $(FUZZTIME) -parallel $(FUZZPARALLEL) $$pkg || exit 1; \
	  done; \
	done

## abis: compile our Solidity with the pinned solc and regenerate every Go binding.
abis: setup
	node scripts/abis/compile.js
	$(GO) generate ./abis/...

## lint: formatting, vet and staticcheck (`make test` runs it first).
lint:
	@unformatted=$$(gofmt -l $$(git ls-files '*.go')); if [ -n "$$unformatted" ]; then echo "gofmt needed:"; echo "$$unformatted"; exit 1; fi
	$(GO) vet ./...
	$(STATICCHECK) $$($(GO) list ./... | grep -v /abis/bindings/)

clean:
	rm -rf bin out bench.out
