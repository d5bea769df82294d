"""Regenerates every file under tests/fixtures/ from the pure-JAX reference.

    bash scripts/reference/setup_env.sh && .deps/refenv/bin/python scripts/reference/make_fixtures.py

See tests/fixtures/README.md (written by this script) for the contents and the
exact formulas / optimizer conventions the Rust side must match.
"""
import json
import os
import string
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", ".."))
FIX = os.path.join(ROOT, "tests", "fixtures")
sys.path.insert(0, HERE)

import jax  # noqa: E402
import jax.numpy as jnp  # noqa: E402
import numpy as np  # noqa: E402
import optax  # noqa: E402
from PIL import Image  # noqa: E402
from safetensors.numpy import load_file, save_file  # noqa: E402

import vit_reference as ref  # noqa: E402

LABELS = ["apple", "banana", "cherry", "date", "elderberry"]
TRAIN_STEPS = 10
BATCH_LABELS = np.array([0, 3, 1, 4], dtype=np.int32)


def dump_json(path, obj):
    """Same formatting as transformers' save_pretrained (indent=2, sort_keys, trailing newline)."""
    with open(path, "w") as f:
        f.write(json.dumps(obj, indent=2, sort_keys=True) + "\n")


def tiny_config():
    return {
        "architectures": ["ViTForImageClassification"],
        "attention_probs_dropout_prob": 0.0,
        "encoder_stride": 16,
        "hidden_act": "gelu",
        "hidden_dropout_prob": 0.0,
        "hidden_size": 64,
        "id2label": {str(i): n for i, n in enumerate(LABELS)},
        "image_size": 32,
        "initializer_range": 0.02,
        "intermediate_size": 128,
        "label2id": {n: i for i, n in enumerate(LABELS)},
        "layer_norm_eps": 1e-12,
        "model_type": "vit",
        "num_attention_heads": 4,
        "num_channels": 3,
        "num_hidden_layers": 2,
        "patch_size": 8,
        "pooler_act": "tanh",
        "pooler_output_size": 64,
        "qkv_bias": True,
        "torch_dtype": "float32",
        "transformers_version": "4.46.3",
    }


def vit_b16_config():
    # Key set of the hub's google/vit-base-patch16-224 config.json (which has no
    # encoder_stride / torch_dtype), with generic labels instead of ImageNet names.
    return {
        "architectures": ["ViTForImageClassification"],
        "attention_probs_dropout_prob": 0.0,
        "hidden_act": "gelu",
        "hidden_dropout_prob": 0.0,
        "hidden_size": 768,
        "id2label": {str(i): f"LABEL_{i}" for i in range(1000)},
        "image_size": 224,
        "initializer_range": 0.02,
        "intermediate_size": 3072,
        "label2id": {f"LABEL_{i}": i for i in range(1000)},
        "layer_norm_eps": 1e-12,
        "model_type": "vit",
        "num_attention_heads": 12,
        "num_channels": 3,
        "num_hidden_layers": 12,
        "patch_size": 16,
        "qkv_bias": True,
        "transformers_version": "4.13.0.dev0",
    }


PREPROCESSOR = {
    "do_normalize": True,
    "do_rescale": True,
    "do_resize": True,
    "image_mean": [0.5, 0.5, 0.5],
    "image_processor_type": "ViTImageProcessor",
    "image_std": [0.5, 0.5, 0.5],
    "resample": 2,
    "rescale_factor": 1 / 255,
    "size": {"height": 32, "width": 32},
}


def random_tiny_params(cfg):
    rng = np.random.default_rng(0)
    out = {}
    for name, shape in ref.param_shapes(cfg).items():  # HF module order
        if name.endswith(ref.LN_WEIGHT_SUFFIXES):
            a = 1.0 + rng.normal(0.0, 0.1, shape)
        elif ".layernorm" in name or name.startswith("vit.layernorm"):  # LN bias
            a = rng.normal(0.0, 0.1, shape)
        else:  # matrices, conv, cls, pos, linear biases
            a = rng.normal(0.0, 0.02, shape)
        out[name] = a.astype(np.float32)
    return out


def decay_mask(params):
    return {k: (k.endswith(".weight") and np.ndim(v) >= 2) for k, v in params.items()}


