"""Writes tests/fixtures/resize_cases.safetensors: PIL bilinear resizes that the Rust
port (`xlavit::data::image::resize_bilinear`) must reproduce.

    .deps/refenv/bin/python scripts/reference/make_resize_fixture.py

HF's ViTImageProcessor resizes uint8 RGB images with
`PIL.Image.resize((w, h), resample=BILINEAR, reducing_gap=None)`; this is exactly that call.
For each case `c` the file holds `c.input` u8 [H, W, 3] and `c.output` u8 [h, w, 3].
The images are random noise plus a smooth gradient, so both sharp edges
(rounding) and slopes (coefficients) are exercised.
"""
import os

import numpy as np
from PIL import Image
from safetensors.numpy import save_file

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "..", "tests", "fixtures", "resize_cases.safetensors")

# (in_w, in_h, out_w, out_h)
CASES = [
    (37, 23, 16, 16),   # downscale both axes (antialiasing support > 1)
    (10, 7, 32, 24),    # upscale both axes
    (50, 40, 20, 45),   # down in x, up in y
    (300, 200, 224, 224),  # the usual ViT case: larger photo to 224
    (64, 48, 64, 31),   # only the vertical pass runs
]


def main():
    rng = np.random.default_rng(7)
    tensors = {}
    for i, (iw, ih, ow, oh) in enumerate(CASES):
        noise = rng.integers(0, 256, size=(ih, iw, 3))
        yy, xx = np.mgrid[0:ih, 0:iw]
        ramp = (xx * 255 // max(iw - 1, 1) + yy * 255 // max(ih - 1, 1)) // 2
        img = np.where(rng.random((ih, iw, 1)) < 0.5, noise, ramp[..., None]).astype(np.uint8)
        out = Image.fromarray(img, "RGB").resize((ow, oh), resample=Image.BILINEAR, reducing_gap=None)
        out = np.asarray(out, dtype=np.uint8)
        assert out.shape == (oh, ow, 3)
        tensors[f"case{i}.input"] = np.ascontiguousarray(img)
        tensors[f"case{i}.output"] = np.ascontiguousarray(out)
    save_file(tensors, OUT, metadata={"pillow": Image.__version__})
    print(f"wrote {len(CASES)} cases to {os.path.normpath(OUT)}")


if __name__ == "__main__":
    main()
