//! Hugging Face checkpoints: finding them (local directory or the Hub, see `hub`),
//! reading safetensors into host tensors in `VitConfig::param_specs` order,
//! and writing directories `transformers` loads back.

mod formula;

pub use crate::hub::{env_flag_is_true, looks_like_hub_id, HubOptions};

pub use formula::{
    fnv1a64, formula_bits, formula_params, formula_pixels, formula_tensor, formula_uniform, formula_value, splitmix64_mix,
};

use crate::dtype::DType;
use crate::host::HostTensor;
use crate::model::vit_config::{Preprocessor, VitConfig};
use anyhow::{anyhow, bail, ensure, Context, Result};
use rand::SeedableRng;
use rand_distr::{Distribution, Normal};
use safetensors::tensor::TensorView;
use safetensors::{Dtype as StDtype, SafeTensors};
use std::borrow::Cow;
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::fs::File;
use std::path::{Path, PathBuf};

pub const CONFIG_FILE: &str = "config.json";
pub const PREPROCESSOR_FILE: &str = "preprocessor_config.json";
pub const WEIGHTS_FILE: &str = "model.safetensors";
pub const WEIGHTS_INDEX_FILE: &str = "model.safetensors.index.json";

// ---------------------------------------------------------------------------
// Resolving a model spec to a directory

/// A local model directory, or a Hub id (`org/name`) fetched into / found in the HF cache.
/// Hub settings come from the environment (`HF_HOME`, `HF_HUB_CACHE`, `HF_HUB_OFFLINE`, `HF_ENDPOINT`, `HF_TOKEN`).
pub fn resolve_model(spec: &str) -> Result<PathBuf> {
    let local = Path::new(spec);
    if local.is_dir() {
        return Ok(local.to_path_buf());
    }
    resolve_model_with(spec, &HubOptions::from_env()?)
}

