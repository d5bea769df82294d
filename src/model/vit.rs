//! The Vision Transformer of Hugging Face's `ViTForImageClassification`,
//! written against the tensor API. Each layer asks for its parameters by HF name and shape
//! where it uses them; the parameter list ([`declare`], [`VitConfig::param_specs`]) is read
//! off a trace of this code, so every name is written once.

use super::vit_config::{Preprocessor, VitConfig};
use super::Precision;
use crate::dtype::DType;
use crate::graph::{Builder, DotDims, Tensor};
use anyhow::{anyhow, ensure, Result};
use std::cell::RefCell;
use std::collections::HashMap;

use super::mlp::linear;

/// One parameter as the forward pass asks for it: its Hugging Face name, shape, and whether
/// AdamW's weight decay applies (matrices and convolution kernels, as optax masks usually say).
#[derive(Clone, Debug, PartialEq)]
pub struct ParamSpec {
    pub name: String,
    pub dims: Vec<i64>,
    pub decay: bool,
}

enum Source<'a> {
    /// The program's parameter tensors, by name.
    Bound(HashMap<&'a str, &'a Tensor>),
    /// Declaring the parameter list: each name becomes a parameter of `builder` the first time
    /// the forward pass asks for it, so the list comes out in first-use order.
    Recording { builder: Builder, specs: &'a RefCell<Vec<ParamSpec>>, made: RefCell<HashMap<String, Tensor>> },
}

/// Where the forward pass gets its parameters, by HF name and with the shape each layer needs
/// (so a name is written once, where it is used), and in which precision the model computes.
pub struct VitParams<'a> {
    source: Source<'a>,
    precision: Precision,
    /// The parameters' type (f32; f64 in finite-difference tests): dots accumulate, and
    /// statistics are taken, in it.
    wide: DType,
}

