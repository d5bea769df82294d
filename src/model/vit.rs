//! The Vision Transformer of Hugging Face's `ViTForImageClassification`,
//! written against the tensor API. Parameters are addressed by their HF
//! names, in the order of [`VitConfig::param_specs`].

use super::vit_config::{Preprocessor, VitConfig};
use super::Precision;
use crate::dtype::DType;
use crate::graph::{DotDims, Tensor};
use anyhow::{ensure, Result};
use std::collections::HashMap;

use super::mlp::linear;

/// Looks parameters up by HF name, and says in which precision the model computes.
pub struct VitParams<'a> {
    by_name: HashMap<&'a str, &'a Tensor>,
    precision: Precision,
    /// The parameters' type (f32; f64 in finite-difference tests): dots accumulate, and
    /// statistics are taken, in it.
    wide: DType,
}

impl<'a> VitParams<'a> {
    pub fn new(cfg: &'a VitConfig, specs: &'a [(String, Vec<i64>)], params: &'a [Tensor]) -> Result<Self> {
        ensure!(specs.len() == params.len(), "ViT: {} parameters given, config needs {}", params.len(), specs.len());
        let _ = cfg;
        let mut by_name = HashMap::new();
        for ((name, dims), t) in specs.iter().zip(params) {
            ensure!(t.dims() == dims.as_slice(), "ViT parameter {name}: traced as {}, config needs {dims:?}", t.shape());
            by_name.insert(name.as_str(), t);
        }
        let wide = params.first().map(|t| t.dtype()).unwrap_or(DType::F32);
        ensure!(params.iter().all(|t| t.dtype() == wide), "ViT: all parameters must have one type");
        Ok(VitParams { by_name, precision: Precision::F32, wide })
    }

    /// Compute in `precision` (the parameters themselves stay f32).
    pub fn with_precision(self, precision: Precision) -> Self {
        VitParams { precision, ..self }
    }

    fn compute(&self) -> DType {
        match self.precision {
            Precision::F32 => self.wide,
            Precision::Bf16 => DType::BF16,
        }
    }

    fn get(&self, name: &str) -> Result<&'a Tensor> {
        self.by_name.get(name).copied().ok_or_else(|| anyhow::anyhow!("ViT: no parameter named {name}"))
    }

    /// `x W^T + b` in the compute type. In bf16 the dot takes bf16 operands and returns bf16:
    /// XLA accumulates in f32 inside the matmul and rounds once at its end. (An f32 result
    /// type, rounded after the bias, measured 9% slower on an H100 (BENCHMARKS.md): the f32
    /// product then makes a round trip through memory.)
    fn linear(&self, x: &Tensor, prefix: &str) -> Result<Tensor> {
        self.linear_to(x, prefix, self.compute())
    }

    /// `linear` with a result of type `out`: the logits stay wide.
    fn linear_to(&self, x: &Tensor, prefix: &str, out: DType) -> Result<Tensor> {
        let w = self.get(&format!("{prefix}.weight"))?.convert(self.compute())?;
        match self.by_name.get(format!("{prefix}.bias").as_str()) {
            Some(b) => linear(x, &w, &b.convert(out)?),
            None => {
                let last = x.rank() - 1;
                let dims = DotDims { lhs_contract: vec![last], rhs_contract: vec![1], ..Default::default() };
                x.dot_general_to(&w, &dims, out)
            }
        }
    }

    /// Statistics and normalization in the wide type whatever the compute type.
    fn layer_norm(&self, x: &Tensor, prefix: &str, eps: f64) -> Result<Tensor> {
        let x = x.convert(self.wide)?;
        let last = x.rank() - 1;
        let centered = x.sub(&x.mean_keepdims(&[last])?)?;
        let var = centered.square()?.mean_keepdims(&[last])?;
        let normed = centered.mul(&var.add_scalar(eps)?.rsqrt()?)?;
        normed.mul(self.get(&format!("{prefix}.weight"))?)?.add(self.get(&format!("{prefix}.bias"))?)?.convert(self.compute())
    }
}

/// Pixels in [0, 1] (`to_unit`, then augmentation) to the model's input, as the HF image
/// processor does after resizing: rescale (`do_rescale`, `rescale_factor`), then normalize.
pub fn normalize(images_f32_unit: &Tensor, pre: &Preprocessor) -> Result<Tensor> {
    let b = images_f32_unit.builder();
    ensure!(
        images_f32_unit.rank() == 4 && images_f32_unit.dims()[3] == 3,
        "normalize: expected images [B, H, W, 3], got {}",
        images_f32_unit.shape()
    );
    // HF computes raw * factor; we hold raw / 255.
    let scale = if pre.do_rescale { pre.rescale_factor * 255.0 } else { 255.0 };
    let x = if (scale - 1.0).abs() < 1e-12 { images_f32_unit.clone() } else { images_f32_unit.mul_scalar(scale)? };
    if !pre.do_normalize {
        return Ok(x);
    }
    let mean = b.constant_f32(&[3], &pre.image_mean)?;
    let std = b.constant_f32(&[3], &pre.image_std)?;
    x.sub(&mean)?.div(&std)
}

