#!/usr/bin/env python3
"""Optional cross-check of tests/fixtures/tiny_vit_train.safetensors against PyTorch + transformers.

Not needed to regenerate fixtures; run only where torch + transformers are installed:
    python scripts/reference/torch_train_crosscheck.py
Replays the 10 training steps with transformers.ViTForImageClassification, torch.optim.AdamW
(weight decay on >=2-D `.weight` tensors only, lr per step from the fixture's `lrs`) and
torch.nn.utils.clip_grad_norm_(1.0), then compares losses, grad norms, final parameters and
final logits with the JAX fixture. torch AdamW (p *= 1 - lr*wd, then Adam step) is algebraically
the same update as optax.adamw (p -= lr * (adam_dir + wd * p)).
"""
import os
import sys
import tempfile

import numpy as np
import torch
from safetensors.numpy import load_file
from transformers import ViTForImageClassification

ROOT = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
FIX = os.path.join(ROOT, "tests", "fixtures")


def main():
    torch.manual_seed(0)
    model = ViTForImageClassification.from_pretrained(os.path.join(FIX, "tiny_vit"),
                                                      attn_implementation="eager").float().eval()
    init = load_file(os.path.join(FIX, "tiny_vit", "model.safetensors"))
    batch = load_file(os.path.join(FIX, "tiny_vit_batch.safetensors"))
    train = load_file(os.path.join(FIX, "tiny_vit_train.safetensors"))
    x = (batch["images"].astype(np.float32) / np.float32(255) - np.float32(0.5)) / np.float32(0.5)
    x = torch.from_numpy(np.ascontiguousarray(x.transpose(0, 3, 1, 2)))
    y = torch.from_numpy(batch["labels"].astype(np.int64))
    named = dict(model.named_parameters())
    decay = [p for n, p in named.items() if n.endswith(".weight") and p.ndim >= 2]
    rest = [p for n, p in named.items() if not (n.endswith(".weight") and p.ndim >= 2)]
    opt = torch.optim.AdamW([{"params": decay, "weight_decay": 0.05}, {"params": rest, "weight_decay": 0.0}],
                            lr=0.0, betas=(0.9, 0.999), eps=1e-8)
    losses, norms = [], []
    for t in range(len(train["lrs"])):
        for g in opt.param_groups:
            g["lr"] = float(train["lrs"][t])
        opt.zero_grad()
        loss = torch.nn.functional.cross_entropy(model(pixel_values=x).logits, y)
        loss.backward()
        losses.append(loss.item())
        norms.append(torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0).item())
        opt.step()
    with torch.no_grad():
        final_logits = model(pixel_values=x).logits.numpy()
    with tempfile.TemporaryDirectory() as d:  # save_pretrained gives the HF (checkpoint) names
        model.save_pretrained(d)
        final = load_file(os.path.join(d, "model.safetensors"))
    ok = True
    dl = float(np.max(np.abs(np.array(losses) - train["losses"])))
    dn = float(np.max(np.abs(np.array(norms) - train["grad_norms"]) / train["grad_norms"]))
    dlog = float(np.max(np.abs(final_logits - train["final_logits"])))
    print(f"losses max abs diff {dl:.2e}; grad_norms max rel diff {dn:.2e}; final logits max abs diff {dlog:.2e}")
    ok &= dl < 1e-4 and dn < 1e-4 and dlog < 1e-4
    ok &= sorted(final) == sorted(init)
    for k in sorted(init):
        dref = train["final." + k].astype(np.float64) - init[k]
        dt = final[k].astype(np.float64) - init[k]
        err = float(np.max(np.abs(dt - dref)))
        # key biases have a mathematically zero gradient: their Adam updates are rounding noise
        good = err < 1e-4 if k.endswith("attention.attention.key.bias") else err <= 1e-3 * np.max(np.abs(dref))
        if not good:
            print(f"  MISMATCH {k}: update abs err {err:.2e}, max|update| {np.max(np.abs(dref)):.2e}")
        ok &= bool(good)
    print("MATCH" if ok else "MISMATCH")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
