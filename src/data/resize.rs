//! The resize Hugging Face's `ViTImageProcessor` does (PIL's
//! `Image.resize(size, BILINEAR)`), reproduced to the byte so that fine-tuning
//! and inference see the pixels the reference pipeline sees.

use std::borrow::Cow;

/// PIL's fixed-point precision for 8-bit images: 32 bits minus 8 for the value minus 2 for headroom.
const PRECISION_BITS: u32 = 32 - 8 - 2;

/// PIL's bilinear (triangle) filter, support 1.
fn triangle(x: f64) -> f64 {
    let x = x.abs();
    if x < 1.0 {
        1.0 - x
    } else {
        0.0
    }
}

/// Per output pixel: first input index and fixed-point weights, as PIL's `precompute_coeffs`
/// followed by `normalize_coeffs_8bpc` (same f64 arithmetic, same truncations).
fn coefficients(in_size: usize, out_size: usize) -> Vec<(usize, Vec<i32>)> {
    let scale = in_size as f64 / out_size as f64;
    // Downscaling widens the filter so every input pixel contributes (antialiasing).
    let filterscale = scale.max(1.0);
    let support = filterscale; // triangle support (1.0) * filterscale
    let inv = 1.0 / filterscale;
    (0..out_size)
        .map(|xx| {
            let center = (xx as f64 + 0.5) * scale;
            // C's (int) cast truncates toward zero; `as i64` does the same.
            let xmin = ((center - support + 0.5) as i64).max(0) as usize;
            let xmax = ((center + support + 0.5) as i64).min(in_size as i64) as usize;
            let raw: Vec<f64> = (xmin..xmax).map(|x| triangle((x as f64 - center + 0.5) * inv)).collect();
            let total: f64 = raw.iter().sum();
            let fixed = raw
                .iter()
                .map(|&w| {
                    let w = if total != 0.0 { w / total } else { w };
                    let scaled = w * (1u32 << PRECISION_BITS) as f64;
                    (if scaled < 0.0 { scaled - 0.5 } else { scaled + 0.5 }) as i32
                })
                .collect();
            (xmin, fixed)
        })
        .collect()
}

/// PIL's `clip8`: drop the fixed-point fraction and saturate.
fn clip8(acc: i32) -> u8 {
    if acc >= (1 << PRECISION_BITS << 8) {
        255
    } else if acc <= 0 {
        0
    } else {
        (acc >> PRECISION_BITS) as u8
    }
}

/// Resamples each row of an RGB image to `out_w` pixels.
fn resize_horizontal(rgb: &[u8], w: usize, h: usize, out_w: usize) -> Vec<u8> {
    let coeffs = coefficients(w, out_w);
    let mut out = Vec::with_capacity(out_w * h * 3);
    for row in rgb.chunks_exact(w * 3).take(h) {
        for (xmin, k) in &coeffs {
            let mut acc = [1i32 << (PRECISION_BITS - 1); 3];
            for (i, &kw) in k.iter().enumerate() {
                let px = &row[(xmin + i) * 3..(xmin + i) * 3 + 3];
                for c in 0..3 {
                    acc[c] += px[c] as i32 * kw;
                }
            }
            out.extend(acc.map(clip8));
        }
    }
    out
}

/// Resamples each column of an RGB image to `out_h` pixels.
fn resize_vertical(rgb: &[u8], w: usize, h: usize, out_h: usize) -> Vec<u8> {
    let coeffs = coefficients(h, out_h);
    let stride = w * 3;
    let mut out = Vec::with_capacity(w * out_h * 3);
    for (ymin, k) in &coeffs {
        for x in 0..stride {
            let mut acc = 1i32 << (PRECISION_BITS - 1);
            for (i, &kw) in k.iter().enumerate() {
                acc += rgb[(ymin + i) * stride + x] as i32 * kw;
            }
            out.push(clip8(acc));
        }
    }
    debug_assert_eq!(out.len(), w * out_h * 3);
    out
}

/// Resizes RGB HWC bytes like PIL's `Image.resize((out_w, out_h), Image.BILINEAR)` (no
/// `reducing_gap`), which is what `ViTImageProcessor` runs: separable, horizontal pass first
/// with the intermediate rounded to 8 bits, triangle filter widened by the scale when
/// shrinking, 22-bit fixed-point weights.
pub fn resize_bilinear(rgb: &[u8], w: u32, h: u32, out_w: u32, out_h: u32) -> Vec<u8> {
    let (w, h, out_w, out_h) = (w as usize, h as usize, out_w as usize, out_h as usize);
    assert_eq!(rgb.len(), w * h * 3, "resize_bilinear: {w}x{h} RGB needs {} bytes, got {}", w * h * 3, rgb.len());
    assert!(out_w > 0 && out_h > 0, "resize_bilinear: output size {out_w}x{out_h} is empty");
    if (w, h) == (out_w, out_h) {
        return rgb.to_vec();
    }
    // PIL skips a pass whose size does not change; running it would be the identity anyway.
    let after_h = if out_w != w { Cow::Owned(resize_horizontal(rgb, w, h, out_w)) } else { Cow::Borrowed(rgb) };
    if out_h != h {
        resize_vertical(&after_h, out_w, h, out_h)
    } else {
        after_h.into_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use safetensors::SafeTensors;

    use crate::test_fixture as fixture;

    #[test]
    fn resize_matches_pil() {
        let bytes = std::fs::read(fixture("resize_cases.safetensors")).unwrap();
        let st = SafeTensors::deserialize(&bytes).unwrap();
        let mut cases = 0;
        for i in 0.. {
            let Ok(input) = st.tensor(&format!("case{i}.input")) else { break };
            let want = st.tensor(&format!("case{i}.output")).unwrap();
            let (ih, iw) = (input.shape()[0] as u32, input.shape()[1] as u32);
            let (oh, ow) = (want.shape()[0] as u32, want.shape()[1] as u32);
            let got = resize_bilinear(input.data(), iw, ih, ow, oh);
            assert_eq!(got.len(), want.data().len());
            let max_diff = got.iter().zip(want.data()).map(|(&a, &b)| (a as i32 - b as i32).abs()).max().unwrap();
            // PIL's integer arithmetic is reproduced step by step, so even an off-by-one is a bug.
            assert_eq!(max_diff, 0, "case {i} ({iw}x{ih} -> {ow}x{oh}) differs from PIL");
            cases += 1;
        }
        assert!(cases >= 3);
    }

    #[test]
    fn resize_same_size_is_identity() {
        let img: Vec<u8> = (0..5 * 4 * 3).map(|i| (i * 7) as u8).collect();
        assert_eq!(resize_bilinear(&img, 5, 4, 5, 4), img);
        // A constant image stays constant under any resize (weights sum to one).
        let flat = vec![77u8; 9 * 6 * 3];
        assert!(resize_bilinear(&flat, 9, 6, 4, 13).iter().all(|&v| v == 77));
    }
}
