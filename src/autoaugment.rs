//! TrivialAugmentWide and RandAugment as torchvision's `transforms.v2` defines them, traced
//! into the train step. Each image draws its own op, magnitude bin and sign from the step's
//! RNG. The ops work on whole pixel values 0..=255 held in f32, as torchvision's uint8 kernels
//! do: nearest-neighbour affine warps that fill with 0, blends that truncate, integer LUTs.
//!
//! An op's parameters depend only on (op, bin, sign), so the host computes them once, in
//! torchvision's own arithmetic (f64 where Python computes, f32 where torch does), into a
//! table, and each image takes its row. Every op is then one batched pass over the batch, and
//! each image keeps the result of its own op: a handful of image-sized passes per step, small
//! beside a ViT's forward and backward.

use crate::dtype::DType;
use crate::graph::{ReduceKind, Tensor};
use anyhow::{ensure, Result};
use serde::{Deserialize, Serialize};
use strum::IntoEnumIterator;

/// The ops both policies draw from, in torchvision's order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, strum::EnumIter, strum::IntoStaticStr, strum::EnumString)]
pub enum AugOp {
    Identity,
    ShearX,
    ShearY,
    TranslateX,
    TranslateY,
    Rotate,
    Brightness,
    Color,
    Contrast,
    Sharpness,
    Posterize,
    Solarize,
    AutoContrast,
    Equalize,
}

/// torchvision's `num_magnitude_bins`.
pub const BINS: usize = 31;

/// An automatic augmentation policy.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum AutoAugment {
    /// TrivialAugmentWide: one op per image at a magnitude bin drawn uniformly.
    TrivialWide,
    /// RandAugment(N, M): `ops` ops in a row per image, each at bin `magnitude` of 31.
    Rand { ops: usize, magnitude: usize },
}

/// The columns of an op's row of parameters.
mod col {
    /// Six: the inverse affine matrix as torchvision's grid uses it (rows divided by W/2, H/2).
    pub const THETA: i64 = 0;
    pub const WARP: i64 = 6;
    pub const BRIGHTNESS: i64 = 7;
    /// Colour or contrast: a blend with the grey image or with its mean.
    pub const BLEND: i64 = 8;
    pub const BLEND_MEAN: i64 = 9;
    pub const SHARPNESS: i64 = 10;
    pub const FACTOR: i64 = 11;
    pub const ONE_MINUS_FACTOR: i64 = 12;
    /// 2^(8 − bits); 1 keeps every bit.
    pub const POSTERIZE_STEP: i64 = 13;
    /// Pixels at or above it are inverted; 256 inverts none.
    pub const SOLARIZE: i64 = 14;
    pub const AUTOCONTRAST: i64 = 15;
    pub const EQUALIZE: i64 = 16;
    pub const COUNT: i64 = 17;
}

/// How many parameters an op's row holds (`apply_rows`' `params` is `[B, PARAMS]`).
pub const PARAMS: i64 = col::COUNT;

/// torch.linspace in f32 as ATen's vectorised CPU kernel computes it: the first half forward
/// from the start, the rest back from the end, each a fused multiply-add. The fusing matters:
/// TrivialAugmentWide's 16-pixel translation is 15.999999 that way, and torchvision truncates
/// it to 15.
fn linspace_f32(start: f64, end: f64) -> Vec<f64> {
    let (s, e) = (start as f32, end as f32);
    let step = (e - s) / (BINS - 1) as f32;
    (0..BINS).map(|i| if i < BINS / 2 { step.mul_add(i as f32, s) } else { (-step).mul_add((BINS - 1 - i) as f32, e) } as f64).collect()
}

