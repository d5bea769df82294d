//! The Vision Transformer of Hugging Face's `ViTForImageClassification`, written against the
//! tensor API as small layer structs (`Linear`, `LayerNorm`, `Embeddings`, `Attention`,
//! `EncoderLayer`). Each layer declares its parameters when it is built, under the name the HF
//! module nesting gives it (`VarBuilder::pp`), with their shapes and kinds; the model's
//! parameter list is those declarations in order, and the forward pass reads the values bound
//! to them.

use super::preprocessor::Preprocessor;
use super::var_builder::{ParamKind, Var, VarBuilder};
use super::vit_config::VitConfig;
use super::family::{Activation, FinalNorm, Head};
use super::position::Interpolation;
use super::{ParamSpec, Precision};
use crate::dtype::DType;
use crate::graph::{DotDims, Tensor};
use anyhow::{anyhow, ensure, Result};
use std::cell::RefCell;
use std::collections::HashMap;

use super::mlp::linear;

/// The values of a model's parameters in a program, by name, and the precision the model
/// computes in.
pub struct VitParams<'a> {
    by_name: HashMap<&'a str, &'a Tensor>,
    /// Training's randomness (stochastic depth, dropout); None in evaluation.
    noise: Option<Noise>,
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
        Ok(VitParams { by_name, noise: None, precision: Precision::F32, wide })
    }

    /// Compute in `precision` (the parameters themselves stay f32).
    pub fn with_precision(self, precision: Precision) -> Self {
        VitParams { precision, ..self }
    }

    /// Train with `noise` (a forward pass for a train step).
    pub fn with_noise(self, noise: Option<Noise>) -> Self {
        VitParams { noise, ..self }
    }

    /// Dropout of `x` at `rate` when training.
    fn dropout(&self, x: &Tensor, rate: impl Fn(&Noise) -> f64) -> Result<Tensor> {
        match &self.noise {
            Some(n) if rate(n) > 0.0 => n.dropout(x, rate(n)),
            _ => Ok(x.clone()),
        }
    }

    fn compute(&self) -> DType {
        match self.precision {
            Precision::F32 => self.wide,
            Precision::Bf16 => DType::BF16,
        }
    }

    /// The value bound to `var`.
    fn get(&self, var: &Var) -> Result<Tensor> {
        let t = self.by_name.get(var.name.as_str()).copied().ok_or_else(|| anyhow!("ViT: no parameter named {}", var.name))?;
        ensure!(t.dims() == var.dims, "ViT parameter {} is {}, the layer needs {:?}", var.name, t.shape(), var.dims);
        Ok(t.clone())
    }
}

/// Training's randomness in the forward pass, drawn from the step's key and counter on a
/// stream of its own (augmentation draws from another).
pub struct Noise {
    /// The generator's state, advanced by every draw.
    state: RefCell<Tensor>,
    /// Each block's stochastic-depth rate: timm's `linspace(0, drop_path, depth)`.
    drop_path: Vec<f64>,
    hidden_dropout: f64,
    attention_dropout: f64,
}

impl Noise {
    /// None when nothing is random: the program is then the one without noise, op for op.
    pub fn new(key: &Tensor, step: &Tensor, drop_path: f64, cfg: &VitConfig) -> Result<Option<Noise>> {
        let blocks = cfg.num_hidden_layers as usize;
        let rates: Vec<f64> = (0..blocks).map(|i| if blocks > 1 { drop_path * i as f64 / (blocks - 1) as f64 } else { 0.0 }).collect();
        if rates.iter().all(|&r| r == 0.0) && cfg.hidden_dropout_prob == 0.0 && cfg.attention_probs_dropout_prob == 0.0 {
            return Ok(None);
        }
        ensure!(
            cfg.hidden_dropout_prob < 1.0 && cfg.attention_probs_dropout_prob < 1.0,
            "config.json: dropout probabilities must be below 1 (hidden {}, attention {})",
            cfg.hidden_dropout_prob,
            cfg.attention_probs_dropout_prob
        );
        ensure!((0.0..1.0).contains(&drop_path), "drop path {drop_path}: a rate in [0, 1) (a saved configuration edited by hand?)");
        let state = crate::augment::tagged_state(key, step, 0x6e6f_6973_6521)?;
        Ok(Some(Noise { state: RefCell::new(state), drop_path: rates, hidden_dropout: cfg.hidden_dropout_prob, attention_dropout: cfg.attention_probs_dropout_prob }))
    }

    /// Uniform draws in [0, 1), f32 `dims`.
    fn uniform(&self, dims: &[i64]) -> Result<Tensor> {
        let state = self.state.borrow().clone();
        let (next, u) = state.builder().rng_uniform(&state, DType::F32, dims)?;
        *self.state.borrow_mut() = next;
        Ok(u)
    }

