# SC Desk — two commands do everything: `make run` and `make test`.
# Both install what a fresh Debian 12 machine with only the Rust toolchain lacks, and
# only what is missing (checked with dpkg-query), so running them again is cheap.

SHELL := /bin/bash
.SHELLFLAGS := -euo pipefail -c
.DEFAULT_GOAL := help

SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
CARGO ?= cargo
# One cargo selection (--workspace) everywhere: other selections resolve features
# differently and rebuild the whole Tauri stack.
WS := --workspace

# Packages to build and run the app.
DEBS_BUILD := build-essential pkg-config file libssl-dev libdbus-1-dev \
	libwebkit2gtk-4.1-dev libsoup-3.0-dev libjavascriptcoregtk-4.1-dev librsvg2-dev \
	dbus gnome-keyring fonts-dejavu-core
# Packages the tests add: a virtual display, the WebKit WebDriver, a throw-away
# Secret Service, PDF tools, Python for the outside DSSE verifier.
DEBS_TEST := xvfb xauth webkit2gtk-driver dbus-x11 poppler-utils qpdf imagemagick \
	python3 python3-venv python3-pip

TAURI_DRIVER_VERSION := 2.1.0
# The bundler for `make package`: Tauri's command line from npm (a prebuilt binary, seconds
# to install), on the 2.x line of the tauri crate in Cargo.lock.
TAURI_CLI_VERSION := 2.12.5
TAURI_CLI := .tools/tauri-cli-$(TAURI_CLI_VERSION)/node_modules/.bin/tauri
# What checking the package needs: the desktop-entry and AppStream validators, gio.
DEBS_PACKAGE := desktop-file-utils appstream libglib2.0-bin shared-mime-info binutils

# A step that hangs fails with a message rather than stalling CI (a warm step takes ~1 min).
GUARD_MINUTES ?= 30
# --foreground: Ctrl-C still reaches the tests; with-keyring ends what they started.
GUARD := timeout --foreground --kill-after=30s $(GUARD_MINUTES)m

.PHONY: help run test package test-package deps-build deps-test tauri-driver build lint test-unit test-interop test-keyring test-crash test-e2e bench fuzz

help:
	@echo "make run    # start the app on the demo workspace"
	@echo "make test   # install what is missing, then run every check and test"

# Installs the Debian packages in $(1) that are not installed yet.
define apt_install
	missing=""; \
	for p in $(1); do \
	  dpkg-query -W -f='$${Status}' "$$p" 2>/dev/null | grep -q 'ok installed' || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	  echo "Installing Debian packages:$$missing"; \
	  $(SUDO) apt-get update -qq; \
	  DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq --no-install-recommends $$missing; \
	fi
endef

deps-build:
	@$(call apt_install,$(DEBS_BUILD))

deps-test: deps-build
	@$(call apt_install,$(DEBS_TEST))

# tauri-driver bridges WebDriver to WebKitWebDriver; a small cargo install (~40 s).
tauri-driver:
	@if ! tauri-driver --version 2>/dev/null | grep -q '$(TAURI_DRIVER_VERSION)'; then \
	  echo "Installing tauri-driver $(TAURI_DRIVER_VERSION)"; \
	  $(CARGO) install --locked tauri-driver --version '$(TAURI_DRIVER_VERSION)'; \
	fi

build: deps-build
	$(CARGO) build $(WS)

# Opens the app on the demo workspace (created in the user's data folder on first run).
# Where no Secret Service is running, it uses a throw-away keyring session for this run.
run: build
	@if dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
	     org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null | grep -q 'boolean true'; then \
	  SCDESK_FIRST_RUN=demo ./target/debug/scdesk-app; \
	else \
	  echo "No Secret Service on this session: running the app on a throw-away demo workspace."; \
	  export SCDESK_DATA_DIR="$$(mktemp -d /tmp/scdesk-demo.XXXXXX)/scdesk"; \
	  SCDESK_FIRST_RUN=demo scripts/with-keyring ./target/debug/scdesk-app; \
	fi

lint: deps-build
	$(CARGO) fmt --all --check
	$(CARGO) clippy $(WS) --all-targets -- -D warnings

test-unit: deps-build
	$(CARGO) test $(WS)

# An implementation that shares no code with ours (Python securesystemslib, installed by
# pip into .venv) verifies our signed files, and we verify one it signs; pikepdf reads
# the record's PDF/A markers; the register's own verifier (PyNaCl) checks a published site.
test-interop: deps-test
	$(CARGO) test $(WS) --no-run  # the same build as the tests: builds target/debug/scdesk
	scripts/interop-check
	scripts/register-check

# Tests marked #[ignore] need real services: a Secret Service, a display, WebDriver.
test-keyring: deps-test
	$(GUARD) scripts/with-keyring $(CARGO) test $(WS) -- --ignored keyring_ --test-threads=1