/// torchvision's `_get_inverse_affine_matrix`, in f64 as Python computes it.
fn inverse_affine(center: [f64; 2], angle: f64, translate: [f64; 2], shear: [f64; 2]) -> [f64; 6] {
    let (rot, sx, sy) = (angle.to_radians(), shear[0].to_radians(), shear[1].to_radians());
    let [cx, cy] = center;
    let [tx, ty] = translate;
    let a = (rot - sy).cos() / sy.cos();
    let b = -(rot - sy).cos() * sx.tan() / sy.cos() - rot.sin();
    let c = (rot - sy).sin() / sy.cos();
    let d = -(rot - sy).sin() * sx.tan() / sy.cos() + rot.cos();
    let mut m = [d, -b, 0.0, -c, a, 0.0];
    m[2] += m[0] * (-cx - tx) + m[1] * (-cy - ty);
    m[5] += m[3] * (-cx - tx) + m[4] * (-cy - ty);
    m[2] += cx;
    m[5] += cy;
    m
}

impl AutoAugment {
    /// `--augment trivial` or `--augment randaug` with its N and M.
    pub fn describe(&self) -> String {
        match self {
            AutoAugment::TrivialWide => "TrivialAugmentWide".into(),
            AutoAugment::Rand { ops, magnitude } => format!("RandAugment(N={ops}, M={magnitude})"),
        }
    }

    /// The op's magnitudes over the bins and whether a draw may flip their sign
    /// (`_AUGMENTATION_SPACE`); None for ops without one.
    pub fn magnitudes(&self, op: AugOp, height: i64, width: i64) -> Option<(Vec<f64>, bool)> {
        let trivial = matches!(self, AutoAugment::TrivialWide);
        let (shear, rotate, colour, posterize_div) = if trivial { (0.99, 135.0, 0.99, 6.0) } else { (0.3, 30.0, 0.9, 4.0) };
        let translate = |size: i64| if trivial { 32.0 } else { 150.0 / 331.0 * size as f64 };
        Some(match op {
            AugOp::Identity | AugOp::AutoContrast | AugOp::Equalize => return None,
            AugOp::ShearX | AugOp::ShearY => (linspace_f32(0.0, shear), true),
            AugOp::TranslateX => (linspace_f32(0.0, translate(width)), true),
            AugOp::TranslateY => (linspace_f32(0.0, translate(height)), true),
            AugOp::Rotate => (linspace_f32(0.0, rotate), true),
            AugOp::Brightness | AugOp::Color | AugOp::Contrast | AugOp::Sharpness => (linspace_f32(0.0, colour), true),
            // (8 − arange(31) / (30 / d)).round().int(), in f32 with ties to even as torch rounds.
            AugOp::Posterize => {
                let div = ((BINS - 1) as f64 / posterize_div) as f32;
                ((0..BINS).map(|i| (8.0f32 - i as f32 / div).round_ties_even() as f64).collect(), false)
            }
            AugOp::Solarize => (linspace_f32(1.0, 0.0), false),
        })
    }

    /// The bins a draw chooses from: all of them, or RandAugment's one.
    fn bins(&self) -> Vec<usize> {
        match self {
            AutoAugment::TrivialWide => (0..BINS).collect(),
            AutoAugment::Rand { magnitude, .. } => vec![*magnitude],
        }
    }

    /// The magnitude torchvision passes to the op: the bin's value, negated on a negative draw
    /// of a signed op; 0 for ops without magnitudes.
    pub fn magnitude(&self, op: AugOp, bin: usize, negative: bool, height: i64, width: i64) -> f64 {
        match self.magnitudes(op, height, width) {
            Some((m, signed)) => if signed && negative { -m[bin] } else { m[bin] },
            None => 0.0,
        }
    }

