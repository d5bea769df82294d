//! Models as plain code against the tensor API, plus what every
//! classifier needs (loss, accuracy, which parameters get weight decay).

pub mod mlp;
pub mod vit;
pub mod vit_config;

use crate::dtype::DType;
use crate::graph::{Shape, Tensor};
use anyhow::{ensure, Result};

/// Mean softmax cross-entropy over the batch and the number of correct
/// predictions (f32), for logits `[B, C]` and s32 labels `[B]`.
pub fn softmax_cross_entropy(logits: &Tensor, labels: &Tensor) -> Result<(Tensor, Tensor)> {
    ensure!(logits.rank() == 2, "cross-entropy: logits must be [batch, classes], got {}", logits.shape());
    ensure!(
        labels.dims() == [logits.dims()[0]] && labels.dtype() == DType::S32,
        "cross-entropy: labels must be s32[{}], got {}",
        logits.dims()[0],
        labels.shape()
    );
    let b = logits.builder();
    let onehot = b.iota(DType::S32, logits.dims(), 1)?.eq(&labels.broadcast_in_dim(logits.dims(), &[0])?)?;
    let onehot = onehot.convert(logits.dtype())?;
    let logp = logits.log_softmax(1)?;
    let per_example = logp.mul(&onehot)?.sum(&[1])?.neg()?;
    let loss = per_example.mean(&[0])?;
    let correct = correct_count(logits, &onehot, None)?;
    Ok((loss, correct))
}

/// Number of rows whose label's logit is the largest; `mask` (f32 [B]) drops padded rows.
pub fn correct_count(logits: &Tensor, onehot: &Tensor, mask: Option<&Tensor>) -> Result<Tensor> {
    let at_label = logits.mul(onehot)?.sum(&[1])?;
    let best = logits.reduce_max(&[1])?;
    let hit = at_label.ge(&best)?.convert(DType::F32)?;
    let hit = match mask {
        Some(m) => hit.mul(m)?,
        None => hit,
    };
    hit.sum_all()
}

/// Weight decay applies to linear and convolution weights only (as the issue and optax masks do):
/// not to biases, LayerNorm, CLS token or position embeddings.
pub fn decays(name: &str, shape: &Shape) -> bool {
    name.ends_with(".weight") && shape.rank() >= 2
}
