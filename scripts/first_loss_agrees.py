"""Does a device's first training loss agree with the CPU's? The check that device_check.sh
(CUDA) and tpu_check.sh (TPU) run after `xlavit bench --json` on ViT-B/16, batch 2, formula
weights and images, augmentation off.

usage: python3 scripts/first_loss_agrees.py BENCH.json DEVICE LABEL TOLERANCE
Prints the comparison and AGREE or DISAGREE; exits 0 only when the relative difference from
scripts/device_expected.json's CPU f32 loss is below TOLERANCE.
"""
import json
import os
import sys


def main():
    path, device, label, tol = sys.argv[1], sys.argv[2], sys.argv[3], float(sys.argv[4])
    try:
        got = json.load(open(path))["first_loss"]
    except Exception as e:  # a bench that failed leaves no file or no loss: say so, do not raise
        print(f"{label}: no result ({e})")
        sys.exit(1)
    expected = os.path.join(os.path.dirname(os.path.abspath(__file__)), "device_expected.json")
    want = json.load(open(expected))["first_loss_vit_b16_batch2"]
    rel = abs(got - want) / abs(want)
    print(f"{label}: first loss {device} {got:.7f}, cpu f32 {want:.7f}, relative difference {rel:.2e} (tolerance {tol:g})")
    print("AGREE" if rel < tol else "DISAGREE")
    sys.exit(0 if rel < tol else 1)


if __name__ == "__main__":
    main()
