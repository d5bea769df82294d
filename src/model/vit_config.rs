//! Hugging Face `ViTConfig` (`config.json`) and `ViTImageProcessor`
//! (`preprocessor_config.json`): parsing with HF's defaults, validation of
//! what this crate can run, and writing files transformers loads back.

use anyhow::{anyhow, bail, ensure, Context, Result};
use serde_json::{json, Map, Value};
use std::path::Path;

#[derive(Clone, Debug, PartialEq)]
pub struct VitConfig {
    pub hidden_size: i64,
    pub num_hidden_layers: i64,
    pub num_attention_heads: i64,
    pub intermediate_size: i64,
    pub patch_size: i64,
    pub image_size: i64,
    pub num_channels: i64,
    pub layer_norm_eps: f64,
    pub qkv_bias: bool,
    pub initializer_range: f64,
    pub hidden_act: String,
    /// `id2label` in index order.
    pub labels: Vec<String>,
    /// The whole original json, so that saving keeps keys this crate does not know.
    pub raw: Value,
}

fn default_labels(n: usize) -> Vec<String> {
    (0..n).map(|i| format!("LABEL_{i}")).collect()
}

/// Reads an optional config key, falling back to HF's default when it is absent or null.
fn get_or<T>(obj: &Map<String, Value>, key: &str, default: T, parse: impl Fn(&Value) -> Option<T>) -> Result<T> {
    match obj.get(key) {
        None | Some(Value::Null) => Ok(default),
        Some(v) => parse(v).ok_or_else(|| anyhow!("'{key}' has an unexpected value {v}")),
    }
}

fn as_i64(v: &Value) -> Option<i64> {
    v.as_i64().or_else(|| v.as_f64().filter(|f| f.fract() == 0.0).map(|f| f as i64))
}

/// HF accepts `image_size`/`patch_size` as an int or an `[h, w]` pair; only squares are supported here.
fn square_size(obj: &Map<String, Value>, key: &str, default: i64) -> Result<i64> {
    match obj.get(key) {
        Some(Value::Array(a)) => match a.iter().map(as_i64).collect::<Option<Vec<_>>>().as_deref() {
            Some([h, w]) if h == w => Ok(*h),
            Some([h, w]) => bail!("'{key}' [{h}, {w}] is not square; only square images and patches are supported"),
            _ => bail!("'{key}' must be an integer or [height, width], got {}", Value::Array(a.clone())),
        },
        _ => get_or(obj, key, default, as_i64),
    }
}

/// `id2label` maps decimal strings to names; indices must be exactly 0..n.
fn parse_labels(obj: &Map<String, Value>) -> Result<Vec<String>> {
    let Some(map) = obj.get("id2label").filter(|v| !v.is_null()) else {
        // Without id2label HF derives labels from num_labels (default 2).
        let n = get_or(obj, "num_labels", 2, as_i64)?;
        ensure!(n > 0, "'num_labels' must be positive, got {n}");
        return Ok(default_labels(n as usize));
    };
    let map = map.as_object().ok_or_else(|| anyhow!("'id2label' must be an object, got {map}"))?;
    let mut pairs = Vec::with_capacity(map.len());
    for (k, v) in map {
        let idx: usize = k.trim().parse().map_err(|_| anyhow!("'id2label' key {k:?} is not an index"))?;
        let name = match v {
            Value::String(s) => s.clone(),
            other => other.to_string(),
        };
        pairs.push((idx, name));
    }
    pairs.sort_by_key(|(i, _)| *i);
    for (expect, (idx, _)) in pairs.iter().enumerate() {
        ensure!(*idx == expect, "'id2label' indices must be 0..{}, index {expect} is missing", pairs.len());
    }
    ensure!(!pairs.is_empty(), "'id2label' is empty");
    Ok(pairs.into_iter().map(|(_, n)| n).collect())
}

impl VitConfig {
    pub fn from_json_file(path: &Path) -> Result<VitConfig> {
        let text = std::fs::read_to_string(path).with_context(|| format!("cannot read {}", path.display()))?;
        Self::from_json_str(&text).with_context(|| format!("invalid ViT config {}", path.display()))
    }