impl<'a> VitParams<'a> {
    pub fn new(specs: &'a [(String, Vec<i64>)], params: &'a [Tensor]) -> Result<Self> {
        ensure!(specs.len() == params.len(), "ViT: {} parameters given, config needs {}", params.len(), specs.len());
        let mut by_name = HashMap::new();
        for ((name, dims), t) in specs.iter().zip(params) {
            ensure!(t.dims() == dims.as_slice(), "ViT parameter {name}: traced as {}, config needs {dims:?}", t.shape());
            by_name.insert(name.as_str(), t);
        }
        let wide = params.first().map(|t| t.dtype()).unwrap_or(DType::F32);
        ensure!(params.iter().all(|t| t.dtype() == wide), "ViT: all parameters must have one type");
        Ok(VitParams { source: Source::Bound(by_name), precision: Precision::F32, wide })
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

    /// The parameter `name`, which the layer asking for it needs shaped `dims`.
    fn var(&self, name: &str, dims: &[i64], decay: bool) -> Result<Tensor> {
        match &self.source {
            Source::Bound(by_name) => {
                let t = by_name.get(name).copied().ok_or_else(|| anyhow!("ViT: no parameter named {name}"))?;
                ensure!(t.dims() == dims, "ViT parameter {name} is {}, the layer needs {dims:?}", t.shape());
                Ok(t.clone())
            }
            Source::Recording { builder, specs, made } => {
                if let Some(t) = made.borrow().get(name) {
                    return Ok(t.clone());
                }
                let t = builder.parameter(name, self.wide, dims)?;
                specs.borrow_mut().push(ParamSpec { name: name.to_string(), dims: dims.to_vec(), decay });
                made.borrow_mut().insert(name.to_string(), t.clone());
                Ok(t)
            }
        }
    }

    /// `x W^T + b` in the compute type, W [out, in] as torch stores it. In bf16 the dot takes
    /// bf16 operands and returns bf16: XLA accumulates in f32 inside the matmul and rounds once
    /// at its end. (An f32 result type, rounded after the bias, measured 9% slower on an H100
    /// (BENCHMARKS.md): the f32 product then makes a round trip through memory.)
    fn linear(&self, x: &Tensor, prefix: &str, out_features: i64, bias: bool) -> Result<Tensor> {
        self.linear_to(x, prefix, out_features, bias, self.compute())
    }

    /// `linear` with a result of type `out`: the logits stay wide.
    fn linear_to(&self, x: &Tensor, prefix: &str, out_features: i64, bias: bool, out: DType) -> Result<Tensor> {
        let in_features = x.dims()[x.rank() - 1];
        let w = self.var(&format!("{prefix}.weight"), &[out_features, in_features], true)?.convert(self.compute())?;
        if bias {
            let b = self.var(&format!("{prefix}.bias"), &[out_features], false)?;
            linear(x, &w, &b.convert(out)?)
        } else {
            let last = x.rank() - 1;
            let dims = DotDims { lhs_contract: vec![last], rhs_contract: vec![1], ..Default::default() };
            x.dot_general_to(&w, &dims, out)
        }
    }

    /// Statistics and normalization in the wide type whatever the compute type.
    fn layer_norm(&self, x: &Tensor, prefix: &str, eps: f64) -> Result<Tensor> {
        let x = x.convert(self.wide)?;
        let last = x.rank() - 1;
        let d = x.dims()[last];
        let centered = x.sub(&x.mean_keepdims(&[last])?)?;
        let var = centered.square()?.mean_keepdims(&[last])?;
        let normed = centered.mul(&var.add_scalar(eps)?.rsqrt()?)?;
        let weight = self.var(&format!("{prefix}.weight"), &[d], false)?;
        let bias = self.var(&format!("{prefix}.bias"), &[d], false)?;
        normed.mul(&weight)?.add(&bias)?.convert(self.compute())
    }
}

/// The model's parameters in the order the forward pass first uses them (which is the order of
/// Hugging Face's `state_dict`), read off a trace of the forward pass itself.
pub fn declare(cfg: &VitConfig) -> Result<Vec<ParamSpec>> {
    let builder = Builder::new("vit_parameters");
    let s = cfg.image_size;
    let pixels = builder.parameter("pixels", DType::F32, &[1, s, s, cfg.num_channels])?;
    let specs = RefCell::new(vec![]);
    let p = VitParams {
        source: Source::Recording { builder: builder.clone(), specs: &specs, made: RefCell::new(HashMap::new()) },
        precision: Precision::F32,
        wide: DType::F32,
    };
    forward(cfg, &p, &pixels)?;
    drop(p);
    Ok(specs.into_inner())
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
    let cls = p.var("vit.embeddings.cls_token", &[1, 1, d], false)?;
    let position = p.var("vit.embeddings.position_embeddings", &[1, n + 1, d], false)?;
    let patches = patches.convert(cdt)?;
    let kernel = p.var("vit.embeddings.patch_embeddings.projection.weight", &[d, c, ps, ps], true)?;
    let kernel = kernel.reshape(&[d, c * ps * ps])?.convert(cdt)?;
    let patch_bias = p.var("vit.embeddings.patch_embeddings.projection.bias", &[d], false)?;
    let emb = linear(&patches, &kernel, &patch_bias.convert(cdt)?)?;
    let cls = cls.convert(cdt)?.broadcast_to(&[bsz, 1, d])?;
    let b = pixels.builder();
    let mut x = b.concatenate(&[cls, emb], 1)?.add(&position.convert(cdt)?)?;

    let t = n + 1;
    let heads = cfg.num_attention_heads;
    let hd = cfg.head_dim();
    for l in 0..cfg.num_hidden_layers {
        let pre = format!("vit.encoder.layer.{l}");
        let hn = p.layer_norm(&x, &format!("{pre}.layernorm_before"), cfg.layer_norm_eps)?;
        let split = |name: &str| -> Result<Tensor> {
            p.linear(&hn, &format!("{pre}.attention.attention.{name}"), d, cfg.qkv_bias)?.reshape(&[bsz, t, heads, hd])?.transpose(&[0, 2, 1, 3])
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
        x = x.add(&p.linear(&ctx, &format!("{pre}.attention.output.dense"), d, true)?)?;
        let hn = p.layer_norm(&x, &format!("{pre}.layernorm_after"), cfg.layer_norm_eps)?;
        let mlp = p.linear(&hn, &format!("{pre}.intermediate.dense"), cfg.intermediate_size, true)?.convert(p.wide)?.gelu()?.convert(cdt)?;
        x = x.add(&p.linear(&mlp, &format!("{pre}.output.dense"), d, true)?)?;
    }
    let x = p.layer_norm(&x, "vit.layernorm", cfg.layer_norm_eps)?;
    let cls = x.slice_axis(1, 0, 1)?.reshape(&[bsz, d])?;
    p.linear_to(&cls, "classifier", cfg.labels.len() as i64, true, p.wide)
}

/// uint8 [B,H,W,C] -> f32 in [0, 1].
pub fn to_unit(images: &Tensor) -> Result<Tensor> {
    ensure!(images.dtype() == DType::U8, "images must be u8, got {}", images.shape());
    images.convert(DType::F32)?.mul_scalar(1.0 / 255.0)
}

