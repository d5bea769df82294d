"""The JAX + Flax peer for the GPU benchmark in scripts/device_check.sh: the
ViT train step written the way a Flax user would write it (flax.linen modules,
compute `dtype` with f32 parameters), beside `xlavit bench` on the same device.

Same step as bench_jax.py: formula weights (vit_reference.formula_params, mapped
onto the Flax tree), bench_images, labels i % classes, no augmentation,
clip_by_global_norm(1.0) + AdamW on a warmup-cosine schedule (decay on Dense/Conv
kernels only), jitted with donated parameters and optimizer state. In f32 its
first loss equals vit_reference.loss_fn's (--check-reference prints both).

Dots run at JAX's default precision (the "highest" that vit_reference sets on
import is undone): full f32 on CPU; on Ampere+ GPUs f32 dots and convolutions
run in TF32. With --dtype bf16 activations and dots are bf16, while parameters,
optimizer state, LayerNorm statistics, softmax and the loss stay f32.

usage: python bench_flax.py CONFIG.json BATCH STEPS WARMUP [--dtype f32|bf16]
           [--peak-tflops X] [--flops-per-image F] [--check-reference]
CONFIG.json is a Hugging Face ViT config.json (tests/fixtures/vit_b16_config.json,
tests/fixtures/tiny_vit/config.json). Prints one JSON line; tflops and mfu need
--flops-per-image (xlavit bench's flops_per_step / batch, for the same count).
"""
import argparse
import json
import sys
import time

import flax
import flax.linen as nn
import jax
import jax.numpy as jnp
import numpy as np
import optax

sys.path.insert(0, __file__.rsplit("/", 1)[0])
import vit_reference as ref  # noqa: E402

jax.config.update("jax_default_matmul_precision", None)  # undo vit_reference's "highest"


class SelfAttention(nn.Module):
    heads: int
    qkv_bias: bool
    dtype: jnp.dtype

    @nn.compact
    def __call__(self, x):
        B, T, D = x.shape
        hd = D // self.heads
        dense = lambda name, bias=True: nn.Dense(D, use_bias=bias, dtype=self.dtype, name=name)
        split = lambda t: t.reshape(B, T, self.heads, hd)
        q, k, v = (split(dense(n, self.qkv_bias)(x)) for n in ("query", "key", "value"))
        s = jnp.einsum("bqhd,bkhd->bhqk", q, k) * jnp.asarray(hd ** -0.5, self.dtype)
        a = jax.nn.softmax(s.astype(jnp.float32), axis=-1).astype(self.dtype)
        ctx = jnp.einsum("bhqk,bkhd->bqhd", a, v).reshape(B, T, D)
        return dense("out")(ctx)


class EncoderLayer(nn.Module):
    cfg: dict
    dtype: jnp.dtype

    @nn.compact
    def __call__(self, x):
        c = self.cfg
        ln = lambda name: nn.LayerNorm(epsilon=c.get("layer_norm_eps", 1e-12), dtype=self.dtype, name=name)
        x = x + SelfAttention(c["num_attention_heads"], c.get("qkv_bias", True), self.dtype, name="attention")(
            ln("layernorm_before")(x))
        y = nn.Dense(c["intermediate_size"], dtype=self.dtype, name="intermediate")(ln("layernorm_after")(x))
        return x + nn.Dense(c["hidden_size"], dtype=self.dtype, name="output")(nn.gelu(y, approximate=False))


class ViT(nn.Module):
    """HF ViTForImageClassification (eval, pre-LN) on uint8 NHWC images."""
    cfg: dict
    dtype: jnp.dtype = jnp.float32

    @nn.compact
    def __call__(self, images_u8):
        c, P, D = self.cfg, self.cfg["patch_size"], self.cfg["hidden_size"]
        x = (images_u8.astype(jnp.float32) / 255.0 - 0.5) / 0.5
        x = nn.Conv(D, (P, P), strides=(P, P), padding="VALID", dtype=self.dtype, name="patch_embed")(x)
        B = x.shape[0]
        x = x.reshape(B, -1, D)  # row-major over (h, w), as HF flattens
        cls = self.param("cls_token", nn.initializers.zeros, (1, 1, D), jnp.float32)
        pos = self.param("position_embeddings", nn.initializers.zeros, (1, x.shape[1] + 1, D), jnp.float32)
        x = jnp.concatenate([jnp.broadcast_to(cls.astype(self.dtype), (B, 1, D)), x], axis=1) + pos.astype(self.dtype)
        for i in range(c["num_hidden_layers"]):
            x = EncoderLayer(c, self.dtype, name=f"layer_{i}")(x)
        x = nn.LayerNorm(epsilon=c.get("layer_norm_eps", 1e-12), dtype=self.dtype, name="layernorm")(x)
        return nn.Dense(len(c["id2label"]), dtype=self.dtype, name="classifier")(x[:, 0])