/// Logits [B, labels] for normalized pixels [B, H, W, C] (channels last, as images are decoded).
pub fn forward(cfg: &VitConfig, p: &VitParams, pixels: &Tensor) -> Result<Tensor> {
    ensure!(pixels.rank() == 4, "ViT: images must be [B, H, W, C], got {}", pixels.shape());
    let (bsz, h, w, c) = (pixels.dims()[0], pixels.dims()[1], pixels.dims()[2], pixels.dims()[3]);
    let ps = cfg.patch_size;
    ensure!(
        h == cfg.image_size && w == cfg.image_size && c == cfg.num_channels,
        "ViT: images must be [B, {0}, {0}, {1}], got {2}",
        cfg.image_size,
        cfg.num_channels,
        pixels.shape()
    );
    let (gh, gw) = (h / ps, w / ps);
    let n = gh * gw;
    let d = cfg.hidden_size;

    // The stride-P convolution equals flattening each patch in (channel, row, column)
    // order and multiplying by the kernel reshaped to [D, C*P*P].
    let patches = pixels
        .reshape(&[bsz, gh, ps, gw, ps, c])?
        .transpose(&[0, 1, 3, 5, 2, 4])?
        .reshape(&[bsz, n, c * ps * ps])?;
    let cdt = p.compute();
    let patches = patches.convert(cdt)?;
    let kernel = p.get("vit.embeddings.patch_embeddings.projection.weight")?.reshape(&[d, c * ps * ps])?.convert(cdt)?;
    let emb = linear(&patches, &kernel, &p.get("vit.embeddings.patch_embeddings.projection.bias")?.convert(cdt)?)?;
    let cls = p.get("vit.embeddings.cls_token")?.convert(cdt)?.broadcast_to(&[bsz, 1, d])?;
    let b = pixels.builder();
    let mut x = b.concatenate(&[cls, emb], 1)?.add(&p.get("vit.embeddings.position_embeddings")?.convert(cdt)?)?;

    let t = n + 1;
    let heads = cfg.num_attention_heads;
    let hd = cfg.head_dim();
    for l in 0..cfg.num_hidden_layers {
        let pre = format!("vit.encoder.layer.{l}");
        let hn = p.layer_norm(&x, &format!("{pre}.layernorm_before"), cfg.layer_norm_eps)?;
        let split = |name: &str| -> Result<Tensor> {
            p.linear(&hn, &format!("{pre}.attention.attention.{name}"))?.reshape(&[bsz, t, heads, hd])?.transpose(&[0, 2, 1, 3])
        };
        let (q, k, v) = (split("query")?, split("key")?, split("value")?);
        let qk = DotDims { lhs_batch: vec![0, 1], rhs_batch: vec![0, 1], lhs_contract: vec![3], rhs_contract: vec![3], ..Default::default() };
        // Softmax in the wide type.
        let scores = q.dot_general(&k, &qk)?.convert(p.wide)?.mul_scalar((hd as f64).powf(-0.5))?;
        let probs = scores.softmax(3)?.convert(cdt)?;
        let pv = DotDims { lhs_batch: vec![0, 1], rhs_batch: vec![0, 1], lhs_contract: vec![3], rhs_contract: vec![2], ..Default::default() };
        let ctx = probs
            .dot_general(&v, &pv)?
            .transpose(&[0, 2, 1, 3])?
            .reshape(&[bsz, t, d])?;
        x = x.add(&p.linear(&ctx, &format!("{pre}.attention.output.dense"))?)?;
        let hn = p.layer_norm(&x, &format!("{pre}.layernorm_after"), cfg.layer_norm_eps)?;
        let mlp = p.linear(&hn, &format!("{pre}.intermediate.dense"))?.convert(p.wide)?.gelu()?.convert(cdt)?;
        x = x.add(&p.linear(&mlp, &format!("{pre}.output.dense"))?)?;
    }
    let x = p.layer_norm(&x, "vit.layernorm", cfg.layer_norm_eps)?;
    let cls = x.slice_axis(1, 0, 1)?.reshape(&[bsz, d])?;
    p.linear_to(&cls, "classifier", p.wide)
}

/// uint8 [B,H,W,C] -> f32 in [0, 1].
pub fn to_unit(images: &Tensor) -> Result<Tensor> {
    ensure!(images.dtype() == DType::U8, "images must be u8, got {}", images.shape());
    images.convert(DType::F32)?.mul_scalar(1.0 / 255.0)
}

