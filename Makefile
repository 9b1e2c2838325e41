# Two commands on a fresh Debian/Ubuntu machine with Rust: `make run`, `make test`.
# Both first install the missing system packages (with sudo when not root):
# build headers, Mesa's software Vulkan (lavapipe) for the screen snapshots,
# and Chromium (reports printed to PDF) with poppler-utils (pdftoppm, to look
# at a PDF's pages).

APT_PACKAGES := pkg-config libasound2-dev libwayland-dev libxkbcommon-dev mesa-vulkan-drivers \
	chromium poppler-utils
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: deps run test lint bench dist dist-linux

deps:
	@missing=$$(for p in $(APT_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || echo $$p; done); \
	if [ -n "$$missing" ]; then \
		echo "Installing system packages:" $$missing; \
		$(SUDO) apt-get update && $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y $$missing; \
	fi

run: deps
	cargo run --release

# One build for every test, the screen snapshots included (the feature only
# adds wgpu to egui_kittest), so that CI compiles the crate once.
test: deps
	TZ=UTC cargo test --workspace --features entretien/snapshots

lint: deps
	cargo fmt --check
	cargo clippy --workspace --all-targets --features entretien/snapshots -- -D warnings

bench: deps
	cargo bench --bench engine --bench audit

# What a trainer installs, into dist/: the Debian package, the portable
# Linux archive and the Windows zip (scripts/dist.sh installs the tools it
# lacks). dist-linux leaves the Windows zip out (CI with DIST=1).
dist: deps
	scripts/dist.sh linux windows

dist-linux: deps
	scripts/dist.sh linux
