//! The Vision Transformer of Hugging Face's `ViTForImageClassification`, written against the
//! tensor API as small layer structs (`Linear`, `LayerNorm`, `Embeddings`, `Attention`,
//! `EncoderLayer`) that know their HF names. Each asks for its parameters by name and shape
//! where it uses them; the parameter list ([`declare`], [`VitConfig::params`]) is read
//! off a trace of this code, so every name is written once.

use super::vit_config::{Preprocessor, VitConfig};
use super::{ParamSpec, Precision};
use crate::dtype::DType;
use crate::graph::{Builder, DotDims, Shape, Tensor};
use anyhow::{anyhow, ensure, Result};
use std::cell::RefCell;
use std::collections::HashMap;

use super::mlp::linear;

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
    pub fn new(specs: &'a [ParamSpec], params: &'a [Tensor]) -> Result<Self> {
        ensure!(specs.len() == params.len(), "ViT: {} parameters given, config needs {}", params.len(), specs.len());
        let mut by_name = HashMap::new();
        for (spec, t) in specs.iter().zip(params) {
            ensure!(t.dims() == spec.dims(), "ViT parameter {}: traced as {}, config needs {:?}", spec.name, t.shape(), spec.dims());
            by_name.insert(spec.name.as_str(), t);
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
    fn var(&self, name: &str, dims: &[i64]) -> Result<Tensor> {
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
                specs.borrow_mut().push(ParamSpec { name: name.to_string(), shape: Shape::new(self.wide, dims) });
                made.borrow_mut().insert(name.to_string(), t.clone());
                Ok(t)
            }
        }
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
    Vit::new(cfg).forward(p, pixels)
}

/// `ViTForImageClassification`: each layer a small struct that knows its Hugging Face names
/// and the shapes it needs, and asks `VitParams` for them when it runs.
struct Vit {
    embeddings: Embeddings,
    layers: Vec<EncoderLayer>,
    layernorm: LayerNorm,
    classifier: Linear,
}

impl Vit {
    fn new(cfg: &VitConfig) -> Vit {
        Vit {
            embeddings: Embeddings { prefix: "vit.embeddings".into(), image_size: cfg.image_size, patch_size: cfg.patch_size, channels: cfg.num_channels, hidden: cfg.hidden_size },
            layers: (0..cfg.num_hidden_layers).map(|l| EncoderLayer::new(cfg, &format!("vit.encoder.layer.{l}"))).collect(),
            layernorm: LayerNorm::new("vit.layernorm", cfg.layer_norm_eps),
            classifier: Linear::new("classifier", cfg.labels.len() as i64, true),
        }
    }

    fn forward(&self, p: &VitParams, pixels: &Tensor) -> Result<Tensor> {
        let mut x = self.embeddings.forward(p, pixels)?;
        for layer in &self.layers {
            x = layer.forward(p, &x)?;
        }
        let x = self.layernorm.forward(p, &x)?;
        let (bsz, d) = (x.dims()[0], x.dims()[2]);
        let cls = x.slice_axis(1, 0, 1)?.reshape(&[bsz, d])?;
        // The logits stay wide.
        self.classifier.forward_to(p, &cls, p.wide)
    }
}

/// `x W^T + b`, W [out, in] as torch stores it: `{prefix}.weight`, `{prefix}.bias`.
struct Linear {
    prefix: String,
    out_features: i64,
    bias: bool,
}

impl Linear {
    fn new(prefix: &str, out_features: i64, bias: bool) -> Linear {
        Linear { prefix: prefix.into(), out_features, bias }
    }

    /// In the compute type. In bf16 the dot takes bf16 operands and returns bf16: XLA
    /// accumulates in f32 inside the matmul and rounds once at its end. (An f32 result type,
    /// rounded after the bias, measured 9% slower on an H100 (BENCHMARKS.md): the f32 product
    /// then makes a round trip through memory.)
    fn forward(&self, p: &VitParams, x: &Tensor) -> Result<Tensor> {
        self.forward_to(p, x, p.compute())
    }

