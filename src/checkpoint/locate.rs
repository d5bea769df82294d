//! Resolving a model spec (a local directory or a Hub id) to a directory, and the model
//! config it names.

use super::*;
use super::safetensors_io::shard_files;
use crate::model::preprocessor::Preprocessor;
use crate::model::vit_config::VitConfig;
use anyhow::{anyhow, bail, ensure, Context, Result};
use std::path::{Path, PathBuf};

/// A local model directory, or a Hub id (`org/name`) fetched into / found in the HF cache.
/// Hub settings come from the environment (`HF_HOME`, `HF_HUB_CACHE`, `HF_HUB_OFFLINE`, `HF_ENDPOINT`, `HF_TOKEN`).
pub fn resolve_model(spec: &str) -> Result<PathBuf> {
    local_or(spec, resolve_model_with)
}

/// A local folder through `local_checkpoint`; anything else through `with` and the Hub options of the
/// environment (read only then: a local folder works whatever the environment says).
fn local_or(spec: &str, with: fn(&str, &HubOptions) -> Result<PathBuf>) -> Result<PathBuf> {
    match Path::new(spec) {
        local if local.is_dir() => local_checkpoint(local),
        _ => with(spec, &HubOptions::from_env()?),
    }
}

/// A local model folder; a training run's folder is named as such, with its checkpoints.
fn local_checkpoint(dir: &Path) -> Result<PathBuf> {
    if !dir.join(CONFIG_FILE).exists() && dir.join("best").join(CONFIG_FILE).exists() {
        anyhow::bail!(
            "{} is a training run's folder, not a checkpoint: its checkpoints are {} (best validation accuracy) and {} (the last epoch)",
            dir.display(),
            dir.join("best").display(),
            dir.join("last").display()
        );
    }
    Ok(dir.to_path_buf())
}

pub fn resolve_model_with(spec: &str, opts: &HubOptions) -> Result<PathBuf> {
    resolve(spec, opts, fetch_checkpoint, &format!("{CONFIG_FILE} and {WEIGHTS_FILE}"))
}

/// `resolve_model` for commands that read only the configs (`compile`, `prepare`): from the Hub
/// only `config.json` and `preprocessor_config.json` are fetched, not hundreds of MB of weights.
pub fn resolve_model_config(spec: &str) -> Result<PathBuf> {
    local_or(spec, resolve_model_config_with)
}

pub fn resolve_model_config_with(spec: &str, opts: &HubOptions) -> Result<PathBuf> {
    resolve(spec, opts, fetch_configs, CONFIG_FILE)
}

/// A local directory, or the snapshot directory of what `fetch` gets from the Hub; `needs` names
/// what a local directory must hold instead, for the messages.
fn resolve(spec: &str, opts: &HubOptions, fetch: fn(&Hub) -> Result<PathBuf>, needs: &str) -> Result<PathBuf> {
    let local = Path::new(spec);
    if local.is_dir() {
        return local_checkpoint(local);
    }
    ensure!(!local.exists(), "model '{spec}' is a file; expected a directory with {needs}");
    ensure!(
        looks_like_hub_id(spec),
        "model directory '{spec}' does not exist (and it is not a Hugging Face Hub id like 'google/vit-base-patch16-224')"
    );
    let hub = Hub::new(spec, opts)?;
    let fetched = fetch(&hub).map_err(|e| {
        let how = if opts.offline {
            format!(
                "HF_HUB_OFFLINE is set and it is not (completely) in the cache {}; download it once online",
                opts.cache_dir.display()
            )
        } else {
            "check the id and the network (or set HF_HUB_OFFLINE=1 to use the cache only)".to_string()
        };
        anyhow!("cannot get model '{spec}' from the Hugging Face Hub: {e:#}; {how}, or pass a local directory holding {needs}")
    })?;
    Ok(fetched)
}

/// The two ways to get a file: only the cache, or the cache then the network.
enum Hub {
    Cache(hf_hub::CacheRepo),
    Online(hf_hub::api::sync::ApiRepo),
}

