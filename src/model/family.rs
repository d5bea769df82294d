//! The members of the ViT family xlavit builds, as data: which Hugging Face `model_type` and
//! classes each is, the names its modules give its parameters, and the options that set it
//! apart from the plain ViT. The model code (`model::vit`) reads this and nothing else.

use super::position::Interpolation;
use anyhow::{bail, ensure, Result};
use serde_json::{Map, Value};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum ModelType {
    #[default]
    Vit,
    Deit,
    Dinov2,
    Dinov2WithRegisters,
    /// CLIP's vision tower (`CLIPForImageClassification`, whose config nests it in `vision_config`).
    Clip,
    /// SigLIP's vision tower (`SiglipForImageClassification`, nested as CLIP's).
    Siglip,
    Beit,
}

impl ModelType {
    pub const ALL: [ModelType; 7] =
        [ModelType::Vit, ModelType::Deit, ModelType::Dinov2, ModelType::Dinov2WithRegisters, ModelType::Clip, ModelType::Siglip, ModelType::Beit];

    /// config.json's `model_type`.
    pub fn name(self) -> &'static str {
        match self {
            ModelType::Vit => "vit",
            ModelType::Deit => "deit",
            ModelType::Dinov2 => "dinov2",
            ModelType::Dinov2WithRegisters => "dinov2_with_registers",
            ModelType::Clip => "clip",
            ModelType::Siglip => "siglip",
            ModelType::Beit => "beit",
        }
    }

    /// The vision tower's own `model_type`, for the types whose classification config nests the
    /// tower's keys in `vision_config` (CLIP, SigLIP): a config of the tower alone says this.
    pub fn vision_name(self) -> Option<&'static str> {
        match self {
            ModelType::Clip => Some("clip_vision_model"),
            ModelType::Siglip => Some("siglip_vision_model"),
            _ => None,
        }
    }

    /// `model_type` as config.json says it: the classification model's, or the vision tower's.
    pub fn from_name(name: &str) -> Result<ModelType> {
        match ModelType::ALL.into_iter().find(|t| t.name() == name || t.vision_name() == Some(name)) {
            Some(t) => Ok(t),
            None => {
                let known: Vec<&str> = ModelType::ALL.iter().map(|t| t.name()).collect();
                bail!("config.json: model_type {name:?} is not supported (xlavit builds {}; `xlavit models` lists them)", known.join(", "))
            }
        }
    }

    /// The backbone's module name in the classification model (`vit.encoder...`).
    pub fn root(self) -> &'static str {
        match self {
            ModelType::Clip | ModelType::Siglip => "vision_model",
            _ => self.name(),
        }
    }

    /// The class `transformers` loads a checkpoint of this type as.
    pub fn classifier_class(self, distilled: bool) -> &'static str {
        match (self, distilled) {
            (ModelType::Vit, _) => "ViTForImageClassification",
            (ModelType::Deit, false) => "DeiTForImageClassification",
            (ModelType::Deit, true) => "DeiTForImageClassificationWithTeacher",
            (ModelType::Dinov2, _) => "Dinov2ForImageClassification",
            (ModelType::Dinov2WithRegisters, _) => "Dinov2WithRegistersForImageClassification",
            (ModelType::Clip, _) => "CLIPForImageClassification",
            (ModelType::Siglip, _) => "SiglipForImageClassification",
            (ModelType::Beit, _) => "BeitForImageClassification",
        }
    }

    /// The backbone alone (no head), which xlavit also loads.
    pub fn backbone_class(self) -> &'static str {
        match self {
            ModelType::Vit => "ViTModel",
            ModelType::Deit => "DeiTModel",
            ModelType::Dinov2 => "Dinov2Model",
            ModelType::Dinov2WithRegisters => "Dinov2WithRegistersModel",
            ModelType::Clip => "CLIPVisionModel",
            ModelType::Siglip => "SiglipVisionModel",
            ModelType::Beit => "BeitModel",
        }
    }

    /// DINOv2 resizes its position grid to every input inside the forward pass; the others
    /// take the checkpoint's size, or a grid resized once when loading (`--image-size`).
    pub fn resizes_positions_per_call(self) -> Option<Interpolation> {
        match self {
            ModelType::Vit | ModelType::Deit | ModelType::Clip | ModelType::Siglip | ModelType::Beit => None,
            ModelType::Dinov2 => Some(Interpolation::Plain),
            ModelType::Dinov2WithRegisters => Some(Interpolation::Antialiased),
        }
    }

    /// `transformers`' defaults for this type where they differ from `ViTConfig`'s.
    pub fn default_keys(self) -> Vec<(&'static str, Value)> {
        match self {
            ModelType::Vit | ModelType::Deit => vec![],
            ModelType::Dinov2 => vec![("layer_norm_eps", Value::from(1e-6)), ("patch_size", Value::from(14))],
            // Dinov2WithRegistersConfig's own default patch is 16 (the released models say 14).
            ModelType::Dinov2WithRegisters => vec![("layer_norm_eps", Value::from(1e-6)), ("patch_size", Value::from(16))],
            ModelType::Clip => vec![("layer_norm_eps", Value::from(1e-5)), ("patch_size", Value::from(32)), ("hidden_act", Value::from("quick_gelu"))],
            ModelType::Siglip => vec![("layer_norm_eps", Value::from(1e-6)), ("hidden_act", Value::from("gelu_pytorch_tanh"))],
            ModelType::Beit => vec![],
        }
    }

    /// Keys `ViTConfig` has and this type's config does not: not written back.
    pub fn foreign_keys(self) -> &'static [&'static str] {
        match self {
            ModelType::Dinov2 | ModelType::Dinov2WithRegisters => &["intermediate_size"],
            // Their attention dropout is `attention_dropout`, kept as read.
            ModelType::Clip | ModelType::Siglip => &["qkv_bias", "hidden_dropout_prob", "attention_probs_dropout_prob"],
            // BEiT's query and value have biases, its key none, whatever the config says.
            ModelType::Beit => &["qkv_bias"],
            ModelType::Vit | ModelType::Deit => &[],
        }
    }

    /// What each type is and which of its options xlavit builds (`xlavit models`).
    pub fn options(self) -> &'static str {
        match self {
            ModelType::Vit => "CLS head; qkv_bias; dropout rates; --image-size resizes position embeddings once when loading",
            ModelType::Deit => "distillation token; WithTeacher: two heads averaged (fine-tuning trains both on the labels' loss of the mean); --image-size as ViT",
            ModelType::Dinov2 => "LayerScale; use_swiglu_ffn; mlp_ratio; head on CLS + mean of patch tokens; position grid resized to the input in every forward pass (bicubic); mask_token carried, unused",
            ModelType::Dinov2WithRegisters => "as dinov2, plus num_register_tokens; the grid resize is antialiased, as transformers' is",
            ModelType::Clip => "class embedding; pre_layrnorm; quick_gelu; head on the mean of the patch tokens before post_layernorm (carried, unused, as transformers); CLIPModel and CLIPVisionModel weights load (text tower ignored); --image-size as ViT",
            ModelType::Beit => "relative position bias (use_relative_position_bias per layer, use_shared_relative_position_bias; a query-key product's bias read from the table as two one-hot products); use_absolute_position_embeddings; LayerScale (layer_scale_init_value); use_mean_pooling (mean of patch tokens, then pooler.layernorm) or the CLS token after layernorm; use_mask_token carried; --image-size resizes the relative tables once when loading (bilinear, as interpolate_pos_encoding=True) and the positions as ViT",
            ModelType::Siglip => "no CLS token; gelu_pytorch_tanh; head on the mean of all tokens after post_layernorm, as transformers' classifier (its attention-pooling head is then dropped and vision_use_head written false); or, with train --pooling map, on the attention-pooling head's output (probe, multi-head attention, MLP; xlavit_pooling: map in config.json), as big_vision's SigLIP classifiers, which transformers' classifier does not compute; --image-size as ViT",
        }
    }

    /// Per-layer module names.
    pub fn layer_names(self, swiglu: bool) -> LayerNames {
        match self {
            ModelType::Vit | ModelType::Deit | ModelType::Beit => LayerNames {
                norm_before: "layernorm_before",
                attention: VIT_ATTENTION,
                key_bias: self != ModelType::Beit,
                relative_bias: "attention.attention.relative_position_bias.relative_position_bias_table",
                norm_after: "layernorm_after",
                mlp_in: "intermediate.dense",
                mlp_out: "output.dense",
                layer_scale: (self == ModelType::Beit).then_some(("lambda_1", "lambda_2")),
            },
            ModelType::Dinov2 | ModelType::Dinov2WithRegisters => LayerNames {
                norm_before: "norm1",
                attention: VIT_ATTENTION,
                key_bias: true,
                relative_bias: "",
                norm_after: "norm2",
                mlp_in: if swiglu { "mlp.weights_in" } else { "mlp.fc1" },
                mlp_out: if swiglu { "mlp.weights_out" } else { "mlp.fc2" },
                layer_scale: Some(("layer_scale1.lambda1", "layer_scale2.lambda1")),
            },
            ModelType::Clip | ModelType::Siglip => LayerNames {
                norm_before: "layer_norm1",
                attention: ["self_attn.q_proj", "self_attn.k_proj", "self_attn.v_proj", "self_attn.out_proj"],
                key_bias: true,
                relative_bias: "",
                norm_after: "layer_norm2",
                mlp_in: "mlp.fc1",
                mlp_out: "mlp.fc2",
                layer_scale: None,
            },
        }
    }

    /// The backbone's module names outside its layers.
    pub fn tower_names(self) -> TowerNames {
        match self {
            ModelType::Clip | ModelType::Siglip => TowerNames {
                cls_token: (self == ModelType::Clip).then_some("class_embedding"),
                shared_relative_bias: "",
                flat_embeddings: true,
                positions: "position_embedding.weight",
                patch: "patch_embedding",
                patch_bias: self == ModelType::Siglip,
                pre_norm: (self == ModelType::Clip).then_some("pre_layrnorm"),
                layers: "encoder.layers",
                final_norm: "post_layernorm",
            },
            _ => TowerNames {
                cls_token: Some("cls_token"),
                shared_relative_bias: "encoder.relative_position_bias.relative_position_bias_table",
                flat_embeddings: false,
                positions: "position_embeddings",
                patch: "patch_embeddings.projection",
                patch_bias: true,
                pre_norm: None,
                layers: "encoder.layer",
                final_norm: "layernorm",
            },
        }
    }
}