    fn forward_to(&self, p: &VitParams, x: &Tensor, out: DType) -> Result<Tensor> {
        let in_features = x.dims()[x.rank() - 1];
        let w = p.var(&format!("{}.weight", self.prefix), &[self.out_features, in_features])?.convert(p.compute())?;
        if self.bias {
            let b = p.var(&format!("{}.bias", self.prefix), &[self.out_features])?;
            linear(x, &w, &b.convert(out)?)
        } else {
            let last = x.rank() - 1;
            let dims = DotDims { lhs_contract: vec![last], rhs_contract: vec![1], ..Default::default() };
            x.dot_general_to(&w, &dims, out)
        }
    }
}

/// Statistics and normalization in the wide type whatever the compute type.
struct LayerNorm {
    prefix: String,
    eps: f64,
}

impl LayerNorm {
    fn new(prefix: &str, eps: f64) -> LayerNorm {
        LayerNorm { prefix: prefix.into(), eps }
    }

    fn forward(&self, p: &VitParams, x: &Tensor) -> Result<Tensor> {
        let x = x.convert(p.wide)?;
        let d = x.dims()[x.rank() - 1];
        let weight = p.var(&format!("{}.weight", self.prefix), &[d])?;
        let bias = p.var(&format!("{}.bias", self.prefix), &[d])?;
        x.layer_norm(&weight, &bias, self.eps)?.convert(p.compute())
    }
}

/// Patches, the CLS token and position embeddings.
struct Embeddings {
    prefix: String,
    image_size: i64,
    patch_size: i64,
    channels: i64,
    hidden: i64,
}

impl Embeddings {
    fn forward(&self, p: &VitParams, pixels: &Tensor) -> Result<Tensor> {
        ensure!(pixels.rank() == 4, "ViT: images must be [B, H, W, C], got {}", pixels.shape());
        let (bsz, h, w, c) = (pixels.dims()[0], pixels.dims()[1], pixels.dims()[2], pixels.dims()[3]);
        ensure!(
            h == self.image_size && w == self.image_size && c == self.channels,
            "ViT: images must be [B, {0}, {0}, {1}], got {2}",
            self.image_size,
            self.channels,
            pixels.shape()
        );
        let (ps, d, pre) = (self.patch_size, self.hidden, &self.prefix);
        let (gh, gw) = (h / ps, w / ps);
        let n = gh * gw;
        // The stride-P convolution equals flattening each patch in (channel, row, column)
        // order and multiplying by the kernel reshaped to [D, C*P*P].
        let patches = pixels
            .reshape(&[bsz, gh, ps, gw, ps, c])?
            .transpose(&[0, 1, 3, 5, 2, 4])?
            .reshape(&[bsz, n, c * ps * ps])?;
        let cdt = p.compute();
        let cls = p.var(&format!("{pre}.cls_token"), &[1, 1, d])?;
        let position = p.var(&format!("{pre}.position_embeddings"), &[1, n + 1, d])?;
        let patches = patches.convert(cdt)?;
        let kernel = p.var(&format!("{pre}.patch_embeddings.projection.weight"), &[d, c, ps, ps])?;
        let kernel = kernel.reshape(&[d, c * ps * ps])?.convert(cdt)?;
        let patch_bias = p.var(&format!("{pre}.patch_embeddings.projection.bias"), &[d])?;
        let emb = linear(&patches, &kernel, &patch_bias.convert(cdt)?)?;
        let cls = cls.convert(cdt)?.broadcast_to(&[bsz, 1, d])?;
        // `add_over_batch`, not `add`: see its note on the GPU layout of the residual stream.
        pixels.builder().concatenate(&[cls, emb], 1)?.add_over_batch(&position.convert(cdt)?)
    }
}