    /// Each element kept with probability 1 − rate and scaled by 1 / (1 − rate).
    pub fn dropout(&self, x: &Tensor, rate: f64) -> Result<Tensor> {
        let keep = self.uniform(x.dims())?.ge(&x.builder().scalar(rate, DType::F32))?.convert(x.dtype())?;
        x.mul(&keep.mul_scalar(1.0 / (1.0 - rate))?)
    }

    /// Stochastic depth of block `block`'s residual branch `x` (`[B, ...]`): each sample keeps
    /// the whole branch with probability 1 − rate, scaled by 1 / (1 − rate), or drops it.
    pub fn drop_path(&self, x: &Tensor, block: usize) -> Result<Tensor> {
        let rate = self.drop_path.get(block).copied().unwrap_or(0.0);
        if rate == 0.0 {
            return Ok(x.clone());
        }
        let n = x.dims()[0];
        let keep = self.uniform(&[n])?.ge(&x.builder().scalar(rate, DType::F32))?.convert(x.dtype())?.mul_scalar(1.0 / (1.0 - rate))?;
        let shape: Vec<i64> = std::iter::once(n).chain(std::iter::repeat_n(1, x.rank() - 1)).collect();
        x.mul(&keep.reshape(&shape)?.broadcast_to(x.dims())?)
    }
}