def make_schedule():
    return optax.warmup_cosine_decay_schedule(
        init_value=0.0, peak_value=1e-3, warmup_steps=3, decay_steps=10, end_value=0.0)


def make_optimizer(params):
    return optax.chain(
        optax.clip_by_global_norm(1.0),
        optax.adamw(make_schedule(), b1=0.9, b2=0.999, eps=1e-8, weight_decay=0.05,
                    mask=decay_mask(params)))


# ----------------------------------------------------------------------------- fixtures
def write_tiny_checkpoint():
    cfg = tiny_config()
    d = os.path.join(FIX, "tiny_vit")
    os.makedirs(d, exist_ok=True)
    params = random_tiny_params(cfg)
    dump_json(os.path.join(d, "config.json"), cfg)
    dump_json(os.path.join(d, "preprocessor_config.json"), PREPROCESSOR)
    save_file(params, os.path.join(d, "model.safetensors"), metadata={"format": "pt"})
    return cfg, params


def write_batch(cfg, params):
    rng = np.random.default_rng(1)
    images = rng.integers(0, 256, size=(4, 32, 32, 3), dtype=np.uint8)
    p = {k: jnp.asarray(v) for k, v in params.items()}
    logits = np.asarray(jax.jit(lambda p, x: ref.vit_forward(p, cfg, ref.preprocess(x)))(p, images),
                        dtype=np.float32)
    save_file({"images": images, "labels": BATCH_LABELS, "logits": logits},
              os.path.join(FIX, "tiny_vit_batch.safetensors"))
    img_dir = os.path.join(FIX, "images")
    os.makedirs(img_dir, exist_ok=True)
    preds = []
    for i in range(images.shape[0]):
        path = os.path.join(img_dir, f"img{i}.png")
        Image.fromarray(images[i], mode="RGB").save(path)
        back = np.asarray(Image.open(path).convert("RGB"))
        assert np.array_equal(back, images[i]), "PNG round trip not lossless"
        lg = logits[i].astype(np.float64)
        prob = np.exp(lg - lg.max()); prob /= prob.sum()
        top = int(np.argmax(lg))
        preds.append({"file": f"images/img{i}.png", "logits": [float(v) for v in logits[i]],
                      "probabilities": [float(v) for v in prob.astype(np.float32)],
                      "predicted_index": top, "predicted_label": cfg["id2label"][str(top)]})
    dump_json(os.path.join(FIX, "tiny_vit_predict.json"),
              {"model": "tiny_vit", "predictions": preds})
    return images, logits


def write_train(cfg, params, images, labels):
    p = {k: jnp.asarray(v) for k, v in params.items()}
    opt = make_optimizer(params)
    state = opt.init(p)
    sched = make_schedule()
    grad_fn = jax.jit(jax.value_and_grad(lambda p: ref.loss_fn(p, cfg, images, labels)))

    @jax.jit
    def apply(p, g, state):
        upd, state = opt.update(g, state, p)
        return optax.apply_updates(p, upd), state

    losses, lrs, gnorms, grad0 = [], [], [], None
    for t in range(TRAIN_STEPS):
        loss, g = grad_fn(p)
        if t == 0:
            grad0 = {k: np.asarray(v, np.float32) for k, v in g.items()}
        losses.append(float(loss))
        gnorms.append(float(optax.global_norm(g)))
        lrs.append(float(sched(t)))
        p, state = apply(p, g, state)
    final_logits = np.asarray(ref.vit_forward(p, cfg, ref.preprocess(images)), np.float32)
    final_loss = float(ref.cross_entropy(jnp.asarray(final_logits), labels))
    out = {"losses": np.array(losses, np.float32), "lrs": np.array(lrs, np.float32),
           "grad_norms": np.array(gnorms, np.float32), "final_logits": final_logits,
           "final_loss": np.array([final_loss], np.float32)}
    out.update({"final." + k: np.asarray(v, np.float32) for k, v in p.items()})
    out.update({"grad0." + k: v for k, v in grad0.items()})
    save_file(out, os.path.join(FIX, "tiny_vit_train.safetensors"))
    return out


