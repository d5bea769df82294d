//! `xlavit predict`: decode, resize on the host as HF's image processor
//! does, run the compiled eval program, print the top labels.

use crate::host::HostTensor;
use crate::model::preprocessor::Preprocessor;
use crate::model::vit_config::VitConfig;
use crate::runtime::Arg;
use anyhow::{Context, Result};
use std::path::PathBuf;

pub struct Prediction {
    pub file: PathBuf,
    pub logits: Vec<f32>,
    pub probabilities: Vec<f64>,
    /// (class index, probability), best first.
    pub top: Vec<(usize, f64)>,
}

fn softmax(logits: &[f32]) -> Vec<f64> {
    let m = logits.iter().fold(f32::NEG_INFINITY, |a, &b| a.max(b)) as f64;
    let e: Vec<f64> = logits.iter().map(|&l| (l as f64 - m).exp()).collect();
    let s: f64 = e.iter().sum();
    e.iter().map(|v| v / s).collect()
}

/// Images per call of the eval program; the last batch is padded and masked.
pub const PREDICT_BATCH: usize = 16;

pub fn predict(
    client: &crate::runtime::Client,
    cfg: &VitConfig,
    pre: &Preprocessor,
    params: &[HostTensor],
    images: &[(PathBuf, Vec<u8>)],
    top_k: usize,
    tta: crate::recipe::Tta,
) -> Result<Vec<Prediction>> {
    let n = images.len().min(PREDICT_BATCH);
    let (h, w) = (pre.height, pre.width);
    let f = crate::train_step::vit_eval(cfg, pre, n as i64, Default::default(), tta)?;
    let exe = client.compile(&crate::emit::program(&f)?).context("compiling the eval program")?;
    let logits_out = exe.signature().output("logits")?;
    let weights = params.iter().map(|p| client.to_device(p, 0)).collect::<Result<Vec<_>>>()?;
    let labels = client.to_device(&HostTensor::from_i32(&[n as i64], &vec![0; n])?, 0)?;
    let classes = cfg.labels.len();
    let mut out = vec![];
    for chunk in images.chunks(n) {
        let mut data: Vec<u8> = chunk.iter().flat_map(|(_, px)| px.iter().copied()).collect();
        // Pad a short last batch with zero images; their rows are dropped below.
        data.resize(n * (h * w * 3) as usize, 0);
        let batch = HostTensor::from_u8(&[n as i64, h, w, 3], &data)?;
        let mask: Vec<f32> = (0..n).map(|i| if i < chunk.len() { 1.0 } else { 0.0 }).collect();
        let images = client.to_device(&batch, 0)?;
        let mask = client.to_device(&HostTensor::from_f32(&[n as i64], &mask)?, 0)?;
        let mut args: Vec<Arg> = weights.iter().map(Arg::Borrow).collect();
        args.extend([Arg::Borrow(&images), Arg::Borrow(&labels), Arg::Borrow(&mask)]);
        let logits = exe.execute(args)?[logits_out].to_host()?.to_f32()?;
        for (i, (file, _)) in chunk.iter().enumerate() {
            let l = logits[i * classes..(i + 1) * classes].to_vec();
            let p = softmax(&l);
            let mut order: Vec<usize> = (0..classes).collect();
            order.sort_by(|&a, &b| p[b].total_cmp(&p[a]).then(a.cmp(&b)));
            let top = order.into_iter().take(top_k).map(|k| (k, p[k])).collect();
            out.push(Prediction { file: file.clone(), logits: l, probabilities: p, top });
        }
    }
    Ok(out)
}

pub fn run(client: &crate::runtime::Client, model: &str, image_size: Option<u32>, files: &[PathBuf], top_k: usize, json: bool, tta: crate::recipe::Tta) -> Result<()> {
    let dir = crate::checkpoint::resolve_model(model)?;
    let (cfg, pre) = crate::checkpoint::model_config(Some(dir.to_str().unwrap_or(model)), None)?;
    let (cfg, pre) = crate::checkpoint::at_image_size(cfg, pre, image_size)?;
    for difference in pre.differences() {
        eprintln!("warning: {difference}");
    }
    let (params, report) = crate::checkpoint::load_trained_vit_params(&dir, &cfg, "predict")?;
    for note in &report.notes {
        eprintln!("note: {note}");
    }
    // A file that cannot be read is reported, and the others are still predicted.
    // Each file is decoded and resized once, here; one that cannot be is reported below.
    let mut readable = vec![];
    let mut failed: Vec<(String, String)> = vec![];
    for f in files {
        match crate::data::load_resized(f, pre.width as u32, pre.height as u32) {
            Ok(px) => readable.push((f.clone(), px)),
            Err(e) => failed.push((f.display().to_string(), format!("{e:#}"))),
        }
    }
    match (readable.is_empty(), failed.as_slice()) {
        (true, [(_, only)]) => anyhow::bail!("{only}"),
        (true, _) => anyhow::bail!("none of the {} images could be read: {}", files.len(), failed.iter().map(|(_, e)| e.as_str()).collect::<Vec<_>>().join("; ")),
        _ => {
            for (_, e) in &failed {
                eprintln!("error: {e}");
            }
        }
    }
    let failed: Vec<String> = failed.into_iter().map(|(f, _)| f).collect();
    let preds = predict(client, &cfg, &pre, &params, &readable, top_k, tta)?;
    let label = |k: usize| cfg.labels.get(k).cloned().unwrap_or_else(|| format!("LABEL_{k}"));
    if json {
        // A struct keeps f32 logits in their shortest f32 form (json! would widen them to f64 digits).
        #[derive(serde::Serialize)]
        struct Top {
            index: usize,
            label: String,
            probability: f64,
        }
        #[derive(serde::Serialize)]
        struct Out<'a> {
            file: String,
            logits: &'a [f32],
            probabilities: &'a [f64],
            top_k: Vec<Top>,
        }
        let v: Vec<Out> = preds
            .iter()
            .map(|p| Out {
                file: p.file.display().to_string(),
                logits: &p.logits,
                probabilities: &p.probabilities,
                top_k: p.top.iter().map(|&(k, pr)| Top { index: k, label: label(k), probability: pr }).collect(),
            })
            .collect();
        println!("{}", serde_json::to_string_pretty(&v)?);
    } else {
        for p in &preds {
            println!("{}", p.file.display());
            for &(k, pr) in &p.top {
                println!("  {:6.2}%  {}", pr * 100.0, label(k));
            }
        }
    }
    if !failed.is_empty() {
        anyhow::bail!("{} of {} images could not be read: {}", failed.len(), files.len(), failed.join(", "));
    }
    Ok(())
}
