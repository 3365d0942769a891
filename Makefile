# Frontiers — build, test and packaging.
#
#   make run ARGS='--date 1942-05-26'   build and start the app
#   make test                           everything CI runs (.ci/run calls this)
#   make data / data-check              regenerate / verify assets/ from world-atlas
#   make package / install              fyne Linux tarball / install it into ~/.local
#   make bench                          full benchmarks
#   make rss                            resident memory of the window (< 200 MB)
#
# Targets that need Debian packages install the missing ones (as root, or via
# sudo); see `deps` and `test-deps`.

SHELL := bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := build

GO        ?= go
# no_emoji: Fyne bundles no colour emoji font (the atlas shows none; it
# would cost ~20 MB resident, app/ui/memory.go).
TAGS      := no_emoji
BUILD_DIR := build
BIN       := $(BUILD_DIR)/frontiers
ARGS      ?=

# Generated data: npm package + version the assets are built from.
WORLD_ATLAS_VERSION := 2.0.2
NPM_DIR             := $(BUILD_DIR)/npm
WORLD_ATLAS_DIR     := $(NPM_DIR)/node_modules/world-atlas
GENERATED_FILES     := frontiers.geojson frontiers.events.json land.geojson frontiers.snapshot land.wkb

# fyne packaging tool (fyne.io/tools). v1.7.4 is the newest on the proxy and
# builds with Go 1.26 and Fyne v2.7.1.
FYNE_TOOLS_VERSION := v1.7.4
FYNE_BIN_DIR       := $(or $(shell $(GO) env GOBIN 2>/dev/null),$(firstword $(subst :, ,$(shell $(GO) env GOPATH 2>/dev/null)))/bin)
FYNE_BIN           := $(FYNE_BIN_DIR)/fyne
APP_NAME           := Frontiers
PACKAGE_TARBALL    := $(BUILD_DIR)/$(APP_NAME).tar.xz

# Debian packages.
BUILD_DEBS   := gcc libc6-dev pkg-config libgl1-mesa-dev libx11-dev libxcursor-dev \
                libxrandr-dev libxinerama-dev libxi-dev libxxf86vm-dev
TEST_DEBS    := xvfb xdotool imagemagick poppler-utils
PACKAGE_DEBS := xz-utils

# $(call apt_ensure,pkg pkg ...): install the Debian packages that `dpkg -s`
# says are missing; as root directly, otherwise through sudo.
define apt_ensure
if ! command -v dpkg >/dev/null 2>&1; then \
  echo "warning: no dpkg (not Debian?); make sure these are installed: $(1)" >&2; exit 0; \
fi; \
missing=""; \
for p in $(1); do dpkg -s "$$p" >/dev/null 2>&1 || missing="$$missing $$p"; done; \
if [ -z "$$missing" ]; then exit 0; fi; \
echo "==> installing missing Debian packages:$$missing"; \
if [ "$$(id -u)" -eq 0 ]; then sudo=""; \
elif command -v sudo >/dev/null 2>&1; then sudo="sudo"; \
else \
  echo "error: missing Debian packages:$$missing" >&2; \
  echo "error: not root and no sudo; install them yourself: apt-get install -y$$missing" >&2; \
  exit 1; \
fi; \
$$sudo env DEBIAN_FRONTEND=noninteractive apt-get update -q || \
  { echo "error: apt-get update failed (need root or sudo rights); missing:$$missing" >&2; exit 1; }; \
$$sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -q $$missing || \
  { echo "error: apt-get install failed; missing:$$missing" >&2; exit 1; }
endef

# A throwaway HOME-ish environment for tests: config/cache never touch the
# user's real Fyne settings, and a fixed UTF-8 locale.
# Each target gets its own directory (build/test-tmp/<target>), recreated on
# every run, so targets can also run in parallel (make -j).
# Go keeps its build cache under XDG_CACHE_HOME unless told: pin it, so the
# throwaway XDG folders of the tests do not force cold builds.
GOCACHE_DIR    := $(shell $(GO) env GOCACHE)
GOMODCACHE_DIR := $(shell $(GO) env GOMODCACHE)
TEST_TMP = $(abspath $(BUILD_DIR))/test-tmp/$@
TEST_ENV = FRONTIERS_REQUIRE_NE=1 GOCACHE=$(GOCACHE_DIR) GOMODCACHE=$(GOMODCACHE_DIR) LANG=en_US.UTF-8 XDG_CONFIG_HOME=$(TEST_TMP)/config XDG_CACHE_HOME=$(TEST_TMP)/cache
FRESH_TEST_TMP = rm -rf $(TEST_TMP) && mkdir -p $(TEST_TMP)/config $(TEST_TMP)/cache

.PHONY: all deps test-deps build run test fmt-check vet staticcheck unit-test race-test ci-test package-check bench-smoke smoke rss \
        data data-check npm-world-atlas package install uninstall fyne-tool bench clean

all: build

## deps: Debian packages needed to build Fyne (cgo + OpenGL/X11 headers).
deps:
	@$(call apt_ensure,$(BUILD_DEBS))