def write_vit_b16():
    cfg = vit_b16_config()
    dump_json(os.path.join(FIX, "vit_b16_config.json"), cfg)
    t0 = time.time()
    params = ref.formula_params(cfg)
    t1 = time.time()
    images = ref.formula_images("vit_b16_images", (2, 224, 224, 3))
    p = {k: jnp.asarray(v) for k, v in params.items()}
    logits, cls_hidden = jax.jit(
        lambda p, x: ref.vit_forward(p, cfg, ref.preprocess(x), return_cls_hidden=True))(p, images)
    logits, cls_hidden = np.asarray(logits, np.float32), np.asarray(cls_hidden, np.float32)
    t2 = time.time()
    save_file({"logits": logits, "cls_hidden": cls_hidden},
              os.path.join(FIX, "vit_b16_formula_logits.safetensors"))
    n = sum(int(v.size) for v in params.values())
    print(f"[vit_b16] {n} formula params generated in {t1 - t0:.1f}s, forward {t2 - t1:.1f}s")
    return cfg, params, images, logits


def write_formula_check(cfg_b16, params_b16, images_b16):
    names = ["vit.embeddings.cls_token", "vit.layernorm.weight",
             "vit.encoder.layer.0.layernorm_before.weight",
             "vit.encoder.layer.11.intermediate.dense.weight"]
    bits = ref.formula_bits("vit.embeddings.cls_token", 4)
    check = {
        "fnv1a64_abc": str(ref.fnv1a64(b"abc")),
        "fnv1a64_empty": str(ref.fnv1a64(b"")),
        "splitmix64_mix_0": str(int(ref.splitmix64_mix(np.uint64(0)))),
        "splitmix64_mix_1": str(int(ref.splitmix64_mix(np.uint64(1)))),
        "bits_cls_token_first4": [str(int(b)) for b in bits],
        "u_cls_token_first4": [float(x) for x in ref.formula_u("vit.embeddings.cls_token", 4)],
        "weights_first4": {k: [float(x) for x in params_b16[k].reshape(-1)[:4]] for k in names},
        "weights_last": {k: float(params_b16[k].reshape(-1)[-1]) for k in names},
        "vit_b16_images_first8": [int(x) for x in images_b16.reshape(-1)[:8]],
        "vit_b16_images_last4": [int(x) for x in images_b16.reshape(-1)[-4:]],
        "vit_b16_images_sum": int(images_b16.astype(np.int64).sum()),
        # per-tensor float64 sums of the float32 formula values, for debugging a port
        "vit_b16_tensor_sums": {k: float(v.astype(np.float64).sum()) for k, v in params_b16.items()},
        "vit_b16_tensor_shapes": {k: list(v.shape) for k, v in params_b16.items()},
        "vit_b16_num_params": int(sum(v.size for v in params_b16.values())),
    }
    dump_json(os.path.join(FIX, "formula_check.json"), check)
    return check