/// The model's parameters, in the order its layers declare them (which is the order the
/// forward pass first uses them, and so the order of every program's parameter inputs).
pub fn params(cfg: &VitConfig) -> Vec<ParamSpec> {
    Vit::new(cfg).params
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

/// The ViT family's image classifiers (`ViTForImageClassification`, DeiT's, DINOv2's): one
/// encoder, with what sets each member apart read from `VitConfig::family`.
pub struct Vit {
    embeddings: Embeddings,
    /// CLIP's `pre_layrnorm`.
    pre_norm: Option<LayerNorm>,
    /// BEiT's relative position bias table shared by every layer.
    shared_relative_bias: Option<Var>,
    layers: Vec<EncoderLayer>,
    layernorm: LayerNorm,
    final_norm: FinalNorm,
    /// SigLIP's attention-pooling head, where the classifier reads it.
    pool: Option<AttentionPool>,
    /// One linear head, or DeiT's two (CLS, distillation), whose logits are averaged.
    classifiers: Vec<Linear>,
    head: Head,
    prefix_tokens: i64,
    params: Vec<ParamSpec>,
}

impl Vit {
    pub fn new(cfg: &VitConfig) -> Vit {
        let vb = VarBuilder::new();
        let root = vb.pp(cfg.family.model_type.root());
        let names = cfg.family.tower_names();
        let d = cfg.hidden_size;
        let embeddings = Embeddings::new(root.pp("embeddings").at_depth(0), cfg);
        let shared_relative_bias = cfg.family.relative_bias_shared.then(|| root.at_depth(0).var(names.shared_relative_bias, &relative_table_dims(cfg), ParamKind::Bias));
        let pre_norm = names.pre_norm.map(|n| LayerNorm::new(root.pp(n).at_depth(0), d, cfg.layer_norm_eps));
        let layers = (0..cfg.num_hidden_layers).map(|l| EncoderLayer::new(root.pp(names.layers).pp(l).at_depth(l as usize + 1), l as usize, cfg)).collect();
        let layernorm = LayerNorm::new(root.pp(names.final_norm), d, cfg.layer_norm_eps);
        let pool = (cfg.family.head == Head::AttentionPool).then(|| AttentionPool::new(root.pp("head"), cfg));
        let labels = cfg.labels.len() as i64;
        let classifiers = match cfg.family.head {
            Head::Cls | Head::TokenMean | Head::AttentionPool => vec![Linear::new(vb.pp("classifier"), d, labels, true)],
            Head::ClsAndPatchMean => vec![Linear::new(vb.pp("classifier"), 2 * d, labels, true)],
            Head::Distilled => vec![Linear::new(vb.pp("cls_classifier"), d, labels, true), Linear::new(vb.pp("distillation_classifier"), d, labels, true)],
        };
        Vit {
            embeddings,
            pre_norm,
            shared_relative_bias,
            layers,
            layernorm,
            final_norm: cfg.family.final_norm,
            pool,
            classifiers,
            head: cfg.family.head,
            prefix_tokens: cfg.family.prefix_tokens(),
            params: vb.specs(),
        }
    }

    pub fn params(&self) -> &[ParamSpec] {
        &self.params
    }

    pub fn forward(&self, p: &VitParams, pixels: &Tensor) -> Result<Tensor> {
        let features = self.features(p, pixels)?;
        self.head(p, &features)
    }

    /// What the head reads, after the final LayerNorm, in the compute type: the CLS token
    /// `[B, hidden]`; for DINOv2 the CLS token and the patch tokens' mean `[B, 2 * hidden]`;
    /// for distilled DeiT the CLS and distillation tokens `[B, 2 * hidden]`.
    pub fn features(&self, p: &VitParams, pixels: &Tensor) -> Result<Tensor> {
        let mut x = self.embeddings.forward(p, pixels)?;
        if let Some(norm) = &self.pre_norm {
            x = norm.forward(p, &x)?;
        }
        let side = self.embeddings.image_size / self.embeddings.patch_size;
        let shared = self.shared_relative_bias.as_ref().map(|t| super::position::relative_bias(&p.get(t)?.convert(p.wide)?, side)).transpose()?;
        for layer in &self.layers {
            x = layer.forward(p, &x, shared.as_ref())?;
        }
        let x = match self.final_norm {
            FinalNorm::Tokens => self.layernorm.forward(p, &x)?,
            FinalNorm::Pooled | FinalNorm::Unused => x,
        };
        let (bsz, t, d) = (x.dims()[0], x.dims()[1], x.dims()[2]);
        let token = |i: i64| x.slice_axis(1, i, 1)?.reshape(&[bsz, d]);
        // Means in the wide type, as the logits are.
        let patch_mean = || x.slice_axis(1, self.prefix_tokens, t - self.prefix_tokens)?.convert(p.wide)?.mean(&[1])?.convert(x.dtype());
        match self.head {
            Head::Cls => token(0),
            Head::Distilled => x.builder().concatenate(&[token(0)?, token(1)?], 1),
            Head::ClsAndPatchMean => x.builder().concatenate(&[token(0)?, patch_mean()?], 1),
            Head::TokenMean => match self.final_norm {
                FinalNorm::Pooled => self.layernorm.forward(p, &patch_mean()?),
                _ => patch_mean(),
            },
            Head::AttentionPool => self.pool.as_ref().ok_or_else(|| anyhow::anyhow!("ViT: an attention-pooling head without its parameters"))?.forward(p, &x),
        }
    }

    /// The head alone, on `features` as `features` gives them: logits `[B, labels]`, wide.
    pub fn head(&self, p: &VitParams, features: &Tensor) -> Result<Tensor> {
        match self.head {
            Head::Cls | Head::ClsAndPatchMean | Head::TokenMean | Head::AttentionPool => self.classifiers[0].forward_to(p, features, p.wide),
            Head::Distilled => {
                let d = features.dims()[1] / 2;
                let cls = self.classifiers[0].forward_to(p, &features.slice_axis(1, 0, d)?, p.wide)?;
                let dist = self.classifiers[1].forward_to(p, &features.slice_axis(1, d, d)?, p.wide)?;
                cls.add(&dist)?.mul_scalar(0.5)
            }
        }
    }
}

/// `x W^T + b`, W [out, in] as torch stores it: `weight`, `bias`.
struct Linear {
    weight: Var,
    bias: Option<Var>,
}

impl Linear {
    fn new(vb: VarBuilder, in_features: i64, out_features: i64, bias: bool) -> Linear {
        Linear {
            weight: vb.var("weight", &[out_features, in_features], ParamKind::Weight),
            bias: bias.then(|| vb.var("bias", &[out_features], ParamKind::Bias)),
        }
    }

    /// In the compute type. In bf16 the dot takes bf16 operands and returns bf16: XLA
    /// accumulates in f32 inside the matmul and rounds once at its end. (An f32 result type,
    /// rounded after the bias, was slower on an H100: the f32 product then makes a round trip
    /// through memory; BENCHMARKS.md.)
    fn forward(&self, p: &VitParams, x: &Tensor) -> Result<Tensor> {
        self.forward_to(p, x, p.compute())
    }

    fn forward_to(&self, p: &VitParams, x: &Tensor, out: DType) -> Result<Tensor> {
        let w = p.get(&self.weight)?.convert(p.compute())?;
        match &self.bias {
            Some(bias) => linear(x, &w, &p.get(bias)?.convert(out)?),
            None => {
                let last = x.rank() - 1;
                let dims = DotDims { lhs_contract: vec![last], rhs_contract: vec![1], ..Default::default() };
                x.dot_general_to(&w, &dims, out)
            }
        }
    }
}

/// Statistics and normalization in the wide type whatever the compute type.
struct LayerNorm {
    weight: Var,
    bias: Var,
    eps: f64,
}

impl LayerNorm {
    fn new(vb: VarBuilder, size: i64, eps: f64) -> LayerNorm {
        LayerNorm { weight: vb.var("weight", &[size], ParamKind::Norm), bias: vb.var("bias", &[size], ParamKind::Bias), eps }
    }

    fn forward(&self, p: &VitParams, x: &Tensor) -> Result<Tensor> {
        let x = x.convert(p.wide)?;
        x.layer_norm(&p.get(&self.weight)?, &p.get(&self.bias)?, self.eps)?.convert(p.compute())
    }
}

/// Patches, the CLS token (and DeiT's distillation token or DINOv2's registers) and position
/// embeddings.
struct Embeddings {
    /// None for SigLIP.
    cls_token: Option<Var>,
    /// DeiT's, second in the sequence, with a position of its own.
    distillation_token: Option<Var>,
    /// DINOv2's, inserted after the CLS token once positions are added.
    register_tokens: Option<Var>,
    /// None for BEiT without absolute positions.
    position_embeddings: Option<Var>,
    /// The stride-P convolution of `patch_embeddings.projection`.
    kernel: Var,
    kernel_bias: Option<Var>,
    image_size: i64,
    patch_size: i64,
    channels: i64,
    /// The position grid's side, and how it is resized to another input's (DINOv2).
    grid: i64,
    resize: Option<Interpolation>,
}

impl Embeddings {
    /// Declared in the order HF's modules hold them.
    fn new(vb: VarBuilder, cfg: &VitConfig) -> Embeddings {
        let (d, c, ps) = (cfg.hidden_size, cfg.num_channels, cfg.patch_size);
        let f = &cfg.family;
        let names = f.tower_names();
        // CLIP's and SigLIP's are `[D]` and `[T, D]`; read as `[1, 1, D]` and `[1, T, D]`.
        let flat = |dims: &[i64]| -> Vec<i64> { if names.flat_embeddings { dims[dims.len() - 2..].to_vec() } else { dims.to_vec() } };
        let cls_dims = if names.flat_embeddings { vec![d] } else { vec![1, 1, d] };
        let cls_token = names.cls_token.filter(|_| f.cls_token).map(|n| vb.var(n, &cls_dims, ParamKind::Embedding));
        // DINOv2's mask token serves masked-image modelling only: carried so checkpoints keep it.
        // BEiT's too, `[1, 1, D]`.
        if f.mask_token {
            let dims: &[i64] = if f.model_type == super::family::ModelType::Beit { &[1, 1, d] } else { &[1, d] };
            vb.var("mask_token", dims, ParamKind::Embedding);
        }
        // Registers take no position.
        let positioned = cfg.num_patches() + f.prefix_tokens() - f.registers;
        let position_embeddings = f.absolute_positions.then(|| vb.var(names.positions, &flat(&[1, positioned, d]), ParamKind::Embedding));
        let distillation_token = f.distillation_token.then(|| vb.var("distillation_token", &[1, 1, d], ParamKind::Embedding));
        let register_tokens = (f.registers > 0).then(|| vb.var("register_tokens", &[1, f.registers, d], ParamKind::Embedding));
        let projection = vb.pp(names.patch);
        Embeddings {
            cls_token,
            distillation_token,
            register_tokens,
            position_embeddings,
            kernel: projection.var("weight", &[d, c, ps, ps], ParamKind::Weight),
            kernel_bias: names.patch_bias.then(|| projection.var("bias", &[d], ParamKind::Bias)),
            image_size: cfg.input_size(),
            patch_size: ps,
            channels: c,
            grid: cfg.image_size / ps,
            resize: f.model_type.resizes_positions_per_call(),
        }
    }

    /// The position embeddings for an input grid of side `side`, `[1, T, D]`: as stored, or
    /// (DINOv2) the patch grid resized, wide, as transformers resizes in f32.
    fn positions(&self, p: &VitParams, var: &Var, side: i64) -> Result<Tensor> {
        let position = p.get(var)?;
        let position = match position.rank() {
            2 => position.reshape(&[1, position.dims()[0], position.dims()[1]])?,
            _ => position,
        };
        match self.resize {
            Some(kind) if side != self.grid => {
                let (t, d) = (position.dims()[1], position.dims()[2]);
                let head = position.slice_axis(1, 0, t - self.grid * self.grid)?;
                let grid = position.slice_axis(1, t - self.grid * self.grid, self.grid * self.grid)?.reshape(&[self.grid * self.grid, d])?;
                let resized = super::position::resize_grid(&grid, self.grid, side, kind)?.reshape(&[1, side * side, d])?;
                position.builder().concatenate(&[head, resized], 1)
            }
            _ => Ok(position),
        }
    }

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
        let ps = self.patch_size;
        let d = self.kernel.dims[0];
        let (gh, gw) = (h / ps, w / ps);
        let n = gh * gw;
        // The stride-P convolution equals flattening each patch in (channel, row, column)
        // order and multiplying by the kernel reshaped to [D, C*P*P].
        let patches = pixels
            .reshape(&[bsz, gh, ps, gw, ps, c])?
            .transpose(&[0, 1, 3, 5, 2, 4])?
            .reshape(&[bsz, n, c * ps * ps])?;
        let cdt = p.compute();
        let position = self.position_embeddings.as_ref().map(|v| self.positions(p, v, gh)).transpose()?;
        let patches = patches.convert(cdt)?;
        let kernel = p.get(&self.kernel)?.reshape(&[d, c * ps * ps])?.convert(cdt)?;
        let emb = match &self.kernel_bias {
            Some(bias) => linear(&patches, &kernel, &p.get(bias)?.convert(cdt)?)?,
            None => patches.dot_general(&kernel, &DotDims { lhs_contract: vec![2], rhs_contract: vec![1], ..Default::default() })?,
        };
        let token = |var: &Var| -> Result<Tensor> {
            let t = p.get(var)?;
            let n = if t.rank() == 1 { 1 } else { t.dims()[1] };
            t.convert(cdt)?.reshape(&[1, n, d])?.broadcast_to(&[bsz, n, d])
        };
        let mut tokens: Vec<Tensor> = self.cls_token.iter().map(token).collect::<Result<_>>()?;
        if let Some(dist) = &self.distillation_token {
            tokens.push(token(dist)?);
        }
        tokens.push(emb);
        // `add_over_batch`, not `add`: see its note on the GPU layout of the residual stream.
        let b = pixels.builder();
        let x = b.concatenate(&tokens, 1)?;
        let x = match position {
            Some(position) => x.add_over_batch(&position.convert(cdt)?)?,
            None => x,
        };
        let x = match &self.register_tokens {
            Some(registers) => {
                let t = x.dims()[1];
                b.concatenate(&[x.slice_axis(1, 0, 1)?, token(registers)?, x.slice_axis(1, 1, t - 1)?], 1)?
            }
            None => x,
        };
        p.dropout(&x, |n| n.hidden_dropout)
    }
}

