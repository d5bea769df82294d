//! Hugging Face `ViTConfig` (`config.json`) as plain data: the keys this crate models, with
//! HF's defaults for absent ones, and every other key kept, so that a config written back is
//! the one read, with the changes made to it. What the model builds from it is `model::vit`'s.

use super::family::{Activation, Family, Head, ModelType, Pooling, POOLING_KEY};
use anyhow::{anyhow, bail, ensure, Context, Result};
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use serde_json::{json, Map, Value};
use std::path::Path;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct VitConfig {
    pub hidden_size: i64,
    pub num_hidden_layers: i64,
    pub num_attention_heads: i64,
    pub intermediate_size: i64,
    #[serde(deserialize_with = "square")]
    pub patch_size: i64,
    #[serde(deserialize_with = "square")]
    pub image_size: i64,
    pub num_channels: i64,
    pub layer_norm_eps: f64,
    pub qkv_bias: bool,
    pub initializer_range: f64,
    pub hidden_act: String,
    pub hidden_dropout_prob: f64,
    pub attention_probs_dropout_prob: f64,
    /// `id2label` in index order.
    #[serde(rename = "id2label", serialize_with = "id2label_out", deserialize_with = "id2label_in")]
    pub labels: Vec<String>,
    /// Every key not modelled above, as read.
    #[serde(skip)]
    pub extra: Map<String, Value>,
    /// Which member of the ViT family (`model_type`, `architectures` and the type's own keys).
    #[serde(skip)]
    pub family: Family,
    /// The image side the model runs at when it is not `image_size`: DINOv2 resizes its
    /// position grid to the input in every forward pass, so its config keeps the checkpoint's size.
    #[serde(skip)]
    pub input_size: Option<i64>,
    /// Keys read and not acted on, one line each, for the user.
    #[serde(skip)]
    pub notes: Vec<String>,
    /// CLIP's and SigLIP's classification configs hold the tower's keys in `vision_config`,
    /// inside a config of both towers: its other keys (`text_config`, `projection_dim`...), as read.
    #[serde(skip)]
    pub composite: Map<String, Value>,
}

impl Default for VitConfig {
    /// `transformers.ViTConfig()`: ViT-B/16 at 224 px with two labels.
    fn default() -> Self {
        VitConfig {
            hidden_size: 768,
            num_hidden_layers: 12,
            num_attention_heads: 12,
            intermediate_size: 3072,
            patch_size: 16,
            image_size: 224,
            num_channels: 3,
            layer_norm_eps: 1e-12,
            qkv_bias: true,
            initializer_range: 0.02,
            hidden_act: "gelu".into(),
            hidden_dropout_prob: 0.0,
            attention_probs_dropout_prob: 0.0,
            labels: default_labels(2),
            extra: Map::new(),
            family: Family::vit(),
            input_size: None,
            notes: vec![],
            composite: Map::new(),
        }
    }
}

/// Written by this crate from the fields whatever they were (`to_json`).
const DERIVED_KEYS: [&str; 4] = ["architectures", "model_type", "label2id", "num_labels"];

fn default_labels(n: usize) -> Vec<String> {
    (0..n).map(|i| format!("LABEL_{i}")).collect()
}

/// HF accepts `image_size`/`patch_size` as an int or an `[h, w]` pair; only squares are supported here.
fn square<'de, D: Deserializer<'de>>(d: D) -> std::result::Result<i64, D::Error> {
    use serde::de::Error;
    let v = Value::deserialize(d)?;
    let int = |v: &Value| v.as_i64();
    match &v {
        Value::Array(a) => match a.iter().map(int).collect::<Option<Vec<_>>>().as_deref() {
            Some([h, w]) if h == w => Ok(*h),
            Some([h, w]) => Err(D::Error::custom(format!("[{h}, {w}] is not square; only square images and patches are supported"))),
            _ => Err(D::Error::custom(format!("must be an integer or [height, width], got {v}"))),
        },
        _ => int(&v).ok_or_else(|| D::Error::custom(format!("must be an integer or [height, width], got {v}"))),
    }
}