/// ViT's attention names: query, key, value, output projection.
const VIT_ATTENTION: [&str; 4] = ["attention.attention.query", "attention.attention.key", "attention.attention.value", "attention.output.dense"];

/// The names of a backbone's modules outside its layers (`embeddings.` names under
/// `{root}.embeddings`, the others under `{root}`).
pub struct TowerNames {
    /// The CLS token, where the type has one.
    pub cls_token: Option<&'static str>,
    /// BEiT's relative position bias table shared by all layers (under `{root}`).
    pub shared_relative_bias: &'static str,
    /// CLIP and SigLIP store the CLS token as `[D]` and the positions as an `nn.Embedding`
    /// `[T, D]`; the others as `[1, 1, D]` and `[1, T, D]`.
    pub flat_embeddings: bool,
    pub positions: &'static str,
    /// The stride-P convolution.
    pub patch: &'static str,
    pub patch_bias: bool,
    /// A LayerNorm between the embeddings and the first layer (CLIP's `pre_layrnorm`).
    pub pre_norm: Option<&'static str>,
    pub layers: &'static str,
    pub final_norm: &'static str,
}

/// The MLP's activation (`hidden_act`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Activation {
    /// The exact erf GELU (`gelu`).
    Gelu,
    /// GELU's tanh approximation (`gelu_pytorch_tanh`, `gelu_new`).
    GeluTanh,
    /// CLIP's `x · sigmoid(1.702 x)` (`quick_gelu`).
    QuickGelu,
}

