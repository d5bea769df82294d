//! Mixup and CutMix as timm's `Mixup` does them in batch mode, as graph code inside the train
//! step: one λ ~ Beta(α, α) per batch, each image mixed with the batch reversed, the labels
//! mixed the same way (after label smoothing). Also the Beta sampler it needs, since the
//! device has only uniform bits.

use crate::dtype::DType;
use crate::graph::Tensor;
use anyhow::{ensure, Result};
use std::f64::consts::PI;

/// timm's `--mixup`, `--cutmix`, `--mixup-prob`, `--mixup-switch-prob`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Mixup {
    pub mixup_alpha: f64,
    pub cutmix_alpha: f64,
    /// The chance a batch is mixed at all.
    pub prob: f64,
    /// With both on, the chance a mixed batch is cut rather than blended.
    pub switch_prob: f64,
}

/// A mixed batch: images, soft targets `[B, classes]`, and the λ of the batch (the share of
/// each image that is its own, the box's actual complement for CutMix).
pub struct Mixed {
    pub images: Tensor,
    pub targets: Tensor,
    pub lam: Tensor,
}

/// Candidates drawn per Gamma variate: Marsaglia and Tsang's method accepts each with
/// probability above 0.95, so all 16 fail with probability below 1e-20.
const CANDIDATES: i64 = 16;

/// Standard normal draws from uniforms in [0, 1) (Box–Muller).
fn normal(u1: &Tensor, u2: &Tensor) -> Result<Tensor> {
    let r = u1.neg()?.add_scalar(1.0)?.log()?.mul_scalar(-2.0)?.sqrt()?;
    r.mul(&u2.mul_scalar(2.0 * PI)?.cos()?)
}

/// Gamma(a, 1) variates of `dims`, from uniforms `u` of `[dims..., 4 · CANDIDATES]`.
fn gamma(a: f64, u: &Tensor) -> Result<Tensor> {
    let b = u.builder();
    let rank = u.rank();
    let col = |k: i64| u.slice_axis(rank - 1, k * CANDIDATES, CANDIDATES);
    // Below 1: Gamma(a) = Gamma(a + 1) · U^(1/a).
    let shape = if a < 1.0 { a + 1.0 } else { a };
    let d = shape - 1.0 / 3.0;
    let c = 1.0 / (9.0 * d).sqrt();
    let z = normal(&col(0)?, &col(1)?)?;
    let v = z.mul_scalar(c)?.add_scalar(1.0)?;
    let v = v.mul(&v)?.mul(&v)?;
    let positive = v.gt(&v.zeros_like()?)?;
    let safe_v = positive.select(&v, &v.ones_like()?)?;
    let bound = z.mul(&z)?.mul_scalar(0.5)?.add_scalar(d)?.sub(&safe_v.mul_scalar(d)?)?.add(&safe_v.log()?.mul_scalar(d)?)?;
    let accept = positive.and(&col(2)?.neg()?.add_scalar(1.0)?.log()?.lt(&bound)?)?;
    // The first accepted candidate: argmax takes the first of the maxima.
    let (_, first) = accept.convert(DType::F32)?.argmax(rank - 1)?;
    let pick = b.iota(DType::S32, v.dims(), rank - 1)?.eq(&first.broadcast_in_dim(v.dims(), &(0..rank - 1).collect::<Vec<_>>())?)?;
    let g = pick.convert(DType::F32)?.mul(&safe_v)?.sum(&[rank - 1])?.mul_scalar(d)?;
    if a < 1.0 {
        let u0 = col(3)?.slice_axis(rank - 1, 0, 1)?.reshape(g.dims())?;
        // 1 − U lies in (0, 1]: its power is finite.
        return g.mul(&u0.neg()?.add_scalar(1.0)?.pow(&g.scalar_like(1.0 / a))?);
    }
    Ok(g)
}

/// The RNG state mixing draws from at `step`: the step's, apart from augmentation's and
/// the model's noise.
pub fn stream(key: &Tensor, step: &Tensor) -> Result<Tensor> {
    crate::augment::tagged_state(key, step, 0x006d_6978_7570)
}

/// Beta(α, α) variates of `dims` from the RNG `state`; returns (new state, values).
pub fn beta(state: &Tensor, alpha: f64, dims: &[i64]) -> Result<(Tensor, Tensor)> {
    ensure!(alpha > 0.0, "Beta({alpha}, {alpha}) is not a distribution");
    let b = state.builder();
    let with = |n: i64| -> Vec<i64> { dims.iter().copied().chain([n]).collect() };
    let (state, u) = b.rng_uniform(state, DType::F32, &with(8 * CANDIDATES))?;
    let x = gamma(alpha, &u.slice_axis(dims.len(), 0, 4 * CANDIDATES)?)?;
    let y = gamma(alpha, &u.slice_axis(dims.len(), 4 * CANDIDATES, 4 * CANDIDATES)?)?;
    Ok((state, x.div(&x.add(&y)?)?))
}