# ----------------------------------------------------------------------------- FD check (float64)
def fd_check():
    """Run in a subprocess with x64 on: jax.grad vs central finite differences (float64)."""
    jax.config.update("jax_enable_x64", True)
    cfg = load_tiny_cfg()
    params = load_file(os.path.join(FIX, "tiny_vit", "model.safetensors"))
    batch = load_file(os.path.join(FIX, "tiny_vit_batch.safetensors"))
    train = load_file(os.path.join(FIX, "tiny_vit_train.safetensors"))
    p64 = {k: jnp.asarray(v, jnp.float64) for k, v in params.items()}
    images, labels = batch["images"], jnp.asarray(batch["labels"])

    def loss64(p):
        x = ref.preprocess(images).astype(jnp.float64)
        return ref.cross_entropy(ref.vit_forward(p, cfg, x), labels)

    loss_j = jax.jit(loss64)
    g64 = jax.jit(jax.grad(loss64))(p64)
    assert g64["classifier.weight"].dtype == jnp.float64
    rng = np.random.default_rng(2)
    names = sorted(p64)
    h, ok = 1e-5, True
    print(f"[fd] float64 loss = {float(loss_j(p64)):.15f}  (float32 reference losses[0] = {train['losses'][0]:.7f})")
    for _ in range(3):
        name = names[rng.integers(len(names))]
        idx = tuple(int(rng.integers(s)) for s in p64[name].shape)
        e = jnp.zeros_like(p64[name]).at[idx].set(h)
        lp = float(loss_j({**p64, name: p64[name] + e}))
        lm = float(loss_j({**p64, name: p64[name] - e}))
        fd = (lp - lm) / (2 * h)
        g = float(g64[name][idx])
        err = abs(g - fd)
        good = err <= 1e-9 + 1e-6 * abs(g)
        ok &= good
        print(f"[fd] {name}{list(idx)}: jax.grad={g:+.12e} central_fd={fd:+.12e} abs_err={err:.2e} "
              f"{'OK' if good else 'FAIL'}")
    # float32 first-step gradient of the fixture vs the float64 gradient. Error of each tensor is
    # measured relative to max(its own max|g|, 1e-3 * global max|g|): the attention *key* biases
    # have a mathematically zero gradient (softmax is shift-invariant per query), so a pure
    # per-tensor relative error would be noise/noise there.
    gmax = max(float(np.max(np.abs(np.asarray(v)))) for v in g64.values())
    worst, worst_name = 0.0, None
    for k, v in g64.items():
        v = np.asarray(v)
        err = float(np.max(np.abs(train["grad0." + k].astype(np.float64) - v)))
        rel = err / max(float(np.max(np.abs(v))), 1e-3 * gmax)
        if rel > worst:
            worst, worst_name = rel, k
    kb = [float(np.max(np.abs(np.asarray(v)))) for k, v in g64.items() if k.endswith("attention.attention.key.bias")]
    print(f"[fd] grad0 (float32 fixture) vs float64 jax.grad: worst rel err = {worst:.2e} ({worst_name}); "
          f"max|grad key.bias| (float64) = {max(kb):.1e} (mathematically 0)")
    ok &= worst < 1e-4
    if not ok:
        sys.exit("[fd] FAILED")
    print("[fd] all checks passed")


def load_tiny_cfg():
    with open(os.path.join(FIX, "tiny_vit", "config.json")) as f:
        return json.load(f)


