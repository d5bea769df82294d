"""Writes the StableHLO of the JAX + Flax train step that bench_flax.py times, lowered for CUDA
on any machine (no GPU needed), so XLA's GPU compilation of it can be read beside xlavit's
(scripts/gpu_hlo_compare.sh). Images and labels are program inputs, as in xlavit's step.

    .deps/refenv/bin/python scripts/reference/export_flax_mlir.py CONFIG.json BATCH OUT.mlir [--dtype bf16|f32]
"""
import argparse
import json
import os
import sys

import jax
import jax.numpy as jnp
import optax

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import bench_flax  # noqa: E402  (the same model and optimizer)


def abstract_train_step(cfg, dtype, batch):
    """The train step and shape-only arguments (params, opt state, images, labels) for it: the
    model and optimizer of bench_flax.py, with images and labels as inputs. Also used by
    tpu_compile_flax.py."""
    model = bench_flax.ViT(cfg, jnp.bfloat16 if dtype == "bf16" else jnp.float32)
    s, c = cfg["image_size"], cfg["num_channels"]
    images = jax.ShapeDtypeStruct((batch, s, s, c), jnp.uint8)
    labels = jax.ShapeDtypeStruct((batch,), jnp.int32)
    params = jax.eval_shape(model.init, jax.random.key(0), jnp.zeros((1, s, s, c), jnp.uint8))["params"]
    # As bench_flax.py: clip, then AdamW on a warmup-cosine schedule, decay on kernels.
    schedule = optax.warmup_cosine_decay_schedule(0.0, 1e-4, 10, 1000, 0.0)
    mask = jax.tree_util.tree_map_with_path(lambda path, v: path[-1].key == "kernel" and v.ndim >= 2, params)
    opt = optax.chain(optax.clip_by_global_norm(1.0),
                      optax.adamw(schedule, b1=0.9, b2=0.999, eps=1e-8, weight_decay=1e-4, mask=mask))
    state = jax.eval_shape(opt.init, params)

    def step(p, st, images, labels):
        def loss_fn(p):
            logits = model.apply({"params": p}, images).astype(jnp.float32)
            return optax.softmax_cross_entropy_with_integer_labels(logits, labels).mean()
        loss, g = jax.value_and_grad(loss_fn)(p)
        upd, st = opt.update(g, st, p)
        return optax.apply_updates(p, upd), st, loss

    return step, (params, state, images, labels)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("config")
    ap.add_argument("batch", type=int)
    ap.add_argument("out")
    ap.add_argument("--dtype", choices=("f32", "bf16"), default="bf16")
    a = ap.parse_args()
    step, args = abstract_train_step(json.load(open(a.config)), a.dtype, a.batch)
    lowered = jax.jit(step, donate_argnums=(0, 1)).trace(*args).lower(lowering_platforms=("cuda",))
    with open(a.out, "w") as f:
        f.write(lowered.as_text())


if __name__ == "__main__":
    main()
