#!/usr/bin/env bash
# Prepares the one call of scripts/device_check.sh on a lent GPU machine, which has no
# network and lacks Debian's libturbojpeg: builds the release binary here and puts a copy of
# the library into .devlib (ignored by git), to be carried with it:
#   bash scripts/device_prepare.sh
#   run(command="bash scripts/device_check.sh", carry=["target/release/xlavit", ".devlib"], timeout_s=560)
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release
mkdir -p .devlib
lib=$(ldconfig -p | awk '/libturbojpeg\.so\.0 .*x86-64/ {print $NF; exit}')
[ -n "$lib" ] || { echo "libturbojpeg.so.0 not found: run scripts/install_deps.sh"; exit 1; }
cp -L "$lib" .devlib/
echo "ready: target/release/xlavit and .devlib/$(basename "$lib")"
