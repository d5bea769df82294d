"""The peer for `xlavit bench`: the same ViT train step (clip + AdamW with a
warmup-cosine schedule, no augmentation) in JAX + optax, jitted with donated
parameters, on the same formula weights, images and labels. Prints the first
loss (which must equal xlavit's) and the step time.

usage: .deps/refenv/bin/python scripts/reference/bench_jax.py CONFIG.json BATCH STEPS WARMUP [--dump-mlir FILE]

--dump-mlir writes JAX's lowering of the step as StableHLO text, which
`cargo run --release --example time_mlir FILE` times through xlavit's runtime and plugin.
"""
import json
import sys
import time

import jax
import jax.numpy as jnp
import numpy as np
import optax

sys.path.insert(0, __file__.rsplit("/", 1)[0])
import vit_reference as ref  # noqa: E402


def main():
    cfg_path, batch, steps, warmup = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
    dump = sys.argv[sys.argv.index("--dump-mlir") + 1] if "--dump-mlir" in sys.argv else None
    cfg = json.load(open(cfg_path))
    params = {k: jnp.asarray(v) for k, v in ref.formula_params(cfg).items()}
    s = cfg["image_size"]
    images = jnp.asarray(ref.formula_images("bench_images", (batch, s, s, 3)))
    classes = len(cfg["id2label"])
    labels = jnp.asarray(np.arange(batch) % classes, dtype=jnp.int32)
    schedule = optax.warmup_cosine_decay_schedule(0.0, 1e-4, 10, 1000, 0.0)
    mask = {k: (k.endswith(".weight") and v.ndim >= 2) for k, v in params.items()}
    opt = optax.chain(optax.clip_by_global_norm(1.0),
                      optax.adamw(schedule, b1=0.9, b2=0.999, eps=1e-8, weight_decay=1e-4, mask=mask))
    state = opt.init(params)

    def step(p, st):
        loss, g = jax.value_and_grad(ref.loss_fn)(p, cfg, images, labels)
        upd, st = opt.update(g, st, p)
        return optax.apply_updates(p, upd), st, loss

    step = jax.jit(step, donate_argnums=(0, 1))
    t0 = time.perf_counter()
    lowered = step.lower(params, state)
    if dump:
        open(dump, "w").write(lowered.as_text())
    compiled = lowered.compile()
    compile_s = time.perf_counter() - t0
    times, first = [], None
    for i in range(warmup + steps):
        t = time.perf_counter()
        params, state, loss = compiled(params, state)
        loss.block_until_ready()
        dt = time.perf_counter() - t
        if i == 0:
            first = float(loss)
        if i >= warmup:
            times.append(dt)
    times.sort()
    med = times[len(times) // 2]
    print(json.dumps({"peer": f"jax {jax.__version__} + optax {optax.__version__}", "device": str(jax.devices()[0]),
                      "batch": batch, "compile_seconds": compile_s, "first_loss": first,
                      "step_median_seconds": med, "images_per_second": batch / med}))


if __name__ == "__main__":
    main()
