"""Reference for the first training steps of `xlavit train` on a tiny image folder.

    bash scripts/reference/setup_env.sh && .deps/refenv/bin/python scripts/reference/make_train_fixture.py

Writes (deterministically):
  tests/fixtures/train_folder/{train,validation}/<class>/NN.png
      5 classes apple, banana, cherry, date, elderberry; 4 train + 2 validation images per class,
      32x32 8-bit RGB PNG made with numpy default_rng(SEED): class colour + class stripe pattern + noise.
  tests/fixtures/train_folder_reference.safetensors
      what this command must produce (see README_SECTION below for the exact semantics):
        xlavit train --model tests/fixtures/tiny_vit --data tests/fixtures/train_folder \
          --no-shuffle --no-augment --clip-grad-norm 0 --batch-size 4 --epochs 2 --lr 1e-3 \
          --warmup-steps 2 --weight-decay 0.05 --image-size 32 --num-classes 5
  and (re)places its own section at the end of tests/fixtures/README.md.

Note: make_fixtures.py rewrites tests/fixtures/README.md from scratch; run this script after it.
The model forward / loss are the ones of vit_reference.py (validated by make_fixtures.py).
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", ".."))
FIX = os.path.join(ROOT, "tests", "fixtures")
sys.path.insert(0, HERE)

import jax  # noqa: E402
import jax.numpy as jnp  # noqa: E402
import numpy as np  # noqa: E402
import optax  # noqa: E402
from PIL import Image  # noqa: E402
from safetensors.numpy import load_file, save_file  # noqa: E402

import vit_reference as ref  # noqa: E402  (sets jax_default_matmul_precision="highest")

DATA = os.path.join(FIX, "train_folder")
OUT = os.path.join(FIX, "train_folder_reference.safetensors")
MODEL = os.path.join(FIX, "tiny_vit")
README = os.path.join(FIX, "README.md")

CLASSES = ["apple", "banana", "cherry", "date", "elderberry"]
N_PER_SPLIT = {"train": 4, "validation": 2}
SIZE = 32
SEED = 20240611

# The command's hyper-parameters.
BATCH = 4
EPOCHS = 2
PEAK_LR = 1e-3
WARMUP = 2
WEIGHT_DECAY = 0.05

# Class look: mean RGB colour and stripe pattern (direction of the stripe wave vector, period).
COLOURS = {"apple": (200, 45, 45), "banana": (225, 205, 70), "cherry": (120, 20, 70),
           "date": (140, 95, 50), "elderberry": (60, 45, 120)}
STRIPES = {"apple": ((1, 0), 8), "banana": ((0, 1), 8), "cherry": ((1, 1), 6),
           "date": ((1, -1), 6), "elderberry": ((1, 0), 4)}


# ----------------------------------------------------------------------------- dataset
def make_image(rng, cls):
    yy, xx = np.mgrid[0:SIZE, 0:SIZE].astype(np.float64)
    (dy, dx), period = STRIPES[cls]
    phase = rng.uniform(0.0, 2.0 * np.pi)
    wave = np.sin(2.0 * np.pi * (dy * yy + dx * xx) / period + phase)  # [-1, 1]
    colour = np.asarray(COLOURS[cls], np.float64) + rng.normal(0.0, 12.0, 3)
    img = colour[None, None, :] + 45.0 * wave[..., None] + rng.normal(0.0, 15.0, (SIZE, SIZE, 3))
    return np.clip(np.rint(img), 0, 255).astype(np.uint8)


def write_dataset():
    rng = np.random.default_rng(SEED)
    for split, n in N_PER_SPLIT.items():
        for cls in CLASSES:
            d = os.path.join(DATA, split, cls)
            os.makedirs(d, exist_ok=True)
            for old in os.listdir(d):  # keep the folder exactly as generated
                os.remove(os.path.join(d, old))
            for i in range(n):
                img = make_image(rng, cls)
                path = os.path.join(d, f"{i:02d}.png")
                Image.fromarray(img, mode="RGB").save(path)
                assert np.array_equal(np.asarray(Image.open(path).convert("RGB")), img), path


def load_split(split):
    """Image-folder semantics of --no-shuffle: classes in sorted folder-name order (label = index),
    files sorted by name within a class; decoded with Pillow convert("RGB") as uint8 NHWC."""
    root = os.path.join(DATA, split)
    classes = sorted(e for e in os.listdir(root) if os.path.isdir(os.path.join(root, e)))
    images, labels, files = [], [], []
    for label, cls in enumerate(classes):
        for f in sorted(os.listdir(os.path.join(root, cls))):
            p = os.path.join(root, cls, f)
            img = np.asarray(Image.open(p).convert("RGB"), dtype=np.uint8)
            assert img.shape == (SIZE, SIZE, 3), (p, img.shape)  # no resize happens
            images.append(img)
            labels.append(label)
            files.append(os.path.relpath(p, DATA))
    return classes, np.stack(images), np.asarray(labels, np.int32), files


# ----------------------------------------------------------------------------- training
def decay_mask(params):  # as make_fixtures.py: linear + conv weights only
    return {k: (k.endswith(".weight") and np.ndim(v) >= 2) for k, v in params.items()}


def eval_split(p, cfg, images, labels):
    """Mean per-example cross-entropy over the whole split and number of argmax hits."""
    logits = ref.vit_forward(p, cfg, ref.preprocess(images))
    loss = ref.cross_entropy(logits, jnp.asarray(labels))
    correct = int(np.sum(np.asarray(jnp.argmax(logits, axis=-1)) == labels))
    return float(loss), correct


def train(cfg, params0, train_x, train_y, val_x, val_y):
    steps_per_epoch = len(train_y) // BATCH  # last partial batch dropped
    total = steps_per_epoch * EPOCHS
    schedule = optax.warmup_cosine_decay_schedule(
        init_value=0.0, peak_value=PEAK_LR, warmup_steps=WARMUP, decay_steps=total, end_value=0.0)
    opt = optax.adamw(schedule, b1=0.9, b2=0.999, eps=1e-8, weight_decay=WEIGHT_DECAY,
                      mask=decay_mask(params0))  # --clip-grad-norm 0: no clipping
    p = {k: jnp.asarray(v) for k, v in params0.items()}
    state = opt.init(p)

    def loss_and_logits(p, x, y):
        logits = ref.vit_forward(p, cfg, ref.preprocess(x))
        return ref.cross_entropy(logits, y), logits

    grad_fn = jax.jit(jax.value_and_grad(loss_and_logits, has_aux=True))

    @jax.jit
    def apply(p, g, state):
        upd, state = opt.update(g, state, p)
        return optax.apply_updates(p, upd), state

    rec = {"losses": [], "grad_norms": [], "lrs": [], "correct": [], "val_loss": [], "val_correct": []}
    t = 0
    for _ in range(EPOCHS):
        for b in range(steps_per_epoch):
            x = train_x[b * BATCH:(b + 1) * BATCH]
            y = jnp.asarray(train_y[b * BATCH:(b + 1) * BATCH])
            (loss, logits), g = grad_fn(p, x, y)
            rec["losses"].append(float(loss))
            rec["grad_norms"].append(float(optax.global_norm(g)))
            rec["lrs"].append(float(schedule(t)))
            rec["correct"].append(int(np.sum(np.asarray(jnp.argmax(logits, axis=-1)) == np.asarray(y))))
            p, state = apply(p, g, state)
            t += 1
        vl, vc = eval_split(p, cfg, val_x, val_y)
        rec["val_loss"].append(vl)
        rec["val_correct"].append(vc)
    return rec, p, schedule, total


# ----------------------------------------------------------------------------- README
SECTION_START = "<!-- make_train_fixture.py: start -->"
SECTION_END = "<!-- make_train_fixture.py: end -->"


def readme_section(rec, val_initial):
    f = lambda xs, fmt: ", ".join(fmt.format(x) for x in xs)  # noqa: E731
    return f"""{SECTION_START}
