#!/usr/bin/env bash
# One command on a fresh machine: install the dependencies, build, and run
# the main job: the built-in tiny ViT trained on generated images (no downloads).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install_deps.sh
cargo build --release
X=./target/release/xlavit
$X devices
# train never overwrites a run: a second setup writes beside the first.
OUT=out/train
[ -e "$OUT" ] && OUT="out/train-$(date +%Y%m%d-%H%M%S)"
$X train --out "$OUT"
echo "setup: done. Outputs in $OUT (curves.png, predictions.png, best/, ...). Try: $X --help"