impl Activation {
    pub const NAMES: [&'static str; 4] = ["gelu", "gelu_pytorch_tanh", "gelu_new", "quick_gelu"];

    pub fn from_name(name: &str) -> Option<Activation> {
        match name {
            "gelu" => Some(Activation::Gelu),
            "gelu_pytorch_tanh" | "gelu_new" => Some(Activation::GeluTanh),
            "quick_gelu" => Some(Activation::QuickGelu),
            _ => None,
        }
    }
}

/// The names of one encoder layer's modules, under `{root}.encoder.layer.{l}`.
pub struct LayerNames {
    pub norm_before: &'static str,
    /// Query, key, value and output projections.
    pub attention: [&'static str; 4],
    /// BEiT's key has none (its query and value do).
    pub key_bias: bool,
    /// BEiT's per-layer relative position bias table.
    pub relative_bias: &'static str,
    pub norm_after: &'static str,
    pub mlp_in: &'static str,
    pub mlp_out: &'static str,
    /// The two LayerScale vectors (after attention, after the MLP), where the type has them.
    pub layer_scale: Option<(&'static str, &'static str)>,
}

/// How the classification head reads the encoder's output.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Head {
    /// `classifier` on the CLS token (ViT, DeiT).
    Cls,
    /// `cls_classifier` on the CLS token and `distillation_classifier` on the distillation
    /// token, logits averaged (DeiT with teacher).
    Distilled,
    /// `classifier` on the CLS token concatenated with the mean of the patch tokens (DINOv2).
    ClsAndPatchMean,
    /// `classifier` on the mean of the tokens after the CLS token: CLIP's patch tokens, read
    /// before the final norm; SigLIP's (it has no CLS token) after it; BEiT's, normalized after
    /// the mean.
    TokenMean,
    /// `classifier` on SigLIP's multi-head attention pooling (`head`: a learned probe attending
    /// over the tokens after the final norm, then a residual MLP), transformers'
    /// `pooler_output`. No transformers classifier reads it: chosen by `POOLING_KEY`.
    AttentionPool,
}

/// How a SigLIP classifier pools its tokens (`train --pooling`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Pooling {
    /// The mean of the tokens (`SiglipForImageClassification`).
    Mean,
    /// The attention-pooling head (`Head::AttentionPool`).
    Map,
}