/// Multi-head self-attention with its output projection.
struct Attention {
    /// BEiT's per-layer relative position bias table `[(2S-1)^2 + 3, heads]`.
    relative_bias: Option<Var>,
    query: Linear,
    key: Linear,
    value: Linear,
    output: Linear,
    heads: i64,
    head_dim: i64,
}

impl Attention {
    /// `vb` is the layer's; `names` query, key, value and output under it.
    fn new(vb: VarBuilder, names: [&str; 4], cfg: &VitConfig) -> Attention {
        let d = cfg.hidden_size;
        // CLIP's and SigLIP's projections always have biases.
        let qkv_bias = cfg.qkv_bias || cfg.family.model_type.vision_name().is_some() || cfg.family.model_type == super::family::ModelType::Beit;
        let layer = cfg.family.model_type.layer_names(cfg.family.swiglu);
        let projection = |name: &str, bias: bool| Linear::new(vb.pp(name), d, d, bias);
        Attention {
            query: projection(names[0], qkv_bias),
            key: projection(names[1], qkv_bias && layer.key_bias),
            value: projection(names[2], qkv_bias),
            relative_bias: cfg.family.relative_bias_per_layer.then(|| vb.var(layer.relative_bias, &relative_table_dims(cfg), ParamKind::Bias)),
            output: Linear::new(vb.pp(names[3]), d, d, true),
            heads: cfg.num_attention_heads,
            head_dim: cfg.head_dim(),
        }
    }

