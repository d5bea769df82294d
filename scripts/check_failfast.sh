#!/usr/bin/env bash
# With the real TPU plugin installed from PyPI (libtpu, ~300 MB, so not in CI), `--device tpu` on a
# machine without a TPU must still end within a second, in one line, without loading libtpu.
set -euo pipefail
cd "$(dirname "$0")/.."
# $EPOCHREALTIME uses the locale's decimal point; the arithmetic below wants a '.'.
export LC_ALL=C
bash scripts/install_accelerator.sh tpu
cargo build --release -q
X=./target/release/xlavit
ERR=$(mktemp)
trap 'rm -f "$ERR"' EXIT
fail=0
for cmd in "devices" "train --out /tmp/xlavit-failfast-never" "bench --config vit-b16"; do
  start=$EPOCHREALTIME
  if $X $cmd --device tpu --plugin .deps/tpu/libtpu/libtpu.so 2>"$ERR"; then
    echo "FAIL: '$cmd --device tpu' succeeded on a machine without a TPU?"; exit 1
  fi
  ms=$(( (${EPOCHREALTIME/./} - ${start/./}) / 1000 ))
  lines=$(wc -l < "$ERR")
  printf '%-40s %5d ms, %d line: %s\n' "$cmd" "$ms" "$lines" "$(head -1 "$ERR")"
  if [ "$ms" -ge 1000 ] || [ "$lines" -ne 1 ] || ! grep -q "no TPU is attached" "$ERR"; then
    echo "FAIL: expected one line naming the missing TPU within a second"; fail=1
  fi
done
[ $fail -eq 0 ] && echo "OK: with libtpu installed, --device tpu fails fast without a TPU"
exit $fail