impl Hub {
    fn new(id: &str, opts: &HubOptions) -> Result<Hub> {
        if opts.offline {
            return Ok(Hub::Cache(hf_hub::Cache::new(opts.cache_dir.clone()).model(id.to_string())));
        }
        Ok(Hub::Online(crate::hub::api(opts)?.model(id.to_string())))
    }

    /// `Ok(None)` when the repository does not have the file; network and other errors are `Err`.
    fn get(&self, file: &str) -> Result<Option<PathBuf>> {
        use hf_hub::api::sync::ApiError;
        match self {
            Hub::Cache(repo) => Ok(repo.get(file)),
            Hub::Online(repo) => match repo.get(file) {
                Ok(p) => Ok(Some(p)),
                Err(ApiError::RequestError(e)) => {
                    let msg = e.to_string();
                    match (*e).into_response().map(|r| r.status()) {
                        Some(404) => Ok(None),
                        Some(401 | 403) => {
                            bail!("{file}: access denied (HTTP 401/403): the repository does not exist, or it is private or gated (set HF_TOKEN)")
                        }
                        _ => Err(anyhow!("{file}: {msg}")),
                    }
                }
                Err(e) => Err(anyhow!("{file}: {e}")),
            },
        }
    }

    fn require(&self, file: &str) -> Result<PathBuf> {
        self.get(file)?.ok_or_else(|| match self {
            Hub::Cache(_) => anyhow!("{file} is not in the cache"),
            Hub::Online(_) => anyhow!("the repository has no {file}"),
        })
    }
}

/// Fetches the config and the optional preprocessor config; returns the snapshot directory.
fn fetch_configs(hub: &Hub) -> Result<PathBuf> {
    let (dir, files) = configs(hub)?;
    same_revision(&dir, &files)?;
    Ok(dir)
}

/// The config and the optional preprocessor config, and the snapshot directory they are in.
fn configs(hub: &Hub) -> Result<(PathBuf, Vec<PathBuf>)> {
    let config = hub.require(CONFIG_FILE)?;
    let dir = config.parent().expect("a cached file lives in a snapshot directory").to_path_buf();
    let mut files = vec![config];
    files.extend(hub.get(PREPROCESSOR_FILE)?);
    Ok((dir, files))
}

/// Files cached at different commits would land in different snapshots and mix revisions.
fn same_revision(dir: &Path, files: &[PathBuf]) -> Result<()> {
    for f in files {
        ensure!(
            f.parent() == Some(dir),
            "cached files come from different revisions ({} vs {}); remove the model from the cache and retry",
            dir.display(),
            f.display()
        );
    }
    Ok(())
}

/// Fetches config, optional preprocessor config and the safetensors weights; returns the snapshot directory.
fn fetch_checkpoint(hub: &Hub) -> Result<PathBuf> {
    let (dir, mut files) = configs(hub)?;
    if let Some(w) = hub.get(WEIGHTS_FILE)? {
        files.push(w);
    } else if let Some(index) = hub.get(WEIGHTS_INDEX_FILE)? {
        for shard in shard_files(&index)? {
            files.push(hub.require(&shard)?);
        }
        files.push(index);
    } else {
        bail!("the repository has neither {WEIGHTS_FILE} nor {WEIGHTS_INDEX_FILE} (only safetensors weights are supported)");
    }
    same_revision(&dir, &files)?;
    Ok(dir)
}


/// The model at `--image-size` when one is given: `VitConfig::at_image_size`, and the images
/// resized to it.
pub fn at_image_size(cfg: VitConfig, pre: Preprocessor, size: Option<u32>) -> Result<(VitConfig, Preprocessor)> {
    match size {
        Some(n) if n as i64 != cfg.input_size() => {
            let cfg = cfg.at_image_size(n as i64).map_err(|e| anyhow::anyhow!("--image-size {n}: {e}"))?;
            let pre = Preprocessor { height: n as i64, width: n as i64, ..pre };
            Ok((cfg, pre))
        }
        _ => Ok((cfg, pre)),
    }
}

