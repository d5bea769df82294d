//! The resume state: everything a stopped run needs to end with the same
//! weights, bit for bit, as one that never stopped. The device state
//! (parameters, moments, step, metric sums) goes to `resume/state.safetensors`,
//! the host's position (epoch, batch, history) to `resume/progress.json`.
//! The RNG needs nothing: augmentation draws from the seed and the step, and
//! each epoch's order from the seed and the epoch.

use super::EpochRecord;
use crate::host::HostTensor;
use crate::model::vit_config::VitConfig;
use crate::state_layout::StateLayout;
use anyhow::{bail, ensure, Context, Result};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::path::Path;

/// The running sums of the on-device accumulator (`state_layout::METRIC_SLOTS`) as read, or
/// the difference of two readings: a window's or an epoch's.
#[derive(Clone, Copy, Debug, Default, Serialize, Deserialize, PartialEq)]
pub struct Sums {
    pub loss: f64,
    pub correct: f64,
    pub grad_norm: f64,
    pub steps: f64,
}

impl Sums {
    /// The sums of a reading of the accumulator.
    pub fn read(m: &[f32]) -> Sums {
        Sums { loss: m[0] as f64, correct: m[1] as f64, grad_norm: m[2] as f64, steps: m[3] as f64 }
    }

    /// What was added between reading `earlier` and this one (exact: f32 values differ exactly
    /// in f64).
    pub fn since(&self, earlier: &Sums) -> Sums {
        Sums { loss: self.loss - earlier.loss, correct: self.correct - earlier.correct, grad_norm: self.grad_norm - earlier.grad_norm, steps: self.steps - earlier.steps }
    }

    pub fn mean_loss(&self) -> f64 {
        self.loss / self.steps.max(1.0)
    }

    pub fn mean_grad_norm(&self) -> f64 {
        self.grad_norm / self.steps.max(1.0)
    }

    pub fn accuracy(&self, batch: f64) -> f64 {
        self.correct / (self.steps.max(1.0) * batch)
    }
}

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
    /// The epoch's sums as last pulled.
    pub epoch_sums: Sums,
    /// The accumulator as read when the epoch began and at the last pull: a window's and an
    /// epoch's figures are the sums read now less these.
    #[serde(default)]
    pub epoch_start: Sums,
    #[serde(default)]
    pub window_start: Sums,
    /// What the run trains on, so a resume on changed data is refused.
    pub train_images: usize,
    pub steps_per_epoch: usize,
    /// The classes in label order (empty in a state saved before they were recorded).
    #[serde(default)]
    pub classes: Vec<String>,
    /// The training split's decode-cache key: it changes with any file's size or modification time.
    #[serde(default)]
    pub train_data: Option<String>,
    /// Why the run ended before its last epoch (early stopping), if it did.
    #[serde(default)]
    pub stopped_early: Option<String>,
}

impl Progress {
    /// Whether the position is one a run saves: a step boundary inside an epoch (an epoch's end
    /// is batch 0 of the next), with a record for every epoch done.
    fn adds_up(&self) -> bool {
        self.steps_per_epoch > 0
            && self.batch < self.steps_per_epoch
            && self.history.len() == self.epoch
            && (self.epoch as u64).checked_mul(self.steps_per_epoch as u64).and_then(|n| n.checked_add(self.batch as u64)) == Some(self.global_step)
    }
}

const DIR: &str = "resume";
const STATE: &str = "state.safetensors";
const PROGRESS: &str = "progress.json";

/// The state `train` keeps: the train step's with its metric sums, and the recipe's.
pub fn layout(cfg: &VitConfig, recipe: &crate::recipe::Recipe) -> StateLayout {
    crate::train_step::StepOptions { accumulate: true, steps_per_call: 1, recipe: *recipe }.layout(&crate::model::vit::params(cfg))
}

