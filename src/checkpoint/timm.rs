//! timm's ViT checkpoints (the Hub's `timm/vit_*` repositories): a `config.json` with
//! `architecture`, `model_args` and `pretrained_cfg`, and `model.safetensors` in timm's names.
//! A plain timm ViT is the Hugging Face `vit` model under other names, with `qkv` fused: both
//! are read here as that `vit` model, so everything after loading (training, `convert`, the
//! checkpoints written) sees a `vit` checkpoint.

use crate::host::HostTensor;
use crate::model::preprocessor::Preprocessor;
use crate::model::vit_config::VitConfig;
use anyhow::{anyhow, bail, ensure, Result};
use serde_json::{json, Map, Value};
use std::collections::BTreeMap;

/// Whether a config.json is timm's: an `architecture`, no `model_type`.
pub fn is_timm_config(v: &Value) -> bool {
    v.get("architecture").is_some_and(Value::is_string) && v.get("model_type").is_none()
}

/// timm's ViT sizes by name: (embed_dim, depth, num_heads).
fn size_by_name(word: &str) -> Option<(i64, i64, i64)> {
    match word {
        "tiny" => Some((192, 12, 3)),
        "small" => Some((384, 12, 6)),
        "medium" => Some((512, 12, 8)),
        "base" => Some((768, 12, 12)),
        "large" => Some((1024, 24, 16)),
        "huge" => Some((1280, 32, 16)),
        _ => None,
    }
}

/// `vit_{size}_patch{P}_{S}` (optionally with a tag after a dot): the plain ViTs.
fn parse_architecture(arch: &str) -> Option<((i64, i64, i64), i64, i64)> {
    let name = arch.split('.').next()?;
    let mut parts = name.split('_');
    (parts.next()? == "vit").then_some(())?;
    let size = size_by_name(parts.next()?)?;
    let patch = parts.next()?.strip_prefix("patch")?.parse().ok()?;
    let image = parts.next()?.parse().ok()?;
    parts.next().is_none().then_some((size, patch, image))
}

/// The HF `vit` config and the image processor a timm config.json describes.
pub fn config(v: &Value) -> Result<(VitConfig, Preprocessor)> {
    let arch = v["architecture"].as_str().unwrap_or_default();
    let empty = Map::new();
    let args = v.get("model_args").and_then(Value::as_object).unwrap_or(&empty);
    // Options of timm's VisionTransformer that make another model than HF's ViT.
    let unsupported = [
        ("class_token", json!(false)),
        ("no_embed_class", json!(true)),
        ("pre_norm", json!(true)),
        ("fc_norm", json!(true)),
        ("qk_norm", json!(true)),
        ("dynamic_img_size", json!(true)),
    ];
    for (k, bad) in unsupported {
        ensure!(args.get(k) != Some(&bad), "timm {arch}: model_args {k} = {bad} is not supported (xlavit loads timm's plain ViTs, as HF's vit)");
    }
    for k in ["reg_tokens", "init_values"] {
        if let Some(x) = args.get(k).filter(|x| !x.is_null() && x.as_f64() != Some(0.0)) {
            bail!("timm {arch}: model_args {k} = {x} is not supported (registers and LayerScale load from HF's dinov2 checkpoints)");
        }
    }
    for k in ["act_layer", "norm_layer", "block_fn", "mlp_layer", "embed_layer", "class_token_pool"] {
        ensure!(args.get(k).is_none_or(Value::is_null), "timm {arch}: model_args {k} is not supported");
    }
    let pool = args.get("global_pool").or_else(|| v.get("global_pool")).and_then(Value::as_str).unwrap_or("token");
    ensure!(pool == "token", "timm {arch}: global_pool {pool:?} is not supported (only \"token\": the head on the class token, as HF's ViT)");
    let by_name = parse_architecture(arch);
    let int = |k: &str| args.get(k).and_then(Value::as_i64);
    let ((d0, l0, h0), p0, s0) = match by_name {
        Some(x) => x,
        None if ["embed_dim", "depth", "num_heads", "patch_size"].iter().all(|k| int(k).is_some()) => ((0, 0, 0), 0, 0),
        None => bail!("timm architecture {arch:?}: not a plain ViT (vit_<tiny|small|base|large|huge>_patch<P>_<size>) and its model_args do not say its shape"),
    };
    let image = match args.get("img_size") {
        Some(Value::Array(a)) => match a.as_slice() {
            [h, w] if h == w => h.as_i64(),
            _ => bail!("timm {arch}: img_size {} is not square", Value::Array(a.clone())),
        },
        Some(x) => x.as_i64(),
        None => Some(s0),
    }
    .ok_or_else(|| anyhow!("timm {arch}: model_args img_size is not an integer"))?;
    let hidden = int("embed_dim").unwrap_or(d0);
    let ratio = args.get("mlp_ratio").and_then(Value::as_f64).unwrap_or(4.0);
    let classes = v.get("num_classes").and_then(Value::as_i64).or_else(|| int("num_classes")).unwrap_or(1000);
    let mut cfg = json!({
        "model_type": "vit",
        "architectures": ["ViTForImageClassification"],
        "hidden_size": hidden,
        "num_hidden_layers": int("depth").unwrap_or(l0),
        "num_attention_heads": int("num_heads").unwrap_or(h0),
        "intermediate_size": (hidden as f64 * ratio) as i64,
        "patch_size": int("patch_size").unwrap_or(p0),
        "image_size": image,
        "num_channels": int("in_chans").unwrap_or(3),
        "qkv_bias": args.get("qkv_bias").and_then(Value::as_bool).unwrap_or(true),
        // timm's LayerNorm eps.
        "layer_norm_eps": 1e-6,
        "hidden_act": "gelu",
    });
    let names = v.get("label_names").and_then(Value::as_array);
    match names {
        Some(n) if n.len() as i64 == classes => {
            cfg["id2label"] = n.iter().enumerate().map(|(i, l)| (i.to_string(), l.clone())).collect::<Map<_, _>>().into();
        }
        _ if classes > 0 => cfg["num_labels"] = json!(classes),
        _ => {}
    }
    let cfg = VitConfig::from_json_str(&cfg.to_string())?;
    let pre = preprocessor(v.get("pretrained_cfg").and_then(Value::as_object).unwrap_or(&empty), &cfg)?;
    Ok((cfg, pre))
}

