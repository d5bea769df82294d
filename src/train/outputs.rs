//! What a run leaves in its output folder besides checkpoints and plots:
//! the resolved configuration, `metrics.jsonl` (every pull and every epoch)
//! and `summary.csv` (one row per epoch).

use super::TrainOptions;
use anyhow::{Context, Result};
use serde::{Deserialize, Serialize};
use std::io::Write;
use std::path::Path;

pub const CONFIG_FILE: &str = "train_config.json";
pub const METRICS_FILE: &str = "metrics.jsonl";
pub const SUMMARY_CSV: &str = "summary.csv";

/// One pull of the on-device accumulator: means over the steps since the previous pull.
#[derive(Clone, Debug, Serialize)]
pub struct StepRecord {
    #[serde(rename = "type")]
    pub kind: &'static str,
    pub epoch: usize,
    pub step: u64,
    pub loss: f64,
    pub accuracy: f64,
    pub grad_norm: f64,
    /// The learning rate of the last step in the window.
    pub lr: f64,
    pub images_per_second: f64,
    pub epoch_loss: f64,
    pub epoch_accuracy: f64,
}

#[derive(Clone, Debug, Default, Serialize, Deserialize, PartialEq)]
pub struct EpochRecord {
    /// 1-based.
    pub epoch: usize,
    pub step: u64,
    pub train_loss: f64,
    pub train_accuracy: f64,
    pub train_grad_norm: f64,
    pub val_loss: f64,
    pub val_accuracy: f64,
    /// The best validation accuracy so far.
    pub best: bool,
    pub seconds: f64,
    pub images_per_second: f64,
    /// The moving average of the weights (`--ema-decay`) on the validation split.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ema_val_loss: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ema_val_accuracy: Option<f64>,
}

pub fn write_json(path: &Path, value: &serde_json::Value) -> Result<()> {
    crate::files::replace(path, (serde_json::to_string_pretty(value)? + "\n").as_bytes())
}

pub fn write_config(out: &Path, opts: &TrainOptions) -> Result<()> {
    write_json(&out.join(CONFIG_FILE), &serde_json::to_value(opts)?)
}

pub fn read_config(out: &Path) -> Result<TrainOptions> {
    let path = out.join(CONFIG_FILE);
    let text = std::fs::read_to_string(&path).with_context(|| format!("cannot read {} (is {} a training run?)", path.display(), out.display()))?;
    serde_json::from_str(&text).with_context(|| format!("{} is not a training configuration", path.display()))
}

pub fn append_jsonl(out: &Path, value: &serde_json::Value) -> Result<()> {
    let path = out.join(METRICS_FILE);
    let mut f = std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(&path)
        .with_context(|| format!("cannot open {}", path.display()))?;
    writeln!(f, "{}", serde_json::to_string(value)?).with_context(|| format!("cannot write {}", path.display()))
}

pub fn write_summary_csv(out: &Path, history: &[EpochRecord]) -> Result<()> {
    let mut s = String::from("epoch,step,train_loss,train_accuracy,train_grad_norm,val_loss,val_accuracy,best,seconds,images_per_second\n");
    for r in history {
        s.push_str(&format!(
            "{},{},{:.6},{:.6},{:.6},{:.6},{:.6},{},{:.3},{:.1}\n",
            r.epoch, r.step, r.train_loss, r.train_accuracy, r.train_grad_norm, r.val_loss, r.val_accuracy, r.best, r.seconds, r.images_per_second
        ));
    }
    crate::files::replace(&out.join(SUMMARY_CSV), s.as_bytes())
}

/// Drops what was logged after the saved state (steps past `global_step`, epochs past
/// `epochs_done`), so a run resumed after a crash does not log those steps twice.
pub fn truncate_metrics(out: &Path, global_step: u64, epochs_done: usize) -> Result<()> {
    let path = out.join(METRICS_FILE);
    let Ok(text) = std::fs::read_to_string(&path) else { return Ok(()) };
    let keep: Vec<&str> = text
        .lines()
        .filter(|line| {
            let Ok(v) = serde_json::from_str::<serde_json::Value>(line) else { return false };
            match v["type"].as_str() {
                Some("train") => v["step"].as_u64().is_some_and(|s| s <= global_step),
                Some("epoch") => v["record"]["epoch"].as_u64().is_some_and(|e| e as usize <= epochs_done),
                _ => true,
            }
        })
        .collect();
    if keep.len() == text.lines().count() {
        return Ok(());
    }
    crate::files::replace(&path, keep.iter().map(|l| format!("{l}\n")).collect::<String>().as_bytes())
}