impl std::str::FromStr for Pooling {
    type Err = anyhow::Error;
    fn from_str(s: &str) -> Result<Self> {
        Ok(match s {
            "mean" => Pooling::Mean,
            "map" => Pooling::Map,
            _ => bail!("pooling must be mean or map, got {s:?}"),
        })
    }
}

/// The config.json key (in a SigLIP vision config) that selects `Head::AttentionPool`:
/// `"map"`. xlavit's own: transformers keeps it as an unknown attribute.
pub const POOLING_KEY: &str = "xlavit_pooling";

/// Where the backbone's last LayerNorm applies.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FinalNorm {
    /// To every token, before the head reads them.
    Tokens,
    /// To what the head reads, after pooling (BEiT's `pooler.layernorm` with mean pooling).
    Pooled,
    /// Carried, unused: CLIP's classifier reads the tokens before `post_layernorm`.
    Unused,
}

/// What a config.json says about its member of the family, beyond the keys every ViT has.
#[derive(Clone, Debug, PartialEq)]
pub struct Family {
    pub model_type: ModelType,
    pub head: Head,
    /// SigLIP has none.
    pub cls_token: bool,
    pub final_norm: FinalNorm,
    /// Position embeddings added to the tokens (all but BEiT without
    /// `use_absolute_position_embeddings`).
    pub absolute_positions: bool,
    /// BEiT's relative position bias: a table in each layer, and one shared by all.
    pub relative_bias_per_layer: bool,
    pub relative_bias_shared: bool,
    /// DeiT's distillation token (second, after the CLS token); DeiT always has one.
    pub distillation_token: bool,
    /// DINOv2's learned tokens placed after the CLS token, after position embeddings are added.
    pub registers: i64,
    /// LayerScale's initial value (DINOv2's `layerscale_value`), for fresh weights.
    pub layer_scale: Option<f64>,
    /// DINOv2's SwiGLU feed-forward (`use_swiglu_ffn`, the giant models).
    pub swiglu: bool,
    /// DINOv2's `mask_token` (masked-image modelling only): carried, unused in classification.
    pub mask_token: bool,
}

impl Default for Family {
    fn default() -> Self {
        Family::vit()
    }
}

impl Family {
    pub fn vit() -> Family {
        Family {
            model_type: ModelType::Vit,
            head: Head::Cls,
            cls_token: true,
            final_norm: FinalNorm::Tokens,
            absolute_positions: true,
            relative_bias_per_layer: false,
            relative_bias_shared: false,
            distillation_token: false, registers: 0, layer_scale: None, swiglu: false, mask_token: false }
    }

