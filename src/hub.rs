//! Reaching the Hugging Face Hub: settings from the same environment variables
//! as the Python `huggingface_hub`, and the `hf-hub` client built from them.
//! Models (`checkpoint`) and datasets (`data::dataset`) are fetched through it.

use anyhow::{anyhow, bail, Context, Result};
use std::path::{Path, PathBuf};

/// Where and how to reach the Hugging Face Hub; `from_env` reads the same
/// variables as the Python `huggingface_hub`.
#[derive(Clone, Debug)]
pub struct HubOptions {
    /// The hub cache (`.../huggingface/hub`, holding `models--org--name`).
    pub cache_dir: PathBuf,
    /// Look only in the cache, never on the network.
    pub offline: bool,
    pub endpoint: Option<String>,
    pub token: Option<String>,
    pub progress: bool,
}

fn env_nonempty(key: &str) -> Option<String> {
    std::env::var(key).ok().filter(|v| !v.trim().is_empty())
}

/// `huggingface_hub`'s notion of a true environment flag.
pub fn env_flag_is_true(value: Option<&str>) -> bool {
    value.is_some_and(|v| matches!(v.trim().to_ascii_uppercase().as_str(), "1" | "ON" | "YES" | "TRUE"))
}

impl HubOptions {
    pub fn from_env() -> Result<HubOptions> {
        let hf_home = env_nonempty("HF_HOME").map(PathBuf::from).or_else(|| {
            let cache = env_nonempty("XDG_CACHE_HOME")
                .map(PathBuf::from)
                .or_else(|| env_nonempty("HOME").map(|h| Path::new(&h).join(".cache")))?;
            Some(cache.join("huggingface"))
        });
        let cache_dir = env_nonempty("HF_HUB_CACHE")
            .or_else(|| env_nonempty("HUGGINGFACE_HUB_CACHE"))
            .map(PathBuf::from)
            .or_else(|| hf_home.map(|h| h.join("hub")))
            .ok_or_else(|| anyhow!("cannot locate the Hugging Face cache: set HF_HOME or HF_HUB_CACHE"))?;
        let offline = env_flag_is_true(env_nonempty("HF_HUB_OFFLINE").or_else(|| env_nonempty("TRANSFORMERS_OFFLINE")).as_deref());
        Ok(HubOptions {
            cache_dir,
            offline,
            endpoint: env_nonempty("HF_ENDPOINT"),
            token: env_nonempty("HF_TOKEN"),
            progress: true,
        })
    }
}

/// Hub ids are `name` or `org/name` of word characters, '-' and '.'; anything else was meant as a path.
pub fn looks_like_hub_id(spec: &str) -> bool {
    let parts: Vec<&str> = spec.split('/').collect();
    parts.len() <= 2
        && parts.iter().all(|p| {
            !p.is_empty()
                && !p.starts_with('.')
                && !p.contains("..")
                && p.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'))
        })
}

/// The `hf-hub` client for `opts` (online; the caller checks `opts.offline` first).
pub fn api(opts: &HubOptions) -> Result<hf_hub::api::sync::Api> {
    let cache = hf_hub::Cache::new(opts.cache_dir.clone());
    let mut builder = hf_hub::api::sync::ApiBuilder::from_cache(cache).with_progress(opts.progress);
    if let Some(e) = &opts.endpoint {
        builder = builder.with_endpoint(e.clone());
    }
    if let Some(t) = &opts.token {
        builder = builder.with_token(Some(t.clone()));
    }
    builder.build().context("cannot set up the Hugging Face Hub client")
}

/// The local folder holding `id`'s parquet shards (as symlinks into the hub cache).
pub fn fetch_dataset_parquet(id: &str) -> Result<PathBuf> {
    let opts = HubOptions::from_env()?;
    let repo_dir = opts.cache_dir.join(format!("datasets--{}", id.replace('/', "--")));
    if opts.offline {
        // The cache's snapshot of `main`, as huggingface_hub lays it out.
        let rev = std::fs::read_to_string(repo_dir.join("refs/main")).ok();
        return match rev {
            Some(r) if repo_dir.join("snapshots").join(r.trim()).is_dir() => Ok(repo_dir.join("snapshots").join(r.trim())),
            _ => bail!("dataset '{id}' is not in the Hugging Face cache {} and HF_HUB_OFFLINE is set", opts.cache_dir.display()),
        };
    }
    let repo = api(&opts)?.dataset(id.to_string());
    let info = repo.info().map_err(|e| {
        anyhow!("cannot reach dataset '{id}' on the Hugging Face Hub ({e}); offline? pass a local folder with --data")
    })?;
    let files: Vec<String> =
        info.siblings.into_iter().map(|s| s.rfilename).filter(|f| f.ends_with(".parquet")).collect();
    if files.is_empty() {
        bail!("dataset '{id}' on the Hugging Face Hub has no parquet files");
    }
    let mut dir = None;
    for f in &files {
        let local = repo.get(f).map_err(|e| anyhow!("downloading {f} of dataset '{id}': {e}"))?;
        // Shards keep their repo-relative path (data/train-...), so the snapshot root is the dataset folder.
        let depth = f.matches('/').count() + 1;
        let mut root = local.clone();
        for _ in 0..depth {
            root.pop();
        }
        dir.get_or_insert(root);
    }
    Ok(dir.expect("at least one file"))
}
