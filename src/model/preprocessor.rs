//! Hugging Face `ViTImageProcessor` (`preprocessor_config.json`): what happens to an image
//! before the model (resize, rescale, normalize), parsed with HF's defaults.

use super::vit_config::VitConfig;
use anyhow::{anyhow, bail, ensure, Context, Result};
use serde_json::{json, Map, Value};
use std::path::Path;

/// Reads an optional key, falling back to HF's default when it is absent or null.
fn get_or<T>(obj: &Map<String, Value>, key: &str, default: T, parse: impl Fn(&Value) -> Option<T>) -> Result<T> {
    match obj.get(key) {
        None | Some(Value::Null) => Ok(default),
        Some(v) => parse(v).ok_or_else(|| anyhow!("'{key}' has an unexpected value {v}")),
    }
}

fn as_i64(v: &Value) -> Option<i64> {
    v.as_i64().or_else(|| v.as_f64().filter(|f| f.fract() == 0.0).map(|f| f as i64))
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
    /// CLIP's, DINOv2's and BiT's processors resize the shortest edge to this and crop the
    /// center to `height` x `width`; xlavit resizes the whole image to the crop's size.
    pub shortest_edge: Option<i64>,
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
            height: cfg.input_size(),
            width: cfg.input_size(),
            rescale_factor: 1.0 / 255.0,
            do_normalize: true,
            do_rescale: true,
            resample: RESAMPLE_BILINEAR,
            shortest_edge: None,
        }
    }

    /// How this processor differs from what xlavit does to an image, one line each.
    pub fn differences(&self) -> Vec<String> {
        let mut out = vec![];
        if self.resample != RESAMPLE_BILINEAR {
            out.push(format!("the image processor asks for PIL filter {}; xlavit resizes with bilinear (2)", self.resample));
        }
        if let Some(edge) = self.shortest_edge {
            out.push(format!(
                "the image processor resizes the shortest edge to {edge} and crops the center {}x{}; xlavit resizes whole images to {}x{}",
                self.height, self.width, self.height, self.width
            ));
        }
        out
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
                match (dim("height"), dim("width"), dim("shortest_edge")) {
                    (Some(h), Some(w), _) => (pre.height, pre.width) = (h, w),
                    // CLIPImageProcessor, BitImageProcessor (DINOv2): the model sees the crop.
                    (None, None, Some(edge)) => {
                        let crop = obj.get("crop_size").and_then(Value::as_object);
                        let side = |k: &str| crop.and_then(|c| c.get(k)).and_then(as_i64);
                        let (h, w) = match (side("height"), side("width")) {
                            (Some(h), Some(w)) if obj.get("do_center_crop").and_then(Value::as_bool) != Some(false) => (h, w),
                            _ => (edge, edge),
                        };
                        (pre.height, pre.width, pre.shortest_edge) = (h, w, Some(edge));
                    }
                    _ => bail!("'size' must have 'height' and 'width', or 'shortest_edge', got {}", Value::Object(s.clone())),
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_fixture as fixture;

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
        // CLIP's and DINOv2's processors: the shortest edge, then a center crop, which the model sees.
        let crop = r#"{"size": {"shortest_edge": 256}, "crop_size": {"height": 224, "width": 224}, "do_center_crop": true, "resample": 3}"#;
        let p = Preprocessor::from_json_str(crop, &cfg).unwrap();
        assert_eq!((p.height, p.width, p.shortest_edge), (224, 224, Some(256)));
        assert_eq!(p.differences().len(), 2, "{:?}", p.differences());
        assert_eq!(Preprocessor::from_json_str(r#"{"size": {"shortest_edge": 224}}"#, &cfg).unwrap().height, 224);
        assert!(Preprocessor::from_json_str(r#"{"size": {"longest_edge": 224}}"#, &cfg).is_err());
        assert_eq!(Preprocessor::load_or_default(Path::new("/nonexistent"), &cfg).unwrap(), Preprocessor::for_config(&cfg));
    }
}
