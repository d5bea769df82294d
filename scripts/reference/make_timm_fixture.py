"""Parity fixture for timm checkpoints (issue 21): a tiny random timm VisionTransformer written
as the Hub's timm/vit_* repositories are (timm's own save_for_hf: config.json with
`architecture`, `model_args`, `pretrained_cfg`; model.safetensors in timm's names), and the
logits timm computes for a fixed batch of normalized pixels.

tests/fixtures/family/timm_vit/: config.json, model.safetensors, expected.safetensors
(`pixels` f32 [B, S, S, 3] channels last; `logits` f32 [B, labels]), meta.json.

Needs torch and timm (not part of the set-up):
    /tmp/torchenv/bin/pip install timm && /tmp/torchenv/bin/python scripts/reference/make_timm_fixture.py
"""
import json
import os

import timm
import torch
from safetensors.torch import save_file
from timm.models._hub import save_for_hf

OUT = os.path.join(os.path.dirname(__file__), "..", "..", "tests", "fixtures", "family", "timm_vit")


def main():
    torch.manual_seed(1)
    model = timm.create_model("vit_tiny_patch16_224", pretrained=False, img_size=28, patch_size=7, embed_dim=32,
                              depth=2, num_heads=4, mlp_ratio=2.0, num_classes=3).eval()
    with torch.no_grad():
        for p in model.parameters():
            p.copy_(torch.randn_like(p) * 0.3 + (0.5 if p.dim() == 1 and p.shape[0] == 32 else 0.0))
    os.makedirs(OUT, exist_ok=True)
    save_for_hf(model, OUT, safe_serialization=True)
    config_path = os.path.join(OUT, "config.json")
    with open(config_path) as f:
        config = json.load(f)
    config["label_names"] = ["ant", "bee", "cat"]
    with open(config_path, "w") as f:
        json.dump(config, f, indent=2)
    pixels = torch.randn(2, 3, 28, 28)
    with torch.no_grad():
        logits = model(pixels)
    save_file({"pixels": pixels.permute(0, 2, 3, 1).contiguous(), "logits": logits.contiguous()},
              os.path.join(OUT, "expected.safetensors"))
    with open(os.path.join(OUT, "meta.json"), "w") as f:
        json.dump({"image_size": 28, "class": "timm VisionTransformer", "timm": timm.__version__,
                   "torch": torch.__version__}, f, indent=1)


if __name__ == "__main__":
    main()
