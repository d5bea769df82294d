//! The optimizer, written as graph code so the update runs inside the train
//! step program. Semantics follow optax: `clip_by_global_norm` then `adamw`,
//! with the learning rate computed in the program from the step counter.

use crate::graph::Tensor;
use anyhow::{ensure, Result};
use std::f64::consts::PI;

/// Learning rate as a function of the 0-based step counter.
#[derive(Clone, Debug, PartialEq)]
pub enum Schedule {
    Constant(f64),
    /// optax `warmup_cosine_decay_schedule(0, peak, warmup_steps, total_steps, end_value=0)`:
    /// linear from 0 to `peak` over `warmup_steps`, then cosine to 0 at `total_steps`.
    WarmupCosine { peak: f64, warmup_steps: u64, total_steps: u64 },
}

impl Schedule {
    /// The value in the program; `step` is an s32 scalar, the result an f32 scalar.
    pub fn trace(&self, step: &Tensor) -> Result<Tensor> {
        let b = step.builder();
        let s = step.convert(crate::dtype::DType::F32)?;
        match *self {
            Schedule::Constant(lr) => Ok(b.scalar(lr, crate::dtype::DType::F32)),
            Schedule::WarmupCosine { peak, warmup_steps, total_steps } => {
                let w = warmup_steps.max(1) as f64;
                let warm = s.mul_scalar(peak / w)?;
                let decay = total_steps.saturating_sub(warmup_steps).max(1) as f64;
                let t = s.add_scalar(-(warmup_steps as f64))?.min(&s.scalar_like(decay))?;
                let cos = t.mul_scalar(PI / decay)?.cos()?.add_scalar(1.0)?.mul_scalar(0.5 * peak)?;
                s.lt(&s.scalar_like(warmup_steps as f64))?.select(&warm, &cos)
            }
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct AdamW {
    pub schedule: Schedule,
    pub b1: f64,
    pub b2: f64,
    pub eps: f64,
    pub weight_decay: f64,
    /// Clip gradients to this global norm first; None turns clipping off.
    pub clip_norm: Option<f64>,
}

impl Default for AdamW {
    fn default() -> Self {
        AdamW { schedule: Schedule::Constant(1e-3), b1: 0.9, b2: 0.999, eps: 1e-8, weight_decay: 1e-4, clip_norm: Some(1.0) }
    }
}

pub struct AdamWUpdate {
    pub params: Vec<Tensor>,
    pub mu: Vec<Tensor>,
    pub nu: Vec<Tensor>,
    pub lr: Tensor,
    /// Global norm of the gradients before clipping.
    pub grad_norm: Tensor,
}

pub fn global_norm(grads: &[Tensor]) -> Result<Tensor> {
    let mut total: Option<Tensor> = None;
    for g in grads {
        let s = g.square()?.sum_all()?;
        total = Some(match total {
            Some(t) => t.add(&s)?,
            None => s,
        });
    }
    ensure!(total.is_some(), "global_norm of no gradients");
    total.unwrap().sqrt()
}

impl AdamW {
    /// One step. `step` is the s32 count of updates already made (0 for the first);
    /// `decay[i]` says whether parameter i gets weight decay, and `lr_scale[i]` scales its
    /// learning rate (layer-wise decay; 1 for a plain AdamW).
    #[allow(clippy::too_many_arguments)]
    pub fn update(
        &self,
        params: &[Tensor],
        grads: &[Tensor],
        mu: &[Tensor],
        nu: &[Tensor],
        decay: &[bool],
        lr_scale: &[f64],
        step: &Tensor,
    ) -> Result<AdamWUpdate> {
        let n = params.len();
        ensure!(
            grads.len() == n && mu.len() == n && nu.len() == n && decay.len() == n && lr_scale.len() == n,
            "adamw: mismatched state lengths"
        );
        let grad_norm = global_norm(grads)?;
        let grads: Vec<Tensor> = match self.clip_norm {
            Some(max) if max > 0.0 => {
                // optax: g if norm < max else g / norm * max.
                let under = grad_norm.lt(&grad_norm.scalar_like(max))?;
                let scale = under.select(&grad_norm.ones_like()?, &grad_norm.scalar_like(max).div(&grad_norm)?)?;
                grads.iter().map(|g| g.mul(&scale.convert(g.dtype())?)).collect::<Result<_>>()?
            }
            _ => grads.to_vec(),
        };
        let lr = self.schedule.trace(step)?;
        let count = step.add_scalar(1.0)?.convert(crate::dtype::DType::F32)?;
        let bias1 = lr.ones_like()?.sub(&lr.scalar_like(self.b1).pow(&count)?)?;
        let bias2 = lr.ones_like()?.sub(&lr.scalar_like(self.b2).pow(&count)?)?;
        let mut out = AdamWUpdate { params: vec![], mu: vec![], nu: vec![], lr: lr.clone(), grad_norm };
        for i in 0..n {
            let (p, g) = (&params[i], &grads[i]);
            let m = mu[i].mul_scalar(self.b1)?.add(&g.mul_scalar(1.0 - self.b1)?)?;
            let v = nu[i].mul_scalar(self.b2)?.add(&g.square()?.mul_scalar(1.0 - self.b2)?)?;
            let m_hat = m.div(&bias1.convert(p.dtype())?)?;
            let v_hat = v.div(&bias2.convert(p.dtype())?)?;
            let mut u = m_hat.div(&v_hat.sqrt()?.add_scalar(self.eps)?)?;
            if decay[i] && self.weight_decay != 0.0 {
                u = u.add(&p.mul_scalar(self.weight_decay)?)?;
            }
            // The scale multiplies the update, as timm's per-group lr does: the decay term too.
            if lr_scale[i] != 1.0 {
                u = u.mul_scalar(lr_scale[i])?;
            }
            let new_p = p.sub(&u.mul(&lr.convert(p.dtype())?)?)?;
            out.params.push(new_p);
            out.mu.push(m);
            out.nu.push(v);
        }
        Ok(out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dtype::DType;
    use crate::graph::Builder;
    use crate::host::HostTensor;

    /// The traced schedule at `step`, run by the host interpreter.
    fn at(s: &Schedule, step: i32) -> f64 {
        let b = Builder::new("lr");
        let t = b.parameter("step", DType::S32, &[]).unwrap();
        let f = b.finish(&[("lr", &s.trace(&t).unwrap())]).unwrap();
        let out = crate::interpret::run(&f, &[HostTensor::scalar_i32(step)]).unwrap();
        out[0].to_f32().unwrap()[0] as f64
    }

    #[test]
    fn warmup_cosine_matches_optax_formula() {
        let s = Schedule::WarmupCosine { peak: 1e-3, warmup_steps: 3, total_steps: 10 };
        let close = |got: f64, want: f64| assert!((got - want).abs() <= 1e-9, "{got} vs {want}");
        close(at(&s, 0), 0.0);
        close(at(&s, 1), 1e-3 / 3.0);
        close(at(&s, 3), 1e-3);
        // optax gives 0.000611260475 at step 6: 3 of the 7 decay steps done.
        close(at(&s, 6), 1e-3 * 0.5 * (1.0 + (PI * 3.0 / 7.0).cos()));
        close(at(&s, 6), 6.11260475e-4);
        close(at(&s, 10), 0.0);
        close(at(&s, 12), 0.0);
        close(at(&Schedule::Constant(2e-4), 5), 2e-4);
    }
}
