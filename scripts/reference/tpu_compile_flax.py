"""Compiles the JAX + Flax ViT train step (export_flax_mlir.py's: bench_flax.py's model and
optimizer, images and labels as inputs) for a described TPU slice with libtpu, on a machine
without a TPU, and prints per-chip compiled memory and XLA's cost analysis: the JAX peer of
xlavit's ahead-of-time TPU compile (`xlavit compile --target`).

    .deps/refenv/bin/python scripts/reference/tpu_compile_flax.py CONFIG.json --topology v5e:2x4 \\
        --chips-per-host 2,4,1 --batch 256 --dtype bf16|f32 [--json OUT.json]

Data parallel: the global batch is split over all chips ("data" axis), parameters and optimizer
state are replicated, and both are donated, as in xlavit's step. libtpu comes from
TPU_LIBRARY_PATH, else .deps/tpu/libtpu/libtpu.so (bash scripts/install_accelerator.sh tpu).
"""
import argparse
import atexit
import json
import os
import shutil
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
# All of this must be in the environment before libtpu loads (at get_topology_desc); a value
# the caller set wins.
os.environ.setdefault("TPU_LIBRARY_PATH", os.path.join(ROOT, ".deps/tpu/libtpu/libtpu.so"))
os.environ.setdefault("TPU_SKIP_MDS_QUERY", "1")  # never ask a cloud metadata server what this machine is
# Without metadata libtpu fills these with "WARNING: could not determine ..." and prints that, then
# an INVALID_ARGUMENT parsing it, on stderr. They describe this machine as a lone host; the slice
# compiled for comes from --topology and --chips-per-host alone (v5e:4x4 still spans 4 processes).
os.environ.setdefault("TPU_HOST_BOUNDS", "1,1,1")
os.environ.setdefault("TPU_WORKER_HOSTNAMES", "localhost")
# libtpu takes /tmp/libtpu_lockfile so two processes never share a chip; with no chip here that only
# makes a second libtpu process (another run, xlavit's own TPU compile) fail with ABORTED.
os.environ.setdefault("ALLOW_MULTIPLE_LIBTPU_LOAD", "1")
os.environ.setdefault("TPU_STDERR_LOG_LEVEL", "3")  # only FATAL on stderr (libtpu's default, made explicit)
# libtpu writes an INFO log per process (to /tmp/tpu_logs by default; no value turns it off):
# keep it in a temporary folder, removed at exit, unless the caller chose one.
if "TPU_LOG_DIR" not in os.environ:
    os.environ["TPU_LOG_DIR"] = tempfile.mkdtemp(prefix="tpu_logs_")
    atexit.register(shutil.rmtree, os.environ["TPU_LOG_DIR"], True)
# Compile-only TPU devices need no TPU client; JAX itself (eval_shape's PRNG key) runs on CPU.
os.environ.setdefault("JAX_PLATFORMS", "cpu")

import jax  # noqa: E402
from jax.experimental import topologies  # noqa: E402
from jax.sharding import NamedSharding, PartitionSpec as P  # noqa: E402

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from export_flax_mlir import abstract_train_step  # noqa: E402  (the same step, model and optimizer)

GiB = 2 ** 30


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("config")
    ap.add_argument("--topology", default="v5e:2x4", help="libtpu's slice name, e.g. v5e:2x4, v5e:4x4")
    ap.add_argument("--chips-per-host", default="2,4,1", help="chips each host holds, x,y,z")
    ap.add_argument("--batch", type=int, default=256, help="global batch, split over all chips")
    ap.add_argument("--dtype", choices=("f32", "bf16"), default="bf16")
    ap.add_argument("--json", help="also write the figures (raw byte counts) here")
    a = ap.parse_args()
    if not os.path.isfile(os.environ["TPU_LIBRARY_PATH"]):
        sys.exit(f"tpu_compile_flax: no libtpu at {os.environ['TPU_LIBRARY_PATH']} (bash scripts/install_accelerator.sh tpu)")
    chips_per_host = tuple(int(x) for x in a.chips_per_host.split(","))

    topo = topologies.get_topology_desc(topology_name=a.topology, platform="tpu", chip_config_name="default",
                                        chips_per_host_bounds=chips_per_host, num_slices=1)
    chips = len(topo.devices)
    if a.batch % chips:
        sys.exit(f"tpu_compile_flax: batch {a.batch} does not split over {chips} chips")
    mesh = topologies.make_mesh(topo, (chips,), ("data",))
    replicated, split = NamedSharding(mesh, P()), NamedSharding(mesh, P("data"))

    step, args = abstract_train_step(json.load(open(a.config)), a.dtype, a.batch)
    t0 = time.perf_counter()
    lowered = jax.jit(step, in_shardings=(replicated, replicated, split, split), out_shardings=replicated,
                      donate_argnums=(0, 1)).trace(*args).lower()
    t1 = time.perf_counter()
    compiled = lowered.compile()
    t2 = time.perf_counter()

    m = compiled.memory_analysis()  # per chip: the one SPMD program every chip runs
    mem = {k: int(getattr(m, k + "_size_in_bytes")) for k in
           ("argument", "output", "alias", "temp", "generated_code")}
    # As xlavit's CompiledMemoryStats::device_bytes and JAX's own sum: outputs in donated
    # arguments' memory are counted once.
    mem["total"] = mem["argument"] + mem["output"] - mem["alias"] + mem["temp"] + mem["generated_code"]
    cost = compiled.cost_analysis()
    cost = cost[0] if isinstance(cost, (list, tuple)) else cost  # older JAX: one dict per program
    # Also per chip: XLA's HloCostAnalysis runs on the SPMD-partitioned module (a 1/chips slice of
    # the batch; on 8 chips about 1/8 of the one-chip figure plus the replicated optimizer update).
    # optimal_seconds is left out: libtpu reports it negative.
    flops, accessed = float(cost.get("flops", 0.0)), float(cost.get("bytes accessed", 0.0))
    processes = len({d.process_index for d in topo.devices})

    print(f"flax {a.topology} {a.dtype} batch {a.batch}: compile {t2 - t1:.1f} s (lower {t1 - t0:.1f} s); "
          f"{chips} chips over {processes} hosts ({topo.devices[0].device_kind}); per chip: "
          f"arguments {mem['argument'] / GiB:.4g} GiB, outputs {mem['output'] / GiB:.4g} GiB, "
          f"aliased {mem['alias'] / GiB:.4g} GiB, temporaries {mem['temp'] / GiB:.4g} GiB, "
          f"code {mem['generated_code'] / 2 ** 20:.4g} MiB, total {mem['total'] / GiB:.4g} GiB; "
          f"XLA: {flops / 1e12:.4g} TFLOP, {accessed / 1e9:.4g} GB accessed per chip")
    if a.json:
        out = {"peer": f"jax {jax.__version__}", "topology": a.topology, "chips_per_host": list(chips_per_host),
               "chips": chips, "hosts": processes, "device_kind": topo.devices[0].device_kind,
               "dtype": a.dtype, "global_batch": a.batch, "lower_seconds": t1 - t0, "compile_seconds": t2 - t1,
               "per_chip_bytes": mem, "per_chip_flops": flops, "per_chip_bytes_accessed": accessed,
               "transcendentals": float(cost.get("transcendentals", 0.0))}
        with open(a.json, "w") as f:
            json.dump(out, f, indent=1)


if __name__ == "__main__":
    main()
