"""Independent numerical reference for xlavit: a hand-written pure-JAX forward of
Hugging Face `ViTForImageClassification` (eval mode, no dropout), plus the
deterministic "formula" weights / images that the Rust side regenerates bit-for-bit.

No flax, no transformers: parameters are a flat dict keyed by HF state_dict names.

=====================================================================================
FORMULA (all integer arithmetic is on unsigned 64-bit values, wrapping mod 2^64)
=====================================================================================
  fnv1a64(bytes):
      h = 0xcbf29ce484222325
      for b in bytes: h ^= b; h = h * 0x100000001b3          (mod 2^64)
  splitmix64_mix(x):
      x ^= x >> 30; x = x * 0xBF58476D1CE4E5B9              (mod 2^64)
      x ^= x >> 27; x = x * 0x94D049BB133111EB              (mod 2^64)
      x ^= x >> 31
  GOLDEN = 0x9E3779B97F4A7C15
  bits(tag, k) = splitmix64_mix(fnv1a64(utf8(tag)) + k * GOLDEN)   (mod 2^64)
      k = flat row-major (C order) element index over the tensor's HF shape.

  u(name, k) = (bits(name, k) >> 40) as f64 / 2^24            in [0, 1), exact in f32
  v          = 2*u - 1                                         (exact, f64)
  formula weight of tensor `name`, element k (computed in f64, ONE final rounding
  to f32 with round-to-nearest-even, i.e. Rust `(x_f64) as f32`):
      if name ends with "layernorm_before.weight", "layernorm_after.weight"
                     or "layernorm.weight":   f32(1.0 + 0.1 * v)
      else:                                   f32(0.05 * v)
  formula image pixel (u8) of batch tag `tag`, flat index k over [B,H,W,3] (NHWC):
      bits(tag, k) >> 56

=====================================================================================
MODEL (HF ViT, pre-LN) -- float32 everywhere, matmuls at "highest" precision
=====================================================================================
  preprocess: uint8 [B,H,W,3] -> x = f32(p) / 255 -> (x - 0.5) / 0.5 -> NCHW
  patch embed: conv2d stride P, no padding, weight [D,C,P,P] (OIHW) + bias
               -> [B,D,H/P,W/P] -> flatten row-major over (h,w) -> [B,N,D]
  tokens = concat(cls_token, patches) + position_embeddings
  per layer: h = x + Attn(LN_before(x)); x = h + MLP(LN_after(h))
     Attn: q,k,v = y W^T + b (torch Linear [out,in]); heads split the out dim as
           [H, head_dim]; softmax(q k^T * head_dim^-0.5) v; heads re-concatenated;
           then attention.output.dense.
     MLP: output.dense(gelu_erf(intermediate.dense(y)))
  LN: (x - mean) / sqrt(var_biased + eps) * w + b, eps = config.layer_norm_eps
  logits = classifier(vit.layernorm(x)[:, 0])
"""
import json
import math
import os

import jax
import jax.numpy as jnp
import numpy as np

jax.config.update("jax_default_matmul_precision", "highest")

HI = jax.lax.Precision.HIGHEST
MASK64 = (1 << 64) - 1
FNV_OFFSET = 0xCBF29CE484222325
FNV_PRIME = 0x100000001B3
GOLDEN = 0x9E3779B97F4A7C15
LN_WEIGHT_SUFFIXES = ("layernorm_before.weight", "layernorm_after.weight", "layernorm.weight")


# ----------------------------------------------------------------------------- formula
def fnv1a64(data: bytes) -> int:
    h = FNV_OFFSET
    for b in data:
        h ^= b
        h = (h * FNV_PRIME) & MASK64
    return h


def splitmix64_mix(x: np.ndarray) -> np.ndarray:
    """Vectorised on np.uint64 (numpy array arithmetic wraps mod 2^64)."""
    x = np.asarray(x, dtype=np.uint64)
    with np.errstate(over="ignore"):  # 0-d inputs warn on the (intended) wraparound
        x = x ^ (x >> np.uint64(30))
        x = x * np.uint64(0xBF58476D1CE4E5B9)
        x = x ^ (x >> np.uint64(27))
        x = x * np.uint64(0x94D049BB133111EB)
        x = x ^ (x >> np.uint64(31))
    return x


