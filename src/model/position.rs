//! Position-embedding grids resized to another image size, as `transformers` resizes them:
//! `torch.nn.functional.interpolate(mode="bicubic", align_corners=False)`, with or without
//! `antialias`. Interpolation resizing is linear and separable, so a resize is two matrices,
//! `[new, old]` each: applied once on the host when loading (`--image-size` on a ViT), or as two
//! dots inside the program (DINOv2 resizes on every forward pass, and trains through it).

use crate::dtype::DType;
use crate::graph::{DotDims, Tensor};
use anyhow::{ensure, Result};

/// Which of torch's resizes: two bicubic ones (position embeddings), and bilinear (BEiT's
/// relative position bias tables).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Interpolation {
    /// `mode="bilinear", align_corners=False`: two taps, sources below 0 clamped to 0.
    Bilinear,
    /// `antialias=False`: four taps of Keys' kernel with a = −0.75, borders clamped.
    Plain,
    /// `antialias=True`: Pillow's kernel (a = −0.5), widened by the scale when shrinking,
    /// weights normalized to sum to 1.
    Antialiased,
}

/// The `[new, old]` matrix that resizes a line of `old` samples to `new` (row-major).
pub fn resize_matrix(old: usize, new: usize, kind: Interpolation) -> Vec<f64> {
    let mut m = vec![0.0; new * old];
    let scale = old as f64 / new as f64;
    match kind {
        Interpolation::Bilinear => {
            for i in 0..new {
                let src = (scale * (i as f64 + 0.5) - 0.5).max(0.0);
                let x0 = (src.floor() as usize).min(old - 1);
                let x1 = (x0 + 1).min(old - 1);
                let t = src - x0 as f64;
                m[i * old + x0] += 1.0 - t;
                m[i * old + x1] += t;
            }
        }
        Interpolation::Plain => {
            const A: f64 = -0.75;
            let near = |x: f64| ((A + 2.0) * x - (A + 3.0)) * x * x + 1.0;
            let far = |x: f64| ((A * x - 5.0 * A) * x + 8.0 * A) * x - 4.0 * A;
            for i in 0..new {
                let src = scale * (i as f64 + 0.5) - 0.5;
                let x0 = src.floor();
                let t = src - x0;
                let w = [far(t + 1.0), near(t), near(1.0 - t), far(2.0 - t)];
                for (k, wk) in w.iter().enumerate() {
                    let j = (x0 as i64 - 1 + k as i64).clamp(0, old as i64 - 1) as usize;
                    m[i * old + j] += wk;
                }
            }
        }
        Interpolation::Antialiased => {
            const A: f64 = -0.5;
            let filter = |x: f64| {
                let x = x.abs();
                if x < 1.0 {
                    ((A + 2.0) * x - (A + 3.0)) * x * x + 1.0
                } else if x < 2.0 {
                    (((x - 5.0) * x + 8.0) * x - 4.0) * A
                } else {
                    0.0
                }
            };
            let support = if scale >= 1.0 { 2.0 * scale } else { 2.0 };
            let invscale = if scale >= 1.0 { 1.0 / scale } else { 1.0 };
            for i in 0..new {
                let center = scale * (i as f64 + 0.5);
                // torch truncates toward zero, then clamps.
                let lo = ((center - support + 0.5) as i64).max(0) as usize;
                let hi = ((center + support + 0.5) as i64).min(old as i64) as usize;
                let w: Vec<f64> = (lo..hi).map(|j| filter((j as f64 - center + 0.5) * invscale)).collect();
                let total: f64 = w.iter().sum();
                for (j, wj) in (lo..hi).zip(w) {
                    m[i * old + j] = if total != 0.0 { wj / total } else { wj };
                }
            }
        }
    }
    m
}

/// A square grid `[old * old, dim]` (row-major positions) resized to `[new * new, dim]`, in f64.
pub fn resize_grid_host(grid: &[f32], old: usize, new: usize, dim: usize, kind: Interpolation) -> Vec<f32> {
    let m = resize_matrix(old, new, kind);
    // Rows first, then columns: [old, old, D] -> [new, old, D] -> [new, new, D].
    let mut rows = vec![0.0f64; new * old * dim];
    for i in 0..new {
        for a in 0..old {
            let w = m[i * old + a];
            if w == 0.0 {
                continue;
            }
            for b in 0..old {
                let src = &grid[(a * old + b) * dim..(a * old + b + 1) * dim];
                let dst = &mut rows[(i * old + b) * dim..(i * old + b + 1) * dim];
                dst.iter_mut().zip(src).for_each(|(d, &s)| *d += w * s as f64);
            }
        }
    }
    let mut out = vec![0.0f32; new * new * dim];
    for i in 0..new {
        for j in 0..new {
            let dst = &mut out[(i * new + j) * dim..(i * new + j + 1) * dim];
            let mut acc = vec![0.0f64; dim];
            for b in 0..old {
                let w = m[j * old + b];
                if w != 0.0 {
                    let src = &rows[(i * old + b) * dim..(i * old + b + 1) * dim];
                    acc.iter_mut().zip(src).for_each(|(a, &s)| *a += w * s);
                }
            }
            dst.iter_mut().zip(acc).for_each(|(d, a)| *d = a as f32);
        }
    }
    out
}