    /// Parses a `config.json`; keys that are absent take `transformers.ViTConfig`'s defaults.
    pub fn from_json_str(text: &str) -> Result<VitConfig> {
        let raw: Value = serde_json::from_str(text).context("config.json is not valid JSON")?;
        let obj = raw.as_object().ok_or_else(|| anyhow!("config.json must hold a JSON object"))?;
        if let Some(mt) = obj.get("model_type").and_then(Value::as_str) {
            // DeiT/BEiT etc. share key names but not the architecture; refuse rather than mis-load.
            ensure!(mt == "vit", "config.json: model_type is {mt:?}, only \"vit\" (ViTForImageClassification) is supported");
        }
        let cfg = VitConfig {
            hidden_size: get_or(obj, "hidden_size", 768, as_i64)?,
            num_hidden_layers: get_or(obj, "num_hidden_layers", 12, as_i64)?,
            num_attention_heads: get_or(obj, "num_attention_heads", 12, as_i64)?,
            intermediate_size: get_or(obj, "intermediate_size", 3072, as_i64)?,
            patch_size: square_size(obj, "patch_size", 16)?,
            image_size: square_size(obj, "image_size", 224)?,
            num_channels: get_or(obj, "num_channels", 3, as_i64)?,
            layer_norm_eps: get_or(obj, "layer_norm_eps", 1e-12, Value::as_f64)?,
            qkv_bias: get_or(obj, "qkv_bias", true, Value::as_bool)?,
            initializer_range: get_or(obj, "initializer_range", 0.02, Value::as_f64)?,
            hidden_act: get_or(obj, "hidden_act", "gelu".to_string(), |v| v.as_str().map(str::to_string))?,
            labels: parse_labels(obj)?,
            raw: raw.clone(),
        };
        cfg.validate()?;
        Ok(cfg)
    }

    /// google/vit-base-patch16-224 (ViT-B/16 at 224 px, ImageNet-1k head with generic label names).
    pub fn vit_b16() -> VitConfig {
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
            hidden_act: "gelu".to_string(),
            labels: default_labels(1000),
            raw: Value::Object(Map::new()),
        }
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
        // Only the exact erf GELU is implemented; "gelu_new"/"gelu_fast" etc. would silently change the model.
        ensure!(
            self.hidden_act == "gelu",
            "config.json: hidden_act {:?} is not supported (only \"gelu\", the exact erf GELU)",
            self.hidden_act
        );
        ensure!(self.layer_norm_eps > 0.0, "config.json: layer_norm_eps must be positive, got {}", self.layer_norm_eps);
        ensure!(!self.labels.is_empty(), "config.json: at least one label is needed");
        Ok(())
    }

    /// Patches per image (tokens without the CLS token).
    pub fn num_patches(&self) -> i64 {
        (self.image_size / self.patch_size).pow(2)
    }

    pub fn head_dim(&self) -> i64 {
        self.hidden_size / self.num_attention_heads
    }

    pub fn num_labels(&self) -> usize {
        self.labels.len()
    }

    /// The same backbone with a different classification head.
    pub fn with_labels(&self, labels: Vec<String>) -> VitConfig {
        VitConfig { labels, ..self.clone() }
    }

    /// A `config.json` transformers loads as `ViTForImageClassification`: the original keys are
    /// kept, the ones this crate models are overwritten with the current values.
    pub fn to_json(&self) -> Value {
        let mut obj = self.raw.as_object().cloned().unwrap_or_default();
        let id2label: Map<String, Value> =
            self.labels.iter().enumerate().map(|(i, l)| (i.to_string(), json!(l))).collect();
        let label2id: Map<String, Value> = self.labels.iter().enumerate().map(|(i, l)| (l.clone(), json!(i))).collect();
        let fields = [
            ("architectures", json!(["ViTForImageClassification"])),
            ("model_type", json!("vit")),
            ("hidden_size", json!(self.hidden_size)),
            ("num_hidden_layers", json!(self.num_hidden_layers)),
            ("num_attention_heads", json!(self.num_attention_heads)),
            ("intermediate_size", json!(self.intermediate_size)),
            ("patch_size", json!(self.patch_size)),
            ("image_size", json!(self.image_size)),
            ("num_channels", json!(self.num_channels)),
            ("layer_norm_eps", json!(self.layer_norm_eps)),
            ("qkv_bias", json!(self.qkv_bias)),
            ("initializer_range", json!(self.initializer_range)),
            ("hidden_act", json!(self.hidden_act)),
            ("id2label", Value::Object(id2label)),
            ("label2id", Value::Object(label2id)),
        ];
        for (k, v) in fields {
            obj.insert(k.to_string(), v);
        }
        // Derived from id2label by transformers; a stale value would contradict it.
        obj.remove("num_labels");
        for k in ["hidden_dropout_prob", "attention_probs_dropout_prob"] {
            obj.entry(k).or_insert(json!(0.0));
        }
        // Saved weights are always f32, whatever the source checkpoint used.
        for k in ["torch_dtype", "dtype"] {
            if obj.contains_key(k) {
                obj.insert(k.to_string(), json!("float32"));
            }
        }
        Value::Object(obj)
    }

    /// HF `ViTForImageClassification`'s parameters (f32), as the forward pass declares them, in
    /// the order every parameter list of this crate uses.
    pub fn params(&self) -> Vec<super::ParamSpec> {
        // A validated config always traces; only a config built by hand with inconsistent
        // sizes could fail here.
        super::vit::declare(self).unwrap_or_else(|e| panic!("the ViT config does not trace: {e:#}"))
    }
}