## test-deps: deps + what the real-window smoke test needs.
test-deps: deps
	@$(call apt_ensure,$(TEST_DEBS))

## build: build/frontiers (cgo, GLFW driver).
build: deps
	@mkdir -p $(BUILD_DIR)
	$(GO) build -tags $(TAGS) -o $(BIN) .

## run: build and start the app; pass flags with ARGS='...'.
run: build
	./$(BIN) $(ARGS)

## test: everything CI checks.
test: test-deps fmt-check vet staticcheck unit-test race-test ci-test bench-smoke data-check smoke package-check
	@echo "==> make test: all checks passed"

fmt-check:
	@echo "==> gofmt -l"
	@files="$$(find . \( -path ./build -o -path './.*' -o -name testdata -o -name node_modules \) -prune \
	  -o -type f -name '*.go' -print)"; \
	unformatted=""; \
	if [ -n "$$files" ]; then unformatted="$$(gofmt -l $$files)"; fi; \
	if [ -n "$$unformatted" ]; then \
	  echo "error: these files need gofmt (run: gofmt -w <file>):" >&2; \
	  echo "$$unformatted" >&2; exit 1; \
	fi

## staticcheck: honnef.co/go/tools, pinned.
STATICCHECK_VERSION := v0.8.2
STATICCHECK := $(FYNE_BIN_DIR)/staticcheck
staticcheck: deps npm-world-atlas
	@if ! "$(STATICCHECK)" -version 2>/dev/null | grep -q "($(STATICCHECK_VERSION:v%=%))"; then \
	  echo "==> go install honnef.co/go/tools/cmd/staticcheck@$(STATICCHECK_VERSION)"; \
	  $(GO) install honnef.co/go/tools/cmd/staticcheck@$(STATICCHECK_VERSION); fi
	@echo "==> staticcheck ./..."
	"$(STATICCHECK)" -tags $(TAGS) ./...

vet: deps
	@echo "==> go vet ./..."
	$(GO) vet -tags $(TAGS) ./...

unit-test: deps npm-world-atlas
	@echo "==> go test ./... (cgo)"
	@$(FRESH_TEST_TMP)
	$(TEST_ENV) $(GO) test -tags $(TAGS) ./...

## race-test: the tests again under the race detector (the render goroutine,
## play, the debounced save, parallel decoding and drawing). The ten-pass
## soak (TestSoakPlay) runs in unit-test only: under the detector it takes
## minutes and races nothing the play tests do not.
race-test: deps npm-world-atlas
	@echo "==> go test -race ./..."
	@$(FRESH_TEST_TMP)
	$(TEST_ENV) $(GO) test -tags $(TAGS) -race -skip '^TestSoakPlay$$' ./...

## ci-test: Fyne's headless test driver (no cgo, no GL).
ci-test: npm-world-atlas
	@echo "==> CGO_ENABLED=0 go test -tags ci,$(TAGS) ./..."
	@$(FRESH_TEST_TMP)
	$(TEST_ENV) CGO_ENABLED=0 $(GO) test -tags ci,$(TAGS) ./...

## bench-smoke: every benchmark once, so they keep compiling and running.
bench-smoke: deps
	@echo "==> benchmarks, one iteration each"
	@$(FRESH_TEST_TMP)
	$(TEST_ENV) $(GO) test -tags $(TAGS) -run '^$$' -bench . -benchtime=1x ./...

## smoke: real window under Xvfb, driven with xdotool (scripts/smoke.sh).
smoke: test-deps build
	@echo "==> scripts/smoke.sh"
	SMOKE_BIN=$(BIN) bash scripts/smoke.sh

## rss: the window's resident memory under Xvfb, idle and playing (bench/rss.sh; not in test).
rss: test-deps build
	@echo "==> bench/rss.sh"
	RSS_BIN=$(BIN) bash bench/rss.sh

npm-world-atlas:
	@command -v npm >/dev/null 2>&1 || { $(call apt_ensure,nodejs npm); }
	@command -v npm >/dev/null 2>&1 || { echo "error: npm not found (needs Node.js + npm)" >&2; exit 1; }
	@mkdir -p $(NPM_DIR)
	npm install --prefix $(NPM_DIR) --no-audit --no-fund --no-save world-atlas@$(WORLD_ATLAS_VERSION)

## data: regenerate the shipped assets from world-atlas.
data: npm-world-atlas
	$(GO) run ./assets/gen -ne $(WORLD_ATLAS_DIR) -o assets

## data-check: the generator, run afresh, must reproduce assets/ byte for byte.
data-check: npm-world-atlas
	@echo "==> data-check: regenerate into a temp dir and diff against assets/"
	@tmp="$$(mktemp -d)"; trap 'rm -rf "$$tmp"' EXIT; \
	$(GO) run ./assets/gen -ne $(WORLD_ATLAS_DIR) -o "$$tmp"; \
	status=0; \
	for f in $(GENERATED_FILES); do \
	  if [ ! -f "$$tmp/$$f" ]; then echo "error: generator did not write $$f" >&2; status=1; \
	  elif [ ! -f "assets/$$f" ]; then echo "error: assets/$$f is missing (run: make data)" >&2; status=1; \
	  elif ! cmp -s "$$tmp/$$f" "assets/$$f"; then \
	    echo "error: assets/$$f differs from a fresh generation (run: make data):" >&2; \
	    cmp "$$tmp/$$f" "assets/$$f" >&2 || true; \
	    diff "$$tmp/$$f" "assets/$$f" 2>&1 | head -c 3000 >&2 || true; echo >&2; status=1; \
	  fi; \
	done; \
	if [ $$status -ne 0 ]; then exit 1; fi; \
	echo "data-check: $(GENERATED_FILES) are up to date"

