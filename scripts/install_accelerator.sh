#!/usr/bin/env bash
# Installs an accelerator's PJRT plugin from PyPI into .deps/<accelerator>, where xlavit looks
# (beside the CPU plugin's .deps/python; one folder each, so installing one never replaces another's files):
#   tpu     libtpu (the TPU plugin, libtpu/libtpu.so)
#   cuda13  jax-cuda13-pjrt (jax_plugins/xla_cuda13/xla_cuda_plugin.so) + the CUDA 13 libraries (nvidia/*/lib)
#   cuda12  the same for CUDA 12
# Versions are pinned to ones whose PJRT API (0.115 to 0.117) the bindings were measured with.
# Nothing here needs the accelerator: it downloads and places files (CUDA: several GB).
set -euo pipefail
cd "$(dirname "$0")/.."
ACCEL=${1:?usage: install_accelerator.sh tpu|cuda12|cuda13}
JAX_VERSION=0.11.2
# The CUDA libraries JAX's `jax-cudaNN-plugin[with-cuda]` pulls in, named directly: that package
# is built per Python version (0.11.2 has no wheel for every Python), the PJRT plugin and the
# libraries are not.
# Bounds as jax's extras give them, with the major version capped so a CUDA 14 never lands beside a CUDA 13 plugin.
CUDA13_LIBS=("nvidia-cublas>=13.0.0.19,<14" "nvidia-cuda-cupti>=13.0.48,<14" "nvidia-cuda-nvcc>=13.0.48,<14"
  "nvidia-cuda-runtime>=13.0.48,<14" "nvidia-cudnn-cu13>=9.12,<10" "nvidia-cufft>=12.0.0.15,<13" "nvidia-cusolver>=12.0.3.29,<13"
  "nvidia-cusparse>=12.6.2.49,<13" "nvidia-nccl-cu13>=2.27.7" "nvidia-nvjitlink>=13.0.39,<14" "nvidia-cuda-nvrtc>=13.0.48,<14"
  "nvidia-nvshmem-cu13>=3.3.20" "nvidia-nvvm>=13,<14")
CUDA12_LIBS=(nvidia-cublas-cu12 nvidia-cuda-cupti-cu12 nvidia-cuda-nvcc-cu12 nvidia-cuda-runtime-cu12 "nvidia-cudnn-cu12>=9.8,<10"
  nvidia-cufft-cu12 nvidia-cusolver-cu12 nvidia-cusparse-cu12 nvidia-nccl-cu12 nvidia-nvjitlink-cu12 nvidia-cuda-nvrtc-cu12 nvidia-nvshmem-cu12)
case "$ACCEL" in
  tpu)    PKGS=("libtpu==0.0.52"); CHECK=.deps/tpu/libtpu/libtpu.so ;;
  cuda13) PKGS=("jax-cuda13-pjrt==$JAX_VERSION" "${CUDA13_LIBS[@]}"); CHECK=.deps/cuda13/jax_plugins/xla_cuda13/xla_cuda_plugin.so ;;
  cuda12) PKGS=("jax-cuda12-pjrt==$JAX_VERSION" "${CUDA12_LIBS[@]}"); CHECK=.deps/cuda12/jax_plugins/xla_cuda12/xla_cuda_plugin.so ;;
  *) echo "install_accelerator: unknown accelerator '$ACCEL' (expected tpu, cuda12 or cuda13)" >&2; exit 2 ;;
esac
if [ -f "$CHECK" ]; then
  echo "install_accelerator: $ACCEL plugin already at $CHECK"
  exit 0
fi
TARGET=.deps/$ACCEL
echo "install_accelerator: installing ${PKGS[*]} into $TARGET"
# A half-finished earlier install is replaced, not trusted.
rm -rf "$TARGET"
python3 -m pip install -q --disable-pip-version-check --target "$TARGET" "${PKGS[@]}" \
  || { echo "install_accelerator: pip could not install ${PKGS[*]}" >&2; exit 1; }
test -f "$CHECK" || { echo "install_accelerator: $CHECK missing after install" >&2; exit 1; }
echo "install_accelerator: $ACCEL plugin at $CHECK"
case "$ACCEL" in
  cuda*) echo "install_accelerator: CUDA libraries: $(ls -d "$TARGET"/nvidia/*/lib 2>/dev/null | wc -l) folders under $TARGET/nvidia (xlavit loads them before the plugin)" ;;
esac