# ----------------------------------------------------------------------------- README
README = r"""# tests/fixtures — numerical reference data for xlavit

Generated by `scripts/reference/make_fixtures.py` (pure JAX, hand-written HF ViT forward in
`scripts/reference/vit_reference.py`; no flax / transformers). Regenerate everything with

    bash scripts/reference/setup_env.sh && .deps/refenv/bin/python scripts/reference/make_fixtures.py

(the venv lives in `.deps/refenv`, gitignored; packages pinned in `scripts/reference/requirements.txt`).
All float computation is float32 on CPU with `jax_default_matmul_precision="highest"`.

## Files

| file | contents |
|---|---|
| `tiny_vit/config.json` | HF `ViTConfig` as `save_pretrained` writes it (sorted keys, indent 2): hidden 64, 2 layers, 4 heads, mlp 128, image 32, patch 8, 3 channels, qkv_bias, eps 1e-12, 5 labels apple/banana/cherry/date/elderberry. Also has `pooler_act`/`pooler_output_size` like transformers >= 4.4x writes. |
| `tiny_vit/preprocessor_config.json` | `ViTImageProcessor` config: resize to 32x32 (resample 2 = bilinear), rescale 1/255, normalize mean = std = 0.5 |
| `tiny_vit/model.safetensors` | 40 f32 tensors (80,901 values), HF names, metadata `{"format":"pt"}` (transformers refuses safetensors files without it). Random: numpy `default_rng(0)` drawn in HF module order; matrices/conv/cls/pos and linear biases N(0, 0.02); LayerNorm weight 1 + N(0, 0.1), LayerNorm bias N(0, 0.1) |
| `tiny_vit_batch.safetensors` | `images` u8 [4,32,32,3] NHWC (`default_rng(1).integers(0,256)`), `labels` i32 [4] = [0,3,1,4], `logits` f32 [4,5] = reference forward of `tiny_vit` |
| `images/img{0..3}.png` | the same 4 images as 8-bit RGB PNG (lossless; decoding gives exactly `images[i]`) |
| `tiny_vit_predict.json` | `{"model","predictions":[{"file","logits"[5],"probabilities"[5],"predicted_index","predicted_label"}]}` per PNG |
| `tiny_vit_train.safetensors` | 10 AdamW steps from `tiny_vit` on the batch above: `losses` f32[10], `lrs` f32[10], `grad_norms` f32[10], `final_logits` f32[4,5] and `final_loss` f32[1] (after the 10 updates), `final.<hf name>` (every parameter after 10 steps), `grad0.<hf name>` (gradient at step 0) |
| `vit_b16_config.json` | google/vit-base-patch16-224 config key set (no `encoder_stride`/`torch_dtype`, as on the hub), labels `LABEL_i` |
| `vit_b16_formula_logits.safetensors` | `logits` f32 [2,1000] and `cls_hidden` f32 [2,768] (= `vit.layernorm` output of token 0, i.e. classifier input) of ViT-B/16 with all weights from the formula, on the 2 formula images with tag `vit_b16_images` (shape [2,224,224,3]) |
| `formula_check.json` | unit-test values for a port of the formula: `fnv1a64_abc` (decimal string), `fnv1a64_empty`, `splitmix64_mix_0/1`, `bits_cls_token_first4` (u64 decimal strings), `u_cls_token_first4`, `weights_first4` / `weights_last` for a few names, `vit_b16_images_first8` / `_last4` / `_sum`, per-tensor `vit_b16_tensor_sums` (f64 sum of the f32 values) and `vit_b16_tensor_shapes`, `vit_b16_num_params` |

## Model (HF `ViTForImageClassification`, eval)

- input: u8 [B,H,W,3] -> `x = f32(p) / 255` -> `(x - 0.5) / 0.5` -> NCHW
- patch embedding: conv stride P (weight [D,C,P,P] OIHW, + bias), patches row-major over (h, w);
  tokens = [cls_token; patches] + position_embeddings
- per layer (pre-LN): `h = x + attn(LN_before(x))`, `x = h + output.dense(gelu_erf(intermediate.dense(LN_after(h))))`;
  linear `y = x W^T + b` with torch weight [out, in]; heads split the q/k/v out-dim as [H, head_dim];
  scores scaled by `head_dim^-0.5`; exact erf GELU; LN eps from config (1e-12), biased variance
- `logits = classifier(vit.layernorm(x)[:, 0])`

## Formula weights / images (bit-exact)

All integer ops on u64 with wrapping (mod 2^64):

```
fnv1a64(bytes):     h = 0xcbf29ce484222325; for b in bytes: h ^= b; h = h * 0x100000001b3
splitmix64_mix(x):  x ^= x >> 30; x *= 0xBF58476D1CE4E5B9; x ^= x >> 27; x *= 0x94D049BB133111EB; x ^= x >> 31
bits(tag, k)      = splitmix64_mix(fnv1a64(utf8(tag)) + k * 0x9E3779B97F4A7C15)
                    k = flat row-major (C-order) index over the tensor's HF shape
u(name, k)        = (bits(name, k) >> 40) as f64 / 2^24          # in [0, 1), exact
v                 = 2*u - 1                                       # exact in f64
weight(name, k)   = (1.0 + 0.1*v) as f32   if name ends with "layernorm_before.weight",
                                              "layernorm_after.weight" or "layernorm.weight"
                  = (0.05*v) as f32        otherwise (incl. all biases, LN biases, cls, pos)
                    (product/sum in f64, one final f64->f32 round-to-nearest, i.e. Rust `as f32`)
pixel(tag, k)     = (bits(tag, k) >> 56) as u8                    # k over [B,H,W,3] NHWC
```
Check values: fnv1a64("abc") = ${fnv_abc} (0x${fnv_abc_hex}); first 8 pixels of tag `vit_b16_images` =
${px8}; first 4 weights of `vit.embeddings.cls_token` = ${cls4}; of `vit.layernorm.weight` = ${ln4}.

## Training reference (optax ${optax_version}, jax ${jax_version})

```python
schedule = optax.warmup_cosine_decay_schedule(init_value=0.0, peak_value=1e-3,
                                              warmup_steps=3, decay_steps=10, end_value=0.0)
opt = optax.chain(optax.clip_by_global_norm(1.0),
                  optax.adamw(schedule, b1=0.9, b2=0.999, eps=1e-8, weight_decay=0.05, mask=mask))
mask(name) = name.endswith(".weight") and ndim >= 2   # linear + conv weights only
```
Every step uses the same 4 images/labels of `tiny_vit_batch.safetensors`; loss = mean softmax
cross-entropy. `losses[t]` is the loss at the parameters *before* update t; `grad_norms[t]` is the
global L2 norm of the raw gradient (before clipping); `lrs[t] = schedule(t)`.

Conventions the Rust side must match exactly:
- **lr for step t is `schedule(t)` with t starting at 0** (the optax count before increment). So the
  first update uses lr = 0 (it changes nothing but still updates the Adam moments), and the schedule is
  `lr(t) = peak * t / 3` for t < 3, then `end + (peak - end) * 0.5 * (1 + cos(pi * (t - 3) / 7))`
  (`decay_steps` counts the warmup steps too). Values: ${lrs}.
- Clip: `g_norm = sqrt(sum over all tensors of sum(g^2))`; if `g_norm < 1.0` unchanged, else
  `g = (g / g_norm) * 1.0`. Clipping is applied to the gradient *before* Adam's moments.
- Adam with bias correction, count c = t + 1: `m = 0.9 m + 0.1 g`, `n = 0.999 n + 0.001 g^2`,
  `m_hat = m / (1 - 0.9^c)`, `n_hat = n / (1 - 0.999^c)`, `dir = m_hat / (sqrt(n_hat) + 1e-8)`
  (eps outside the sqrt, eps_root = 0).
- **Weight decay is decoupled and scaled by the lr**: `param -= lr * (dir + 0.05 * param)` for masked
  tensors, `param -= lr * dir` for the rest (LayerNorm weights/biases, all biases, cls_token,
  position_embeddings). I.e. the decay term is `lr * wd * param`, not `wd * param`.

## Suggested tolerances (measured against PyTorch, see below)

- logits (tiny and ViT-B/16): max|got - want| / max|want| < 1e-4 (HF transformers gets 3e-7 / 2e-6).
- `grad0.*`: relative to each tensor's max|g| (f32 vs f64 gradient: <= 7e-7), EXCEPT
  `attention.attention.key.bias`: its gradient is mathematically 0 (softmax is shift-invariant per
  query) and is pure rounding noise (~1e-10 in f32); compare it with an absolute tolerance (e.g. 1e-7).
- `final.*`: compare the update `final - initial` per tensor with rel tol ~1e-3 of max|update|
  (torch AdamW replay: <= 1.2e-4). Again except the two `key.bias` tensors, whose Adam updates are
  amplified noise (|update| ~1e-5, implementation-dependent sign): use atol 1e-4 on them.
- `losses`, `grad_norms`: ~1e-5 relative (torch replay: 4e-6 abs / 6e-6 rel). Note `losses[0] ==
  losses[1]` because lr(0) = 0, and every grad norm is > 1 so clipping is active at every step.

## Independent cross-checks (done when these fixtures were made)

- `make_fixtures.py` itself: jax.grad vs float64 central differences (h = 1e-5) on 3 random scalar
  entries (abs err ~1e-12), and the f32 `grad0` vs the f64 gradient; pure-Python-int formula vs the
  vectorised numpy one; PNG round trip is lossless.
- With transformers 5.24.0 + torch 2.15.0 (CPU, in a throwaway venv, not part of the fixture run):
  `scripts/check_transformers.py tests/fixtures/tiny_vit --images tests/fixtures/tiny_vit_batch.safetensors --processor`
  -> rel err 3.2e-7 (and ViTImageProcessor pixel values identical to the manual preprocessing);
  ViT-B/16 formula checkpoint -> rel err 1.6e-6, same argmax;
  `scripts/reference/torch_train_crosscheck.py` (torch AdamW replay of the 10 steps) -> MATCH.

Measured: losses[0] = ${loss0}, losses[9] = ${loss9}, final_loss (after 10 updates) = ${lossf};
grad_norms = ${gn}.
"""