/// Multi-head self-attention with its output projection.
struct Attention {
    query: Linear,
    key: Linear,
    value: Linear,
    output: Linear,
    heads: i64,
    head_dim: i64,
}

impl Attention {
    fn forward(&self, p: &VitParams, x: &Tensor) -> Result<Tensor> {
        let (bsz, t, d) = (x.dims()[0], x.dims()[1], x.dims()[2]);
        let (heads, hd) = (self.heads, self.head_dim);
        let split = |proj: &Linear| -> Result<Tensor> { proj.forward(p, x)?.reshape(&[bsz, t, heads, hd])?.transpose(&[0, 2, 1, 3]) };
        let (q, k, v) = (split(&self.query)?, split(&self.key)?, split(&self.value)?);
        let qk = DotDims { lhs_batch: vec![0, 1], rhs_batch: vec![0, 1], lhs_contract: vec![3], rhs_contract: vec![3], ..Default::default() };
        // Softmax in the wide type.
        // Scaled in the compute type, then widened for the softmax, as Flax's attention does:
        // scaled after widening, XLA's TPU program kept the f32 exponentials of every layer's
        // [B, H, T, T] scores for the backward pass instead of the bf16 scores (3.8 GB more
        // traffic and 0.45 GiB more temporaries per v5e chip at batch 256, BENCHMARKS.md).
        let scores = q.dot_general(&k, &qk)?.mul_scalar((hd as f64).powf(-0.5))?.convert(p.wide)?;
        let probs = scores.softmax(3)?.convert(p.compute())?;
        let pv = DotDims { lhs_batch: vec![0, 1], rhs_batch: vec![0, 1], lhs_contract: vec![3], rhs_contract: vec![2], ..Default::default() };
        let ctx = probs.dot_general(&v, &pv)?.transpose(&[0, 2, 1, 3])?.reshape(&[bsz, t, d])?;
        self.output.forward(p, &ctx)
    }
}

/// Pre-norm attention and MLP blocks, each with a residual connection.
struct EncoderLayer {
    layernorm_before: LayerNorm,
    attention: Attention,
    layernorm_after: LayerNorm,
    intermediate: Linear,
    output: Linear,
}

impl EncoderLayer {
    fn new(cfg: &VitConfig, pre: &str) -> EncoderLayer {
        let d = cfg.hidden_size;
        let attn = |name: &str| Linear::new(&format!("{pre}.attention.attention.{name}"), d, cfg.qkv_bias);
        EncoderLayer {
            layernorm_before: LayerNorm::new(&format!("{pre}.layernorm_before"), cfg.layer_norm_eps),
            attention: Attention {
                query: attn("query"),
                key: attn("key"),
                value: attn("value"),
                output: Linear::new(&format!("{pre}.attention.output.dense"), d, true),
                heads: cfg.num_attention_heads,
                head_dim: cfg.head_dim(),
            },
            layernorm_after: LayerNorm::new(&format!("{pre}.layernorm_after"), cfg.layer_norm_eps),
            intermediate: Linear::new(&format!("{pre}.intermediate.dense"), cfg.intermediate_size, true),
            output: Linear::new(&format!("{pre}.output.dense"), d, true),
        }
    }

    fn forward(&self, p: &VitParams, x: &Tensor) -> Result<Tensor> {
        let x = x.add(&self.attention.forward(p, &self.layernorm_before.forward(p, x)?)?)?;
        let hn = self.layernorm_after.forward(p, &x)?;
        let mlp = self.intermediate.forward(p, &hn)?.convert(p.wide)?.gelu()?.convert(p.compute())?;
        x.add(&self.output.forward(p, &mlp)?)
    }
}

/// `u8[B, H, W, C]` to f32 in `[0, 1]`.
pub fn to_unit(images: &Tensor) -> Result<Tensor> {
    ensure!(images.dtype() == DType::U8, "images must be u8, got {}", images.shape());
    images.convert(DType::F32)?.mul_scalar(1.0 / 255.0)
}

