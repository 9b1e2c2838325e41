#!/usr/bin/env bash
# Builds what a trainer installs, into dist/ (see README, "Install"):
#   linux    the Debian package (cargo-deb) and the portable Linux archive
#   windows  the Windows zip, cross-compiled with Debian's mingw-w64
# Usage: scripts/dist.sh [linux] [windows]   (default: both)
# Installs what is missing: cargo-deb (cargo install), help2man, lintian,
# mingw-w64 and zip (apt), the Windows target (rustup).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
parts=("$@")
[ ${#parts[@]} -gt 0 ] || parts=(linux windows)
version=$(sed -n 's/^version = "\(.*\)"/\1/p' Cargo.toml | head -1)
sudo=""
[ "$(id -u)" = 0 ] || sudo=sudo
target_dir=${CARGO_TARGET_DIR:-$root/target}
mkdir -p dist

need_apt() {
    local missing=()
    for p in "$@"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
    if [ ${#missing[@]} -gt 0 ]; then
        echo "Installing system packages: ${missing[*]}"
        $sudo apt-get update -qq
        $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}"
    fi
}

# The folder a portable copy is made of: the program, its voices, the
# README and the licences.
stage() { # stage DIR BINARY
    local dir=$1 bin=$2
    rm -rf "$dir"
    mkdir -p "$dir/assets"
    cp "$bin" "$dir/"
    cp -r assets/audio "$dir/assets/"
    cp README.md LICENSE-MIT LICENSE-APACHE "$dir/"
}

linux() {
    need_apt help2man lintian
    command -v cargo-deb >/dev/null || cargo install cargo-deb --locked
    cargo build --profile dist
    local bin=$target_dir/dist/entretien
    # cargo-deb reads the paths of Cargo.toml from the checkout's target/.
    if [ "$target_dir" != "$root/target" ]; then
        mkdir -p target/dist && cp "$bin" target/dist/entretien
        bin=$root/target/dist/entretien
    fi
    mkdir -p target/dist/man
    help2man --no-info --no-discard-stderr --version-string="$version" \
        --name="interview role-play simulator" "$bin" | gzip -9n > target/dist/man/entretien.1.gz
    cargo deb --no-build --no-strip --output dist/ >/dev/null
    local deb
    deb=$(ls -t dist/entretien_"$version"*_amd64.deb | head -1)
    echo "$deb ($(du -h "$deb" | cut -f1))"
    # Errors fail the build; warnings are printed for the closing note.
    lintian --fail-on error "$deb" || { echo "lintian found errors in $deb" >&2; exit 1; }
    local name=entretien-$version-linux-x86_64
    stage "dist/$name" "$bin"
    tar -C dist -czf "dist/$name.tar.gz" "$name"
    rm -rf "dist/$name"
    echo "dist/$name.tar.gz ($(du -h "dist/$name.tar.gz" | cut -f1)); binary $(du -h "$bin" | cut -f1)"
}

windows() {
    local triple=x86_64-pc-windows-gnu
    need_apt gcc-mingw-w64-x86-64 zip
    rustup target list --installed | grep -qx "$triple" || rustup target add "$triple"
    CARGO_TARGET_X86_64_PC_WINDOWS_GNU_LINKER=x86_64-w64-mingw32-gcc \
        cargo build --profile dist --target "$triple"
    local name=entretien-$version-windows-x86_64
    stage "dist/$name" "$target_dir/$triple/dist/entretien.exe"
    (cd dist && rm -f "$name.zip" && zip -qr "$name.zip" "$name")
    rm -rf "dist/$name"
    echo "dist/$name.zip ($(du -h "dist/$name.zip" | cut -f1))"
}

for part in "${parts[@]}"; do
    case $part in
        linux) linux ;;
        windows) windows ;;
        *) echo "usage: scripts/dist.sh [linux] [windows]" >&2; exit 2 ;;
    esac
done