    /// The parameters of `op` at `magnitude` on an image of `height` x `width`, one table row.
    pub fn row(op: AugOp, magnitude: f64, height: i64, width: i64) -> [f32; col::COUNT as usize] {
        let mut r = [0f32; col::COUNT as usize];
        r[col::POSTERIZE_STEP as usize] = 1.0;
        r[col::SOLARIZE as usize] = 256.0;
        let (w, h) = (width as f64, height as f64);
        let mut warp = |m: [f64; 6]| {
            // theta in f32, then rescaled as `_affine_grid` does: x's row by W/2, y's by H/2.
            let (hw, hh) = ((0.5 * w) as f32, (0.5 * h) as f32);
            for k in 0..3 {
                r[col::THETA as usize + k] = m[k] as f32 / hw;
                r[col::THETA as usize + 3 + k] = m[3 + k] as f32 / hh;
            }
            r[col::WARP as usize] = 1.0;
        };
        let corner = [-0.5 * w, -0.5 * h];
        let factor = |flag: i64, r: &mut [f32; col::COUNT as usize]| {
            r[flag as usize] = 1.0;
            r[col::FACTOR as usize] = (1.0 + magnitude) as f32;
            r[col::ONE_MINUS_FACTOR as usize] = (1.0 - (1.0 + magnitude)) as f32;
        };
        match op {
            AugOp::Identity => {}
            AugOp::ShearX => warp(inverse_affine(corner, 0.0, [0.0, 0.0], [magnitude.atan().to_degrees(), 0.0])),
            AugOp::ShearY => warp(inverse_affine(corner, 0.0, [0.0, 0.0], [0.0, magnitude.atan().to_degrees()])),
            AugOp::TranslateX => warp(inverse_affine([0.0, 0.0], 0.0, [magnitude.trunc(), 0.0], [0.0, 0.0])),
            AugOp::TranslateY => warp(inverse_affine([0.0, 0.0], 0.0, [0.0, magnitude.trunc()], [0.0, 0.0])),
            AugOp::Rotate => {
                // `rotate_image` takes the angle modulo 360 and rotates by its negative.
                let angle = magnitude.rem_euclid(360.0);
                if angle != 0.0 {
                    warp(inverse_affine([0.0, 0.0], -angle, [0.0, 0.0], [0.0, 0.0]))
                }
            }
            AugOp::Brightness => factor(col::BRIGHTNESS, &mut r),
            AugOp::Color => factor(col::BLEND, &mut r),
            AugOp::Contrast => {
                factor(col::BLEND, &mut r);
                r[col::BLEND_MEAN as usize] = 1.0;
            }
            AugOp::Sharpness => factor(col::SHARPNESS, &mut r),
            AugOp::Posterize => r[col::POSTERIZE_STEP as usize] = 2f32.powi(8 - magnitude as i32),
            AugOp::Solarize => r[col::SOLARIZE as usize] = (255.0 * magnitude) as f32,
            AugOp::AutoContrast => r[col::AUTOCONTRAST as usize] = 1.0,
            AugOp::Equalize => r[col::EQUALIZE as usize] = 1.0,
        }
        r
    }

    /// Every (op, bin, sign) the policy draws, row (op x bins + bin) x 2 + negative.
    fn table(&self, height: i64, width: i64) -> Vec<f32> {
        let mut out = vec![];
        for op in AugOp::iter() {
            for &bin in &self.bins() {
                for negative in [false, true] {
                    out.extend(AutoAugment::row(op, self.magnitude(op, bin, negative, height, width), height, width));
                }
            }
        }
        out
    }

    fn rounds(&self) -> usize {
        match self {
            AutoAugment::TrivialWide => 1,
            AutoAugment::Rand { ops, .. } => *ops,
        }
    }

    /// `images`: f32 `[B, H, W, C]` of whole values in 0..=255. Each image draws its op (and
    /// bin and sign) from `state`, per round.
    pub fn apply(&self, images: &Tensor, state: &Tensor) -> Result<Tensor> {
        let (h, w) = (images.dims()[1], images.dims()[2]);
        let table = self.table(h, w);
        let table = images.builder().constant_f32(&[table.len() as i64 / col::COUNT, col::COUNT], &table)?;
        let rows = self.draws(images.dims()[0], state)?;
        let mut x = images.clone();
        for r in 0..self.rounds() as i64 {
            x = apply_rows(&x, &table.take(&rows.slice_axis(0, r, 1)?.reshape(&[images.dims()[0]])?)?)?;
        }
        Ok(x)
    }