/// `id2label` maps decimal strings to names; indices must be exactly 0..n.
fn id2label_in<'de, D: Deserializer<'de>>(d: D) -> std::result::Result<Vec<String>, D::Error> {
    use serde::de::Error;
    let map = Map::<String, Value>::deserialize(d)?;
    let mut pairs = Vec::with_capacity(map.len());
    for (k, v) in map {
        let idx: usize = k.trim().parse().map_err(|_| D::Error::custom(format!("key {k:?} is not an index")))?;
        let name = match v {
            Value::String(s) => s,
            other => other.to_string(),
        };
        pairs.push((idx, name));
    }
    pairs.sort_by_key(|(i, _)| *i);
    for (expect, (idx, _)) in pairs.iter().enumerate() {
        if *idx != expect {
            return Err(D::Error::custom(format!("indices must be 0..{}, index {expect} is missing", pairs.len())));
        }
    }
    Ok(pairs.into_iter().map(|(_, n)| n).collect())
}

fn id2label_out<S: Serializer>(labels: &[String], s: S) -> std::result::Result<S::Ok, S::Error> {
    let map: Map<String, Value> = labels.iter().enumerate().map(|(i, l)| (i.to_string(), json!(l))).collect();
    map.serialize(s)
}

impl VitConfig {
    pub fn from_json_file(path: &Path) -> Result<VitConfig> {
        let text = std::fs::read_to_string(path).with_context(|| format!("cannot read {}", path.display()))?;
        Self::from_json_str(&text).with_context(|| format!("invalid ViT config {}", path.display()))
    }

    /// Parses a `config.json`; keys that are absent (or null) take `transformers.ViTConfig`'s defaults.
    pub fn from_json_str(text: &str) -> Result<VitConfig> {
        let raw: Value = serde_json::from_str(text).context("config.json is not valid JSON")?;
        let Value::Object(mut obj) = raw else { bail!("config.json must hold a JSON object") };
        // BEiT, CLIP etc. share key names but not the architecture; refuse rather than mis-load.
        let model_type = match obj.get("model_type") {
            None | Some(Value::Null) => ModelType::Vit,
            Some(Value::String(t)) => ModelType::from_name(t)?,
            Some(other) => bail!("config.json: model_type must be a string, got {other}"),
        };
        let architectures: Vec<String> =
            obj.get("architectures").and_then(Value::as_array).map(|a| a.iter().filter_map(|s| s.as_str().map(String::from)).collect()).unwrap_or_default();
        // CLIPConfig / SiglipConfig: the tower's keys are `vision_config`'s, the labels the outer config's.
        let mut composite = Map::new();
        if model_type.vision_name().is_some() && obj.get("model_type").and_then(Value::as_str) == Some(model_type.name()) {
            let inner = match obj.remove("vision_config") {
                Some(Value::Object(inner)) => inner,
                None | Some(Value::Null) => Map::new(),
                Some(other) => bail!("config.json: vision_config must be an object, got {other}"),
            };
            let outer = std::mem::replace(&mut obj, inner);
            for (k, v) in outer {
                match k.as_str() {
                    "id2label" | "label2id" | "num_labels" | "torch_dtype" | "dtype" => {
                        obj.insert(k, v);
                    }
                    "architectures" | "model_type" => {}
                    _ => {
                        composite.insert(k, v);
                    }
                }
            }
        }
        if let Some(p) = obj.get("attention_dropout").and_then(Value::as_f64) {
            if model_type.foreign_keys().contains(&"attention_probs_dropout_prob") {
                obj.insert("attention_probs_dropout_prob".into(), Value::from(p));
            }
        }
        for (k, v) in model_type.default_keys() {
            if obj.get(k).is_none_or(Value::is_null) {
                obj.insert(k.into(), v);
            }
        }
        let modelled = Self::modelled_keys();
        obj.retain(|k, v| !(v.is_null() && modelled.contains(k)));
        let num_labels = match obj.get("num_labels") {
            None | Some(Value::Null) => 2,
            Some(v) => v.as_i64().filter(|&n| n > 0).ok_or_else(|| anyhow!("'num_labels' must be a positive integer, got {v}"))?,
        };
        let has_id2label = obj.contains_key("id2label");
        let mut cfg: VitConfig = serde_path_to_error::deserialize(Value::Object(obj.clone()))
            .map_err(|e| anyhow!("'{}' {}", e.path(), e.inner()))?;
        if !has_id2label {
            // Without id2label HF derives labels from num_labels.
            cfg.labels = default_labels(num_labels as usize);
        }
        cfg.extra = obj.into_iter().filter(|(k, _)| !modelled.contains(k) && !DERIVED_KEYS.contains(&k.as_str())).collect();
        let (family, notes) = Family::from_config(model_type, &architectures, &cfg.extra)?;
        if model_type.foreign_keys().contains(&"intermediate_size") {
            let ratio = cfg.extra.get("mlp_ratio").and_then(Value::as_f64).unwrap_or(4.0);
            ensure!(ratio > 0.0, "config.json: mlp_ratio must be positive, got {ratio}");
            cfg.intermediate_size = Family::dinov2_mlp_width(cfg.hidden_size, ratio, family.swiglu);
        }
        cfg.family = family;
        cfg.notes = notes;
        cfg.composite = composite;
        cfg.validate()?;
        Ok(cfg)
    }