/// timm's `pretrained_cfg`: mean, std, input size, interpolation and crop.
fn preprocessor(p: &Map<String, Value>, cfg: &VitConfig) -> Result<Preprocessor> {
    let mut pre = Preprocessor::for_config(cfg);
    let triple = |k: &str| -> Result<Option<[f32; 3]>> {
        match p.get(k).and_then(Value::as_array) {
            Some(a) if a.len() == 3 => Ok(Some([0, 1, 2].map(|i| a[i].as_f64().unwrap_or(f64::NAN) as f32))),
            Some(a) => bail!("timm pretrained_cfg {k}: 3 values wanted, got {}", a.len()),
            None => Ok(None),
        }
    };
    pre.image_mean = triple("mean")?.unwrap_or(pre.image_mean);
    pre.image_std = triple("std")?.unwrap_or(pre.image_std);
    ensure!(pre.image_mean.iter().chain(&pre.image_std).all(|x| x.is_finite()) && pre.image_std.iter().all(|&s| s != 0.0), "timm pretrained_cfg: mean and std must be numbers, std not 0");
    if let Some([_, h, w]) = p.get("input_size").and_then(Value::as_array).map(|a| a.iter().filter_map(Value::as_i64).collect::<Vec<_>>()).as_deref() {
        (pre.height, pre.width) = (*h, *w);
    }
    pre.resample = match p.get("interpolation").and_then(Value::as_str) {
        Some("bicubic") => 3,
        Some("nearest") => 0,
        _ => crate::model::preprocessor::RESAMPLE_BILINEAR,
    };
    // timm's eval transform: the shortest edge to size / crop_pct, then the center crop.
    if let Some(crop) = p.get("crop_pct").and_then(Value::as_f64).filter(|c| *c > 0.0 && *c < 1.0) {
        pre.shortest_edge = Some((pre.height as f64 / crop).floor() as i64);
    }
    Ok(pre)
}

/// Whether tensors are in timm's names.
pub fn has_timm_names(tensors: &BTreeMap<String, HostTensor>) -> bool {
    tensors.contains_key("patch_embed.proj.weight")
}

