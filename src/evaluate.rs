//! `xlavit eval`: a checkpoint over a dataset's validation split: loss,
//! accuracy, per-class accuracy and the confusion matrix (CSV and PNG).

use crate::data::cache::{default_cache_root, Cache};
use crate::data::dataset::Split;
use crate::runtime::Client;
use anyhow::{ensure, Context, Result};
use std::path::{Path, PathBuf};
use std::sync::Arc;

pub struct EvalOptions {
    pub model: String,
    pub data: String,
    pub num_classes: Option<usize>,
    pub image_size: Option<u32>,
    pub batch_size: usize,
    pub out: PathBuf,
    pub cache_dir: Option<PathBuf>,
    pub numerics: crate::model::Numerics,
    pub tta: crate::recipe::Tta,
}

pub struct EvalResult {
    pub loss: f64,
    pub accuracy: f64,
    pub count: usize,
    /// rows: true class, columns: predicted.
    pub confusion: Vec<Vec<u64>>,
}

pub fn run(o: &EvalOptions, client: &Client) -> Result<EvalResult> {
    let dir = crate::checkpoint::resolve_model(&o.model)?;
    let (cfg, pre) = crate::checkpoint::model_config(Some(dir.to_str().unwrap_or(&o.model)), None)?;
    let (cfg, pre) = crate::checkpoint::at_image_size(cfg, pre, o.image_size)?;
    let classes = cfg.labels.len();
    crate::files::output_folder(&o.out, "--out")?;
    let (params, _) = crate::checkpoint::load_trained_vit_params(&dir, &cfg, "eval")?;
    // A model fine-tuned on the first N classes evaluates on those N by default.
    let (ds, available) = crate::data::dataset::Dataset::open_for_labels(&o.data, &cfg.labels)?;
    if let Some(n) = o.num_classes {
        ensure!(n == classes, "--num-classes {n}: the model {} has {classes} classes; evaluate it on that many", dir.display());
    }
    ensure!(
        available >= classes,
        "{}: the model has {classes} classes, the dataset {} only {available}: it was trained on another dataset",
        dir.display(),
        o.data
    );
    for n in &ds.notices {
        eprintln!("{n}");
    }
    let differing = ds.classes.iter().zip(&cfg.labels).filter(|(a, b)| a != b).count();
    if differing > 0 {
        eprintln!("warning: {differing} of the model's label names differ from the dataset's class names; labels are matched by index");
    }
    let size = cfg.input_size() as u32;
    let root = o.cache_dir.clone().unwrap_or_else(default_cache_root);
    let (val, rep) = Cache::open_or_build(&ds, Split::Validation, size, &root, &|_, _| {})?;
    crate::data::cache::report_lines(Split::Validation, &val, &rep).iter().for_each(|l| eprintln!("{l}"));
    let val = Arc::new(val);
    // Data-parallel over every device; the last batch is padded anyway, so round up.
    let devices = client.addressable_device_count();
    let eb = o.batch_size.min(val.len()).div_ceil(devices) * devices;
    let mut f = crate::train_step::vit_eval_accumulating(&cfg, &pre, eb as i64, o.numerics, o.tta)?;
    crate::train_step::split_eval(&mut f, devices)?;
    let exe = client.compile(&crate::emit::program(&f)?).context("compiling the eval program")?;
    let weights = params.iter().map(|p| crate::feed::scatter(client, p, devices, None)).collect::<Result<Vec<_>>>()?;
    let mut confusion = vec![vec![0u64; classes]; classes];
    // Every batch's predictions feed the confusion matrix.
    let sums = crate::feed::eval_pass(client, &exe, &weights, &val, eb, |_| true, |b, predictions| {
        for i in 0..b.valid {
            confusion[b.labels[i] as usize][predictions[i] as usize] += 1;
        }
    })?;
    let count = val.len();
    let result = EvalResult { loss: sums.loss / count as f64, accuracy: sums.correct / count as f64, count, confusion };
    write_outputs(&o.out, &cfg.labels, &result)?;
    println!("{count} validation images: loss {:.4}, accuracy {:.2}%", result.loss, result.accuracy * 100.0);
    println!("per class:");
    for (c, row) in result.confusion.iter().enumerate() {
        let n: u64 = row.iter().sum();
        if n == 0 {
            println!("  {:>7}  ({:>4}/{:<4})  {} (no validation image)", "-", 0, 0, cfg.labels[c]);
        } else {
            println!("  {:6.2}%  ({:>4}/{:<4})  {}", 100.0 * row[c] as f64 / n as f64, row[c], n, cfg.labels[c]);
        }
    }
    println!("wrote {}", o.out.display());
    Ok(result)
}

fn write_outputs(out: &Path, labels: &[String], r: &EvalResult) -> Result<()> {
    let quote = |s: &str| format!("\"{}\"", s.replace('"', "\"\""));
    let mut csv = String::from("true\\predicted");
    for l in labels {
        csv.push(',');
        csv.push_str(&quote(l));
    }
    csv.push('\n');
    for (c, row) in r.confusion.iter().enumerate() {
        csv.push_str(&quote(&labels[c]));
        for v in row {
            csv.push_str(&format!(",{v}"));
        }
        csv.push('\n');
    }
    crate::files::replace(&out.join("confusion.csv"), csv.as_bytes())?;
    crate::plots::confusion(&out.join("confusion.png"), labels, &r.confusion)?;
    let per_class: Vec<serde_json::Value> = r
        .confusion
        .iter()
        .enumerate()
        .map(|(c, row)| {
            let n: u64 = row.iter().sum();
            serde_json::json!({"class": labels[c], "count": n, "correct": row[c], "accuracy": if n > 0 { serde_json::json!(row[c] as f64 / n as f64) } else { serde_json::Value::Null }})
        })
        .collect();
    let v = serde_json::json!({"count": r.count, "loss": r.loss, "accuracy": r.accuracy, "per_class": per_class});
    crate::files::replace(&out.join("eval.json"), (serde_json::to_string_pretty(&v)? + "\n").as_bytes())
}