    /// The keys the struct reads and writes.
    fn modelled_keys() -> Vec<String> {
        match serde_json::to_value(VitConfig::default()) {
            Ok(Value::Object(m)) => m.into_iter().map(|(k, _)| k).collect(),
            _ => unreachable!("a VitConfig serializes to an object"),
        }
    }

    /// google/vit-base-patch16-224 (ViT-B/16 at 224 px, ImageNet-1k head with generic label names).
    pub fn vit_b16() -> VitConfig {
        VitConfig { labels: default_labels(1000), ..VitConfig::default() }
    }

    /// The largest image side xlavit takes (configs, `--image-size`): far beyond any real ViT,
    /// and below sizes whose shape arithmetic overflows inside XLA (which aborts, not errs).
    pub const MAX_IMAGE_SIZE: i64 = 4096;

    pub fn validate(&self) -> Result<()> {
        let positive = [
            ("hidden_size", self.hidden_size),
            ("num_hidden_layers", self.num_hidden_layers),
            ("num_attention_heads", self.num_attention_heads),
            ("intermediate_size", self.intermediate_size),
            ("patch_size", self.patch_size),
            ("image_size", self.image_size),
            ("num_channels", self.num_channels),
        ];
        for (name, v) in positive {
            ensure!(v > 0, "config.json: {name} must be positive, got {v}");
        }
        // Far beyond any real ViT (ViT-22B: hidden 6144, 48 layers), and below what overflows
        // XLA's shape arithmetic, which aborts the process instead of returning an error.
        let limits = [
            ("hidden_size", self.hidden_size, 1 << 16),
            ("intermediate_size", self.intermediate_size, 1 << 18),
            ("num_hidden_layers", self.num_hidden_layers, 1024),
            ("image_size", self.image_size, Self::MAX_IMAGE_SIZE),
            ("num_channels", self.num_channels, 64),
        ];
        for (name, v, max) in limits {
            ensure!(v <= max, "config.json: {name} {v} is larger than xlavit supports ({max})");
        }
        ensure!(
            self.hidden_size * self.intermediate_size < 1 << 31,
            "config.json: hidden_size {} x intermediate_size {} makes a weight of more than 2^31 elements",
            self.hidden_size,
            self.intermediate_size
        );
        ensure!(
            self.hidden_size * self.num_channels * self.patch_size * self.patch_size < 1 << 31,
            "config.json: patch_size {} makes a patch-embedding weight of more than 2^31 elements",
            self.patch_size
        );
        // ViT-H/14 at 518 has 1,369 patches; attention is quadratic in them.
        ensure!(
            self.num_patches() <= 1 << 16,
            "config.json: image_size {} / patch_size {} makes {} patches per image, more than xlavit supports (65,536)",
            self.image_size,
            self.patch_size,
            self.num_patches()
        );
        ensure!(
            self.hidden_size % self.num_attention_heads == 0,
            "config.json: hidden_size {} is not divisible by num_attention_heads {}",
            self.hidden_size,
            self.num_attention_heads
        );
        ensure!(
            self.image_size % self.patch_size == 0,
            "config.json: image_size {} is not divisible by patch_size {}",
            self.image_size,
            self.patch_size
        );
        // Another activation ("gelu_fast", "relu"...) would silently change the model.
        ensure!(
            Activation::from_name(&self.hidden_act).is_some(),
            "config.json: hidden_act {:?} is not supported (xlavit builds {})",
            self.hidden_act,
            Activation::NAMES.join(", ")
        );
        ensure!(self.layer_norm_eps > 0.0, "config.json: layer_norm_eps must be positive, got {}", self.layer_norm_eps);
        for (name, p) in [("hidden_dropout_prob", self.hidden_dropout_prob), ("attention_probs_dropout_prob", self.attention_probs_dropout_prob)] {
            ensure!((0.0..1.0).contains(&p), "config.json: {name} must be in [0, 1), got {p}");
        }
        ensure!(!self.labels.is_empty(), "config.json: at least one label is needed");
        if let Some(n) = self.input_size {
            Self::check_image_size(n, self.patch_size)?;
        }
        Ok(())
    }

