#!/usr/bin/env bash
# One command on a fresh machine: install the dependencies, build, and run
# the main job on the built-in tiny ViT (no downloads needed).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install_deps.sh
cargo build --release
X=./target/release/xlavit
$X devices
$X compile --dump-hlo --out out/compile
$X predict --model tests/fixtures/tiny_vit tests/fixtures/images/img0.png tests/fixtures/images/img1.png
echo "setup: done. Try: $X --help"
