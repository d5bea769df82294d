#!/usr/bin/env bash
# Prepares the one call of scripts/device_check.sh on a lent GPU machine, which has no
# network and lacks Debian's libturbojpeg: builds the release binary here and puts a copy of
# the library into .devlib (ignored by git), to be carried with it:
#   bash scripts/device_prepare.sh
#   run(command="bash scripts/device_check.sh", carry=["target/release/xlavit", ".devlib"], timeout_s=560)
# For an A/B of a change in the same call, COMPARE_REFS="label:gitref;..." also builds those
# commits (a branch, a tag, a hash) into .devbin/xlavit-<label> and prints the COMPARE value
# for device_check.sh; carry ".devbin" too:
#   COMPARE_REFS="before:main~1;pad:exp/embed-pad" bash scripts/device_prepare.sh
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
mkdir -p .devlib .devbin
grep -qxF '/.devbin/' .git/info/exclude 2>/dev/null || echo '/.devbin/' >>.git/info/exclude
COMPARE=""
if [ -n "${COMPARE_REFS:-}" ]; then
  # Every build shares this checkout's target folder (dependencies compile once) and header.
  export CARGO_TARGET_DIR="$ROOT/target"
  export PJRT_C_API_HEADER=${PJRT_C_API_HEADER:-$ROOT/.deps/python/xla_plugins/xla_cpu_pjrt/include/pjrt_c_api.h}
  IFS=';' read -ra REFS <<<"$COMPARE_REFS"
  for R in "${REFS[@]}"; do
    label=${R%%:*}; ref=${R#*:}
    wt=$(mktemp -d)
    git worktree add -q --detach "$wt" "$ref"
    # Fresh mtimes, so cargo rebuilds the crate from this tree and not from the last one.
    find "$wt/src" "$wt/build.rs" -exec touch {} +
    (cd "$wt" && cargo build --release -q)
    cp "$ROOT/target/release/xlavit" ".devbin/xlavit-$label"
    git worktree remove --force "$wt"
    COMPARE="${COMPARE:+$COMPARE;}$label:.devbin/xlavit-$label"
  done
  find src build.rs -exec touch {} +
fi
cargo build --release
lib=$(ldconfig -p | awk '/libturbojpeg\.so\.0 .*x86-64/ {print $NF; exit}')
[ -n "$lib" ] || { echo "libturbojpeg.so.0 not found: run scripts/install_deps.sh"; exit 1; }
cp -L "$lib" .devlib/
echo "ready: target/release/xlavit and .devlib/$(basename "$lib")"
[ -z "$COMPARE" ] || echo "A/B builds: COMPARE=\"$COMPARE\" (carry .devbin)"
