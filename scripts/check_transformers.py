#!/usr/bin/env python3
"""Cross-check an HF-format ViT checkpoint (e.g. one saved by xlavit) with Hugging Face transformers.

Loads MODEL_DIR with `from_pretrained` of the class its config.json names (ViT, DeiT, DINOv2, ...), runs it in float32
eval mode on uint8 NHWC images read from a safetensors file, and compares the logits with an
expected-logits safetensors file:  max|got - want| / max|want| must be < --tol (default 1e-4).
Exits 0 on match, 1 on mismatch, 2 on usage / loading problems.

    python scripts/check_transformers.py MODEL_DIR \
        --images tests/fixtures/tiny_vit_batch.safetensors \
        --expected tests/fixtures/tiny_vit_batch.safetensors      # key `logits`

Needs: torch, transformers, safetensors, numpy (Pillow too for --processor).
Preprocessing is done by hand exactly as xlavit / the JAX reference do it
(x/255, (x-mean)/std with mean/std from preprocessor_config.json when present, else 0.5);
--processor additionally runs HF's ViTImageProcessor and checks it agrees.
"""
import argparse
import json
import os
import sys


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("model_dir", help="directory with config.json + model.safetensors (HF format)")
    ap.add_argument("--images", required=True, help="safetensors file with uint8 [B,H,W,3] images")
    ap.add_argument("--expected", help="safetensors file with expected logits (default: --images)")
    ap.add_argument("--images-key", default="images")
    ap.add_argument("--logits-key", default="logits")
    ap.add_argument("--tol", type=float, default=1e-4, help="max relative error (max-abs diff / max-abs expected)")
    ap.add_argument("--processor", action="store_true",
                    help="also preprocess with transformers.ViTImageProcessor and compare pixel values")
    args = ap.parse_args()

    try:
        import numpy as np
        import torch
        import transformers
        from safetensors.numpy import load_file
    except ImportError as e:  # pragma: no cover
        print(f"check_transformers: missing dependency: {e}", file=sys.stderr)
        return 2

    if not os.path.isfile(os.path.join(args.model_dir, "config.json")):
        print(f"check_transformers: {args.model_dir}/config.json not found", file=sys.stderr)
        return 2
    images = load_file(args.images)[args.images_key]
    expected = load_file(args.expected or args.images)[args.logits_key].astype(np.float64)
    if images.dtype != np.uint8 or images.ndim != 4 or images.shape[-1] != 3:
        print(f"check_transformers: images must be uint8 [B,H,W,3], got {images.dtype} {images.shape}",
              file=sys.stderr)
        return 2

    mean, std = [0.5, 0.5, 0.5], [0.5, 0.5, 0.5]
    pp_path = os.path.join(args.model_dir, "preprocessor_config.json")
    if os.path.isfile(pp_path):
        with open(pp_path) as f:
            pp = json.load(f)
        mean, std = pp.get("image_mean", mean), pp.get("image_std", std)

    with open(os.path.join(args.model_dir, "config.json")) as f:
        config = json.load(f)
    arch = (config.get("architectures") or ["ViTForImageClassification"])[0]
    # xlavit's `train --pooling map`: the classifier reads SigLIP's attention-pooling head
    # (transformers' pooler_output), which no transformers classifier does; computed from its parts.
    pooled = (config.get("vision_config") or {}).get("xlavit_pooling") == "map"
    model_class = getattr(transformers, arch)
    torch.manual_seed(0)
    kwargs = {"torch_dtype": torch.float32, "output_loading_info": True}
    try:
        model, info = model_class.from_pretrained(
            args.model_dir, attn_implementation="eager", **kwargs)
    except (TypeError, ValueError):  # older transformers without attn_implementation
        model, info = model_class.from_pretrained(args.model_dir, **kwargs)
    model = model.float().eval()
    # from_pretrained silently random-initialises weights missing from the checkpoint (and ignores
    # extra ones); treat either as a failure. Uses transformers' own loading report because
    # transformers >= 5 renames ViT modules internally (vit.layers.N.attention.q_proj, ...) while
    # still reading/writing the classic vit.encoder.layer.N.attention.attention.query names.
    bad = {k: sorted(map(str, info.get(k) or [])) for k in ("missing_keys", "unexpected_keys",
                                                             "mismatched_keys", "error_msgs")}
    if any(bad.values()):
        print(f"check_transformers: checkpoint does not load cleanly: {bad}", file=sys.stderr)
        return 1

    x = images.astype(np.float32) / np.float32(255.0)
    x = (x - np.asarray(mean, np.float32)) / np.asarray(std, np.float32)
    pixel_values = torch.from_numpy(np.ascontiguousarray(x.transpose(0, 3, 1, 2)))

    ok = True
    if args.processor:
        from transformers import ViTImageProcessor
        proc = ViTImageProcessor.from_pretrained(args.model_dir)
        hf_pv = proc(images=list(images), return_tensors="np")["pixel_values"]
        d = float(np.max(np.abs(hf_pv - pixel_values.numpy())))
        print(f"ViTImageProcessor vs manual preprocessing: max abs diff {d:.3e}")
        ok &= d < 1e-5

    with torch.no_grad():
        if pooled:
            got = model.classifier(model.vision_model(pixel_values=pixel_values).pooler_output).double().numpy()
            print("classifier on vision_model's pooler_output (xlavit_pooling: map)")
        else:
            got = model(pixel_values=pixel_values).logits.double().numpy()
    if got.shape != expected.shape:
        print(f"check_transformers: logits shape {got.shape} != expected {expected.shape}", file=sys.stderr)
        return 1
    diff = float(np.max(np.abs(got - expected)))
    rel = diff / max(float(np.max(np.abs(expected))), 1e-30)
    same_argmax = bool(np.all(got.argmax(-1) == expected.argmax(-1)))
    print(f"transformers {transformers.__version__}, torch {torch.__version__}: logits {got.shape}, "
          f"max abs diff {diff:.3e}, rel err {rel:.3e} (tol {args.tol:g}), argmax equal: {same_argmax}")
    ok &= rel < args.tol and same_argmax
    print("MATCH" if ok else "MISMATCH")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
