#!/usr/bin/env bash
# With the real TPU plugin installed from PyPI (libtpu, ~300 MB, so not in CI), `--device tpu` on a
# machine without a TPU must still end within a second, in one line, without loading libtpu.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install_accelerator.sh tpu
cargo build --release -q
X=./target/release/xlavit
for cmd in "devices" "train --out /tmp/xlavit-failfast-never" "bench --config vit-b16"; do
  start=$(date +%s.%N)
  if $X $cmd --device tpu --plugin .deps/python/libtpu/libtpu.so 2>/tmp/failfast.err; then
    echo "FAIL: '$cmd --device tpu' succeeded on a machine without a TPU?"; exit 1
  fi
  end=$(date +%s.%N)
  printf '%-28s %.2f s: %s\n' "$cmd" "$(echo "$end - $start" | bc)" "$(cat /tmp/failfast.err)"
done
