//! Image augmentation as graph code, so it runs on the device inside the
//! train step: random resized crop and horizontal flip (one bilinear
//! resampling per image, as two small batched matmuls), then either brightness and
//! contrast jitter or an automatic policy (TrivialAugmentWide, RandAugment; see
//! `autoaugment`). Randomness comes from the program's RNG key and step.

use crate::autoaugment::AutoAugment;
use crate::dtype::DType;
use crate::graph::{DotDims, Tensor};
use anyhow::{ensure, Result};

#[derive(Clone, Debug, PartialEq)]
pub struct Augment {
    pub flip: bool,
    /// Brightness factor drawn from [1 - b, 1 + b].
    pub brightness: f64,
    /// Contrast factor drawn from [1 - c, 1 + c].
    pub contrast: f64,
    /// Random-resized crop: the crop's area fraction is drawn from this range
    /// (aspect ratio from [3/4, 4/3], narrowed so the crop fits); None keeps the whole image.
    pub crop_area: Option<(f64, f64)>,
    /// After the crop and flip, on the image rounded back to whole 8-bit values.
    pub auto: Option<AutoAugment>,
}

impl Default for Augment {
    fn default() -> Self {
        Augment { flip: true, brightness: 0.2, contrast: 0.2, crop_area: None, auto: None }
    }
}

impl Augment {
    pub fn off() -> Self {
        Augment { flip: false, brightness: 0.0, contrast: 0.0, crop_area: None, auto: None }
    }

    /// What `--no-augment` and `--crop-area MIN` ask for: the default jitter and flip, plus a
    /// random-resized crop of at least `crop_min_area` of the image when given; or nothing.
    pub fn chosen(on: bool, crop_min_area: Option<f64>) -> Self {
        match on {
            true => Augment { crop_area: crop_min_area.map(|a| (a, 1.0)), ..Augment::default() },
            false => Augment::off(),
        }
    }

    /// The crop and flip, then `auto` in place of the colour jitter, as timm and torchvision
    /// pipelines order them.
    pub fn with_auto(self, auto: Option<AutoAugment>) -> Self {
        match auto {
            Some(a) if !self.is_off() => Augment { brightness: 0.0, contrast: 0.0, auto: Some(a), ..self },
            _ => self,
        }
    }

    /// `--crop-area`'s range, for the flag and for a saved configuration alike.
    pub fn check_crop_area(min_area: f64) -> std::result::Result<f64, String> {
        match min_area > 0.0 && min_area <= 1.0 {
            true => Ok(min_area),
            false => Err(format!("{min_area} is not a fraction of the image's area in (0, 1]")),
        }
    }

    /// For reports: "none", or what is on, e.g. "flip, brightness ±0.2, contrast ±0.2, crop ≥ 0.5 of the area".
    pub fn describe(&self) -> String {
        let mut on = vec![];
        if self.flip {
            on.push("flip".to_string());
        }
        if self.brightness > 0.0 {
            on.push(format!("brightness ±{}", self.brightness));
        }
        if self.contrast > 0.0 {
            on.push(format!("contrast ±{}", self.contrast));
        }
        if let Some((lo, hi)) = self.crop_area {
            on.push(if hi >= 1.0 { format!("crop ≥ {lo} of the area") } else { format!("crop {lo}–{hi} of the area") });
        }
        if let Some(a) = self.auto {
            on.push(a.describe());
        }
        if on.is_empty() {
            "none".into()
        } else {
            on.join(", ")
        }
    }

    pub fn is_off(&self) -> bool {
        !self.flip && self.brightness == 0.0 && self.contrast == 0.0 && self.crop_area.is_none() && self.auto.is_none()
    }