def write_readme(check, train):
    lrs = ", ".join(f"{x:.9g}" for x in train["lrs"])
    gn = ", ".join(f"{x:.5g}" for x in train["grad_norms"])
    fnv = int(check["fnv1a64_abc"])
    text = string.Template(README).substitute(
        fnv_abc=fnv, fnv_abc_hex=f"{fnv:016x}", px8=check["vit_b16_images_first8"],
        cls4=[f"{x:.9g}" for x in check["weights_first4"]["vit.embeddings.cls_token"]],
        ln4=[f"{x:.9g}" for x in check["weights_first4"]["vit.layernorm.weight"]],
        optax_version=optax.__version__, jax_version=jax.__version__, lrs=lrs,
        loss0=f"{train['losses'][0]:.7f}", loss9=f"{train['losses'][-1]:.7f}",
        lossf=f"{train['final_loss'][0]:.7f}", gn=gn)
    text = text.replace("['", "[").replace("']", "]").replace("', '", ", ")
    with open(os.path.join(FIX, "README.md"), "w") as f:
        f.write(text)


def scalar_formula_selfcheck():
    """Pure-Python-int (non-numpy) formula at a few indices, incl. large k, vs the vectorised one."""
    M = (1 << 64) - 1

    def mix(x):
        x ^= x >> 30; x = (x * 0xBF58476D1CE4E5B9) & M
        x ^= x >> 27; x = (x * 0x94D049BB133111EB) & M
        return x ^ (x >> 31)

    name, n = "vit.encoder.layer.11.intermediate.dense.weight", 3072 * 768
    vec = ref.formula_weight(name, (n,))
    for k in (0, 1, 12345, n - 1):
        u = (mix((ref.fnv1a64(name.encode()) + k * 0x9E3779B97F4A7C15) & M) >> 40) / 2.0 ** 24
        assert np.float32(0.05 * (2 * u - 1)) == vec[k], (k, vec[k])
    ln = ref.formula_weight("vit.layernorm.weight", (768,))
    u = (mix(ref.fnv1a64(b"vit.layernorm.weight")) >> 40) / 2.0 ** 24
    assert np.float32(1.0 + 0.1 * (2 * u - 1)) == ln[0]
    px = ref.formula_images("vit_b16_images", (2, 224, 224, 3)).reshape(-1)
    for k in (0, 7, px.size - 1):
        assert mix((ref.fnv1a64(b"vit_b16_images") + k * 0x9E3779B97F4A7C15) & M) >> 56 == px[k]