/// What `ViTImageProcessor` does before the model: resize, rescale, normalize.
#[derive(Clone, Debug, PartialEq)]
pub struct Preprocessor {
    pub image_mean: [f32; 3],
    pub image_std: [f32; 3],
    pub height: i64,
    pub width: i64,
    pub rescale_factor: f64,
    pub do_normalize: bool,
    pub do_rescale: bool,
    /// PIL resampling filter id (2 = bilinear, the only one `data::resize` implements).
    pub resample: u32,
}

/// PIL's `Image.BILINEAR`.
pub const RESAMPLE_BILINEAR: u32 = 2;

/// Mean/std may be a scalar (applied to every channel) or one value per channel.
fn channel_triple(key: &str, v: &Value) -> Result<[f32; 3]> {
    let vals: Vec<f64> = match v {
        Value::Array(a) => a.iter().map(|x| x.as_f64().ok_or_else(|| anyhow!("'{key}' holds a non-number {x}"))).collect::<Result<_>>()?,
        other => vec![other.as_f64().ok_or_else(|| anyhow!("'{key}' must be a number or a list, got {other}"))?],
    };
    match vals.as_slice() {
        [x] => Ok([*x as f32; 3]),
        [r, g, b] => Ok([*r as f32, *g as f32, *b as f32]),
        _ => bail!("'{key}' needs 1 or 3 values, got {}", vals.len()),
    }
}

impl Preprocessor {
    /// ViTImageProcessor's defaults, at the config's image size.
    pub fn for_config(cfg: &VitConfig) -> Preprocessor {
        Preprocessor {
            image_mean: [0.5; 3],
            image_std: [0.5; 3],
            height: cfg.image_size,
            width: cfg.image_size,
            rescale_factor: 1.0 / 255.0,
            do_normalize: true,
            do_rescale: true,
            resample: RESAMPLE_BILINEAR,
        }
    }

    pub fn from_json_file(path: &Path, cfg: &VitConfig) -> Result<Preprocessor> {
        let text = std::fs::read_to_string(path).with_context(|| format!("cannot read {}", path.display()))?;
        Self::from_json_str(&text, cfg).with_context(|| format!("invalid image processor config {}", path.display()))
    }

    /// `dir/preprocessor_config.json` if the checkpoint has one, otherwise the defaults.
    pub fn load_or_default(dir: &Path, cfg: &VitConfig) -> Result<Preprocessor> {
        let path = dir.join("preprocessor_config.json");
        if path.is_file() {
            Self::from_json_file(&path, cfg)
        } else {
            Ok(Self::for_config(cfg))
        }
    }