    /// Whether `n` can be the image side for patches of `patch`.
    pub fn check_image_size(n: i64, patch: i64) -> Result<()> {
        ensure!(n > 0 && n <= Self::MAX_IMAGE_SIZE, "image size {n}: must be in 1..={}", Self::MAX_IMAGE_SIZE);
        ensure!(n % patch == 0, "image size {n} is not a multiple of the patch size {patch}");
        Ok(())
    }

    /// The image side the model runs at.
    pub fn input_size(&self) -> i64 {
        self.input_size.unwrap_or(self.image_size)
    }

    /// Patch tokens per input image.
    pub fn input_patches(&self) -> i64 {
        (self.input_size() / self.patch_size).pow(2)
    }

    /// The model at image side `n`. A ViT, DeiT, CLIP, SigLIP or BEiT takes `n` as its own size,
    /// and the loader resizes its position embeddings and BEiT's relative position tables once
    /// (`interpolate_pos_encoding=True`); its checkpoints then say `n`. DINOv2 keeps its checkpoint's grid and resizes it in every forward pass.
    pub fn at_image_size(&self, n: i64) -> Result<VitConfig> {
        Self::check_image_size(n, self.patch_size)?;
        let mut cfg = self.clone();
        match self.family.model_type.resizes_positions_per_call() {
            Some(_) => cfg.input_size = (n != self.image_size).then_some(n),
            None => cfg.image_size = n,
        }
        Ok(cfg)
    }

    /// The width of what the head reads (`Vit::features`).
    pub fn feature_size(&self) -> i64 {
        match self.family.head {
            Head::Cls => self.hidden_size,
            Head::Distilled | Head::ClsAndPatchMean => 2 * self.hidden_size,
            Head::TokenMean | Head::AttentionPool => self.hidden_size,
        }
    }

    /// Whether a parameter belongs to the classification head (outside the backbone's module).
    pub fn is_head_param(&self, name: &str) -> bool {
        !name.strip_prefix(self.family.model_type.root()).is_some_and(|rest| rest.starts_with('.'))
    }

    /// Positions in the checkpoint's grid (`image_size / patch_size` squared).
    pub fn num_patches(&self) -> i64 {
        (self.image_size / self.patch_size).pow(2)
    }

    pub fn head_dim(&self) -> i64 {
        self.hidden_size / self.num_attention_heads
    }

    pub fn num_labels(&self) -> usize {
        self.labels.len()
    }

    /// The same model pooled by `pooling` (`train --pooling`): `map` reads SigLIP's
    /// attention-pooling head, `mean` the token mean transformers' classifier reads.
    pub fn with_pooling(&self, pooling: Pooling) -> Result<VitConfig> {
        let t = self.family.model_type;
        ensure!(t == ModelType::Siglip, "--pooling: only SigLIP has a choice of pooling; a {} pools as its classifier does", t.name());
        let mut cfg = self.clone();
        let (name, head) = match pooling {
            Pooling::Mean => ("mean", Head::TokenMean),
            Pooling::Map => ("map", Head::AttentionPool),
        };
        cfg.extra.insert(POOLING_KEY.into(), json!(name));
        cfg.extra.insert("vision_use_head".into(), json!(head == Head::AttentionPool));
        cfg.family.head = head;
        cfg.notes.retain(|n| !n.contains("vision_use_head"));
        Ok(cfg)
    }