    /// s32 `[rounds, n]`: each image's table row per round, (op x bins + bin) x 2 + negative,
    /// with op, bin and sign uniform as torchvision draws them.
    pub fn draws(&self, n: i64, state: &Tensor) -> Result<Tensor> {
        let b = state.builder();
        let (bins, ops, rounds) = (self.bins().len() as i64, AugOp::iter().count() as i64, self.rounds() as i64);
        let (_, u) = b.rng_uniform(state, DType::F32, &[3, rounds, n])?;
        let draw = |k: i64| -> Result<Tensor> { u.slice_axis(0, k, 1)?.reshape(&[rounds, n]) };
        let pick = |k: i64, count: i64| -> Result<Tensor> { draw(k)?.mul_scalar(count as f64)?.floor()?.min(&b.scalar((count - 1) as f64, DType::F32)) };
        // torchvision negates when torch.rand(()) <= 0.5.
        let negative = draw(2)?.compare(crate::graph::CompareDir::Le, &b.scalar(0.5, DType::F32))?.convert(DType::F32)?;
        pick(0, ops)?.mul_scalar(bins as f64)?.add(&pick(1, bins)?)?.mul_scalar(2.0)?.add(&negative)?.convert(DType::S32)
    }

    /// Which op, bin and sign a table row stands for.
    pub fn decode_row(&self, row: usize) -> (AugOp, usize, bool) {
        let bins = self.bins();
        let op = AugOp::iter().nth(row / 2 / bins.len()).expect("a row of the table");
        (op, bins[row / 2 % bins.len()], row % 2 == 1)
    }
}

/// Each image of `x` (f32 `[B, H, W, C]`, whole values 0..=255) through the op its row of
/// `params` (`[B, COUNT]`) describes.
pub fn apply_rows(x: &Tensor, params: &Tensor) -> Result<Tensor> {
    ensure!(x.rank() == 4 && x.dtype() == DType::F32, "autoaugment: images must be f32 [B,H,W,C], got {}", x.shape());
    let c = x.dims()[3];
    ensure!(c == 1 || c == 3, "autoaugment: torchvision's ops take 1 or 3 channels, the images have {c}");
    let n = x.dims()[0];
    let per_image = |k: i64| -> Result<Tensor> { params.slice_axis(1, k, 1)?.reshape(&[n, 1, 1, 1]) };
    let flag = |k: i64| -> Result<Tensor> { per_image(k)?.gt(&x.scalar_like(0.5)) };
    let x = flag(col::WARP)?.select(&warp(x, params)?, x)?;
    let x = colour(&x, &per_image(col::FACTOR)?, &per_image(col::ONE_MINUS_FACTOR)?, &flag(col::BRIGHTNESS)?, &flag(col::BLEND)?, &flag(col::BLEND_MEAN)?, &flag(col::SHARPNESS)?)?;
    let step = per_image(col::POSTERIZE_STEP)?;
    let x = x.div(&step)?.floor()?.mul(&step)?;
    let x = x.ge(&per_image(col::SOLARIZE)?)?.select(&x.neg()?.add_scalar(255.0)?, &x)?;
    let x = flag(col::AUTOCONTRAST)?.select(&autocontrast(&x)?, &x)?;
    flag(col::EQUALIZE)?.select(&equalize(&x)?, &x)
}