def flax_params(hf: dict, cfg: dict) -> dict:
    """HF state_dict names -> the ViT module's parameter tree (Linear [out,in] -> kernel [in,out])."""
    def dense(n):
        d = {"kernel": hf[n + ".weight"].T}
        if n + ".bias" in hf:
            d["bias"] = hf[n + ".bias"]
        return d
    ln = lambda n: {"scale": hf[n + ".weight"], "bias": hf[n + ".bias"]}
    e = "vit.embeddings."
    p = {"patch_embed": {"kernel": hf[e + "patch_embeddings.projection.weight"].transpose(2, 3, 1, 0),  # OIHW -> HWIO
                         "bias": hf[e + "patch_embeddings.projection.bias"]},
         "cls_token": hf[e + "cls_token"], "position_embeddings": hf[e + "position_embeddings"]}
    for i in range(cfg["num_hidden_layers"]):
        h = f"vit.encoder.layer.{i}."
        a = {m: dense(h + "attention.attention." + m) for m in ("query", "key", "value")}
        a["out"] = dense(h + "attention.output.dense")
        p[f"layer_{i}"] = {"layernorm_before": ln(h + "layernorm_before"), "attention": a,
                           "layernorm_after": ln(h + "layernorm_after"),
                           "intermediate": dense(h + "intermediate.dense"), "output": dense(h + "output.dense")}
    p["layernorm"] = ln("vit.layernorm")
    p["classifier"] = dense("classifier")
    return jax.tree_util.tree_map(jnp.asarray, p)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("config")
    for n in ("batch", "steps", "warmup"):
        ap.add_argument(n, type=int)
    ap.add_argument("--dtype", choices=("f32", "bf16"), default="f32")
    ap.add_argument("--peak-tflops", type=float)
    ap.add_argument("--flops-per-image", type=float)
    ap.add_argument("--check-reference", action="store_true",
                    help="also print vit_reference.loss_fn on the same batch (f32, highest precision)")
    a = ap.parse_args()
    cfg = json.load(open(a.config))
    model = ViT(cfg, jnp.bfloat16 if a.dtype == "bf16" else jnp.float32)
    hf = ref.formula_params(cfg)
    s = cfg["image_size"]
    images = jnp.asarray(ref.formula_images("bench_images", (a.batch, s, s, cfg["num_channels"])))
    labels = jnp.asarray(np.arange(a.batch) % len(cfg["id2label"]), dtype=jnp.int32)
    params = flax_params(hf, cfg)
    sig = lambda t: jax.tree_util.tree_map(lambda v: (v.shape, v.dtype), t)
    assert sig(params) == sig(jax.eval_shape(model.init, jax.random.key(0), images)["params"]), \
        "the mapped parameter tree does not match the module's"

    schedule = optax.warmup_cosine_decay_schedule(0.0, 1e-4, 10, 1000, 0.0)
    mask = jax.tree_util.tree_map_with_path(lambda path, v: path[-1].key == "kernel" and v.ndim >= 2, params)
    opt = optax.chain(optax.clip_by_global_norm(1.0),
                      optax.adamw(schedule, b1=0.9, b2=0.999, eps=1e-8, weight_decay=1e-4, mask=mask))
    state = opt.init(params)

    def loss_fn(p):
        logits = model.apply({"params": p}, images).astype(jnp.float32)
        return optax.softmax_cross_entropy_with_integer_labels(logits, labels).mean()

    def step(p, st):
        loss, g = jax.value_and_grad(loss_fn)(p)
        upd, st = opt.update(g, st, p)
        return optax.apply_updates(p, upd), st, loss

    extra = {}
    if a.check_reference:
        r = float(jax.jit(lambda p: ref.loss_fn(p, cfg, images, labels))({k: jnp.asarray(v) for k, v in hf.items()}))
        extra["reference_loss"] = r
    t0 = time.perf_counter()
    compiled = jax.jit(step, donate_argnums=(0, 1)).lower(params, state).compile()
    compile_s = time.perf_counter() - t0
    times, first = [], None
    for i in range(a.warmup + a.steps):
        t = time.perf_counter()
        params, state, loss = compiled(params, state)
        loss.block_until_ready()
        dt = time.perf_counter() - t
        if i == 0:
            first = float(loss)
        if i >= a.warmup:
            times.append(dt)
    times.sort()
    med = times[len(times) // 2]
    out = {"peer": f"jax {jax.__version__} + flax {flax.__version__} + optax {optax.__version__}",
           "device": str(jax.devices()[0]), "dtype": a.dtype, "matmul_precision": "default", "batch": a.batch,
           "compile_seconds": compile_s, "first_loss": first, "step_median_seconds": med,
           "images_per_second": a.batch / med}
    if a.flops_per_image:
        out["tflops"] = out["images_per_second"] * a.flops_per_image / 1e12
        if a.peak_tflops:
            out["mfu"] = out["tflops"] / a.peak_tflops
    if extra:
        extra["loss_relative_difference"] = abs(first - extra["reference_loss"]) / abs(extra["reference_loss"])
    print(json.dumps({**out, **extra}))


if __name__ == "__main__":
    main()
