//! Models as plain code against the tensor API, plus what every
//! classifier needs (loss, accuracy, which parameters get weight decay).

pub mod family;
pub mod mlp;
pub mod position;
pub mod preprocessor;
pub mod var_builder;
pub mod vit;
pub mod vit_config;

pub use var_builder::{ParamKind, ParamSpec};

use crate::dtype::DType;
use crate::graph::{DotPrecision, Tensor};
use anyhow::{bail, ensure, Result};

/// How a model computes. `Bf16` is mixed precision: matmul operands and the activations
/// stored between layers are bf16, and each matmul accumulates in f32 inside XLA's kernel,
/// rounding once at its end; LayerNorm statistics, softmax, GELU, the logits and the loss are
/// computed in f32, and the master weights and optimizer moments (program inputs) stay f32.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Precision {
    #[default]
    F32,
    Bf16,
}

impl Precision {
    pub fn name(self) -> &'static str {
        match self {
            Precision::F32 => "f32",
            Precision::Bf16 => "bf16",
        }
    }
}

impl Precision {
    /// bf16 where the chip has fast bf16 matrix units (GPUs, TPUs); the CPU gains nothing from it.
    pub fn default_for(accelerator: bool) -> Precision {
        if accelerator {
            Precision::Bf16
        } else {
            Precision::F32
        }
    }
}

impl std::str::FromStr for Precision {
    type Err = anyhow::Error;
    fn from_str(s: &str) -> Result<Self> {
        Ok(match s {
            "f32" => Precision::F32,
            "bf16" => Precision::Bf16,
            other => bail!("precision '{other}': expected f32 or bf16"),
        })
    }
}

/// Everything about a program's arithmetic that a user chooses.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub struct Numerics {
    pub precision: Precision,
    /// How exactly each dot runs (on NVIDIA GPUs `Default` runs f32 dots on TF32 tensor cores).
    pub dots: DotPrecision,
}

/// Mean softmax cross-entropy over the batch and the number of correct
/// predictions (f32), for logits `[B, C]` and s32 labels `[B]`.
pub fn softmax_cross_entropy(logits: &Tensor, labels: &Tensor) -> Result<(Tensor, Tensor)> {
    let loss = cross_entropy_per_example(logits, labels)?.mean(&[0])?;
    let correct = correct_count(logits, labels, None)?;
    Ok((loss, correct))
}

/// The mean cross-entropy over the batch against s32 `labels` smoothed by `eps` (with 0, the
/// one-hot cross-entropy, op for op).
pub fn label_loss(logits: &Tensor, labels: &Tensor, eps: f64) -> Result<Tensor> {
    if eps > 0.0 {
        let targets = smoothed_targets(labels, logits.dims()[1], eps, logits.dtype())?;
        soft_cross_entropy(logits, &targets)?.mean(&[0])
    } else {
        cross_entropy_per_example(logits, labels)?.mean(&[0])
    }
}

/// Label-smoothed targets `[B, classes]` for s32 labels `[B]`: (1 − ε) one-hot + ε / classes.
pub fn smoothed_targets(labels: &Tensor, classes: i64, eps: f64, dtype: DType) -> Result<Tensor> {
    let b = labels.builder();
    let dims = [labels.dims()[0], classes];
    let onehot = b.iota(DType::S32, &dims, 1)?.eq(&labels.broadcast_in_dim(&dims, &[0])?)?.convert(dtype)?;
    onehot.mul_scalar(1.0 - eps)?.add_scalar(eps / classes as f64)
}

/// Cross-entropy of each row against soft targets (rows summing to 1), `[B]`.
pub fn soft_cross_entropy(logits: &Tensor, targets: &Tensor) -> Result<Tensor> {
    ensure!(logits.rank() == 2 && targets.dims() == logits.dims(), "cross-entropy: targets {} for logits {}", targets.shape(), logits.shape());
    logits.log_softmax(1)?.mul(targets)?.sum(&[1])?.neg()
}

/// Softmax cross-entropy of each row, f32 `[B]`, for logits `[B, C]` and s32 labels `[B]`.
pub fn cross_entropy_per_example(logits: &Tensor, labels: &Tensor) -> Result<Tensor> {
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
    logp.mul(&onehot)?.sum(&[1])?.neg()
}

/// Number of rows whose argmax is the label (ties go to the first index, so equal
/// logits can't all count as right); `mask` (`f32[B]`) drops padded rows.
pub fn correct_count(logits: &Tensor, labels: &Tensor, mask: Option<&Tensor>) -> Result<Tensor> {
    let (_, predicted) = logits.argmax(1)?;
    let hit = predicted.eq(labels)?.convert(DType::F32)?;
    let hit = match mask {
        Some(m) => hit.mul(m)?,
        None => hit,
    };
    hit.sum_all()
}

