#!/usr/bin/env bash
# The data pipeline, xlavit beside a Pillow loader like the tutorial's, in one run:
#   JPEG files -> cache (xlavit prepare: libjpeg-turbo decode + Pillow-exact resize on all cores)
#   cache -> batches (xlavit's read back)             vs  Pillow decode + resize (what the tutorial pays every epoch)
# Usage: bash scripts/bench_data.sh [IMAGES_PER_CLASS (200)] [SIZE (224)]
set -euo pipefail
cd "$(dirname "$0")/.."
PER_CLASS=${1:-200}
SIZE=${2:-224}
bash scripts/install_deps.sh >/dev/null
cargo build --release -q
PY=.deps/pilenv/bin/python
if ! "$PY" -c "import PIL, numpy" 2>/dev/null; then
  python3 -m venv .deps/pilenv
  "$PY" -m pip install -q --disable-pip-version-check pillow==13.0.0 numpy
fi
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
echo "== machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
echo "== making $((PER_CLASS * 5)) train JPEGs (512x384, quality 90)"
"$PY" scripts/reference/pillow_loader.py make "$WORK/data" "$PER_CLASS" 10
du -sh "$WORK/data/train" | sed 's/^/== on disk: /'
echo "== xlavit prepare (decode once, all cores)"
./target/release/xlavit prepare --data "$WORK/data" --image-size "$SIZE" --cache-dir "$WORK/cache" | tee "$WORK/prepare.txt"
echo "== xlavit prepare again (cache hit)"
./target/release/xlavit prepare --data "$WORK/data" --image-size "$SIZE" --cache-dir "$WORK/cache" | grep '^train'
echo "== Pillow loader, same files"
"$PY" scripts/reference/pillow_loader.py load "$WORK/data" "$SIZE" 1
"$PY" scripts/reference/pillow_loader.py load "$WORK/data" "$SIZE" "$(nproc)"
CACHE=$(ls -d "$WORK"/cache/*-train-* | head -1)
"$PY" scripts/reference/pillow_loader.py check "$WORK/data" "$SIZE" "$CACHE/images.u8" 50