/// The program's version of `resize_grid_host`: `grid` `[old * old, D]` to `[new * new, D]`, as
/// two dots with constant matrices (so its gradient is the existing dot rule's).
pub fn resize_grid(grid: &Tensor, old: i64, new: i64, kind: Interpolation) -> Result<Tensor> {
    ensure!(grid.rank() == 2 && grid.dims()[0] == old * old, "position grid: expected [{}, D], got {}", old * old, grid.shape());
    let d = grid.dims()[1];
    let b = grid.builder();
    let m: Vec<f32> = resize_matrix(old as usize, new as usize, kind).into_iter().map(|w| w as f32).collect();
    let m = b.constant_f32(&[new, old], &m)?.convert(grid.dtype())?;
    let contract = |lhs: usize| DotDims { lhs_contract: vec![lhs], rhs_contract: vec![1], ..Default::default() };
    // [oh, ow, D] · [nh, oh] over oh -> [ow, D, nh]; · [nw, ow] over ow -> [D, nh, nw].
    let rows = grid.reshape(&[old, old, d])?.dot_general(&m, &contract(0))?;
    rows.dot_general(&m, &contract(0))?.transpose(&[1, 2, 0])?.reshape(&[new * new, d])
}

/// BEiT's relative position bias `[heads, T, T]` (T = side² + 1, the CLS token first) from its
/// table `[(2 side - 1)² + 3, heads]`, indexed as `BeitRelativePositionBias` indexes it: patch
/// pairs by their row and column offsets, then CLS-to-token, token-to-CLS and CLS-to-CLS. A
/// gather with a fixed index, written as two products with 0/1 matrices (the row offsets, then
/// the column offsets), so its gradient is the dot rule's and its cost a few million
/// multiply-adds.
pub fn relative_bias(table: &Tensor, side: i64) -> Result<Tensor> {
    let (s, r) = (side, 2 * side - 1);
    ensure!(table.rank() == 2 && table.dims()[0] == r * r + 3, "relative position table for a {s}x{s} grid: expected [{}, heads], got {}", r * r + 3, table.shape());
    let (h, n) = (table.dims()[1], s * s);
    let b = table.builder();
    // pick[i, j, k] = 1 where i - j + s - 1 == k: the offset index of rows (or columns) i and j.
    let axis = |k: usize| b.iota(DType::S32, &[s, s, r], k);
    let pick = axis(0)?.sub(&axis(1)?)?.add_scalar((s - 1) as f64)?.eq(&axis(2)?)?.convert(table.dtype())?;
    let offsets = table.slice_axis(0, 0, r * r)?.reshape(&[r, r, h])?;
    // [ri, rj, dr] · [dr, dc, h] -> [ri, rj, dc, h]; · [ci, cj, dc] -> [ri, rj, h, ci, cj].
    let rows = pick.dot_general(&offsets, &DotDims { lhs_contract: vec![2], rhs_contract: vec![0], ..Default::default() })?;
    let both = rows.dot_general(&pick, &DotDims { lhs_contract: vec![2], rhs_contract: vec![2], ..Default::default() })?;
    let patches = both.transpose(&[2, 0, 3, 1, 4])?.reshape(&[h, n, n])?;
    let entry = |i: i64| table.slice_axis(0, r * r + i, 1)?.reshape(&[h, 1, 1]);
    let top = b.concatenate(&[entry(2)?, entry(0)?.broadcast_to(&[h, 1, n])?], 2)?;
    let rest = b.concatenate(&[entry(1)?.broadcast_to(&[h, n, 1])?, patches], 2)?;
    b.concatenate(&[top, rest], 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_row_sums_to_one_and_the_same_size_is_the_identity() {
        for kind in [Interpolation::Plain, Interpolation::Antialiased] {
            for (old, new) in [(4, 6), (6, 4), (37, 16), (5, 5)] {
                let m = resize_matrix(old, new, kind);
                for i in 0..new {
                    let s: f64 = m[i * old..(i + 1) * old].iter().sum();
                    assert!((s - 1.0).abs() < 1e-12, "{kind:?} {old}->{new} row {i} sums to {s}");
                }
            }
            let id = resize_matrix(5, 5, kind);
            for i in 0..5 {
                for j in 0..5 {
                    assert!((id[i * 5 + j] - (i == j) as u8 as f64).abs() < 1e-12, "{kind:?} {i} {j}");
                }
            }
        }
    }

    #[test]
    fn torch_weights() {
        // torch 2.15: F.interpolate(torch.eye(old, dtype=torch.float64)[:, None, None, :],
        // size=(1, new), mode="bicubic", align_corners=False, antialias=...) transposed.
        let cases: [(usize, usize, Interpolation, &[f64]); 3] = [
            (2, 4, Interpolation::Plain, &[1.10546875, -0.10546875, 0.7734375, 0.2265625, 0.2265625, 0.7734375, -0.10546875, 1.10546875]),
            (2, 4, Interpolation::Antialiased, &[1.088235294117647, -0.08823529411764706, 0.7928571428571428, 0.20714285714285716, 0.20714285714285716, 0.7928571428571428, -0.08823529411764706, 1.088235294117647]),
            (6, 4, Interpolation::Antialiased, &[
                0.6553398058252425, 0.3932038834951455, -0.0404530744336569, -0.008090614886731174, 0.0, 0.0,
                -0.03828483920367529, 0.37212863705972427, 0.6202143950995405, 0.0872894333843799, -0.041347626339969364, 0.0,
                0.0, -0.041347626339969364, 0.0872894333843799, 0.6202143950995405, 0.37212863705972427, -0.03828483920367529,
                0.0, 0.0, -0.008090614886731176, -0.04045307443365691, 0.39320388349514557, 0.6553398058252426,
            ]),
        ];
        for (old, new, kind, want) in cases {
            let m = resize_matrix(old, new, kind);
            for (g, w) in m.iter().zip(want) {
                assert!((g - w).abs() < 1e-12, "{kind:?} {old}->{new}: {m:?}");
            }
        }
    }
}
