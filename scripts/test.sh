#!/usr/bin/env bash
# The test command (README, .ci/run): installs what the tests need, then runs
# every test against the real CPU PJRT plugin. Tests fail, never skip, when
# the plugin can't be loaded.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install_deps.sh
cargo test --all-targets 2>&1
