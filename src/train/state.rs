//! The resume state: everything a stopped run needs to end with the same
//! weights, bit for bit, as one that never stopped. The device state
//! (parameters, moments, step, metric sums) goes to `resume/state.safetensors`,
//! the host's position (epoch, batch, history) to `resume/progress.json`.
//! The RNG needs nothing: augmentation draws from the seed and the step, and
//! each epoch's order from the seed and the epoch.

use super::EpochRecord;
use crate::host::HostTensor;
use crate::model::vit_config::VitConfig;
use anyhow::{bail, ensure, Context, Result};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::path::Path;

#[derive(Clone, Debug, Default, Serialize, Deserialize, PartialEq)]
pub struct Progress {
    /// The epoch in progress (0-based); equal to the epoch count when the run is done.
    pub epoch: usize,
    /// The next batch of that epoch.
    pub batch: usize,
    pub global_step: u64,
    pub history: Vec<EpochRecord>,
    pub best_val_accuracy: Option<f64>,
    pub best_epoch: usize,
    /// Host copy of the epoch sums as last pulled (loss, correct, grad norm, steps).
    pub epoch_sums: [f64; 4],
}

const DIR: &str = "resume";
const STATE: &str = "state.safetensors";
const PROGRESS: &str = "progress.json";

/// The state tensors' names, in the train step's input order.
fn names(cfg: &VitConfig) -> Vec<String> {
    let p: Vec<String> = cfg.param_specs().into_iter().map(|(n, _)| n).collect();
    let mut out = p.clone();
    out.extend(p.iter().map(|n| format!("mu.{n}")));
    out.extend(p.iter().map(|n| format!("nu.{n}")));
    out.push("step".into());
    out.push("metrics".into());
    out
}

/// Writes `resume/` whole or not at all: a new folder is filled, then swapped in.
pub fn save(out: &Path, cfg: &VitConfig, progress: &Progress, state: &[HostTensor]) -> Result<()> {
    let names = names(cfg);
    ensure!(names.len() == state.len(), "resume state: {} tensors for {} names", state.len(), names.len());
    let new = out.join(format!(".{DIR}.new"));
    let old = out.join(format!(".{DIR}.old"));
    let dir = out.join(DIR);
    let _ = std::fs::remove_dir_all(&new);
    std::fs::create_dir_all(&new).with_context(|| format!("cannot create {}", new.display()))?;
    let views: Vec<(String, safetensors::tensor::TensorView)> = names
        .iter()
        .zip(state)
        .map(|(n, t)| {
            let shape = t.dims.iter().map(|&d| d as usize).collect();
            Ok((n.clone(), safetensors::tensor::TensorView::new(crate::checkpoint::st_dtype(t.dtype)?, shape, &t.data)?))
        })
        .collect::<Result<_>>()?;
    let path = new.join(STATE);
    safetensors::serialize_to_file(views, None, &path).with_context(|| format!("cannot write {}", path.display()))?;
    std::fs::File::open(&path)?.sync_all()?;
    let ppath = new.join(PROGRESS);
    std::fs::write(&ppath, serde_json::to_string_pretty(progress)?).with_context(|| format!("cannot write {}", ppath.display()))?;
    std::fs::File::open(&ppath)?.sync_all()?;
    let _ = std::fs::remove_dir_all(&old);
    if dir.exists() {
        std::fs::rename(&dir, &old).with_context(|| format!("cannot move {} aside", dir.display()))?;
    }
    std::fs::rename(&new, &dir).with_context(|| format!("cannot publish {}", dir.display()))?;
    let _ = std::fs::remove_dir_all(&old);
    Ok(())
}

/// Reads `resume/` (or the previous copy, if a save was cut off between its two renames).
pub fn load(out: &Path, cfg: &VitConfig, n_params: usize) -> Result<(Progress, Vec<HostTensor>)> {
    let mut dir = out.join(DIR);
    if !dir.is_dir() && out.join(format!(".{DIR}.old")).is_dir() {
        dir = out.join(format!(".{DIR}.old"));
    }
    if !dir.is_dir() {
        bail!("{}: no resume state (expected {}); was the run started with this --out?", out.display(), dir.display());
    }
    let ppath = dir.join(PROGRESS);
    let text = std::fs::read_to_string(&ppath).with_context(|| format!("cannot read {}", ppath.display()))?;
    let progress: Progress = serde_json::from_str(&text).with_context(|| format!("{} is not a resume state", ppath.display()))?;
    let spath = dir.join(STATE);
    let mut tensors: BTreeMap<String, HostTensor> = crate::checkpoint::read_safetensors(&spath)?;
    let specs = cfg.param_specs();
    ensure!(specs.len() == n_params, "resume: the model has {} parameters, expected {n_params}", specs.len());
    let mut state = vec![];
    for (i, name) in names(cfg).into_iter().enumerate() {
        let t = tensors.remove(&name).with_context(|| format!("{}: tensor {name} is missing", spath.display()))?;
        if i < 3 * n_params {
            let dims = &specs[i % n_params].1;
            ensure!(&t.dims == dims, "{}: {name} has shape {:?}, the model needs {dims:?}", spath.display(), t.dims);
        }
        state.push(t);
    }
    Ok((progress, state))
}