/// The released models' shapes, for `bench` and `compile` without weights (`--config NAME`):
/// the config, and the size it runs at where that is not its own (DINOv2 at 224 px, as its
/// image processor feeds it).
pub const PRESETS: [(&str, &str, Option<i64>); 7] = [
    ("deit-b16-distilled", r#"{"model_type": "deit", "architectures": ["DeiTForImageClassificationWithTeacher"], "num_labels": 1000}"#, None),
    ("dinov2-s14", r#"{"model_type": "dinov2", "hidden_size": 384, "num_attention_heads": 6, "image_size": 518, "patch_size": 14, "num_labels": 1000}"#, Some(224)),
    (
        "dinov2-s14-reg",
        r#"{"model_type": "dinov2_with_registers", "hidden_size": 384, "num_attention_heads": 6, "image_size": 518, "patch_size": 14, "num_labels": 1000}"#,
        Some(224),
    ),
    // openai/clip-vit-base-patch16's and google/siglip-base-patch16-224's vision towers.
    ("clip-b16", r#"{"model_type": "clip_vision_model", "patch_size": 16, "num_labels": 1000}"#, None),
    ("siglip-b16", r#"{"model_type": "siglip_vision_model", "num_labels": 1000}"#, None),
    // The same classifying the attention-pooling head's output (train --pooling map).
    ("siglip-b16-map", r#"{"model_type": "siglip_vision_model", "xlavit_pooling": "map", "num_labels": 1000}"#, None),
    // microsoft/beit-base-patch16-224.
    ("beit-b16", r#"{"model_type": "beit", "use_relative_position_bias": true, "use_mean_pooling": true, "drop_path_rate": 0.0, "num_labels": 1000}"#, None),
];

/// The model config and preprocessor named by `--model` or `--config`.
pub fn model_config(model: Option<&str>, config: Option<&str>) -> Result<(VitConfig, Preprocessor)> {
    if let Some(m) = model {
        let dir = resolve_model_config(m)?;
        let path = dir.join("config.json");
        // timm's config.json holds its processor settings too; any other is HF's (which reports a bad file).
        let timm = std::fs::read_to_string(&path).ok().and_then(|t| serde_json::from_str::<serde_json::Value>(&t).ok()).filter(super::timm::is_timm_config);
        let (mut cfg, pre) = match timm {
            Some(json) => super::timm::config(&json).with_context(|| format!("{}", path.display()))?,
            None => {
                let cfg = VitConfig::from_json_file(&path)?;
                let pre = Preprocessor::load_or_default(&dir, &cfg)?;
                (cfg, pre)
            }
        };
        // DINOv2 runs at the size its processor gives (224 for the released models, trained at 518).
        if cfg.family.model_type.resizes_positions_per_call().is_some() && pre.height == pre.width && pre.height != cfg.image_size {
            cfg = cfg.at_image_size(pre.height).map_err(|e| e.context(format!("{}", dir.join("preprocessor_config.json").display())))?;
        }
        if pre.height != cfg.input_size() || pre.width != cfg.input_size() {
            bail!(
                "{}: resizes to {}x{}, but config.json's image_size is {} (position embeddings are not interpolated)",
                dir.join("preprocessor_config.json").display(),
                pre.height,
                pre.width,
                cfg.image_size
            );
        }
        return Ok((cfg, pre));
    }
    let cfg = match config.unwrap_or("tiny") {
        "tiny" => VitConfig::tiny(),
        "vit-b16" => VitConfig::vit_b16(),
        name => match PRESETS.iter().find(|p| p.0 == name) {
            Some((_, json, runs_at)) => {
                let cfg = VitConfig::from_json_str(json)?;
                match runs_at {
                    Some(n) => cfg.at_image_size(*n)?,
                    None => cfg,
                }
            }
            None => {
                if !Path::new(name).exists() {
                    let names: Vec<&str> = ["tiny", "vit-b16"].into_iter().chain(PRESETS.iter().map(|p| p.0)).collect();
                    bail!("--config {name}: not one of {} nor an existing config.json", names.join(", "));
                }
                VitConfig::from_json_file(Path::new(name))?
            }
        },
    };
    let pre = Preprocessor::for_config(&cfg);
    Ok((cfg, pre))
}
