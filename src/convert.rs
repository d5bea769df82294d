//! `xlavit convert`: a checkpoint loaded (optionally with a new classifier
//! head) and saved in Hugging Face format.

use anyhow::{bail, Result};
use std::path::PathBuf;

pub struct ConvertOptions {
    pub model: String,
    pub out: PathBuf,
    /// New class names, comma-separated.
    pub labels: Option<String>,
    pub num_labels: Option<usize>,
    pub seed: u64,
}

pub fn run(args: &ConvertOptions) -> Result<()> {
    let dir = crate::checkpoint::resolve_model(&args.model)?;
    // A checkpoint is never written over another one, least of all over its own source.
    let same = |a: &std::path::Path, b: &std::path::Path| matches!((a.canonicalize(), b.canonicalize()), (Ok(x), Ok(y)) if x == y);
    if same(&dir, &args.out) {
        bail!("--out {}: this is the checkpoint being converted; write the converted one to another folder", args.out.display());
    }
    let taken: Vec<String> = crate::files::entries(&args.out)?
        .into_iter()
        .filter(|n| n == "config.json" || n == "preprocessor_config.json" || n.ends_with(".safetensors") || n.ends_with(".bin"))
        .collect();
    if !taken.is_empty() {
        bail!("--out {}: already holds a checkpoint ({}); convert writes only where none is: choose another --out, or remove it", args.out.display(), taken.join(", "));
    }
    crate::files::output_folder(&args.out, "--out")?;
    let (mut cfg, pre) = crate::checkpoint::model_config(Some(dir.to_str().unwrap_or(&args.model)), None)?;
    if let Some(l) = &args.labels {
        let labels: Vec<String> = l.split(',').map(|s| s.trim().to_string()).collect();
        let mut seen = std::collections::HashSet::new();
        if let Some(bad) = labels.iter().find(|x| x.is_empty() || !seen.insert(x.as_str())) {
            bail!("--labels: label {bad:?} is empty or repeated");
        }
        cfg = cfg.with_labels(labels);
    } else if let Some(n) = args.num_labels {
        cfg = cfg.with_labels((0..n).map(|i| format!("LABEL_{i}")).collect());
    }
    let (params, report) = crate::checkpoint::load_vit_params(&dir, &cfg, args.seed)?;
    for note in &report.notes {
        eprintln!("note: {note}");
    }
    let named: Vec<(String, crate::host::HostTensor)> =
        crate::model::vit::params(&cfg).into_iter().map(|p| p.name).zip(params).collect();
    crate::checkpoint::save_hf_dir(&args.out, &cfg, &pre, &named)?;
    println!("saved {} ({} labels) to {}", args.model, cfg.labels.len(), args.out.display());
    Ok(())
}