pub fn resolve_model_with(spec: &str, opts: &HubOptions) -> Result<PathBuf> {
    let local = Path::new(spec);
    if local.is_dir() {
        return Ok(local.to_path_buf());
    }
    ensure!(!local.exists(), "model '{spec}' is a file; expected a directory with {CONFIG_FILE} and {WEIGHTS_FILE}");
    ensure!(
        looks_like_hub_id(spec),
        "model directory '{spec}' does not exist (and it is not a Hugging Face Hub id like 'google/vit-base-patch16-224')"
    );
    let hub = Hub::new(spec, opts)?;
    let fetched = fetch_checkpoint(&hub).map_err(|e| {
        let how = if opts.offline {
            format!(
                "HF_HUB_OFFLINE is set and it is not (completely) in the cache {}; download it once online",
                opts.cache_dir.display()
            )
        } else {
            "check the id and the network (or set HF_HUB_OFFLINE=1 to use the cache only)".to_string()
        };
        anyhow!("cannot get model '{spec}' from the Hugging Face Hub: {e:#}; {how}, or pass a local directory holding {CONFIG_FILE} and {WEIGHTS_FILE}")
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

/// Fetches config, optional preprocessor config and the safetensors weights; returns the snapshot directory.
fn fetch_checkpoint(hub: &Hub) -> Result<PathBuf> {
    let config = hub.require(CONFIG_FILE)?;
    let mut files = vec![config.clone()];
    files.extend(hub.get(PREPROCESSOR_FILE)?);
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
    let dir = config.parent().expect("a cached file lives in a snapshot directory").to_path_buf();
    // Files cached at different commits would land in different snapshots and mix revisions.
    for f in &files {
        ensure!(
            f.parent() == Some(dir.as_path()),
            "cached files come from different revisions ({} vs {}); remove the model from the cache and retry",
            dir.display(),
            f.display()
        );
    }
    Ok(dir)
}

// ---------------------------------------------------------------------------
// Reading safetensors

/// The weights file of a checkpoint directory: `model.safetensors` or the sharded index.
pub fn weights_path(dir: &Path) -> Result<PathBuf> {
    ensure!(dir.exists(), "model directory {} does not exist", dir.display());
    ensure!(dir.is_dir(), "{} is not a directory (expected a model directory with {WEIGHTS_FILE})", dir.display());
    let single = dir.join(WEIGHTS_FILE);
    if single.is_file() {
        return Ok(single);
    }
    let index = dir.join(WEIGHTS_INDEX_FILE);
    if index.is_file() {
        return Ok(index);
    }
    bail!(
        "{} has neither {WEIGHTS_FILE} nor {WEIGHTS_INDEX_FILE} (only safetensors checkpoints are supported, not pytorch_model.bin)",
        dir.display()
    )
}

fn read_weight_map(index: &Path) -> Result<BTreeMap<String, String>> {
    let text = std::fs::read_to_string(index).with_context(|| format!("cannot read {}", index.display()))?;
    #[derive(serde::Deserialize)]
    struct Index {
        weight_map: BTreeMap<String, String>,
    }
    let parsed: Index =
        serde_json::from_str(&text).with_context(|| format!("{} is not a valid safetensors index", index.display()))?;
    Ok(parsed.weight_map)
}

fn shard_files(index: &Path) -> Result<BTreeSet<String>> {
    Ok(read_weight_map(index)?.into_values().collect())
}

/// All tensors of a checkpoint directory (single file or sharded). f16/bf16/f64 become f32;
/// other element types are kept.
pub fn load_tensors(dir: &Path) -> Result<BTreeMap<String, HostTensor>> {
    let path = weights_path(dir)?;
    if path.file_name().is_some_and(|n| n == WEIGHTS_FILE) {
        return read_safetensors(&path);
    }
    let weight_map = read_weight_map(&path)?;
    let mut all = BTreeMap::new();
    for shard in weight_map.values().collect::<BTreeSet<_>>() {
        let shard_path = dir.join(shard);
        for (name, t) in read_safetensors(&shard_path)? {
            ensure!(
                weight_map.get(&name) == Some(shard),
                "{}: tensor {name} is not listed for this shard in {}",
                shard_path.display(),
                path.display()
            );
            all.insert(name, t);
        }
    }
    if let Some(missing) = weight_map.keys().find(|n| !all.contains_key(*n)) {
        bail!("{}: tensor {missing} is listed in the index but missing from shard {}", path.display(), weight_map[missing]);
    }
    Ok(all)
}

/// Reads one safetensors file through a memory map.
pub fn read_safetensors(path: &Path) -> Result<BTreeMap<String, HostTensor>> {
    let file = File::open(path).with_context(|| format!("cannot open {}", path.display()))?;
    // SAFETY: the map is read-only and dropped before returning. Checkpoints are replaced by
    // rename (see `files::replace_with`), so the mapped inode is not modified under us.
    let map = unsafe { memmap2::Mmap::map(&file) }.with_context(|| format!("cannot map {}", path.display()))?;
    let st = SafeTensors::deserialize(&map).with_context(|| format!("{} is not a valid safetensors file", path.display()))?;
    st.iter()
        .map(|(name, view)| {
            let t = host_from_view(&view).with_context(|| format!("{}: tensor {name}", path.display()))?;
            Ok((name.to_string(), t))
        })
        .collect()
}

fn host_from_view(view: &TensorView) -> Result<HostTensor> {
    let dims: Vec<i64> = view.shape().iter().map(|&d| d as i64).collect();
    let bytes = view.data();
    let keep = |dtype| Ok(HostTensor { dtype, dims: dims.clone(), data: bytes.to_vec() });
    let widen = |f: fn(&[u8]) -> f32, width: usize| {
        let values: Vec<f32> = bytes.chunks_exact(width).map(f).collect();
        HostTensor::from_f32(&dims, &values)
    };
    match view.dtype() {
        StDtype::F32 => keep(DType::F32),
        StDtype::F16 => widen(|c| half::f16::from_le_bytes([c[0], c[1]]).to_f32(), 2),
        StDtype::BF16 => widen(|c| half::bf16::from_le_bytes([c[0], c[1]]).to_f32(), 2),
        StDtype::F64 => widen(|c| f64::from_le_bytes(c.try_into().unwrap()) as f32, 8),
        StDtype::BOOL => keep(DType::Pred),
        StDtype::U8 => keep(DType::U8),
        StDtype::U32 => keep(DType::U32),
        StDtype::U64 => keep(DType::U64),
        StDtype::I32 => keep(DType::S32),
        StDtype::I64 => keep(DType::S64),
        other => bail!("element type {other} is not supported"),
    }
}

// ---------------------------------------------------------------------------
// ViT parameters

/// Things worth telling the user about a load that still succeeded.
#[derive(Clone, Debug, Default)]
pub struct LoadReport {
    pub notes: Vec<String>,
    /// The classification head was drawn fresh instead of loaded.
    pub classifier_reinitialized: bool,
}

/// The ViT parameters of a checkpoint directory in `cfg.param_specs()` order. `cfg` carries the
/// labels training wants; a classifier of another size (or none, for `ViTModel` weights) is
/// re-initialized from `seed`.
pub fn load_vit_params(dir: &Path, cfg: &VitConfig, seed: u64) -> Result<(Vec<HostTensor>, LoadReport)> {
    let source = weights_path(dir)?;
    let tensors = load_tensors(dir)?;
    vit_params_from_tensors(tensors, cfg, seed, &source)
}

/// `load_vit_params` for tensors already in memory; `source` only names them in messages.
pub fn vit_params_from_tensors(
    mut tensors: BTreeMap<String, HostTensor>,
    cfg: &VitConfig,
    seed: u64,
    source: &Path,
) -> Result<(Vec<HostTensor>, LoadReport)> {
    let src = source.display();
    // ViTForImageClassification prefixes the backbone with "vit."; ViTModel does not.
    let prefix = if tensors.keys().any(|k| k.starts_with("vit.")) { "vit." } else { "" };
    ensure!(
        tensors.contains_key(&format!("{prefix}embeddings.cls_token")),
        "{src} does not look like a ViT checkpoint: no tensor vit.embeddings.cls_token or embeddings.cls_token"
    );
    // Extra or missing layers mean the config describes another model: say so once, not per tensor.
    let layer_key = format!("{prefix}encoder.layer.");
    let ckpt_layers = tensors
        .keys()
        .filter_map(|k| k.strip_prefix(&layer_key)?.split('.').next()?.parse::<i64>().ok())
        .max()
        .map_or(0, |m| m + 1);
    ensure!(
        ckpt_layers == cfg.num_hidden_layers,
        "{src} has {ckpt_layers} encoder layers, but the config says num_hidden_layers = {}",
        cfg.num_hidden_layers
    );

    let mut report = LoadReport::default();
    let specs = cfg.param_specs();
    let mut params = Vec::with_capacity(specs.len());
    let (labels, d) = (cfg.labels.len() as i64, cfg.hidden_size);
    // The backbone first: when the config does not fit, the first tensor in spec order is the one to report.
    for (name, dims) in specs.iter().filter(|(n, _)| !n.starts_with("classifier.")) {
        let key = format!("{prefix}{}", name.strip_prefix("vit.").unwrap_or(name));
        let t = tensors.remove(&key).ok_or_else(|| anyhow!("{src} has no tensor {key} (config needs shape {dims:?})"))?;
        check_f32(&t, &key, dims, &src.to_string())?;
        params.push(t);
    }
    // param_specs ends with the classifier weight and bias.
    let (w, b) = match classifier_from_checkpoint(&mut tensors, labels, d, &src.to_string())? {
        Some(head) => head,
        None => {
            report.notes.push(match tensors.get("classifier.weight") {
                Some(w) => format!("classifier re-initialized: checkpoint has {} labels, training uses {labels}", w.dims[0]),
                None => format!(
                    "classifier re-initialized: checkpoint has no classifier (ViTModel weights), training uses {labels} labels"
                ),
            });
            report.classifier_reinitialized = true;
            tensors.remove("classifier.weight");
            tensors.remove("classifier.bias");
            init_classifier(labels, d, cfg.initializer_range, seed)?
        }
    };
    params.push(w);
    params.push(b);
    debug_assert_eq!(params.len(), specs.len());

    let (pooler, unexpected): (Vec<String>, Vec<String>) =
        tensors.into_keys().partition(|k| k.starts_with("pooler.") || k.starts_with("vit.pooler."));
    if !pooler.is_empty() {
        report.notes.push(format!("ignored {} pooler tensors (the classifier reads the CLS token directly)", pooler.len()));
    }
    if !unexpected.is_empty() {
        let shown: Vec<&str> = unexpected.iter().take(5).map(String::as_str).collect();
        let more = if unexpected.len() > shown.len() { format!(" and {} more", unexpected.len() - shown.len()) } else { String::new() };
        report.notes.push(format!("ignored {} unexpected tensors in {src}: {}{more}", unexpected.len(), shown.join(", ")));
    }
    Ok((params, report))
}

fn check_f32(t: &HostTensor, name: &str, dims: &[i64], src: &str) -> Result<()> {
    ensure!(t.dims == dims, "{name}: checkpoint has {:?}, config needs {dims:?} ({src})", t.dims);
    ensure!(t.dtype == DType::F32, "{name}: checkpoint holds {}, expected a floating-point tensor ({src})", t.dtype);
    Ok(())
}

/// The checkpoint's classifier if it fits `labels` x `hidden`; `None` if absent or sized for other labels.
fn classifier_from_checkpoint(
    tensors: &mut BTreeMap<String, HostTensor>,
    labels: i64,
    hidden: i64,
    src: &str,
) -> Result<Option<(HostTensor, HostTensor)>> {
    let Some(w) = tensors.get("classifier.weight") else {
        return Ok(None);
    };
    // A head for another hidden size means the backbone does not match either; that is an error.
    ensure!(
        w.dims.len() == 2 && w.dims[1] == hidden,
        "classifier.weight: checkpoint has {:?}, config needs [{labels}, {hidden}] ({src})",
        w.dims
    );
    if w.dims[0] != labels {
        return Ok(None);
    }
    let w = tensors.remove("classifier.weight").unwrap();
    check_f32(&w, "classifier.weight", &[labels, hidden], src)?;
    let b = tensors
        .remove("classifier.bias")
        .ok_or_else(|| anyhow!("{src} has classifier.weight but no tensor classifier.bias"))?;
    check_f32(&b, "classifier.bias", &[labels], src)?;
    Ok(Some((w, b)))
}

/// A fresh head as HF initializes one: weight ~ N(0, initializer_range), bias 0.
pub fn init_classifier(labels: i64, hidden: i64, std: f64, seed: u64) -> Result<(HostTensor, HostTensor)> {
    let mut rng = rand_pcg::Pcg64::seed_from_u64(seed);
    let normal = Normal::new(0.0, std).map_err(|e| anyhow!("initializer_range {std}: {e}"))?;
    let w: Vec<f32> = (0..labels * hidden).map(|_| normal.sample(&mut rng) as f32).collect();
    Ok((HostTensor::from_f32(&[labels, hidden], &w)?, HostTensor::zeros(DType::F32, &[labels])))
}

// ---------------------------------------------------------------------------
// Saving

/// Writes `config.json`, `preprocessor_config.json` and `model.safetensors` (f32, `{"format": "pt"}`
/// as transformers requires) so that `ViTForImageClassification.from_pretrained(dir)` loads it.
/// Each file appears atomically; `params` must be exactly `cfg.param_specs()` (any order).
pub fn save_hf_dir(dir: &Path, cfg: &VitConfig, pre: &Preprocessor, params: &[(String, HostTensor)]) -> Result<()> {
    let specs = cfg.param_specs();
    ensure!(
        params.len() == specs.len(),
        "save {}: {} tensors given, the config describes {}",
        dir.display(),
        params.len(),
        specs.len()
    );
    let by_name: HashMap<&str, &HostTensor> = params.iter().map(|(n, t)| (n.as_str(), t)).collect();
    ensure!(by_name.len() == params.len(), "save {}: duplicate tensor names", dir.display());
    for (name, dims) in &specs {
        let t = by_name.get(name.as_str()).ok_or_else(|| anyhow!("save {}: tensor {name} is missing", dir.display()))?;
        ensure!(&t.dims == dims, "save {}: {name} has shape {:?}, config needs {dims:?}", dir.display(), t.dims);
    }

    std::fs::create_dir_all(dir).with_context(|| format!("cannot create {}", dir.display()))?;

    // Convert everything first, so that a bad tensor fails before any file is replaced.
    let f32_data: Vec<(&str, Cow<[u8]>)> = params
        .iter()
        .map(|(name, t)| -> Result<_> {
            Ok(match t.dtype {
                DType::F32 => (name.as_str(), Cow::Borrowed(t.data.as_slice())),
                d if d.is_float() => {
                    let v: Vec<f32> = t.to_f64_lossy()?.into_iter().map(|x| x as f32).collect();
                    (name.as_str(), Cow::Owned(HostTensor::from_f32(&t.dims, &v)?.data))
                }
                other => bail!("save {}: {name} holds {other}, expected floats", dir.display()),
            })
        })
        .collect::<Result<_>>()?;
    let views: Vec<(&str, TensorView)> = f32_data
        .iter()
        .zip(params)
        .map(|((name, data), (_, t))| {
            let shape = t.dims.iter().map(|&d| d as usize).collect();
            Ok((*name, TensorView::new(StDtype::F32, shape, data)?))
        })
        .collect::<Result<_>>()?;
    let metadata = HashMap::from([("format".to_string(), "pt".to_string())]);

    // Weights first and config last: a reader that sees the new config also sees the new weights.
    crate::files::replace_with(&dir.join(WEIGHTS_FILE), |path| {
        safetensors::serialize_to_file(views, Some(metadata), path).map_err(anyhow::Error::from)
    })?;
    crate::files::replace_with(&dir.join(PREPROCESSOR_FILE), |path| write_json(path, &pre.to_json()))?;
    crate::files::replace_with(&dir.join(CONFIG_FILE), |path| write_json(path, &cfg.to_json()))?;
    sync_dir(dir);
    Ok(())
}

/// As transformers writes configs: indent 2, sorted keys, trailing newline.
fn write_json(path: &Path, value: &serde_json::Value) -> Result<()> {
    let mut text = serde_json::to_string_pretty(value)?;
    text.push('\n');
    std::fs::write(path, text)?;
    Ok(())
}

/// Makes the renames durable; best effort, as not every platform can fsync a directory.
fn sync_dir(dir: &Path) {
    if let Ok(d) = File::open(dir) {
        let _ = d.sync_all();
    }
}

/// The model config and preprocessor named by `--model` or `--config`.
pub fn model_config(model: Option<&str>, config: Option<&str>) -> Result<(VitConfig, Preprocessor)> {
    if let Some(m) = model {
        let dir = resolve_model(m)?;
        let cfg = VitConfig::from_json_file(&dir.join("config.json"))?;
        let pre = Preprocessor::load_or_default(&dir, &cfg)?;
        if pre.height != cfg.image_size || pre.width != cfg.image_size {
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
    let cfg = match config {
        None | Some("tiny") => VitConfig::tiny(),
        Some("vit-b16") => VitConfig::vit_b16(),
        Some(path) => {
            let p = Path::new(path);
            if !p.exists() {
                bail!("--config {path}: not `vit-b16`, `tiny`, or an existing config.json");
            }
            VitConfig::from_json_file(p)?
        }
    };
    let pre = Preprocessor::for_config(&cfg);
    Ok((cfg, pre))
}

/// Fresh weights for training from scratch, as transformers' `ViTPreTrainedModel._init_weights`
/// draws them: matrices, CLS token and position embeddings ~ N(0, initializer_range) (truncated
/// at 2 std), biases 0, LayerNorm weights 1 and biases 0.
pub fn init_vit_params(cfg: &VitConfig, seed: u64) -> Vec<HostTensor> {
    let mut rng = rand_pcg::Pcg64::seed_from_u64(seed);
    let std = cfg.initializer_range;
    let normal = Normal::new(0.0, 1.0).expect("unit normal");
    cfg.param_specs()
        .iter()
        .map(|(name, dims)| {
            let n = crate::host::element_count(dims);
            let is_ln = name.contains("layernorm");
            let values: Vec<f32> = if is_ln && name.ends_with(".weight") {
                vec![1.0; n]
            } else if name.ends_with(".bias") {
                vec![0.0; n]
            } else {
                (0..n)
                    .map(|_| loop {
                        let z: f64 = normal.sample(&mut rng);
                        if z.abs() <= 2.0 {
                            break (z * std) as f32;
                        }
                    })
                    .collect()
            };
            HostTensor::from_f32(dims, &values).expect("element count matches dims")
        })
        .collect()
}

/// The safetensors element type of a `DType`.
pub fn st_dtype(d: DType) -> Result<StDtype> {
    Ok(match d {
        DType::Pred => StDtype::BOOL,
        DType::U8 => StDtype::U8,
        DType::U32 => StDtype::U32,
        DType::U64 => StDtype::U64,
        DType::S32 => StDtype::I32,
        DType::S64 => StDtype::I64,
        DType::F16 => StDtype::F16,
        DType::BF16 => StDtype::BF16,
        DType::F32 => StDtype::F32,
        DType::F64 => StDtype::F64,
    })
}
