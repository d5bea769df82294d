"""The Pillow side of scripts/bench_data.sh.

    make  DIR N_PER_CLASS VAL_PER_CLASS   writes a JPEG image folder (512x384 photos-like noise, quality 90)
    load  DIR SIZE WORKERS                decodes + resizes every train image as the tutorial's loader does
                                          (Image.open -> convert("RGB") -> resize BILINEAR -> numpy), prints images/s
    check DIR SIZE CACHE_IMAGES_U8 N      compares the first N train images with xlavit's cache, byte for byte
"""
import multiprocessing as mp
import os
import sys
import time

import numpy as np
from PIL import Image

CLASSES = ["apple_pie", "bibimbap", "churros", "dumplings", "edamame"]


def make(root, per_class, val_per_class):
    rng = np.random.default_rng(0)
    for split, n in (("train", per_class), ("validation", val_per_class)):
        for c, name in enumerate(CLASSES):
            d = os.path.join(root, split, name)
            os.makedirs(d, exist_ok=True)
            for i in range(n):
                # Smooth colour fields plus fine texture: JPEG work comparable to a food photo.
                low = rng.integers(0, 256, size=(12, 16, 3)).astype(np.uint8)
                img = Image.fromarray(low).resize((512, 384), Image.BICUBIC)
                arr = np.asarray(img).astype(np.int16) + rng.integers(-18, 18, size=(384, 512, 3))
                Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8)).save(
                    os.path.join(d, f"{i:05d}.jpg"), quality=90)


def files(root):
    out = []
    base = os.path.join(root, "train")
    for c in sorted(os.listdir(base)):
        for f in sorted(os.listdir(os.path.join(base, c))):
            out.append(os.path.join(base, c, f))
    return out


SIZE = 224


def load_one(path):
    with Image.open(path) as im:
        return np.asarray(im.convert("RGB").resize((SIZE, SIZE), Image.BILINEAR))


def load(root, size, workers):
    global SIZE
    SIZE = size
    paths = files(root)
    t0 = time.perf_counter()
    if workers <= 1:
        arrays = [load_one(p) for p in paths]
    else:
        with mp.Pool(workers) as pool:
            arrays = pool.map(load_one, paths, chunksize=16)
    dt = time.perf_counter() - t0
    assert len(arrays) == len(paths)
    print(f"pillow {workers} process(es): {len(paths)} images in {dt:.2f} s = {len(paths) / dt:.1f} images/s")


def check(root, size, cache, n):
    global SIZE
    SIZE = size
    paths = files(root)[:n]
    data = np.fromfile(cache, dtype=np.uint8).reshape(-1, size, size, 3)
    same = sum(int(np.array_equal(load_one(p), data[i])) for i, p in enumerate(paths))
    print(f"pixels identical to Pillow's: {same}/{len(paths)} images")
    return same == len(paths)


if __name__ == "__main__":
    cmd = sys.argv[1]
    if cmd == "make":
        make(sys.argv[2], int(sys.argv[3]), int(sys.argv[4]))
    elif cmd == "load":
        load(sys.argv[2], int(sys.argv[3]), int(sys.argv[4]))
    elif cmd == "check":
        sys.exit(0 if check(sys.argv[2], int(sys.argv[3]), sys.argv[4], int(sys.argv[5])) else 1)
