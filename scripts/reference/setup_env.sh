#!/usr/bin/env bash
# Creates the Python reference environment at .deps/refenv (gitignored) with
# pinned CPU-only packages from PyPI. Idempotent: re-running only re-checks pins.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
VENV="$ROOT/.deps/refenv"
PY="${PYTHON:-python3}"
# A venv whose pip doesn't work (e.g. python3-venv was missing) is rebuilt, not trusted.
if ! "$VENV/bin/python" -m pip --version >/dev/null 2>&1; then
  rm -rf "$VENV"
  mkdir -p "$ROOT/.deps"
  "$PY" -m venv "$VENV" || { rm -rf "$VENV"; echo "setup_env: python3 -m venv failed (Debian: apt-get install python3-venv)" >&2; exit 1; }
fi
# --no-deps: requirements.txt lists every package needed (see its header).
"$VENV/bin/python" -m pip install --quiet --disable-pip-version-check --no-deps \
  -r "$ROOT/scripts/reference/requirements.txt"
"$VENV/bin/python" - <<'PY'
import jax, jaxlib, optax, flax, flax.linen, numpy, safetensors, PIL
print("refenv ok: jax", jax.__version__, "jaxlib", jaxlib.__version__, "optax", optax.__version__, "flax", flax.__version__,
      "numpy", numpy.__version__, "safetensors", safetensors.__version__, "pillow", PIL.__version__,
      "devices", jax.devices())
PY