## fyne-tool: the `fyne` packaging CLI at $(FYNE_TOOLS_VERSION).
fyne-tool:
	@if [ -x "$(FYNE_BIN)" ] && "$(FYNE_BIN)" version 2>/dev/null | grep -q 'cli version: $(FYNE_TOOLS_VERSION)'; then \
	  echo "fyne $(FYNE_TOOLS_VERSION) already installed at $(FYNE_BIN)"; \
	else \
	  echo "==> go install fyne.io/tools/cmd/fyne@$(FYNE_TOOLS_VERSION)"; \
	  GOBIN="$(FYNE_BIN_DIR)" GOFLAGS=-mod=mod $(GO) install fyne.io/tools/cmd/fyne@$(FYNE_TOOLS_VERSION); \
	fi

## package: build/Frontiers.tar.xz (Makefile + usr/local/{bin,share}) from FyneApp.toml.
package: deps fyne-tool
	@$(call apt_ensure,$(PACKAGE_DEBS))
	@mkdir -p $(BUILD_DIR)
	@rm -f $(APP_NAME).tar.xz $(PACKAGE_TARBALL)
	@cp FyneApp.toml $(BUILD_DIR)/FyneApp.toml.orig
	"$(FYNE_BIN)" package --os linux --release --tags $(TAGS); status=$$?; \
	  cp $(BUILD_DIR)/FyneApp.toml.orig FyneApp.toml; exit $$status
	mv $(APP_NAME).tar.xz $(PACKAGE_TARBALL)
	@echo "packaged: $(PACKAGE_TARBALL)"

## package-check: the package holds the binary, the desktop entry and the
## icon, and leaves the tree as it was (fyne package bumps the build number
## in FyneApp.toml: the target puts it back).
package-check: package
	@echo "==> checking $(PACKAGE_TARBALL)"
	@list=$$(tar tJf $(PACKAGE_TARBALL)); \
	for f in usr/local/bin/frontiers usr/local/share/applications/io.github.frontiers_atlas.frontiers.desktop \
	         usr/local/share/pixmaps/io.github.frontiers_atlas.frontiers.png Makefile; do \
	  grep -qx "frontiers/$$f" <<<"$$list" || { echo "error: package lacks $$f" >&2; exit 1; }; \
	done
	@tar xJOf $(PACKAGE_TARBALL) frontiers/usr/local/share/applications/io.github.frontiers_atlas.frontiers.desktop | grep -q '^Name=Frontiers' \
	  || { echo "error: desktop entry has no Name=Frontiers" >&2; exit 1; }
	@if git rev-parse --git-dir >/dev/null 2>&1; then \
	  git diff --quiet -- FyneApp.toml || { echo "error: packaging changed FyneApp.toml" >&2; exit 1; }; fi
	@echo "package OK"

## install: install the package for this user (~/.local/bin, ~/.local/share/applications, icons)
## with the Makefile that fyne puts in the tarball.
install: package
	@rm -rf $(BUILD_DIR)/pkg && mkdir -p $(BUILD_DIR)/pkg
	tar -xJf $(PACKAGE_TARBALL) -C $(BUILD_DIR)/pkg
	@# depending on the tar version the archive has a top-level folder or not
	@# (plain `make`, not $$(MAKE): `make -n install` must not run it)
	@mk="$$(find $(BUILD_DIR)/pkg -maxdepth 2 -name Makefile | head -n 1)"; \
	[ -n "$$mk" ] || { echo "error: no Makefile in $(PACKAGE_TARBALL)" >&2; exit 1; }; \
	echo "make -C $$(dirname "$$mk") user-install"; \
	make -C "$$(dirname "$$mk")" user-install
	@echo "installed to $$HOME/.local (binary in $$HOME/.local/bin: make sure it is on your PATH)"

uninstall:
	@mk="$$(find $(BUILD_DIR)/pkg -maxdepth 2 -name Makefile 2>/dev/null | head -n 1)"; \
	if [ -n "$$mk" ]; then make -C "$$(dirname "$$mk")" user-uninstall; \
	else echo "nothing to uninstall (no unpacked package in $(BUILD_DIR)/pkg; run make install first)"; fi

## bench: full benchmarks with allocation counts.
bench: deps
	@$(FRESH_TEST_TMP)
	$(TEST_ENV) $(GO) test -tags $(TAGS) -run '^$$' -bench . -benchmem ./...

clean:
	rm -rf $(BUILD_DIR) $(APP_NAME).tar.xz