    /// From `model_type`, `architectures` and the type's own keys (left in `extra`, which keeps them
    /// for writing back). Returns the family and notes on keys read but not acted on.
    pub fn from_config(model_type: ModelType, architectures: &[String], extra: &Map<String, Value>) -> Result<(Family, Vec<String>)> {
        let mut notes = vec![];
        let num = |k: &str| extra.get(k).and_then(Value::as_f64);
        let flag = |k: &str| extra.get(k).and_then(Value::as_bool);
        let mut f = Family { model_type, ..Family::vit() };
        if model_type != ModelType::Siglip && extra.contains_key(POOLING_KEY) {
            bail!("config.json: {POOLING_KEY} selects SigLIP's attention-pooling head; a {} has none", model_type.name());
        }
        match model_type {
            ModelType::Vit => {
                if flag("use_mask_token") == Some(true) {
                    notes.push("config.json: use_mask_token is ignored (masked-image modelling is not built; classification does not use it)".into());
                }
            }
            ModelType::Deit => {
                f.distillation_token = true;
                f.head = match architectures.iter().any(|a| a == "DeiTForImageClassificationWithTeacher") {
                    true => Head::Distilled,
                    false => Head::Cls,
                };
            }
            ModelType::Dinov2 | ModelType::Dinov2WithRegisters => {
                f.head = Head::ClsAndPatchMean;
                f.layer_scale = Some(num("layerscale_value").unwrap_or(1.0));
                f.swiglu = flag("use_swiglu_ffn").unwrap_or(false);
                f.mask_token = true;
                if model_type == ModelType::Dinov2WithRegisters {
                    let r = num("num_register_tokens").unwrap_or(4.0);
                    ensure!(r >= 0.0 && r.fract() == 0.0 && r <= 64.0, "config.json: num_register_tokens must be a whole number in 0..=64, got {r}");
                    f.registers = r as i64;
                }
                if num("drop_path_rate").is_some_and(|r| r > 0.0) {
                    notes.push("config.json: drop_path_rate is not applied (xlavit's --drop-path sets stochastic depth, rising over the layers as timm's does)".into());
                }
            }
            ModelType::Clip => {
                f.head = Head::TokenMean;
                f.final_norm = FinalNorm::Unused;
            }
            ModelType::Beit => {
                // BeitConfig's defaults.
                let scale = num("layer_scale_init_value").unwrap_or(0.1);
                f.layer_scale = (scale > 0.0).then_some(scale);
                f.absolute_positions = flag("use_absolute_position_embeddings").unwrap_or(false);
                f.relative_bias_per_layer = flag("use_relative_position_bias").unwrap_or(false);
                f.relative_bias_shared = flag("use_shared_relative_position_bias").unwrap_or(false);
                f.mask_token = flag("use_mask_token").unwrap_or(false);
                if flag("use_mean_pooling").unwrap_or(true) {
                    f.head = Head::TokenMean;
                    f.final_norm = FinalNorm::Pooled;
                }
                if num("drop_path_rate").unwrap_or(0.1) > 0.0 {
                    notes.push("config.json: drop_path_rate is not applied (xlavit's --drop-path sets stochastic depth, rising over the layers as timm's does)".into());
                }
            }
            ModelType::Siglip => {
                f.cls_token = false;
                f.head = match extra.get(POOLING_KEY) {
                    None => Head::TokenMean,
                    Some(v) if v == "mean" => Head::TokenMean,
                    Some(v) if v == "map" => Head::AttentionPool,
                    Some(other) => bail!("config.json: {POOLING_KEY} must be \"map\" or \"mean\", got {other}"),
                };
                if f.head == Head::AttentionPool && flag("vision_use_head") == Some(false) {
                    bail!("config.json: {POOLING_KEY} is \"map\" but vision_use_head is false: the attention-pooling head it reads is absent");
                }
                if f.head == Head::TokenMean && flag("vision_use_head") != Some(false) {
                    notes.push("config.json: the attention-pooling head (vision_use_head) is dropped: SiglipForImageClassification averages the tokens and does not use it (train --pooling map uses it)".into());
                }
            }
        }
        Ok((f, notes))
    }

    /// The MLP's hidden width for DINOv2 configs, which give `mlp_ratio` instead of
    /// `intermediate_size`.
    pub fn dinov2_mlp_width(hidden: i64, mlp_ratio: f64, swiglu: bool) -> i64 {
        let w = (hidden as f64 * mlp_ratio) as i64;
        match swiglu {
            // As `Dinov2SwiGLUFFN`: two thirds, rounded up to a multiple of 8.
            true => ((w as f64 * 2.0 / 3.0) as i64 + 7) / 8 * 8,
            false => w,
        }
    }

    /// The backbone's module names outside its layers.
    pub fn tower_names(&self) -> TowerNames {
        let mut names = self.model_type.tower_names();
        if self.model_type == ModelType::Beit && self.final_norm == FinalNorm::Pooled {
            names.final_norm = "pooler.layernorm";
        }
        names
    }

    /// Tokens before the patch tokens: CLS, then the distillation token or the registers.
    pub fn prefix_tokens(&self) -> i64 {
        self.cls_token as i64 + self.distillation_token as i64 + self.registers
    }
}

/// The `xlavit models` table.
pub fn table() -> String {
    let mut out = String::from("model_type             classes (classification; backbone)                          options built\n");
    for t in ModelType::ALL {
        let classes = match t {
            ModelType::Deit => format!("{}, {}; {}", t.classifier_class(false), t.classifier_class(true), t.backbone_class()),
            _ => format!("{}; {}", t.classifier_class(false), t.backbone_class()),
        };
        out.push_str(&format!("{:<22} {:<60} {}\n", t.name(), classes, t.options()));
    }
    out.push_str(&format!("\nhidden_act: {} (any type); another is refused by name.\n", Activation::NAMES.join(", ")));
    out
}