    /// `shared`: a bias `[heads, T, T]` added to every layer's scores (BEiT's shared table).
    fn forward(&self, p: &VitParams, x: &Tensor, shared: Option<&Tensor>) -> Result<Tensor> {
        let (bsz, t, d) = (x.dims()[0], x.dims()[1], x.dims()[2]);
        let (heads, hd) = (self.heads, self.head_dim);
        let split = |proj: &Linear| -> Result<Tensor> { proj.forward(p, x)?.reshape(&[bsz, t, heads, hd])?.transpose(&[0, 2, 1, 3]) };
        let (q, k, v) = (split(&self.query)?, split(&self.key)?, split(&self.value)?);
        let qk = DotDims { lhs_batch: vec![0, 1], rhs_batch: vec![0, 1], lhs_contract: vec![3], rhs_contract: vec![3], ..Default::default() };
        // Scaled in the compute type, then widened for the softmax, as Flax's attention does:
        // scaled after widening, XLA's TPU program kept the f32 exponentials of every layer's
        // [B, H, T, T] scores for the backward pass instead of the bf16 scores (3.8 GB more
        // traffic and 0.45 GiB more temporaries per v5e chip at batch 256, BENCHMARKS.md).
        let mut scores = q.dot_general(&k, &qk)?.mul_scalar((hd as f64).powf(-0.5))?.convert(p.wide)?;
        let own = match &self.relative_bias {
            Some(table) => Some(super::position::relative_bias(&p.get(table)?.convert(p.wide)?, ((t - 1) as f64).sqrt().round() as i64)?),
            None => None,
        };
        for bias in own.iter().chain(shared) {
            scores = scores.add(&bias.reshape(&[1, heads, t, t])?.broadcast_to(&[bsz, heads, t, t])?)?;
        }
        let probs = p.dropout(&scores.softmax(3)?.convert(p.compute())?, |n| n.attention_dropout)?;
        let pv = DotDims { lhs_batch: vec![0, 1], rhs_batch: vec![0, 1], lhs_contract: vec![3], rhs_contract: vec![2], ..Default::default() };
        let ctx = probs.dot_general(&v, &pv)?.transpose(&[0, 2, 1, 3])?.reshape(&[bsz, t, d])?;
        p.dropout(&self.output.forward(p, &ctx)?, |n| n.hidden_dropout)
    }
}

