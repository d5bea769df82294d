"""Writes tests/fixtures/autoaugment.safetensors: what torchvision's TrivialAugmentWide and
RandAugment ops make of small uint8 images, op by op, at fixed magnitude bins and signs, so
xlavit's on-device ops (src/autoaugment.rs) can be checked against torchvision itself.

    python3 -m venv .deps/torchenv
    .deps/torchenv/bin/pip install torch torchvision safetensors numpy
    .deps/torchenv/bin/python scripts/reference/make_autoaugment_fixtures.py

torch is large (several GB with its CUDA libraries), so it stays out of the set-up; the
fixture is committed. Each op runs through the policy's own `_apply_image_or_video_transform`
with the magnitude the policy's `_AUGMENTATION_SPACE` gives for the bin, negated for the
negative sign as the policy does when its coin falls that way.

Keys, images NHWC u8 (torchvision works on NCHW; transposed here):
  images/<set>                                   the input batch of set `square` (16x16) or `wide` (13x21)
  <policy>/<op>/<bin>/<pos|neg>/<set>            the op's output
  magnitudes/<policy>/<op>/<set>                 f32[31], the policy's magnitudes (for ops that have them)
`manifest.json` beside it lists the cases and the versions.
"""
import json
import os

import numpy as np
import torch
import torchvision
from safetensors.numpy import save_file
from torchvision.transforms import InterpolationMode
from torchvision.transforms import v2

OUT = os.path.join(os.path.dirname(__file__), "..", "..", "tests", "fixtures")


def images(h, w, seed):
    rng = np.random.default_rng(seed)
    noise = rng.integers(0, 256, size=(h, w, 3), dtype=np.uint8)
    # A smooth image in a narrow range (equalize and autocontrast stretch it), one flat channel.
    yy, xx = np.mgrid[0:h, 0:w]
    smooth = np.stack([40 + (xx * 140) // max(w - 1, 1), 60 + (yy * 90) // max(h - 1, 1), np.full_like(xx, 77)], -1)
    smooth = (smooth + rng.integers(0, 3, size=(h, w, 3))).astype(np.uint8)
    smooth[..., 2] = 77
    return np.stack([noise, smooth])


POLICIES = {
    "trivial": (v2.TrivialAugmentWide(), [0, 1, 7, 15, 22, 30]),
    "randaug": (v2.RandAugment(num_ops=1, magnitude=9), [9]),
}


def main():
    tensors = {}
    cases = []
    sets = {"square": images(16, 16, 1), "wide": images(13, 21, 2)}
    for name, batch in sets.items():
        tensors[f"images/{name}"] = batch
    for policy, (t, bins) in POLICIES.items():
        for op, (fn, signed) in t._AUGMENTATION_SPACE.items():
            for set_name, batch in sets.items():
                h, w = batch.shape[1:3]
                mags = fn(31, h, w)
                if mags is not None:
                    tensors[f"magnitudes/{policy}/{op}/{set_name}"] = mags.to(torch.float32).numpy()
                x = torch.from_numpy(np.ascontiguousarray(batch.transpose(0, 3, 1, 2)))
                for b in bins if mags is not None else [0]:
                    for sign in (["pos", "neg"] if signed else ["pos"]):
                        m = 0.0 if mags is None else float(mags[b])
                        if sign == "neg":
                            m = -m
                        y = t._apply_image_or_video_transform(x, op, m, interpolation=InterpolationMode.NEAREST, fill=t._fill)
                        key = f"{policy}/{op}/{b}/{sign}/{set_name}"
                        tensors[key] = np.ascontiguousarray(y.numpy().transpose(0, 2, 3, 1))
                        cases.append({"key": key, "policy": policy, "op": op, "bin": b, "negative": sign == "neg", "magnitude": m})
    save_file(tensors, os.path.join(OUT, "autoaugment.safetensors"))
    with open(os.path.join(OUT, "autoaugment.json"), "w") as f:
        json.dump({"torch": torch.__version__, "torchvision": torchvision.__version__, "cases": cases}, f, indent=1)
    print(f"{len(cases)} cases, torchvision {torchvision.__version__}")


if __name__ == "__main__":
    main()
