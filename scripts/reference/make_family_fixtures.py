"""Parity fixtures for the ViT family (issue 21): tiny random checkpoints of each supported
Hugging Face model type, written by transformers' own save_pretrained, and the logits
transformers computes for a fixed batch of normalized pixels.

Each case is a directory tests/fixtures/family/<case>/ with config.json, model.safetensors and
expected.safetensors (`pixels`: f32 [B, S, S, 3], channels last as xlavit feeds them; `logits`:
f32 [B, labels]); S is the size the case runs at (`image_size` in meta.json), which differs
from the checkpoint's where the case exercises position-embedding interpolation.

Needs torch and transformers (not part of the set-up; see scripts/check_transformers.py):
    python3 -m venv /tmp/torchenv && /tmp/torchenv/bin/pip install torch transformers safetensors
    /tmp/torchenv/bin/python scripts/reference/make_family_fixtures.py
"""
import json
import os
import sys

import torch
import transformers as tf
from safetensors.torch import save_file

OUT = os.path.join(os.path.dirname(__file__), "..", "..", "tests", "fixtures", "family")
LABELS = {"0": "ant", "1": "bee", "2": "cat"}
TINY = dict(hidden_size=32, num_hidden_layers=2, num_attention_heads=4, num_channels=3, id2label=LABELS,
            label2id={v: int(k) for k, v in LABELS.items()})

# (case, model class, config class, config keys, size the checkpoint was made for, size it runs at)
CASES = [
    # --image-size on a ViT: transformers' interpolate_pos_encoding=True, upsampling 4x4 -> 6x6.
    ("vit_interpolated", tf.ViTForImageClassification, tf.ViTConfig, dict(intermediate_size=64, patch_size=7), 28, 42),
    ("deit", tf.DeiTForImageClassification, tf.DeiTConfig, dict(intermediate_size=64, patch_size=7), 28, 28),
    ("deit_distilled", tf.DeiTForImageClassificationWithTeacher, tf.DeiTConfig, dict(intermediate_size=64, patch_size=7), 28, 28),
    # DINOv2 always resizes its position grid to the input: 6x6 -> 4x4 here, as 37x37 -> 16x16 for
    # the released models at 224 px.
    ("dinov2", tf.Dinov2ForImageClassification, tf.Dinov2Config, dict(patch_size=7, mlp_ratio=2), 42, 28),
    ("dinov2_swiglu", tf.Dinov2ForImageClassification, tf.Dinov2Config, dict(patch_size=7, mlp_ratio=4, use_swiglu_ffn=True), 28, 28),
    # With registers the resize is antialiased (a wider kernel when shrinking).
    ("dinov2_registers", tf.Dinov2WithRegistersForImageClassification, tf.Dinov2WithRegistersConfig,
     dict(patch_size=7, mlp_ratio=2, num_register_tokens=3), 42, 28),
    ("dinov2_registers_up", tf.Dinov2WithRegistersForImageClassification, tf.Dinov2WithRegistersConfig,
     dict(patch_size=7, mlp_ratio=2, num_register_tokens=2), 28, 42),
    # CLIP and SigLIP nest the tower's keys in vision_config (a text tower beside it, unused).
    ("clip", tf.CLIPForImageClassification, tf.CLIPConfig, dict(intermediate_size=64, patch_size=7), 28, 28),
    ("clip_interpolated", tf.CLIPForImageClassification, tf.CLIPConfig, dict(intermediate_size=64, patch_size=7), 28, 42),
    ("siglip", tf.SiglipForImageClassification, tf.SiglipConfig, dict(intermediate_size=64, patch_size=7), 28, 28),
    ("siglip_interpolated", tf.SiglipForImageClassification, tf.SiglipConfig, dict(intermediate_size=64, patch_size=7), 28, 42),
    # BEiT: a relative position bias table per layer, LayerScale, mean pooling with its norm ...
    ("beit", tf.BeitForImageClassification, tf.BeitConfig,
     dict(intermediate_size=64, patch_size=7, use_relative_position_bias=True, use_mean_pooling=True), 28, 28),
    # ... or one table shared by the layers, with absolute positions, a mask token and the CLS head.
    ("beit_shared", tf.BeitForImageClassification, tf.BeitConfig,
     dict(intermediate_size=64, patch_size=7, use_shared_relative_position_bias=True, use_absolute_position_embeddings=True,
          use_mask_token=True, use_mean_pooling=False), 28, 28),
    ("beit_interpolated", tf.BeitForImageClassification, tf.BeitConfig,
     dict(intermediate_size=64, patch_size=7, use_absolute_position_embeddings=True), 28, 42),
    # SigLIP's attention-pooling head (xlavit's --pooling map): the classifier on pooler_output.
    ("siglip_map", tf.SiglipForImageClassification, tf.SiglipConfig, dict(intermediate_size=64, patch_size=7), 28, 28),
    # BEiT at another size with both relative tables (resized bilinearly) and absolute positions.
    ("beit_relative_interpolated", tf.BeitForImageClassification, tf.BeitConfig,
     dict(intermediate_size=64, patch_size=7, use_relative_position_bias=True, use_shared_relative_position_bias=True,
          use_absolute_position_embeddings=True), 28, 42),
]
NESTED = (tf.CLIPConfig, tf.SiglipConfig)
# Cases whose classifier reads SigLIP's attention-pooling head (no transformers class does).
POOLED = {"siglip_map"}
OWN_SEED = {"siglip_map": 11, "beit_relative_interpolated": 12}
TEXT = dict(hidden_size=32, intermediate_size=64, num_hidden_layers=1, num_attention_heads=4, vocab_size=99)


