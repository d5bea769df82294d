#!/usr/bin/env bash
# Installs what building and testing xlavit needs on a fresh Debian machine:
# libclang (bindgen reads the PJRT C API header at build time) and the
# OpenXLA CPU PJRT plugin, which also ships that header, into .deps/python.
# Idempotent: skips what is already there.
set -euo pipefail
cd "$(dirname "$0")/.."

have_libclang() {
  local f
  for f in /usr/lib/llvm-*/lib/libclang.so* /usr/lib/*-linux-gnu/libclang-*.so*; do
    [ -e "$f" ] && return 0
  done
  return 1
}
if ! have_libclang; then
  echo "install_deps: installing libclang-dev (for bindgen)"
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq libclang-dev >/dev/null
fi

PLUGIN=.deps/python/xla_plugins/xla_cpu_pjrt/xla_cpu_pjrt.so
if [ ! -f "$PLUGIN" ]; then
  echo "install_deps: installing the OpenXLA CPU PJRT plugin (xla-cpu-pjrt 0.0.1) into .deps/python"
  python3 -m pip install -q --disable-pip-version-check --target .deps/python xla-cpu-pjrt==0.0.1
fi
test -f "$PLUGIN" || { echo "install_deps: $PLUGIN missing after install" >&2; exit 1; }
test -f .deps/python/xla_plugins/xla_cpu_pjrt/include/pjrt_c_api.h || { echo "install_deps: pjrt_c_api.h missing" >&2; exit 1; }
command -v cargo >/dev/null || { echo "install_deps: cargo not found; install Rust with rustup first" >&2; exit 1; }
