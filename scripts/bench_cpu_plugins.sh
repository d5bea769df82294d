#!/usr/bin/env bash
# The CPU plugins xlavit can use, side by side in one run on the same train steps:
#   lammps-jax-pjrt-cpu 0.11.2 (.deps/cpu; the XLA of jaxlib 0.11.2, PJRT API 0.115), the default
#   xla-cpu-pjrt 0.0.1 (.deps/python; PJRT API 0.81), whose header the bindings are built from
# With FASTATOMSTRUCT=1 also fastatomstruct-xla-cpu (PJRT API 0.106), installed into .deps/cpu-fastatomstruct.
# Usage: [FASTATOMSTRUCT=1] bash scripts/bench_cpu_plugins.sh [TINY_STEPS (100)] [B16_STEPS (3)]
set -euo pipefail
cd "$(dirname "$0")/.."
TINY_STEPS=${1:-100}
B16_STEPS=${2:-3}
bash scripts/install_deps.sh >/dev/null
cargo build --release -q
X=./target/release/xlavit
PLUGINS=(.deps/cpu/lammps_jax_pjrt_cpu/pjrt_c_api_cpu_plugin.so .deps/python/xla_plugins/xla_cpu_pjrt/xla_cpu_pjrt.so)
if [ "${FASTATOMSTRUCT:-0}" = 1 ]; then
  FAS=.deps/cpu-fastatomstruct/fastatomstruct_xla_cpu/libpjrt_cpu.so
  [ -f "$FAS" ] || python3 -m pip install -q --disable-pip-version-check --no-deps --target .deps/cpu-fastatomstruct fastatomstruct-xla-cpu==2026.6.23
  PLUGINS=("$FAS" "${PLUGINS[@]}")
fi
echo "== machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
for P in "${PLUGINS[@]}"; do
  echo "== $P ($($X devices --plugin "$P" | grep 'PJRT API'))"
  $X bench --plugin "$P" --no-compile-cache --config tiny --batch 32 --steps "$TINY_STEPS" --warmup 10 | tail -2
  $X bench --plugin "$P" --no-compile-cache --config vit-b16 --batch 2 --steps "$B16_STEPS" --warmup 1 --no-augment | tail -2
done