    pub fn from_json_str(text: &str, cfg: &VitConfig) -> Result<Preprocessor> {
        let v: Value = serde_json::from_str(text).context("preprocessor_config.json is not valid JSON")?;
        let obj = v.as_object().ok_or_else(|| anyhow!("preprocessor_config.json must hold a JSON object"))?;
        let mut pre = Self::for_config(cfg);
        if let Some(m) = obj.get("image_mean").filter(|v| !v.is_null()) {
            pre.image_mean = channel_triple("image_mean", m)?;
        }
        if let Some(s) = obj.get("image_std").filter(|v| !v.is_null()) {
            pre.image_std = channel_triple("image_std", s)?;
        }
        // Old ViTFeatureExtractor configs store `"size": 224`; image processors store {height, width}.
        match obj.get("size") {
            None | Some(Value::Null) => {}
            Some(Value::Object(s)) => {
                let dim = |k: &str| s.get(k).and_then(as_i64);
                match (dim("height"), dim("width")) {
                    (Some(h), Some(w)) => (pre.height, pre.width) = (h, w),
                    _ => bail!("'size' must have 'height' and 'width' (as ViTImageProcessor requires), got {}", Value::Object(s.clone())),
                }
            }
            Some(other) => {
                let s = as_i64(other).ok_or_else(|| anyhow!("'size' must be an integer or {{height, width}}, got {other}"))?;
                (pre.height, pre.width) = (s, s);
            }
        }
        pre.rescale_factor = get_or(obj, "rescale_factor", pre.rescale_factor, Value::as_f64)?;
        pre.do_normalize = get_or(obj, "do_normalize", pre.do_normalize, Value::as_bool)?;
        pre.do_rescale = get_or(obj, "do_rescale", pre.do_rescale, Value::as_bool)?;
        pre.resample = get_or(obj, "resample", pre.resample, |v| v.as_u64().map(|r| r as u32))?;
        ensure!(pre.height > 0 && pre.width > 0, "'size' must be positive, got {}x{}", pre.height, pre.width);
        ensure!(pre.image_std.iter().all(|&s| s != 0.0), "'image_std' must not contain 0");
        Ok(pre)
    }

    pub fn to_json(&self) -> Value {
        json!({
            "do_normalize": self.do_normalize,
            "do_rescale": self.do_rescale,
            "do_resize": true,
            "image_mean": self.image_mean.iter().map(|&x| x as f64).collect::<Vec<_>>(),
            "image_processor_type": "ViTImageProcessor",
            "image_std": self.image_std.iter().map(|&x| x as f64).collect::<Vec<_>>(),
            "resample": self.resample,
            "rescale_factor": self.rescale_factor,
            "size": {"height": self.height, "width": self.width},
        })
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

    #[test]
    fn weight_decay_reaches_the_matrices_and_kernels_only() {
        // As optax masks usually say it: the patch kernel, the six matrices of each layer and
        // the classifier; no bias, LayerNorm, CLS token or position embedding.
        let params = VitConfig::tiny().params();
        let decayed: Vec<&str> = params.iter().filter(|p| p.decay()).map(|p| p.name.as_str()).collect();
        assert_eq!(decayed.len(), 1 + 6 * 2 + 1, "{decayed:?}");
        for name in ["vit.embeddings.patch_embeddings.projection.weight", "vit.encoder.layer.1.attention.attention.key.weight", "vit.encoder.layer.0.output.dense.weight", "classifier.weight"] {
            assert!(decayed.contains(&name), "{name} should decay");
        }
        for name in ["vit.embeddings.cls_token", "vit.embeddings.position_embeddings", "vit.encoder.layer.0.layernorm_before.weight", "vit.layernorm.weight", "classifier.bias"] {
            assert!(params.iter().any(|p| p.name == name) && !decayed.contains(&name), "{name} should not decay");
        }
        assert!(params.iter().all(|p| p.shape.dtype == crate::dtype::DType::F32));
    }

    #[test]
    fn parameters_come_in_hugging_face_state_dict_order() {
        let names: Vec<String> = VitConfig::tiny().params().into_iter().map(|p| p.name).collect();
        assert_eq!(names[..4], ["vit.embeddings.cls_token", "vit.embeddings.position_embeddings", "vit.embeddings.patch_embeddings.projection.weight", "vit.embeddings.patch_embeddings.projection.bias"]);
        assert_eq!(names[4..6], ["vit.encoder.layer.0.layernorm_before.weight", "vit.encoder.layer.0.layernorm_before.bias"]);
        assert_eq!(names[names.len() - 2..], ["classifier.weight", "classifier.bias"]);
    }

    use super::*;

    use crate::test_fixture as fixture;

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
        assert_eq!(VitConfig { raw: Value::Null, ..from_file.clone() }, VitConfig { raw: Value::Null, ..b16.clone() });
        // Everything the hub file says, vit_b16() writes too (its version string aside).
        let mut want = from_file.raw.as_object().unwrap().clone();
        want.remove("transformers_version");
        assert_eq!(b16.to_json(), Value::Object(want));
    }