/// Writes `resume/` whole or not at all: a new folder is filled, then swapped in.
pub fn save(out: &Path, layout: &StateLayout, progress: &Progress, state: &[HostTensor]) -> Result<()> {
    let names = layout.names();
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

/// The folder holding the newest complete state: `resume/`, or the previous copy when a save was
/// cut off between its two renames.
fn current(out: &Path) -> Option<std::path::PathBuf> {
    [out.join(DIR), out.join(format!(".{DIR}.old"))].into_iter().find(|d| d.join(PROGRESS).is_file())
}

/// Whether `out` holds a run that can be resumed.
pub fn exists(out: &Path) -> bool {
    current(out).is_some()
}

/// Reads the saved progress and state tensors (by name).
pub fn load(out: &Path) -> Result<(Progress, BTreeMap<String, HostTensor>)> {
    let Some(dir) = current(out) else {
        if out.join(super::outputs::CONFIG_FILE).is_file() {
            bail!(
                "{}: the run stopped before its first saved state (it has {} but no {DIR}/), so there is nothing to resume; remove the folder, or choose another --out, and start the run again",
                out.display(),
                super::outputs::CONFIG_FILE
            );
        }
        bail!("{}: no resume state (expected {}); was the run started with this --out?", out.display(), out.join(DIR).display());
    };
    let ppath = dir.join(PROGRESS);
    let text = std::fs::read_to_string(&ppath).with_context(|| format!("cannot read {}", ppath.display()))?;
    let progress: Progress = serde_json::from_str(&text).with_context(|| format!("{} is not a resume state", ppath.display()))?;
    ensure!(
        progress.adds_up(),
        "{}: the position it holds (epoch {}, batch {}, step {}, {} steps per epoch, {} epochs recorded) does not add up; the file was edited or damaged",
        ppath.display(),
        progress.epoch,
        progress.batch,
        progress.global_step,
        progress.steps_per_epoch,
        progress.history.len()
    );
    let tensors = crate::checkpoint::read_safetensors(&dir.join(STATE))?;
    Ok((progress, tensors))
}

/// The state tensors in the train step's input order, checked against the model.
pub fn check_shapes(mut tensors: BTreeMap<String, HostTensor>, layout: &StateLayout, out: &Path) -> Result<Vec<HostTensor>> {
    let src = out.join(DIR).join(STATE);
    let mut state = vec![];
    for (name, spec) in layout.specs() {
        let t = tensors.remove(&name).with_context(|| format!("{}: tensor {name} is missing", src.display()))?;
        ensure!(
            name != crate::state_layout::Part::Metrics.name() || t.dims == spec.dims,
            "{}: its metric accumulator has {:?} slots, this xlavit keeps {:?}: the run was saved by an older xlavit; finish it with that version, or start it again",
            src.display(),
            t.dims,
            spec.dims
        );
        ensure!(
            t.dims == spec.dims && t.dtype == spec.dtype,
            "{}: {name} is {} {:?}, the model needs {} {:?}",
            src.display(),
            t.dtype,
            t.dims,
            spec.dtype,
            spec.dims
        );
        state.push(t);
    }
    Ok(state)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_saved_position_adds_up_and_an_edited_one_does_not() {
        let record = EpochRecord::default();
        let saved = Progress { epoch: 2, batch: 3, global_step: 2 * 10 + 3, steps_per_epoch: 10, history: vec![record.clone(), record], ..Default::default() };
        assert!(saved.adds_up());
        let finished = Progress { epoch: 2, batch: 0, global_step: 20, ..saved.clone() };
        assert!(finished.adds_up());
        assert!(!Progress { batch: 999, ..saved.clone() }.adds_up(), "a batch beyond the epoch");
        assert!(!Progress { global_step: 7, ..saved.clone() }.adds_up(), "a step that is not epoch x steps + batch");
        assert!(!Progress { history: vec![], ..saved.clone() }.adds_up(), "epochs done without their records");
        assert!(!Progress { steps_per_epoch: 0, batch: 0, global_step: 0, ..saved.clone() }.adds_up(), "no steps per epoch");
        assert!(!Progress { steps_per_epoch: usize::MAX, ..saved }.adds_up(), "a count that overflows is refused, not wrapped");
    }
}