/// Pre-norm attention and MLP blocks, each with a residual connection (and, in DINOv2, a
/// LayerScale gain on each branch).
struct EncoderLayer {
    /// From 0, for the stochastic-depth rate.
    index: usize,
    layernorm_before: LayerNorm,
    attention: Attention,
    layer_scale_attention: Option<Var>,
    layernorm_after: LayerNorm,
    /// With SwiGLU, one matrix for both halves (gate, then value), as DINOv2 stores it.
    intermediate: Linear,
    swiglu: bool,
    activation: Activation,
    output: Linear,
    layer_scale_mlp: Option<Var>,
}

impl EncoderLayer {
    /// Declared in the order the forward pass uses them.
    fn new(vb: VarBuilder, index: usize, cfg: &VitConfig) -> EncoderLayer {
        let (d, eps, width) = (cfg.hidden_size, cfg.layer_norm_eps, cfg.intermediate_size);
        let swiglu = cfg.family.swiglu;
        let names = cfg.family.model_type.layer_names(swiglu);
        let scale = |name: Option<&str>| name.filter(|_| cfg.family.layer_scale.is_some()).map(|n| vb.var(n, &[d], ParamKind::Scale));
        let layernorm_before = LayerNorm::new(vb.pp(names.norm_before), d, eps);
        let attention = Attention::new(vb.clone(), names.attention, cfg);
        let layer_scale_attention = scale(names.layer_scale.map(|s| s.0));
        let layernorm_after = LayerNorm::new(vb.pp(names.norm_after), d, eps);
        let intermediate = Linear::new(vb.pp(names.mlp_in), d, if swiglu { 2 * width } else { width }, true);
        let output = Linear::new(vb.pp(names.mlp_out), width, d, true);
        let layer_scale_mlp = scale(names.layer_scale.map(|s| s.1));
        let activation = Activation::from_name(&cfg.hidden_act).unwrap_or(Activation::Gelu);
        EncoderLayer { index, layernorm_before, attention, layer_scale_attention, layernorm_after, intermediate, swiglu, activation, output, layer_scale_mlp }
    }

    fn forward(&self, p: &VitParams, x: &Tensor, shared_bias: Option<&Tensor>) -> Result<Tensor> {
        let branch = |y: Tensor, scale: &Option<Var>| -> Result<Tensor> {
            let y = match scale {
                Some(s) => y.mul(&p.get(s)?.convert(y.dtype())?.broadcast_to(y.dims())?)?,
                None => y,
            };
            match &p.noise {
                Some(n) => n.drop_path(&y, self.index),
                None => Ok(y),
            }
        };
        let x = x.add(&branch(self.attention.forward(p, &self.layernorm_before.forward(p, x)?, shared_bias)?, &self.layer_scale_attention)?)?;
        let hn = self.layernorm_after.forward(p, &x)?;
        let h = self.intermediate.forward(p, &hn)?.convert(p.wide)?;
        let mlp = match self.swiglu {
            true => {
                let (last, w) = (h.rank() - 1, h.dims()[h.rank() - 1] / 2);
                let (gate, value) = (h.slice_axis(last, 0, w)?, h.slice_axis(last, w, w)?);
                gate.silu()?.mul(&value)?
            }
            false => activate(self.activation, &h)?,
        }
        .convert(p.compute())?;
        // Dropout after the MLP in ViT's and DINOv2's modules alike.
        x.add(&branch(p.dropout(&self.output.forward(p, &mlp)?, |n| n.hidden_dropout)?, &self.layer_scale_mlp)?)
    }
}