    #[test]
    fn vit_config_params_match_fixture_shapes() {
        let check: Value =
            serde_json::from_str(&std::fs::read_to_string(fixture("formula_check.json")).unwrap()).unwrap();
        let shapes = check["vit_b16_tensor_shapes"].as_object().unwrap();
        let specs = VitConfig::vit_b16().params();
        assert_eq!(specs.len(), shapes.len());
        for p in &specs {
            let want: Vec<i64> = shapes[&p.name].as_array().unwrap().iter().map(|d| d.as_i64().unwrap()).collect();
            assert_eq!(p.dims(), want.as_slice(), "{}", p.name);
        }
        let total: i64 = specs.iter().map(|p| p.shape.element_count()).sum();
        assert_eq!(total, check["vit_b16_num_params"].as_i64().unwrap());
        assert_eq!(specs[0].name, "vit.embeddings.cls_token");
        assert_eq!(specs.last().unwrap().name, "classifier.bias");
    }

    #[test]
    fn vit_config_without_qkv_bias_drops_three_biases_per_layer() {
        let cfg = VitConfig { qkv_bias: false, ..VitConfig::vit_b16() };
        assert_eq!(VitConfig::vit_b16().params().len() - cfg.params().len(), 3 * 12);
        assert!(!cfg.params().iter().any(|p| p.name.ends_with("query.bias")));
    }

    #[test]
    fn vit_config_defaults_and_validation() {
        let cfg = VitConfig::from_json_str("{}").unwrap();
        assert_eq!(VitConfig { raw: Value::Null, labels: vec![], ..cfg.clone() }, VitConfig { raw: Value::Null, labels: vec![], ..VitConfig::vit_b16() });
        assert_eq!(cfg.labels, ["LABEL_0", "LABEL_1"]);
        assert_eq!(VitConfig::from_json_str(r#"{"num_labels": 3}"#).unwrap().labels.len(), 3);
        assert_eq!(VitConfig::from_json_str(r#"{"image_size": [384, 384]}"#).unwrap().image_size, 384);

        let err = |s: &str| format!("{:#}", VitConfig::from_json_str(s).unwrap_err());
        assert!(err(r#"{"hidden_act": "gelu_new"}"#).contains("config.json: hidden_act \"gelu_new\""));
        assert!(err(r#"{"hidden_size": 100}"#).contains("not divisible by num_attention_heads"));
        assert!(err(r#"{"image_size": 100}"#).contains("not divisible by patch_size"));
        assert!(err(r#"{"model_type": "deit"}"#).contains("model_type"));
        assert!(err(r#"{"id2label": {"0": "a", "2": "b"}}"#).contains("index 1 is missing"));
        assert!(err(r#"{"hidden_size": "big"}"#).contains("hidden_size"));
        assert!(err(r#"{"image_size": [224, 160]}"#).contains("not square"));
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
        assert_eq!(VitConfig { raw: Value::Null, ..back }, VitConfig { raw: Value::Null, ..relabeled });
        // Unchanged config: to_json reproduces the file as transformers wrote it.
        assert_eq!(cfg.to_json(), cfg.raw);
    }

    #[test]
    fn preprocessor_parses_formats() {
        let cfg = VitConfig::from_json_file(&fixture("tiny_vit/config.json")).unwrap();
        let pre = Preprocessor::from_json_file(&fixture("tiny_vit/preprocessor_config.json"), &cfg).unwrap();
        assert_eq!(pre, Preprocessor::for_config(&cfg));
        assert_eq!(Preprocessor::from_json_str(&pre.to_json().to_string(), &cfg).unwrap(), pre);

        // google/vit-base-patch16-224 still ships the old feature-extractor format.
        let old = r#"{"do_normalize": true, "do_resize": true, "feature_extractor_type": "ViTFeatureExtractor",
                      "image_mean": [0.485, 0.456, 0.406], "image_std": 0.25, "resample": 2, "size": 224}"#;
        let p = Preprocessor::from_json_str(old, &cfg).unwrap();
        assert_eq!((p.height, p.width), (224, 224));
        assert_eq!(p.image_mean, [0.485, 0.456, 0.406]);
        assert_eq!(p.image_std, [0.25; 3]);
        assert!(Preprocessor::from_json_str(r#"{"size": {"shortest_edge": 224}}"#, &cfg).is_err());
        assert_eq!(Preprocessor::load_or_default(Path::new("/nonexistent"), &cfg).unwrap(), Preprocessor::for_config(&cfg));
    }
}
