//! A small multi-layer perceptron: the stand-in model for compiler tests and snapshots.

use crate::graph::Tensor;
use anyhow::{ensure, Result};

#[derive(Clone, Debug)]
pub struct MlpConfig {
    pub input: i64,
    pub hidden: Vec<i64>,
    pub classes: i64,
}

impl MlpConfig {
    /// Parameter names and shapes in torch's `nn.Linear` layout (`weight` is [out, in]).
    pub fn params(&self) -> Vec<super::ParamSpec> {
        let mut sizes = vec![self.input];
        sizes.extend(&self.hidden);
        sizes.push(self.classes);
        let vb = super::var_builder::VarBuilder::new();
        for (i, w) in sizes.windows(2).enumerate() {
            let fc = vb.pp(format!("fc{i}"));
            fc.var("weight", &[w[1], w[0]], super::ParamKind::Weight);
            fc.var("bias", &[w[1]], super::ParamKind::Bias);
        }
        vb.specs()
    }

    /// Logits [B, classes] for inputs [B, input]; tanh between layers.
    pub fn forward(&self, params: &[Tensor], x: &Tensor) -> Result<Tensor> {
        ensure!(params.len() == 2 * (self.hidden.len() + 1), "mlp: expected {} parameters", 2 * (self.hidden.len() + 1));
        let mut h = x.clone();
        let layers = params.len() / 2;
        for l in 0..layers {
            h = linear(&h, &params[2 * l], &params[2 * l + 1])?;
            if l + 1 < layers {
                h = h.tanh()?;
            }
        }
        Ok(h)
    }
}

/// `x W^T + b` for torch-layout W [out, in]; x [..., in].
pub fn linear(x: &Tensor, w: &Tensor, b: &Tensor) -> Result<Tensor> {
    let last = x.rank() - 1;
    let dims = crate::graph::DotDims { lhs_contract: vec![last], rhs_contract: vec![1], ..Default::default() };
    // The result takes the bias's type: bf16 operands with an f32 bias accumulate in f32,
    // and the bias adds before any rounding.
    let y = x.dot_general_to(w, &dims, b.dtype())?;
    y.add(b)
}