/// `affine_image` with nearest interpolation and no fill: each output pixel reads the source
/// pixel nearest to where the inverse matrix sends it, in grid_sample's coordinates
/// (align_corners=False); pixels from outside the image are 0.
fn warp(x: &Tensor, params: &Tensor) -> Result<Tensor> {
    let b = x.builder();
    let (n, h, w, c) = (x.dims()[0], x.dims()[1], x.dims()[2], x.dims()[3]);
    let theta = |k: i64| -> Result<Tensor> { params.slice_axis(1, col::THETA + k, 1)?.reshape(&[n, 1, 1]) };
    // The base grid: pixel centres relative to the image centre.
    let xg = b.iota(DType::F32, &[n, h, w], 2)?.add_scalar(-(w as f64 - 1.0) * 0.5)?;
    let yg = b.iota(DType::F32, &[n, h, w], 1)?.add_scalar(-(h as f64 - 1.0) * 0.5)?;
    let source = |k: i64, size: i64| -> Result<Tensor> {
        let g = xg.mul(&theta(k)?)?.add(&yg.mul(&theta(k + 1)?)?)?.add(&theta(k + 2)?)?;
        // grid_sample's unnormalisation, then the nearest pixel.
        g.add_scalar(1.0)?.mul_scalar(size as f64)?.add_scalar(-1.0)?.mul_scalar(0.5)?.add_scalar(0.5)?.floor()
    };
    let (sx, sy) = (source(0, w)?, source(3, h)?);
    let zero = b.scalar(0.0, DType::F32);
    let inside = sx.ge(&zero)?.and(&sx.lt(&b.scalar(w as f64, DType::F32))?)?.and(&sy.ge(&zero)?)?.and(&sy.lt(&b.scalar(h as f64, DType::F32))?)?;
    let image = b.iota(DType::F32, &[n, h, w], 0)?;
    let flat = image.mul_scalar((h * w) as f64)?.add(&sy.mul_scalar(w as f64)?)?.add(&sx)?;
    // Row n·h·w is the fill: a row of zeros after the batch's pixels.
    let index = inside.select(&flat, &b.full((n * h * w) as f64, DType::F32, &[n, h, w])?)?.convert(DType::S32)?.reshape(&[n * h * w])?;
    let rows = b.concatenate(&[x.reshape(&[n * h * w, c])?, b.full(0.0, DType::F32, &[1, c])?], 0)?;
    rows.take(&index)?.reshape(&[n, h, w, c])
}

/// torchvision's grey image of a uint8 image in f32 (0.2989 R + 0.587 G + 0.114 B), floored.
fn grey(x: &Tensor) -> Result<Tensor> {
    if x.dims()[3] == 1 {
        return Ok(x.clone());
    }
    let ch = |k: i64| x.slice_axis(3, k, 1);
    ch(0)?.mul_scalar(0.2989)?.add(&ch(1)?.mul_scalar(0.587)?)?.add(&ch(2)?.mul_scalar(0.114)?)?.floor()
}

/// Brightness (x·f), colour and contrast (`_blend`: x·f + d·(1 − f) with the grey image or its
/// mean) and sharpness (x + (1 − f)(round(blur) − x) inside a one-pixel border), then clamped
/// and truncated as the cast back to uint8 does.
fn colour(x: &Tensor, f: &Tensor, one_minus: &Tensor, brightness: &Tensor, blend: &Tensor, blend_mean: &Tensor, sharpness: &Tensor) -> Result<Tensor> {
    let g = grey(x)?;
    let mean = g.mean_keepdims(&[1, 2, 3])?;
    let degenerate = blend_mean.select(&mean.broadcast_to(g.dims())?, &g)?;
    let blended = x.mul(f)?.add(&degenerate.mul(one_minus)?)?;
    let sharpened = sharpen(x, one_minus)?;
    let y = brightness.select(&x.mul(f)?, &blend.select(&blended, &sharpness.select(&sharpened, x)?)?)?;
    y.max(&x.scalar_like(0.0))?.min(&x.scalar_like(255.0))?.floor()
}

