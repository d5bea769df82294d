#!/usr/bin/env bash
# Installs what building and testing xlavit needs on a fresh Debian machine:
# libclang (bindgen reads the PJRT C API header at build time), libturbojpeg
# (JPEG decoding as Pillow does it), pip, etcd, the OpenXLA CPU PJRT plugin, which also
# ships that header, into .deps/python, the newest CPU plugin into .deps/cpu, and the CUDA
# compiler (to compile for a GPU without one) into .deps/gpu-compile, and libtpu (to compile for
# a TPU slice without one) into .deps/tpu.
# Needs root or sudo for apt, and network access to Debian's mirrors and PyPI.
# Idempotent: skips what is already there, and repairs a half-finished install.
set -euo pipefail
cd "$(dirname "$0")/.."

command -v cargo >/dev/null || { echo "install_deps: cargo not found; install Rust with rustup first" >&2; exit 1; }
command -v python3 >/dev/null || NEED_APT="python3"

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null || { echo "install_deps: not root and no sudo: install libclang-dev and python3-pip yourself, then rerun" >&2; exit 1; }
  SUDO="sudo"
fi

apt_install() {
  echo "install_deps: installing $* with apt"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "$@" >/dev/null
}

# bindgen needs libclang itself plus clang's headers; LIBCLANG_PATH points at another install.
have_libclang() {
  [ -n "${LIBCLANG_PATH:-}" ] && return 0
  dpkg-query -W -f='${Status}' libclang-dev 2>/dev/null | grep -q "ok installed"
}
PKGS=()
[ -n "${NEED_APT:-}" ] && PKGS+=(python3)
have_libclang || PKGS+=(libclang-dev)
# JPEG decoding goes through libjpeg-turbo, the decoder inside Pillow, so pixels match the reference pipeline.
dpkg-query -W -f='${Status}' libturbojpeg0-dev 2>/dev/null | grep -q "ok installed" || PKGS+=(libturbojpeg0-dev)
# The key-value store of multi-process clients (`devices --coordinator`); its tests start one.
command -v etcd >/dev/null || PKGS+=(etcd-server)
if [ ${#PKGS[@]} -gt 0 ]; then apt_install "${PKGS[@]}"; fi
python3 -m pip --version >/dev/null 2>&1 || apt_install python3-pip

DIR=.deps/python/xla_plugins/xla_cpu_pjrt
if [ ! -f "$DIR/xla_cpu_pjrt.so" ] || [ ! -f "$DIR/include/pjrt_c_api.h" ]; then
  echo "install_deps: installing the OpenXLA CPU PJRT plugin (xla-cpu-pjrt 0.0.1) into .deps/python"
  rm -rf .deps/python
  # --target keeps it out of the system site-packages (and out of PEP 668's way).
  python3 -m pip install -q --disable-pip-version-check --target .deps/python xla-cpu-pjrt==0.0.1
fi
test -f "$DIR/xla_cpu_pjrt.so" || { echo "install_deps: $DIR/xla_cpu_pjrt.so missing after install" >&2; exit 1; }
test -f "$DIR/include/pjrt_c_api.h" || { echo "install_deps: $DIR/include/pjrt_c_api.h missing after install" >&2; exit 1; }

# The newest CPU compiler: the XLA of jaxlib 0.11.2 as a PJRT plugin (PJRT API 0.115, Apache-2.0),
# about 25% faster on small models; xlavit prefers it (BENCHMARKS.md). --no-deps: it only declares
# a dependency on jax, which loading the plugin does not need.
NEW=.deps/cpu/lammps_jax_pjrt_cpu/pjrt_c_api_cpu_plugin.so
if [ ! -f "$NEW" ]; then
  echo "install_deps: installing the newest CPU PJRT plugin (lammps-jax-pjrt-cpu 0.11.2) into .deps/cpu"
  rm -rf .deps/cpu
  python3 -m pip install -q --disable-pip-version-check --no-deps --target .deps/cpu lammps-jax-pjrt-cpu==0.11.2
fi
test -f "$NEW" || { echo "install_deps: $NEW missing after install" >&2; exit 1; }

# The CUDA compiler without a GPU: the CUDA PJRT plugin with libdevice (nvidia-nvvm) and ptxas
# (nvidia-cuda-nvcc), which XLA finds beside it. `xlavit compile --target h100` compiles for an
# H100 on this machine, and tests/gpu_layout.rs checks XLA's GPU layouts of the train step.
# --no-deps: jax-cuda13-pjrt needs none of its declared dependencies to compile.
GPUC=.deps/gpu-compile
if [ ! -f "$GPUC/jax_plugins/xla_cuda13/xla_cuda_plugin.so" ] || [ ! -f "$GPUC/nvidia/cu13/bin/ptxas" ] \
   || [ ! -f "$GPUC/nvidia/cu13/nvvm/libdevice/libdevice.10.bc" ]; then
  echo "install_deps: installing the CUDA compiler (jax-cuda13-pjrt 0.11.2, nvvm, ptxas) into $GPUC"
  rm -rf "$GPUC"
  python3 -m pip install -q --disable-pip-version-check --no-deps --target "$GPUC" \
    jax-cuda13-pjrt==0.11.2 nvidia-nvvm==13.5.37 nvidia-cuda-nvcc==13.5.37
fi
test -f "$GPUC/jax_plugins/xla_cuda13/xla_cuda_plugin.so" || { echo "install_deps: the CUDA plugin is missing from $GPUC after install" >&2; exit 1; }

# The TPU compiler without a TPU: libtpu compiles for a described Cloud TPU slice on this machine
# (`xlavit compile --device tpu --target v5e-8`), and tests/tpu_aot.rs does so on every run.
# The same pinned install `scripts/setup.sh tpu` makes (137 MB).
bash scripts/install_accelerator.sh tpu >/dev/null
test -f .deps/tpu/libtpu/libtpu.so || { echo "install_deps: .deps/tpu/libtpu/libtpu.so missing after install" >&2; exit 1; }