    /// The same backbone with a different classification head.
    pub fn with_labels(&self, labels: Vec<String>) -> VitConfig {
        VitConfig { labels, ..self.clone() }
    }

    /// A `config.json` transformers loads as `ViTForImageClassification`: the keys read and not
    /// modelled as they were, the modelled ones with their current values.
    pub fn to_json(&self) -> Value {
        let mut obj = self.extra.clone();
        if let Ok(Value::Object(fields)) = serde_json::to_value(self) {
            obj.extend(fields);
        }
        let label2id: Map<String, Value> = self.labels.iter().enumerate().map(|(i, l)| (l.clone(), json!(i))).collect();
        let family = &self.family;
        obj.insert("architectures".into(), json!([family.model_type.classifier_class(family.head == Head::Distilled)]));
        obj.insert("model_type".into(), json!(family.model_type.name()));
        for k in family.model_type.foreign_keys() {
            obj.remove(*k);
        }

        // num_labels is derived from id2label by transformers: it is not written.
        obj.insert("label2id".into(), Value::Object(label2id));
        // Saved weights are always f32, whatever the source checkpoint used.
        for k in ["torch_dtype", "dtype"] {
            if obj.contains_key(k) {
                obj.insert(k.to_string(), json!("float32"));
            }
        }
        if let Some(vision) = family.model_type.vision_name() {
            if obj.contains_key("attention_dropout") || self.attention_probs_dropout_prob > 0.0 {
                obj.insert("attention_dropout".into(), json!(self.attention_probs_dropout_prob));
            }
            if family.model_type == ModelType::Siglip {
                // With mean pooling the attention-pooling head is not carried.
                obj.insert("vision_use_head".into(), json!(family.head == Head::AttentionPool));
            }
            return self.composite_json(obj, vision);
        }
        Value::Object(obj)
    }
}

impl VitConfig {
    /// CLIP's or SigLIP's classification config around the tower's keys `flat`.
    fn composite_json(&self, mut flat: Map<String, Value>, vision: &str) -> Value {
        let mut outer = self.composite.clone();
        for k in ["architectures", "model_type", "id2label", "label2id", "torch_dtype", "dtype"] {
            if let Some(v) = flat.remove(k) {
                outer.insert(k.into(), v);
            }
        }
        flat.insert("model_type".into(), json!(vision));
        outer.insert("vision_config".into(), Value::Object(flat));
        Value::Object(outer)
    }
}

/// The built-in tiny ViT: the default when no model or config is named, so
/// every command works on a fresh machine without downloads.
pub const TINY_VIT_CONFIG: &str = r#"{
  "model_type": "vit", "architectures": ["ViTForImageClassification"],
  "hidden_size": 64, "num_hidden_layers": 2, "num_attention_heads": 4, "intermediate_size": 128,
  "hidden_act": "gelu", "hidden_dropout_prob": 0.0, "attention_probs_dropout_prob": 0.0,
  "initializer_range": 0.02, "layer_norm_eps": 1e-12, "image_size": 32, "patch_size": 8,
  "num_channels": 3, "qkv_bias": true,
  "id2label": {"0": "apple", "1": "banana", "2": "cherry", "3": "date", "4": "elderberry"}
}"#;