fn sharpen(x: &Tensor, one_minus: &Tensor) -> Result<Tensor> {
    let (n, h, w, c) = (x.dims()[0], x.dims()[1], x.dims()[2], x.dims()[3]);
    if h <= 2 || w <= 2 {
        return Ok(x.clone());
    }
    let (a, centre) = (1.0f32 / 13.0, 5.0f32 / 13.0);
    let mut blur: Option<Tensor> = None;
    for dy in 0..3 {
        for dx in 0..3 {
            let wgt = if dy == 1 && dx == 1 { centre } else { a };
            let term = x.slice(&[0, dy, dx, 0], &[n, dy + h - 2, dx + w - 2, c], &[1, 1, 1, 1])?.mul_scalar(wgt as f64)?;
            blur = Some(match blur {
                Some(s) => s.add(&term)?,
                None => term,
            });
        }
    }
    let blur = blur.expect("nine taps").add_scalar(0.5)?.floor()?;
    let inner = x.slice(&[0, 1, 1, 0], &[n, h - 1, w - 1, c], &[1, 1, 1, 1])?;
    let delta = blur.sub(&inner)?.mul(one_minus)?;
    x.add(&delta.pad(&x.scalar_like(0.0), &[0, 1, 1, 0], &[0, 1, 1, 0], &[0, 0, 0, 0])?)
}

/// Each channel stretched to 0..=255: (x − min) / ((max − min) / 255), truncated; a flat
/// channel is left as it is.
fn autocontrast(x: &Tensor) -> Result<Tensor> {
    let (n, c) = (x.dims()[0], x.dims()[3]);
    let lo = x.reduce(ReduceKind::Min, &[1, 2])?;
    let hi = x.reduce_max(&[1, 2])?;
    let flat = hi.eq(&lo)?;
    // (max − min) · (1/255) as torch rounds it: the scale in f32.
    let inv = flat.select(&hi.ones_like()?, &hi.sub(&lo)?.mul_scalar(1.0 / 255.0)?)?.reshape(&[n, 1, 1, c])?;
    let lo = flat.select(&lo.zeros_like()?, &lo)?.reshape(&[n, 1, 1, c])?;
    x.sub(&lo)?.div(&inv)?.max(&x.scalar_like(0.0))?.min(&x.scalar_like(255.0))?.floor()
}

/// Each channel's histogram equalised with Pillow's LUT, as torchvision computes it:
/// lut[v] = (#pixels below v + step / 2) / step, step = (#pixels below the top value) / 255,
/// all floored; a channel whose step is 0 is left as it is.
fn equalize(x: &Tensor) -> Result<Tensor> {
    let b = x.builder();
    let (n, h, w, c) = (x.dims()[0], x.dims()[1], x.dims()[2], x.dims()[3]);
    let px = x.reshape(&[n, h * w, c, 1])?;
    let count_below = |v: &Tensor| -> Result<Tensor> {
        let below = px.broadcast_to(&[n, h * w, c, v.dims()[3]])?.lt(&v.broadcast_to(&[n, h * w, c, v.dims()[3]])?)?;
        below.convert(DType::F32)?.sum(&[1])
    };
    // [n, c, 256]: how many pixels of each channel lie below each value.
    let below = count_below(&b.iota(DType::F32, &[1, 1, 1, 256], 3)?)?;
    let top = px.reduce_max(&[1])?.reshape(&[n, 1, c, 1])?;
    let step = count_below(&top)?.div(&b.scalar(255.0, DType::F32))?.floor()?; // [n, c, 1]
    let valid = step.ge(&b.scalar(1.0, DType::F32))?;
    let divisor = step.max(&b.scalar(1.0, DType::F32))?;
    let lut = below.add(&step.mul_scalar(0.5)?.floor()?)?.div(&divisor)?.floor()?.min(&b.scalar(255.0, DType::F32))?;
    // Each pixel reads its channel's LUT at its value.
    let channel = b.iota(DType::F32, &[n, h * w, c], 2)?;
    let image = b.iota(DType::F32, &[n, h * w, c], 0)?;
    let index = image.mul_scalar(c as f64)?.add(&channel)?.mul_scalar(256.0)?.add(&px.reshape(&[n, h * w, c])?)?;
    let mapped = lut.reshape(&[n * c * 256, 1])?.take(&index.convert(DType::S32)?.reshape(&[n * h * w * c])?)?.reshape(&[n, h * w, c])?;
    let valid = valid.reshape(&[n, 1, c])?;
    valid.select(&mapped, &px.reshape(&[n, h * w, c])?)?.reshape(&[n, h, w, c])
}