fn activate(activation: Activation, h: &Tensor) -> Result<Tensor> {
    match activation {
        Activation::Gelu => h.gelu(),
        Activation::GeluTanh => h.gelu_tanh(),
        Activation::QuickGelu => h.quick_gelu(),
    }
}

/// SigLIP's multi-head attention pooling (`SiglipMultiheadAttentionPoolingHead`): one learned
/// probe attends over the tokens (torch's `nn.MultiheadAttention`, its query, key and value
/// projections stacked in `in_proj_*`), then a residual MLP on its LayerNorm: `[B, T, D]` to
/// `[B, D]`.
struct AttentionPool {
    probe: Var,
    in_proj_weight: Var,
    in_proj_bias: Var,
    out_proj: Linear,
    layernorm: LayerNorm,
    fc1: Linear,
    fc2: Linear,
    activation: Activation,
    heads: i64,
    head_dim: i64,
}

impl AttentionPool {
    fn new(vb: VarBuilder, cfg: &VitConfig) -> AttentionPool {
        let (d, width) = (cfg.hidden_size, cfg.intermediate_size);
        let attention = vb.pp("attention");
        AttentionPool {
            probe: vb.var("probe", &[1, 1, d], ParamKind::Embedding),
            in_proj_weight: attention.var("in_proj_weight", &[3 * d, d], ParamKind::Weight),
            in_proj_bias: attention.var("in_proj_bias", &[3 * d], ParamKind::Bias),
            out_proj: Linear::new(attention.pp("out_proj"), d, d, true),
            layernorm: LayerNorm::new(vb.pp("layernorm"), d, cfg.layer_norm_eps),
            fc1: Linear::new(vb.pp("mlp.fc1"), d, width, true),
            fc2: Linear::new(vb.pp("mlp.fc2"), width, d, true),
            activation: Activation::from_name(&cfg.hidden_act).unwrap_or(Activation::GeluTanh),
            heads: cfg.num_attention_heads,
            head_dim: cfg.head_dim(),
        }
    }

    fn forward(&self, p: &VitParams, x: &Tensor) -> Result<Tensor> {
        let (bsz, t, d) = (x.dims()[0], x.dims()[1], x.dims()[2]);
        let (heads, hd, cdt) = (self.heads, self.head_dim, p.compute());
        let (w, b) = (p.get(&self.in_proj_weight)?.convert(cdt)?, p.get(&self.in_proj_bias)?.convert(cdt)?);
        let project = |x: &Tensor, i: i64| linear(x, &w.slice_axis(0, i * d, d)?, &b.slice_axis(0, i * d, d)?);
        // The probe's query is the same for every image: projected once, then broadcast.
        let probe = p.get(&self.probe)?.convert(cdt)?.reshape(&[1, d])?;
        let q = project(&probe, 0)?.mul_scalar((hd as f64).powf(-0.5))?.reshape(&[1, heads, hd])?.broadcast_to(&[bsz, heads, hd])?;
        let split = |y: Tensor| y.reshape(&[bsz, t, heads, hd])?.transpose(&[0, 2, 1, 3]);
        let (k, v) = (split(project(x, 1)?)?, split(project(x, 2)?)?);
        let qk = DotDims { lhs_batch: vec![0, 1], rhs_batch: vec![0, 1], lhs_contract: vec![2], rhs_contract: vec![3], ..Default::default() };
        let probs = q.dot_general(&k, &qk)?.convert(p.wide)?.softmax(2)?.convert(cdt)?;
        let pv = DotDims { lhs_batch: vec![0, 1], rhs_batch: vec![0, 1], lhs_contract: vec![2], rhs_contract: vec![2], ..Default::default() };
        let pooled = self.out_proj.forward(p, &probs.dot_general(&v, &pv)?.reshape(&[bsz, d])?)?;
        let h = activate(self.activation, &self.fc1.forward(p, &self.layernorm.forward(p, &pooled)?)?.convert(p.wide)?)?.convert(cdt)?;
        pooled.add(&self.fc2.forward(p, &h)?)
    }
}

/// BEiT's relative position bias table: `(2S - 1)^2` relative offsets within an S x S grid, then
/// CLS-to-token, token-to-CLS and CLS-to-CLS; one column per head.
fn relative_table_dims(cfg: &VitConfig) -> Vec<i64> {
    let side = cfg.image_size / cfg.patch_size;
    vec![(2 * side - 1).pow(2) + 3, cfg.num_attention_heads]
}

