"""A class-folder photo dataset from Debian's tuxpaint-stamps-default: its photo cut-outs
(cartoons left out) composited on white, 7 classes, each split 70/30 into train/ and
validation/ by a fixed order (every third-and-a-bit image to validation)."""
import glob
import os
import sys

from PIL import Image

CLASSES = {"bird": "animals/birds", "mammal": "animals/mammals", "fruit": "food/fruit", "vegetable": "food/vegetables",
           "flower": "plants/flowers", "household": "household", "vehicle": "vehicles"}
root, out = sys.argv[1], sys.argv[2]
for name, sub in CLASSES.items():
    files = [f for f in sorted(glob.glob(f"{root}/{sub}/**/*.png", recursive=True)) if "cartoon" not in f]
    for i, f in enumerate(files):
        split = "validation" if (i * 3) % 10 < 3 else "train"
        os.makedirs(f"{out}/{split}/{name}", exist_ok=True)
        im = Image.open(f).convert("RGBA")
        bg = Image.new("RGBA", im.size, (255, 255, 255, 255))
        bg.alpha_composite(im)
        bg.convert("RGB").save(f"{out}/{split}/{name}/" + os.path.relpath(f, f"{root}/{sub}").replace("/", "__"))
    print(name, len(files))