def make_config(config_cls, keys, image_size):
    if config_cls in NESTED:
        vision = {k: v for k, v in TINY.items() if k not in ("id2label", "label2id")}
        return config_cls(vision_config=dict(**vision, **keys, image_size=image_size), text_config=TEXT,
                          id2label=TINY["id2label"], label2id=TINY["label2id"])
    return config_cls(**TINY, **keys, image_size=image_size)


def siglip_map_logits(model, pixels):
    return model.classifier(model.vision_model(pixel_values=pixels).pooler_output)


def main():
    # The first cases draw from one stream; those added later have their own seed, so that
    # `make_family_fixtures.py CASE...` makes them alone, leaving the others as they are.
    only = sys.argv[1:]
    torch.manual_seed(0)
    for case, model_cls, config_cls, keys, made_at, runs_at in CASES:
        if case in OWN_SEED:
            torch.manual_seed(OWN_SEED[case])
        if only and case not in only:
            continue
        assert not only or case in OWN_SEED, f"{case} draws from the shared stream: make all cases"
        cfg = make_config(config_cls, keys, made_at)
        model = model_cls(cfg).eval()
        # Random values everywhere, so that LayerScale, registers, the distillation token and
        # every bias and norm matter to the logits (their initial values are 0 or 1).
        with torch.no_grad():
            for p in model.parameters():
                p.copy_(torch.randn_like(p) * 0.3 + (1.0 if p.dim() == 1 and p.shape[0] == 32 else 0.0) * 0.5)
        d = os.path.join(OUT, case)
        os.makedirs(d, exist_ok=True)
        model.save_pretrained(d)
        pixels = torch.randn(2, 3, runs_at, runs_at)
        # DINOv2 resizes its grid whatever it is told; the others only when told to.
        kwargs = {"interpolate_pos_encoding": True} if made_at != runs_at and not case.startswith("dinov2") else {}
        with torch.no_grad():
            logits = siglip_map_logits(model, pixels) if case in POOLED else model(pixel_values=pixels, **kwargs).logits
        if case in POOLED:
            with open(os.path.join(d, "config.json")) as f:
                config = json.load(f)
            config["vision_config"]["xlavit_pooling"] = "map"
            with open(os.path.join(d, "config.json"), "w") as f:
                json.dump(config, f, indent=2)
        save_file({"pixels": pixels.permute(0, 2, 3, 1).contiguous(), "logits": logits.contiguous()},
                  os.path.join(d, "expected.safetensors"))
        with open(os.path.join(d, "meta.json"), "w") as f:
            json.dump({"image_size": runs_at, "class": model_cls.__name__, "transformers": tf.__version__,
                       "torch": torch.__version__}, f, indent=1)
        print(case, tuple(logits.shape), file=sys.stderr)


if __name__ == "__main__":
    main()