def formula_bits(tag: str, n: int) -> np.ndarray:
    k = np.arange(n, dtype=np.uint64)
    with np.errstate(over="ignore"):
        x = np.uint64(fnv1a64(tag.encode("utf-8"))) + k * np.uint64(GOLDEN)
    return splitmix64_mix(x)


def formula_u(name: str, n: int) -> np.ndarray:
    return (formula_bits(name, n) >> np.uint64(40)).astype(np.float64) / float(1 << 24)


def formula_weight(name: str, shape) -> np.ndarray:
    n = int(np.prod(shape, dtype=np.int64))
    v = 2.0 * formula_u(name, n) - 1.0
    w = 1.0 + 0.1 * v if name.endswith(LN_WEIGHT_SUFFIXES) else 0.05 * v
    return w.astype(np.float32).reshape(shape)


def formula_images(tag: str, shape) -> np.ndarray:
    n = int(np.prod(shape, dtype=np.int64))
    return (formula_bits(tag, n) >> np.uint64(56)).astype(np.uint8).reshape(shape)


# ----------------------------------------------------------------------------- config / names
def param_shapes(cfg: dict) -> dict:
    """HF ViTForImageClassification state_dict names -> shapes, in HF module order."""
    D, I, C, P = cfg["hidden_size"], cfg["intermediate_size"], cfg["num_channels"], cfg["patch_size"]
    N = (cfg["image_size"] // P) ** 2
    L = len(cfg["id2label"])
    s = {
        "vit.embeddings.cls_token": (1, 1, D),
        "vit.embeddings.position_embeddings": (1, N + 1, D),
        "vit.embeddings.patch_embeddings.projection.weight": (D, C, P, P),
        "vit.embeddings.patch_embeddings.projection.bias": (D,),
    }
    for i in range(cfg["num_hidden_layers"]):
        p = f"vit.encoder.layer.{i}."
        for m in ("query", "key", "value"):
            s[p + f"attention.attention.{m}.weight"] = (D, D)
            if cfg.get("qkv_bias", True):
                s[p + f"attention.attention.{m}.bias"] = (D,)
        s[p + "attention.output.dense.weight"] = (D, D)
        s[p + "attention.output.dense.bias"] = (D,)
        s[p + "intermediate.dense.weight"] = (I, D)
        s[p + "intermediate.dense.bias"] = (I,)
        s[p + "output.dense.weight"] = (D, I)
        s[p + "output.dense.bias"] = (D,)
        s[p + "layernorm_before.weight"] = (D,)
        s[p + "layernorm_before.bias"] = (D,)
        s[p + "layernorm_after.weight"] = (D,)
        s[p + "layernorm_after.bias"] = (D,)
    s["vit.layernorm.weight"] = (D,)
    s["vit.layernorm.bias"] = (D,)
    s["classifier.weight"] = (L, D)
    s["classifier.bias"] = (L,)
    return s


def formula_params(cfg: dict) -> dict:
    return {k: formula_weight(k, v) for k, v in param_shapes(cfg).items()}


def load_config(model_dir: str) -> dict:
    with open(os.path.join(model_dir, "config.json")) as f:
        return json.load(f)


# ----------------------------------------------------------------------------- model
def preprocess(images_u8, mean=(0.5, 0.5, 0.5), std=(0.5, 0.5, 0.5)):
    x = jnp.asarray(images_u8).astype(jnp.float32) / jnp.float32(255.0)
    x = (x - jnp.asarray(mean, jnp.float32)) / jnp.asarray(std, jnp.float32)
    return jnp.transpose(x, (0, 3, 1, 2))  # NHWC -> NCHW


def _linear(p, name, x):
    y = jnp.einsum("...i,oi->...o", x, p[name + ".weight"], precision=HI)
    b = p.get(name + ".bias")
    return y if b is None else y + b


def _layer_norm(p, name, x, eps):
    mu = jnp.mean(x, axis=-1, keepdims=True)
    var = jnp.mean(jnp.square(x - mu), axis=-1, keepdims=True)
    return (x - mu) / jnp.sqrt(var + eps) * p[name + ".weight"] + p[name + ".bias"]


def _gelu_erf(x):
    return 0.5 * x * (1.0 + jax.lax.erf(x / math.sqrt(2.0)).astype(x.dtype))


def vit_forward(p: dict, cfg: dict, pixel_values, return_cls_hidden=False):
    """pixel_values: NCHW float. Returns logits [B, num_labels]."""
    eps = cfg.get("layer_norm_eps", 1e-12)
    H = cfg["num_attention_heads"]
    P = cfg["patch_size"]
    e = "vit.embeddings."
    x = jax.lax.conv_general_dilated(
        pixel_values, p[e + "patch_embeddings.projection.weight"], window_strides=(P, P),
        padding="VALID", dimension_numbers=("NCHW", "OIHW", "NCHW"), precision=HI)
    x = x + p[e + "patch_embeddings.projection.bias"][None, :, None, None]
    B, D = x.shape[0], x.shape[1]
    x = jnp.transpose(x.reshape(B, D, -1), (0, 2, 1))  # [B, N, D], row-major patches
    cls = jnp.broadcast_to(p[e + "cls_token"], (B, 1, D))
    x = jnp.concatenate([cls, x], axis=1) + p[e + "position_embeddings"]
    T, hd = x.shape[1], D // H
    for i in range(cfg["num_hidden_layers"]):
        pre = f"vit.encoder.layer.{i}."
        y = _layer_norm(p, pre + "layernorm_before", x, eps)
        heads = lambda t: jnp.transpose(t.reshape(B, T, H, hd), (0, 2, 1, 3))
        q = heads(_linear(p, pre + "attention.attention.query", y))
        k = heads(_linear(p, pre + "attention.attention.key", y))
        v = heads(_linear(p, pre + "attention.attention.value", y))
        s = jnp.einsum("bhqd,bhkd->bhqk", q, k, precision=HI) * (hd ** -0.5)
        a = jax.nn.softmax(s, axis=-1)
        ctx = jnp.einsum("bhqk,bhkd->bhqd", a, v, precision=HI)
        ctx = jnp.transpose(ctx, (0, 2, 1, 3)).reshape(B, T, D)
        x = x + _linear(p, pre + "attention.output.dense", ctx)
        y = _layer_norm(p, pre + "layernorm_after", x, eps)
        y = _gelu_erf(_linear(p, pre + "intermediate.dense", y))
        x = x + _linear(p, pre + "output.dense", y)
    cls_hidden = _layer_norm(p, "vit.layernorm", x, eps)[:, 0]
    logits = _linear(p, "classifier", cls_hidden)
    return (logits, cls_hidden) if return_cls_hidden else logits


def cross_entropy(logits, labels):
    """Mean softmax cross-entropy over the batch (integer labels)."""
    logp = jax.nn.log_softmax(logits, axis=-1)
    return -jnp.mean(jnp.take_along_axis(logp, labels[:, None].astype(jnp.int32), axis=-1))


def loss_fn(p, cfg, images_u8, labels):
    return cross_entropy(vit_forward(p, cfg, preprocess(images_u8)), labels)


# ----------------------------------------------------------------------------- CLI
def _main():
    """python vit_reference.py MODEL_DIR IMAGES.safetensors  -> prints logits (key `images`)."""
    import sys
    from safetensors.numpy import load_file
    model_dir, images_file = sys.argv[1], sys.argv[2]
    cfg = load_config(model_dir)
    params = {k: jnp.asarray(v) for k, v in load_file(os.path.join(model_dir, "model.safetensors")).items()}
    images = load_file(images_file)["images"]
    logits = np.asarray(vit_forward(params, cfg, preprocess(images)))
    np.set_printoptions(precision=7, suppress=False, linewidth=160)
    print(logits)


if __name__ == "__main__":
    _main()