def main():
    if "--fd-check" in sys.argv:
        fd_check()
        return
    os.makedirs(FIX, exist_ok=True)
    # sanity of the formula helpers against independent known values
    assert ref.fnv1a64(b"") == 0xCBF29CE484222325
    assert ref.fnv1a64(b"a") == 0xAF63DC4C8601EC8C
    assert ref.fnv1a64(b"abc") == 0xE71FA2190541574B
    # splitmix64 reference stream (Vigna), seed 0: state += golden, then mix
    assert int(ref.splitmix64_mix(np.uint64(0x9E3779B97F4A7C15))) == 0xE220A8397B1DCDAF
    scalar_formula_selfcheck()

    cfg, params = write_tiny_checkpoint()
    images, logits = write_batch(cfg, params)
    print(f"[tiny] logits:\n{np.array2string(logits, precision=6)}")
    train = write_train(cfg, params, images, jnp.asarray(BATCH_LABELS))
    print("[train] losses    :", np.array2string(train["losses"], precision=7))
    print("[train] lrs       :", np.array2string(train["lrs"], precision=7))
    print("[train] grad_norms:", np.array2string(train["grad_norms"], precision=6))
    print(f"[train] final_loss: {train['final_loss'][0]:.7f}")
    cfg_b, params_b, images_b, logits_b = write_vit_b16()
    print("[vit_b16] logits[:, :5]:", np.array2string(logits_b[:, :5], precision=6),
          " argmax:", logits_b.argmax(-1), " std:", float(logits_b.std()))
    check = write_formula_check(cfg_b, params_b, images_b)
    print("[formula] fnv1a64(abc) =", check["fnv1a64_abc"], " first8 px:", check["vit_b16_images_first8"])
    write_readme(check, train)
    env = dict(os.environ, JAX_ENABLE_X64="1")
    subprocess.run([sys.executable, os.path.abspath(__file__), "--fd-check"], check=True, env=env)
    total = 0
    for dp, _, fs in os.walk(FIX):
        for f in sorted(fs):
            s = os.path.getsize(os.path.join(dp, f))
            total += s
            print(f"  {os.path.relpath(os.path.join(dp, f), ROOT)}  {s} B")
    print(f"total fixture size: {total} B")


if __name__ == "__main__":
    main()
