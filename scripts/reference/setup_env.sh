#!/usr/bin/env bash
# Creates the Python reference environment at .deps/refenv (gitignored) with
# pinned CPU-only packages from PyPI. Idempotent: re-running only re-checks pins.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
VENV="$ROOT/.deps/refenv"
PY="${PYTHON:-python3}"
if [ ! -x "$VENV/bin/python" ]; then
  mkdir -p "$ROOT/.deps"
  "$PY" -m venv "$VENV"
fi
"$VENV/bin/python" -m pip install --quiet --disable-pip-version-check \
  -r "$ROOT/scripts/reference/requirements.txt"
"$VENV/bin/python" - <<'PY'
import jax, jaxlib, optax, numpy, safetensors, PIL
print("refenv ok: jax", jax.__version__, "jaxlib", jaxlib.__version__, "optax", optax.__version__,
      "numpy", numpy.__version__, "safetensors", safetensors.__version__, "pillow", PIL.__version__,
      "devices", jax.devices())
PY