/// `u8[B, H, W, C]` to f32 in `[0, 1]`.
pub fn to_unit(images: &Tensor) -> Result<Tensor> {
    ensure!(images.dtype() == DType::U8, "images must be u8, got {}", images.shape());
    images.convert(DType::F32)?.mul_scalar(1.0 / 255.0)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_fixture as fixture;
    use serde_json::Value;

    #[test]
    fn weight_decay_reaches_the_matrices_and_kernels_only() {
        // As optax masks usually say it: the patch kernel, the six matrices of each layer and
        // the classifier; no bias, LayerNorm, CLS token or position embedding.
        let params = params(&VitConfig::tiny());
        let decayed: Vec<&str> = params.iter().filter(|p| p.decay()).map(|p| p.name.as_str()).collect();
        assert_eq!(decayed.len(), 1 + 6 * 2 + 1, "{decayed:?}");
        for name in ["vit.embeddings.patch_embeddings.projection.weight", "vit.encoder.layer.1.attention.attention.key.weight", "vit.encoder.layer.0.output.dense.weight", "classifier.weight"] {
            assert!(decayed.contains(&name), "{name} should decay");
        }
        for name in ["vit.embeddings.cls_token", "vit.embeddings.position_embeddings", "vit.encoder.layer.0.layernorm_before.weight", "vit.layernorm.weight", "classifier.bias"] {
            assert!(params.iter().any(|p| p.name == name) && !decayed.contains(&name), "{name} should not decay");
        }
        assert!(params.iter().all(|p| p.shape.dtype == DType::F32));
    }

    #[test]
    fn each_parameter_has_the_kind_its_layer_gives_it() {
        let params = params(&VitConfig::tiny());
        let kind = |name: &str| params.iter().find(|p| p.name == name).unwrap().kind;
        assert_eq!(kind("vit.embeddings.cls_token"), ParamKind::Embedding);
        assert_eq!(kind("vit.embeddings.position_embeddings"), ParamKind::Embedding);
        assert_eq!(kind("vit.encoder.layer.1.layernorm_after.weight"), ParamKind::Norm);
        assert_eq!(kind("vit.encoder.layer.1.layernorm_after.bias"), ParamKind::Bias);
        assert_eq!(kind("vit.layernorm.weight"), ParamKind::Norm);
        assert_eq!(kind("classifier.weight"), ParamKind::Weight);
        let norms = params.iter().filter(|p| p.kind == ParamKind::Norm).count();
        assert_eq!(norms, 2 * 2 + 1, "two LayerNorms per layer and the final one");
    }

    #[test]
    fn parameters_come_in_first_use_order() {
        let names: Vec<String> = params(&VitConfig::tiny()).into_iter().map(|p| p.name).collect();
        assert_eq!(names[..4], ["vit.embeddings.cls_token", "vit.embeddings.position_embeddings", "vit.embeddings.patch_embeddings.projection.weight", "vit.embeddings.patch_embeddings.projection.bias"]);
        assert_eq!(names[4..8], ["vit.encoder.layer.0.layernorm_before.weight", "vit.encoder.layer.0.layernorm_before.bias", "vit.encoder.layer.0.attention.attention.query.weight", "vit.encoder.layer.0.attention.attention.query.bias"]);
        assert_eq!(names[names.len() - 2..], ["classifier.weight", "classifier.bias"]);
    }

    #[test]
    fn vit_b16_parameters_match_the_hub_shapes() {
        let check: Value = serde_json::from_str(&std::fs::read_to_string(fixture("formula_check.json")).unwrap()).unwrap();
        let shapes = check["vit_b16_tensor_shapes"].as_object().unwrap();
        let specs = params(&VitConfig::vit_b16());
        assert_eq!(specs.len(), shapes.len());
        for p in &specs {
            let want: Vec<i64> = shapes[&p.name].as_array().unwrap().iter().map(|d| d.as_i64().unwrap()).collect();
            assert_eq!(p.dims(), want.as_slice(), "{}", p.name);
        }
        let total: i64 = specs.iter().map(|p| p.shape.element_count()).sum();
        assert_eq!(total, check["vit_b16_num_params"].as_i64().unwrap());
    }

    #[test]
    fn without_qkv_bias_three_biases_per_layer_go() {
        let cfg = VitConfig { qkv_bias: false, ..VitConfig::vit_b16() };
        assert_eq!(params(&VitConfig::vit_b16()).len() - params(&cfg).len(), 3 * 12);
        assert!(!params(&cfg).iter().any(|p| p.name.ends_with("query.bias")));
    }
}