impl Mixup {
    pub fn is_on(&self) -> bool {
        self.prob > 0.0 && (self.mixup_alpha > 0.0 || self.cutmix_alpha > 0.0)
    }

    /// Mixes `images` (`f32[B, H, W, C]`) and their labels (`s32[B]`, `classes` of them,
    /// smoothed by `smoothing`), drawing from `state`.
    pub fn apply(&self, images: &Tensor, labels: &Tensor, classes: i64, smoothing: f64, state: &Tensor) -> Result<Mixed> {
        let b = images.builder();
        let (h, w) = (images.dims()[1], images.dims()[2]);
        let (state, u) = b.rng_uniform(state, DType::F32, &[4])?;
        let at = |k: i64| -> Result<Tensor> { u.slice_axis(0, k, 1)?.reshape(&[]) };
        let mixed = at(0)?.lt(&b.scalar(self.prob, DType::F32))?;
        let cut = match (self.mixup_alpha > 0.0, self.cutmix_alpha > 0.0) {
            (true, true) => at(1)?.lt(&b.scalar(self.switch_prob, DType::F32))?,
            (false, true) => b.scalar(1.0, DType::Pred),
            _ => b.scalar(0.0, DType::Pred),
        };
        let one = b.scalar(1.0, DType::F32);
        let draw = |alpha: f64, state: Tensor| -> Result<(Tensor, Tensor)> {
            if alpha > 0.0 {
                beta(&state, alpha, &[])
            } else {
                Ok((state, one.clone()))
            }
        };
        let (state, lam_mix) = draw(self.mixup_alpha, state)?;
        let (_, lam_cut) = draw(self.cutmix_alpha, state)?;
        let lam_mix = mixed.and(&cut.not()?)?.select(&lam_mix, &one)?;
        let lam_cut = mixed.and(&cut)?.select(&lam_cut, &one)?;
        let reversed = images.reverse(&[0])?;

        // CutMix's box, as timm's rand_bbox: sides int(H √(1 − λ)), centre uniform over the
        // pixels, clipped to the image; λ then becomes the share left uncut.
        let ratio = lam_cut.neg()?.add_scalar(1.0)?.max(&lam_cut.zeros_like()?)?.sqrt()?;
        let side = |size: i64, u: Tensor| -> Result<(Tensor, Tensor)> {
            let cut = ratio.mul_scalar(size as f64)?.floor()?;
            let half = cut.mul_scalar(0.5)?.floor()?;
            let centre = u.mul_scalar(size as f64)?.floor()?;
            let clip = |t: Tensor| t.max(&t.zeros_like()?)?.min(&t.scalar_like(size as f64));
            Ok((clip(centre.sub(&half)?)?, clip(centre.add(&half)?)?))
        };
        let ((y0, y1), (x0, x1)) = (side(h, at(2)?)?, side(w, at(3)?)?);
        let inside = |lo: &Tensor, hi: &Tensor, axis: usize| -> Result<Tensor> {
            let i = b.iota(DType::F32, &[h, w], axis)?;
            i.ge(&lo.broadcast_in_dim(&[h, w], &[])?)?.and(&i.lt(&hi.broadcast_in_dim(&[h, w], &[])?)?)
        };
        let boxed = inside(&y0, &y1, 0)?.and(&inside(&x0, &x1, 1)?)?;
        let area = y1.sub(&y0)?.mul(&x1.sub(&x0)?)?;
        let lam_box = area.mul_scalar(-1.0 / (h * w) as f64)?.add_scalar(1.0)?;

        let dims = images.dims().to_vec();
        let boxed = boxed.broadcast_in_dim(&dims, &[1, 2])?;
        let cutmixed = boxed.select(&reversed, images)?;
        let blended = images.mul(&lam_mix.broadcast_in_dim(&dims, &[])?)?.add(&reversed.mul(&one.sub(&lam_mix)?.broadcast_in_dim(&dims, &[])?)?)?;
        let cut_b = cut.and(&mixed)?;
        let images = cut_b.broadcast_in_dim(&dims, &[])?.select(&cutmixed, &blended)?;
        let lam = cut_b.select(&lam_box, &lam_mix)?;

        let targets = crate::model::smoothed_targets(labels, classes, smoothing, DType::F32)?;
        let targets_rev = targets.reverse(&[0])?;
        let t_dims = targets.dims().to_vec();
        let lam_t = lam.broadcast_in_dim(&t_dims, &[])?;
        let targets = targets.mul(&lam_t)?.add(&targets_rev.mul(&lam_t.ones_like()?.sub(&lam_t)?)?)?;
        Ok(Mixed { images, targets, lam })
    }
}
