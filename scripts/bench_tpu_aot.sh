#!/usr/bin/env bash
# xlavit's ViT-B/16 train step beside JAX + Flax's, both compiled ahead of time by the same
# libtpu (0.0.52, .deps/tpu) for the same described TPU slice, on this machine without a TPU:
# per-chip memory XLA planned (arguments, temporaries, total) and its cost analysis (FLOPs and
# bytes accessed per chip). A compile-time comparison, not a timing.
#   bash scripts/bench_tpu_aot.sh                        # v5e-8: bf16 and f32, global batch 256 and 128
#   TARGET=v5e-16 TOPOLOGY=v5e:4x4 PER_HOST=2,2,1 RUNS="bf16 256" bash scripts/bench_tpu_aot.sh
# Each ViT-B/16 compile takes one to two minutes on 2 cores.
set -euo pipefail
cd "$(dirname "$0")/.."
TARGET=${TARGET:-v5e-8}
TOPOLOGY=${TOPOLOGY:-v5e:2x4}
PER_HOST=${PER_HOST:-2,4,1}
RUNS=${RUNS:-"bf16 256;bf16 128;f32 256;f32 128"}
CONFIG=tests/fixtures/vit_b16_config.json
W=${OUT:-out/bench_tpu_aot}
rm -rf "$W"
mkdir -p "$W"
bash scripts/install_accelerator.sh tpu >/dev/null
bash scripts/reference/setup_env.sh >/dev/null
cargo build --release -q --bin xlavit
IFS=';' read -ra LIST <<<"$RUNS"
for R in "${LIST[@]}"; do
  read -r PREC BATCH <<<"$R"
  # No augmentation: the Flax step has none. No compile cache: the compile time is part of the record.
  ./target/release/xlavit compile --device tpu --target "$TARGET" --config "$CONFIG" --batch "$BATCH" --precision "$PREC" \
    --no-augment --no-compile-cache --out "$W/xlavit-$PREC-$BATCH" >"$W/xlavit-$PREC-$BATCH.txt"
  .deps/refenv/bin/python scripts/reference/tpu_compile_flax.py "$CONFIG" --topology "$TOPOLOGY" --chips-per-host "$PER_HOST" \
    --batch "$BATCH" --dtype "$PREC" --json "$W/flax-$PREC-$BATCH.json" >"$W/flax-$PREC-$BATCH.txt"
done
python3 - "$W" "$RUNS" "$TARGET" <<'PY'
import json, sys
w, runs, target = sys.argv[1], sys.argv[2], sys.argv[3]
G = 2**30
print(f"ViT-B/16 train step for {target}, per chip (GiB; XLA's cost analysis: TFLOP, GB accessed)")
print(f"{'run':<13}{'who':<8}{'args':>7}{'temps':>7}{'total':>7}{'TFLOP':>8}{'GB acc.':>9}{'compile s':>11}")
for r in runs.split(";"):
    prec, batch = r.split()
    x = json.load(open(f"{w}/xlavit-{prec}-{batch}/summary.json"))["programs"]["train_step"]
    f = json.load(open(f"{w}/flax-{prec}-{batch}.json"))
    rows = [("xlavit", x["argument_bytes"], x["temp_bytes"], x["device_bytes_needed"], x["flops_xla"], x["bytes_accessed_xla"], x["compile_seconds"]),
            ("flax", f["per_chip_bytes"]["argument"], f["per_chip_bytes"]["temp"], f["per_chip_bytes"]["total"], f["per_chip_flops"],
             f["per_chip_bytes_accessed"], f["compile_seconds"])]
    for who, a, t, tot, fl, b, s in rows:
        print(f"{prec + ' ' + batch:<13}{who:<8}{a / G:7.2f}{t / G:7.2f}{tot / G:7.2f}{fl / 1e12:8.3f}{b / 1e9:9.2f}{s:11.1f}")
    ratio = [x / f for x, f in zip(rows[0][1:6], rows[1][1:6])]
    print(f"{'':<13}{'x/flax':<8}{ratio[0]:7.3f}{ratio[1]:7.3f}{ratio[2]:7.3f}{ratio[3]:8.3f}{ratio[4]:9.3f}")
PY
