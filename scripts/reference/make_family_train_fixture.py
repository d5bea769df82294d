"""Training references for the ViT family (issue 21): a few AdamW steps in torch + transformers
from each tests/fixtures/family checkpoint, so that xlavit's train step can be compared with a
training run it did not write.

For each case: 8 random u8 images at the case's size and labels, normalized as xlavit does
(x / 255, then (x - 0.5) / 0.5); STEPS steps of cross-entropy on the class the checkpoint names
(DeiT with teacher: on the mean of its two heads' logits, as xlavit trains it), in eval mode
(no dropout or drop path: xlavit applies neither unless told), gradients clipped to global norm
1, torch.optim.AdamW at a constant lr. Weight decay by module type, not by name: the `weight`
of every nn.Linear and nn.Conv2d decays; nothing else does (biases, norms, CLS/distillation/
register/mask tokens, position embeddings, LayerScale gains, BEiT's relative position tables,
SigLIP's pooling probe), plus the stacked q/k/v matrix of SigLIP's pooling attention.
That is timm's rule and the one xlavit's parameter kinds encode; transformers' Trainer would
also decay tokens, positions, LayerScale and tables (it exempts only biases and LayerNorms).

Writes tests/fixtures/family/<case>/train.safetensors: images, labels, losses [STEPS],
grad_norms [STEPS], and final.<name> for every parameter that trains.

Needs torch and transformers (not part of the set-up):
    /tmp/torchenv/bin/python scripts/reference/make_family_train_fixture.py
"""
import json
import os
import sys
import tempfile

import numpy as np
import torch
import transformers as tf
from safetensors.torch import load_file, save_file

FAMILY = os.path.join(os.path.dirname(__file__), "..", "..", "tests", "fixtures", "family")
CASES = ["deit_distilled", "dinov2_registers", "dinov2_swiglu", "clip", "siglip", "beit", "beit_shared", "siglip_map"]
STEPS, BATCH, LR, WD = 4, 8, 2e-3, 0.3


def logits_of(case, model, x, **kwargs):
    if case == "siglip_map":
        # The classifier on the attention-pooling head (xlavit's --pooling map).
        return model.classifier(model.vision_model(pixel_values=x).pooler_output)
    return model(pixel_values=x, **kwargs).logits


def main():
    # Each case seeds its own draws: `make_family_train_fixture.py CASE...` makes those alone.
    only = sys.argv[1:]
    for case in CASES:
        if only and case not in only:
            continue
        d = os.path.join(FAMILY, case)
        with open(os.path.join(d, "config.json")) as f:
            arch = json.load(f)["architectures"][0]
        with open(os.path.join(d, "meta.json")) as f:
            size = json.load(f)["image_size"]
        model = getattr(tf, arch).from_pretrained(d, attn_implementation="eager").float().eval()
        g = np.random.default_rng(7)
        images = g.integers(0, 256, (BATCH, size, size, 3), dtype=np.uint8)
        labels = g.integers(0, model.config.num_labels, (BATCH,)).astype(np.int32)
        x = (torch.from_numpy(images).float().permute(0, 3, 1, 2) / 255.0 - 0.5) / 0.5
        y = torch.from_numpy(labels).long()
        decayed = {id(m.weight) for m in model.modules() if isinstance(m, (torch.nn.Linear, torch.nn.Conv2d))}
        # nn.MultiheadAttention (SigLIP's pooling head) keeps its stacked q/k/v matrix outside a Linear.
        decayed |= {id(m.in_proj_weight) for m in model.modules() if isinstance(m, torch.nn.MultiheadAttention)}
        params = list(model.parameters())
        groups = [{"params": [p for p in params if id(p) in decayed], "weight_decay": WD},
                  {"params": [p for p in params if id(p) not in decayed], "weight_decay": 0.0}]
        opt = torch.optim.AdamW(groups, lr=LR, betas=(0.9, 0.999), eps=1e-8)
        kwargs = {"interpolate_pos_encoding": True} if "interpolated" in case else {}
        losses, norms = [], []
        for _ in range(STEPS):
            opt.zero_grad()
            loss = torch.nn.functional.cross_entropy(logits_of(case, model, x, **kwargs), y)
            loss.backward()
            trained = [p for p in params if p.grad is not None]
            norms.append(torch.nn.utils.clip_grad_norm_(trained, 1.0).item())
            losses.append(loss.item())
            opt.step()
        out = {"images": torch.from_numpy(images), "labels": torch.from_numpy(labels),
               "losses": torch.tensor(losses, dtype=torch.float32), "grad_norms": torch.tensor(norms, dtype=torch.float32)}
        # The names save_pretrained writes (transformers 5 keeps the classic ones on disk).
        with tempfile.TemporaryDirectory() as t:
            model.save_pretrained(t)
            saved = load_file(os.path.join(t, "model.safetensors"))
        for k, v in saved.items():
            out[f"final.{k}"] = v.contiguous()
        save_file(out, os.path.join(d, "train.safetensors"))
        print(case, "losses", [round(l, 4) for l in losses], "trained", sum(p.grad is not None for p in params), "of", len(params))


if __name__ == "__main__":
    main()