## Training from an image folder (`train_folder/`, `train_folder_reference.safetensors`)

Generated by `scripts/reference/make_train_fixture.py` (run it after `make_fixtures.py`, which rewrites
this README). `train_folder/{{train,validation}}/<class>/NN.png`: classes apple, banana, cherry, date,
elderberry; 4 train + 2 validation 32x32 RGB PNGs per class (numpy `default_rng({SEED})`: class colour +
class stripe pattern + noise; no resize needed). Reference for

    xlavit train --model tests/fixtures/tiny_vit --data tests/fixtures/train_folder --no-shuffle \\
      --no-augment --clip-grad-norm 0 --batch-size 4 --epochs 2 --lr 1e-3 --warmup-steps 2 \\
      --weight-decay 0.05 --image-size 32 --num-classes 5

- images: Pillow `Image.open(p).convert("RGB")` as u8, then the preprocessing above; no augmentation.
- order (`--no-shuffle`): classes in sorted folder-name order (label = that index, apple = 0 ..
  elderberry = 4; the checkpoint's classifier already has these labels and is kept), files sorted by
  name; batches of 4 consecutive images (partial last batch dropped; none here), 5 steps per epoch,
  the same order in both epochs: 10 steps. NB: so every batch holds a single class.
- loss: mean softmax cross-entropy of the batch. Optimizer: `optax.adamw(schedule, 0.9, 0.999, 1e-8,
  weight_decay=0.05, mask)` with the mask above and NO clipping; `schedule =
  warmup_cosine_decay_schedule(0, 1e-3, warmup_steps=2, decay_steps=10, end_value=0)` (lr(t), t from 0).
- `losses` f32[10] (before update t), `grad_norms` f32[10] (global L2 norm of the raw gradient),
  `lrs` f32[10] = schedule(t), `correct` f32[10] (batch argmax hits, first index on ties),
  `val_loss` f32[2] / `val_correct` f32[2]: mean cross-entropy over all 10 validation images (one
  mean over images, not a mean of batch means) and hits, after epoch 1 (step 5) and epoch 2 (step 10),
  `final.<hf name>`: every parameter after the 10 updates.

Measured: losses = {f(rec['losses'], '{:.6f}')};
lrs = {f(rec['lrs'], '{:.9g}')};
grad_norms = {f(rec['grad_norms'], '{:.5g}')}; correct = {f(rec['correct'], '{:d}')};
val_loss = {f(rec['val_loss'], '{:.6f}')} (before training: {val_initial[0]:.6f}); val_correct = {f(rec['val_correct'], '{:d}')}.
{SECTION_END}
"""


def update_readme(section):
    with open(README) as fh:
        text = fh.read()
    if SECTION_START in text:
        head, rest = text.split(SECTION_START, 1)
        tail = rest.split(SECTION_END, 1)[1].lstrip("\n")
        text = head.rstrip("\n") + "\n\n" + section + (("\n" + tail) if tail else "")
    else:
        text = text.rstrip("\n") + "\n\n" + section
    with open(README, "w") as fh:
        fh.write(text)


# ----------------------------------------------------------------------------- main
def main():
    write_dataset()
    cfg = ref.load_config(MODEL)
    params0 = load_file(os.path.join(MODEL, "model.safetensors"))
    classes, train_x, train_y, train_files = load_split("train")
    vclasses, val_x, val_y, _ = load_split("validation")
    assert classes == vclasses == CLASSES
    assert [cfg["id2label"][str(i)] for i in range(len(CLASSES))] == CLASSES  # classifier kept
    assert train_files[:5] == ["train/apple/00.png", "train/apple/01.png", "train/apple/02.png",
                               "train/apple/03.png", "train/banana/00.png"], train_files[:5]
    assert len(train_y) == 20 and len(val_y) == 10

    p0 = {k: jnp.asarray(v) for k, v in params0.items()}
    train_initial = eval_split(p0, cfg, train_x, train_y)
    val_initial = eval_split(p0, cfg, val_x, val_y)
    rec, p, schedule, total = train(cfg, params0, train_x, train_y, val_x, val_y)
    train_final = eval_split(p, cfg, train_x, train_y)

    # self-checks
    assert total == 10
    assert rec["lrs"][0] == 0.0 and abs(rec["lrs"][2] - PEAK_LR) < 1e-9
    for t, lr in enumerate(rec["lrs"]):  # independent formula of the schedule
        want = PEAK_LR * t / WARMUP if t < WARMUP else \
            0.5 * PEAK_LR * (1 + np.cos(np.pi * (t - WARMUP) / (total - WARMUP)))
        assert abs(lr - want) < 1e-9, (t, lr, want)
    assert rec["losses"][0] == rec["losses"][0]  # not NaN
    # learnable: the train loss fell over the 10 steps
    print(f"[check] full train set loss: initial {train_initial[0]:.6f} ({train_initial[1]}/20) "
          f"-> final {train_final[0]:.6f} ({train_final[1]}/20)")
    print(f"[check] mean batch loss epoch 1 {np.mean(rec['losses'][:5]):.6f} -> epoch 2 "
          f"{np.mean(rec['losses'][5:]):.6f}; val loss initial {val_initial[0]:.6f} ({val_initial[1]}/10)")
    assert train_final[0] < train_initial[0], "train loss did not fall"
    assert np.mean(rec["losses"][5:]) < np.mean(rec["losses"][:5]), "batch losses did not fall"

    out = {k: np.asarray(v, np.float32) for k, v in rec.items()}
    out.update({"final." + k: np.asarray(v, np.float32) for k, v in p.items()})
    assert set(k[len("final."):] for k in out if k.startswith("final.")) == set(params0)
    save_file(out, OUT)
    back = load_file(OUT)
    for k, v in out.items():
        assert back[k].dtype == np.float32 and np.array_equal(back[k], v), k
    update_readme(readme_section(rec, val_initial))

    np.set_printoptions(precision=7, linewidth=160)
    for k in ("losses", "grad_norms", "lrs", "correct", "val_loss", "val_correct"):
        print(f"[train] {k:11s}: {out[k]}")
    print(f"wrote {os.path.relpath(OUT, ROOT)} ({os.path.getsize(OUT)} B, {len(out)} tensors), "
          f"{os.path.relpath(DATA, ROOT)}/ (30 PNGs), README section")


if __name__ == "__main__":
    main()
