# Ibis — two commands do everything on a fresh Debian machine:
#   make run    installs what is missing, builds, opens the Ibis window (DEMO=1: demo vault)
#   make test   installs what is missing, runs every test layer
# Smaller targets: setup, ui, build, check, bindings, fixtures, e2e, bench.

SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := run

CARGO ?= cargo
NPM ?= npm
UI_DEPS_STAMP := ui/node_modules/.package-lock.json

.PHONY: run test setup ui build check fmt-check clippy bindings bindings-check fixtures fixtures-check typecheck \
        rust-test ui-test e2e bench clean

## Install system packages and UI dependencies that are missing.
setup: $(UI_DEPS_STAMP)
	@./scripts/setup-system.sh
	@command -v $(CARGO) >/dev/null || { echo "setup: cargo (Rust 1.95) ontbreekt"; exit 1; }
	@command -v node >/dev/null || { echo "setup: Node.js 20 ontbreekt"; exit 1; }

$(UI_DEPS_STAMP): ui/package-lock.json
	@./scripts/setup-system.sh
	cd ui && $(NPM) ci --no-audit --no-fund --prefer-offline
	@touch $(UI_DEPS_STAMP)

## Build the UI into ui/dist (embedded into the app binary by cargo).
ui: setup
	cd ui && $(NPM) run build

## Build every Rust binary (app, CLI) with the UI embedded.
build: ui
	$(CARGO) build --workspace

## Open Ibis. `make run DEMO=1` opens a throw-away demo vault with synthetic pupils.
run: build
ifeq ($(DEMO),1)
	IBIS_DEMO=1 ./target/debug/ibis
else
	./target/debug/ibis
endif

## Everything CI runs.
test: setup check build rust-test ui-test e2e
	@echo "make test: alle lagen geslaagd"

check: fmt-check clippy bindings-check typecheck

fmt-check:
	$(CARGO) fmt --all -- --check

clippy: ui
	$(CARGO) clippy --workspace --all-targets -- -D warnings
	$(CARGO) clippy -p ibis --all-targets --features e2e-seams -- -D warnings

## Regenerate ui/src/ipc/bindings from the Rust types (commit the result).
bindings:
	IBIS_UPDATE_BINDINGS=1 $(CARGO) test -p ibis-core --test bindings

## Fails when the committed bindings differ from what the Rust types generate.
bindings-check:
	$(CARGO) test -p ibis-core --test bindings

## Re-record the UI tests' fixtures (ui/src/test/fixtures) from the real core; commit the result.
## Run after changing an IPC type or a rule the UI tests show.
fixtures:
	IBIS_UPDATE_FIXTURES=1 $(CARGO) test -p ibis-core --test fixtures

## Fails when a committed fixture differs from what the core answers now (part of rust-test;
## not in `check`: recording creates and unlocks ~30 vaults, about 40 s).
fixtures-check:
	$(CARGO) test -p ibis-core --test fixtures

typecheck: setup
	cd ui && $(NPM) run typecheck

## Unit, store, use-case and CLI black-box suites.
rust-test: build
	$(CARGO) test --workspace

ui-test: setup
	cd ui && $(NPM) test

## The real app in a real window under Xvfb, driven by WebKitWebDriver. The app is rebuilt
## with the `e2e-seams` feature: only such a build reads IBIS_E2E_* (a plain build ignores them).
e2e: build
	$(CARGO) build -p ibis --features e2e-seams
	timeout 600 xvfb-run -a $(CARGO) test -p ibis-tests --test e2e -- --ignored --test-threads=1

## Criterion benchmarks (release build): unlock, list and search 10,000 pupils; render a
## 6-page and a 30-page casusoverzicht.
bench: setup
	$(CARGO) bench -p ibis-core --bench vault --bench export

clean:
	$(CARGO) clean
	rm -rf ui/dist ui/node_modules