/// timm's tensors under HF `ViTForImageClassification` names, `qkv` split into query, key and value.
pub fn to_hf_names(tensors: BTreeMap<String, HostTensor>, src: &str) -> Result<BTreeMap<String, HostTensor>> {
    let mut out = BTreeMap::new();
    for (k, t) in tensors {
        let refuse = |what: &str| anyhow!("{src}: {k} is timm's {what}, which xlavit does not load (only plain ViTs, as HF's vit)");
        let name = match k.as_str() {
            "cls_token" => "vit.embeddings.cls_token".to_string(),
            "pos_embed" => "vit.embeddings.position_embeddings".to_string(),
            "norm.weight" | "norm.bias" => format!("vit.layernorm.{}", &k[5..]),
            "head.weight" | "head.bias" => format!("classifier.{}", &k[5..]),
            "reg_token" => return Err(refuse("register token")),
            _ if k.starts_with("patch_embed.proj.") => format!("vit.embeddings.patch_embeddings.projection.{}", &k[17..]),
            _ if k.starts_with("fc_norm.") || k.starts_with("norm_pre.") => return Err(refuse("extra norm")),
            _ => {
                let Some(rest) = k.strip_prefix("blocks.") else { return Err(refuse("tensor")) };
                let (layer, field) = rest.split_once('.').ok_or_else(|| refuse("tensor"))?;
                let hf = format!("vit.encoder.layer.{layer}");
                let (module, leaf) = field.rsplit_once('.').ok_or_else(|| refuse("tensor"))?;
                if module == "attn.qkv" {
                    let parts = split_rows(&t, 3).map_err(|e| anyhow!("{src}: {k}: {e}"))?;
                    for (which, part) in ["query", "key", "value"].into_iter().zip(parts) {
                        out.insert(format!("{hf}.attention.attention.{which}.{leaf}"), part);
                    }
                    continue;
                }
                let hf_module = match module {
                    "norm1" => "layernorm_before",
                    "attn.proj" => "attention.output.dense",
                    "norm2" => "layernorm_after",
                    "mlp.fc1" => "intermediate.dense",
                    "mlp.fc2" => "output.dense",
                    "ls1" | "ls2" => return Err(refuse("LayerScale")),
                    "attn.q_norm" | "attn.k_norm" => return Err(refuse("query/key norm")),
                    _ => return Err(refuse("tensor")),
                };
                format!("{hf}.{hf_module}.{leaf}")
            }
        };
        out.insert(name, t);
    }
    Ok(out)
}

/// `t` cut along its first axis into `n` equal consecutive pieces.
fn split_rows(t: &HostTensor, n: usize) -> Result<Vec<HostTensor>> {
    let rows = *t.dims.first().ok_or_else(|| anyhow!("a scalar, not [3 x D, ...]"))?;
    ensure!(rows % n as i64 == 0 && t.data.len() % n == 0, "{} rows, not a multiple of {n}", rows);
    let chunk = t.data.len() / n;
    let mut dims = t.dims.clone();
    dims[0] = rows / n as i64;
    Ok(t.data.chunks(chunk).map(|c| HostTensor { dtype: t.dtype, dims: dims.clone(), data: c.to_vec() }).collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn architecture_names_give_the_plain_vits_shapes() {
        assert_eq!(parse_architecture("vit_base_patch16_224.augreg2_in21k_ft_in1k"), Some(((768, 12, 12), 16, 224)));
        assert_eq!(parse_architecture("vit_small_patch32_384"), Some(((384, 12, 6), 32, 384)));
        assert_eq!(parse_architecture("vit_base_patch16_clip_224.openai"), None);
        assert_eq!(parse_architecture("deit_base_patch16_224"), None);
    }

    #[test]
    fn options_of_another_model_are_refused_by_name() {
        let err = |v: Value| format!("{:#}", config(&v).unwrap_err());
        let e = err(json!({"architecture": "vit_base_patch16_224", "model_args": {"global_pool": "avg"}}));
        assert!(e.contains("global_pool \"avg\""), "{e}");
        let e = err(json!({"architecture": "vit_base_patch16_224", "model_args": {"init_values": 1e-5}}));
        assert!(e.contains("init_values"), "{e}");
        let e = err(json!({"architecture": "vit_base_patch16_clip_224.openai"}));
        assert!(e.contains("not a plain ViT"), "{e}");
        let (cfg, pre) = config(&json!({"architecture": "vit_base_patch16_224.augreg_in21k", "num_classes": 21843,
            "pretrained_cfg": {"input_size": [3, 224, 224], "interpolation": "bicubic", "crop_pct": 0.9, "mean": [0.5, 0.5, 0.5], "std": [0.5, 0.5, 0.5]}}))
        .unwrap();
        assert_eq!((cfg.hidden_size, cfg.num_hidden_layers, cfg.num_attention_heads, cfg.intermediate_size), (768, 12, 12, 3072));
        assert_eq!((cfg.labels.len(), cfg.layer_norm_eps, pre.resample, pre.shortest_edge), (21843, 1e-6, 3, Some(248)));
    }
}