impl VitConfig {
    /// The built-in tiny ViT (2 layers, hidden 64, patch 8, image 32, 5 labels).
    pub fn tiny() -> VitConfig {
        VitConfig::from_json_str(TINY_VIT_CONFIG).expect("the built-in config parses")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_fixture as fixture;

    /// The config without the keys it only carries.
    fn modelled(cfg: &VitConfig) -> VitConfig {
        VitConfig { extra: Map::new(), ..cfg.clone() }
    }

    #[test]
    fn vit_config_parses_tiny_fixture() {
        let cfg = VitConfig::from_json_file(&fixture("tiny_vit/config.json")).unwrap();
        assert_eq!((cfg.hidden_size, cfg.num_hidden_layers, cfg.num_attention_heads), (64, 2, 4));
        assert_eq!((cfg.intermediate_size, cfg.image_size, cfg.patch_size, cfg.num_channels), (128, 32, 8, 3));
        assert_eq!(cfg.labels, ["apple", "banana", "cherry", "date", "elderberry"]);
        assert_eq!((cfg.num_patches(), cfg.head_dim()), (16, 16));
        assert!(cfg.qkv_bias && cfg.layer_norm_eps == 1e-12);
    }

    #[test]
    fn vit_config_b16_matches_hub_config() {
        let from_file = VitConfig::from_json_file(&fixture("vit_b16_config.json")).unwrap();
        let b16 = VitConfig::vit_b16();
        assert_eq!(modelled(&from_file), b16);
        // Everything the hub file says, vit_b16() writes too (its version string aside).
        let file: Value = serde_json::from_str(&std::fs::read_to_string(fixture("vit_b16_config.json")).unwrap()).unwrap();
        let mut want = file.as_object().unwrap().clone();
        want.remove("transformers_version");
        assert_eq!(b16.to_json(), Value::Object(want));
    }

    #[test]
    fn vit_config_defaults_and_validation() {
        let cfg = VitConfig::from_json_str("{}").unwrap();
        assert_eq!(cfg, VitConfig::default());
        assert_eq!(cfg.labels, ["LABEL_0", "LABEL_1"]);
        assert_eq!(VitConfig::from_json_str(r#"{"num_labels": 3}"#).unwrap().labels.len(), 3);
        assert_eq!(VitConfig::from_json_str(r#"{"image_size": [384, 384]}"#).unwrap().image_size, 384);
        assert_eq!(VitConfig::from_json_str(r#"{"image_size": null, "id2label": null}"#).unwrap(), VitConfig::default());

        let err = |s: &str| format!("{:#}", VitConfig::from_json_str(s).unwrap_err());
        assert!(err(r#"{"hidden_act": "gelu_fast"}"#).contains("config.json: hidden_act \"gelu_fast\" is not supported"));
        assert!(err(r#"{"hidden_size": 100}"#).contains("not divisible by num_attention_heads"));
        assert!(err(r#"{"image_size": 100}"#).contains("not divisible by patch_size"));
        assert!(err(r#"{"model_type": "swin"}"#).contains("model_type \"swin\" is not supported"));
        assert!(err(r#"{"id2label": {"0": "a", "2": "b"}}"#).contains("index 1 is missing"));
        let e = err(r#"{"hidden_size": "big"}"#);
        assert!(e.contains("'hidden_size'") && e.contains("big"), "{e}");
        assert!(err(r#"{"image_size": [224, 160]}"#).contains("not square"));
        assert!(err(r#"{"num_labels": 0}"#).contains("num_labels"));
        let e = format!("{:#}", VitConfig::from_json_file(Path::new("/nonexistent/config.json")).unwrap_err());
        assert!(e.contains("/nonexistent/config.json"), "{e}");
    }

    #[test]
    fn vit_config_round_trips_and_keeps_unknown_keys() {
        let cfg = VitConfig::from_json_file(&fixture("tiny_vit/config.json")).unwrap();
        let relabeled = cfg.with_labels(vec!["x".into(), "y".into()]);
        let v = relabeled.to_json();
        assert_eq!(v["pooler_act"], "tanh");
        assert_eq!(v["encoder_stride"], 16);
        assert_eq!(v["label2id"]["y"], 1);
        assert_eq!(v["id2label"]["0"], "x");
        assert_eq!(v["model_type"], "vit");
        assert_eq!(v["architectures"][0], "ViTForImageClassification");
        let back = VitConfig::from_json_str(&v.to_string()).unwrap();
        assert_eq!(back, relabeled);
        // Unchanged config: to_json reproduces the file as transformers wrote it.
        let file: Value = serde_json::from_str(&std::fs::read_to_string(fixture("tiny_vit/config.json")).unwrap()).unwrap();
        assert_eq!(cfg.to_json(), file);
    }
}