    /// `images`: `f32[B, H, W, C]` in `[0, 1]`; `key`: `u64[2]`; `step`: s32 scalar.
    pub fn apply(&self, images: &Tensor, key: &Tensor, step: &Tensor) -> Result<Tensor> {
        if self.is_off() {
            return Ok(images.clone());
        }
        ensure!(images.rank() == 4 && images.dtype() == DType::F32, "augment: images must be f32 [B,H,W,C], got {}", images.shape());
        let b = images.builder();
        let (n, h, w) = (images.dims()[0], images.dims()[1], images.dims()[2]);
        let state = step_state(key, step)?;
        let (_, u) = b.rng_uniform(&state, DType::F32, &[n, 7])?;
        let col = |i: i64| -> Result<Tensor> { u.slice_axis(1, i, 1)?.reshape(&[n]) };

        let flip = if self.flip { Some(col(0)?.lt(&b.scalar(0.5, DType::F32))?) } else { None };
        let mut x = images.clone();
        if self.crop_area.is_some() || flip.is_some() {
            let (cw, ch, x0, y0) = match self.crop_area {
                Some((lo, hi)) => {
                    let area = col(3)?.mul_scalar(hi - lo)?.add_scalar(lo)?;
                    // The aspect ratio's range, [3/4, 4/3] in log space, narrowed to
                    // [area, 1/area] so that the crop fits the image and keeps exactly `area`
                    // of it (cut back at the edge, a wide crop would keep less).
                    let log_area = area.log()?;
                    let rlo = log_area.max(&b.scalar((3.0f64 / 4.0).ln(), DType::F32))?;
                    let rhi = log_area.neg()?.min(&b.scalar((4.0f64 / 3.0).ln(), DType::F32))?;
                    let ratio = col(4)?.mul(&rhi.sub(&rlo)?)?.add(&rlo)?.exp()?;
                    // The min only absorbs rounding: by the range above the crop fits.
                    let cw = area.mul(&ratio)?.sqrt()?.mul_scalar(w as f64)?.min(&b.scalar(w as f64, DType::F32))?;
                    let ch = area.div(&ratio)?.sqrt()?.mul_scalar(h as f64)?.min(&b.scalar(h as f64, DType::F32))?;
                    let x0 = col(5)?.mul(&cw.neg()?.add_scalar(w as f64)?)?;
                    let y0 = col(6)?.mul(&ch.neg()?.add_scalar(h as f64)?)?;
                    (cw, ch, x0, y0)
                }
                None => {
                    let full = |v: f64| b.full(v, DType::F32, &[n]);
                    (full(w as f64)?, full(h as f64)?, full(0.0)?, full(0.0)?)
                }
            };
            let rx = resample_matrix(&x0, &cw, w, flip.as_ref())?;
            if self.crop_area.is_some() {
                let ry = resample_matrix(&y0, &ch, h, None)?;
                // [B,Ho,Hi] x [B,Hi,W,C] -> [B,Ho,W,C]
                x = ry.dot_general(&x, &DotDims { lhs_batch: vec![0], rhs_batch: vec![0], lhs_contract: vec![2], rhs_contract: vec![1], ..Default::default() })?;
            }
            // [B,H,Wi,C] x [B,Wo,Wi] -> [B,H,C,Wo]
            x = x
                .dot_general(&rx, &DotDims { lhs_batch: vec![0], rhs_batch: vec![0], lhs_contract: vec![2], rhs_contract: vec![2], ..Default::default() })?
                .transpose(&[0, 1, 3, 2])?;
        }
        if let Some(auto) = self.auto {
            // Whole 8-bit values again, as torchvision's uint8 pipeline holds them after a crop.
            let whole = x.mul_scalar(255.0)?.add_scalar(0.5)?.floor()?;
            x = auto.apply(&whole, &tagged_state(key, step, AUTOAUGMENT_TAG)?)?.mul_scalar(1.0 / 255.0)?;
        }
        let per_image = |t: Tensor| -> Result<Tensor> { t.reshape(&[n, 1, 1, 1]) };
        if self.brightness > 0.0 {
            let f = col(1)?.mul_scalar(2.0 * self.brightness)?.add_scalar(1.0 - self.brightness)?;
            x = x.mul(&per_image(f)?)?;
        }
        if self.contrast > 0.0 {
            let f = per_image(col(2)?.mul_scalar(2.0 * self.contrast)?.add_scalar(1.0 - self.contrast)?)?;
            let m = x.mean_keepdims(&[1, 2, 3])?;
            x = x.sub(&m)?.mul(&f)?.add(&m)?;
        }
        x.max(&b.scalar(0.0, DType::F32))?.min(&b.scalar(1.0, DType::F32))
    }
}

/// The automatic policy's own stream, so adding it leaves the flip and crop draws as they were.
const AUTOAUGMENT_TAG: u64 = 0x0061_7574_6f61;

/// The step's state on a stream of its own, told apart by `tag` (drop path, mixing): the
/// augmentation's state with `tag` xored into its second word.
pub fn tagged_state(key: &Tensor, step: &Tensor, tag: u64) -> Result<Tensor> {
    let bytes = [0u64, tag].iter().flat_map(|w| w.to_le_bytes()).collect();
    step_state(key, step)?.xor(&key.builder().constant(DType::U64, &[2], bytes)?)
}

/// The RNG state for one step: the step is mixed into the key word. (Adding it to
/// the counter word instead would make step t+1 draw step t's bits shifted by one.)
pub fn step_state(key: &Tensor, step: &Tensor) -> Result<Tensor> {
    let b = key.builder();
    let mixed = step.convert(DType::U64)?.add(&b.scalar_u64(1))?.mul(&b.scalar_u64(0x9E37_79B9_7F4A_7C15))?;
    let mixed = mixed.xor(&mixed.shift_right_logical(&b.scalar_u64(29))?)?.reshape(&[1])?;
    let offset = b.concatenate(&[mixed, b.full(0.0, DType::U64, &[1])?], 0)?;
    key.xor(&offset)
}

/// [B, size, size] bilinear weights that sample output pixel o of each image at
/// source coordinate start + (o + 0.5) * len / size - 0.5 (mirrored when `flip`).
/// Rows are normalized so the image edge is clamped.
fn resample_matrix(start: &Tensor, len: &Tensor, size: i64, flip: Option<&Tensor>) -> Result<Tensor> {
    let b = start.builder();
    let n = start.dims()[0];
    let o = b.iota(DType::F32, &[n, size, size], 1)?;
    let j = b.iota(DType::F32, &[n, size, size], 2)?;
    let scale = len.mul_scalar(1.0 / size as f64)?.reshape(&[n, 1, 1])?;
    let offset = o.add_scalar(0.5)?.mul(&scale)?;
    let forward = start.reshape(&[n, 1, 1])?.add(&offset)?.add_scalar(-0.5)?;
    let src = match flip {
        Some(f) => {
            let mirrored = start.add(len)?.reshape(&[n, 1, 1])?.sub(&offset)?.add_scalar(-0.5)?;
            f.reshape(&[n, 1, 1])?.select(&mirrored, &forward)?
        }
        None => forward,
    };
    let wgt = src.sub(&j)?.abs()?.neg()?.add_scalar(1.0)?.max(&b.scalar(0.0, DType::F32))?;
    wgt.div(&wgt.sum_keepdims(&[2])?)
}