# Crash trials: CRASH_TRIALS kills in all, shared by the six write commands (100 by
# default, as in make test, about five minutes; CRASH_TRIALS=500 for the thorough pass).
CRASH_TRIALS ?= 100
test-crash: deps-build
	SCDESK_CRASH_TRIALS=$(CRASH_TRIALS) $(GUARD) $(CARGO) test -p scdesk --test flows -- --ignored crash_ --nocapture

# axe-core (accessibility rules, from the npm registry) for the pages the e2e tests open.
AXE_VERSION = 4.10.3
AXE = .tools/axe-core-$(AXE_VERSION)/axe.min.js
$(AXE):
	@if ! command -v npm >/dev/null; then $(call apt_install,nodejs npm); fi
	mkdir -p .tools/axe-core-$(AXE_VERSION)
	cd .tools && npm pack --silent axe-core@$(AXE_VERSION) >/dev/null \
	  && tar -xzf axe-core-$(AXE_VERSION).tgz -C axe-core-$(AXE_VERSION) --strip-components=1 \
	  && rm axe-core-$(AXE_VERSION).tgz

test-e2e: deps-test tauri-driver $(AXE)
	SCDESK_AXE=$(CURDIR)/$(AXE) xvfb-run -a --server-args="-screen 0 1400x950x24" \
	  $(GUARD) scripts/with-keyring $(CARGO) test $(WS) -- --ignored e2e_ --test-threads=1

test: deps-test tauri-driver
	$(MAKE) --no-print-directory lint
	$(MAKE) --no-print-directory test-unit
	$(MAKE) --no-print-directory test-interop
	$(MAKE) --no-print-directory test-keyring
	$(MAKE) --no-print-directory test-crash
	$(MAKE) --no-print-directory test-e2e

# The Debian package (outside make test: the release build takes ~15 min cold): the app
# with lto, its icons, desktop entry, AppStream metainfo and the MIME types of signed
# files; then test-package installs it, opens a file through the desktop, removes it.
$(TAURI_CLI):
	@if ! command -v npm >/dev/null; then $(call apt_install,nodejs npm); fi
	mkdir -p .tools/tauri-cli-$(TAURI_CLI_VERSION)
	cd .tools/tauri-cli-$(TAURI_CLI_VERSION) && npm install --silent --no-audit --no-fund \
	  --prefix . @tauri-apps/cli@$(TAURI_CLI_VERSION)

package: deps-test tauri-driver $(TAURI_CLI)
	@$(call apt_install,$(DEBS_PACKAGE))
	rm -f target/release/bundle/deb/*.deb
	cd src-tauri && ../$(TAURI_CLI) build --bundles deb
	$(MAKE) --no-print-directory test-package

test-package: deps-test tauri-driver
	@$(call apt_install,$(DEBS_PACKAGE))
	$(GUARD) scripts/package-check

# Speed targets (benches/desk.rs lists them) and a fund's scale beside its floors
# (benches/scale.rs, which writes bench/RESULTS.md, with the app's start and memory from
# src-tauri/benches/window.rs under Xvfb): optimised builds, ~25 min cold.
# BENCH_100K=1 adds the 100,000-file points of the curves.
bench: deps-test tauri-driver
	$(CARGO) bench $(WS) --bench desk
	rm -f target/tmp/window-rows.md
	xvfb-run -a --server-args="-screen 0 1400x950x24" scripts/with-keyring $(CARGO) bench $(WS) --bench window
	$(if $(BENCH_100K),SCDESK_BENCH_100K=1) scripts/with-keyring $(CARGO) bench --bench scale
	@deb=$$(ls -t target/release/bundle/deb/*.deb 2>/dev/null | head -n 1 || true); \
	if [ -n "$$deb" ]; then \
	  echo "package: $$(basename $$deb) $$(du -h --apparent-size $$deb | cut -f1) (goal: under 15 MB)"; \
	else echo "package: not built (make package)"; fi

# Fuzzing (outside make test; cargo test replays the saved corpora): each target of
# fuzz/fuzz_targets runs FUZZ_SECONDS (default ten minutes) on the nightly toolchain,
# seeded from the test vectors. cargo-fuzz is installed on first use. A crash is saved
# under fuzz/artifacts/<target>/: copy it to fuzz/regressions/<target>/ with the fix.
# curve25519-dalek's nightly-only vector backend does not build on current nightlies:
# the serial backend is asked for.
FUZZ_SECONDS ?= 600
FUZZ_TARGETS = envelope strict_json signed_payload amount bundle record_pdf workspace_file
fuzz: deps-build
	command -v cargo-fuzz >/dev/null || $(CARGO) install cargo-fuzz --locked
	scripts/fuzz-seeds
	set -e; for t in $(FUZZ_TARGETS); do \
	  echo "== $$t"; \
	  (cd fuzz && RUSTFLAGS='--cfg curve25519_dalek_backend="serial"' \
	    $(CARGO) +nightly fuzz run $$t corpus/$$t -- -max_total_time=$(FUZZ_SECONDS) -max_len=65536 -print_final_stats=1); \
	done
