//! The ViT's parameters from a checkpoint's tensors, in `VitConfig::params` order: name
//! mapping, shape checks, a fresh classifier when the classes differ, and fresh weights.

use super::*;
use crate::dtype::DType;
use crate::host::HostTensor;
use crate::model::vit_config::VitConfig;
use crate::model::ParamKind;
use anyhow::{anyhow, ensure, Result};
use rand::SeedableRng;
use rand_distr::{Distribution, Normal};
use std::collections::BTreeMap;
use std::path::Path;

/// Things worth telling the user about a load that still succeeded.
#[derive(Clone, Debug, Default)]
pub struct LoadReport {
    pub notes: Vec<String>,
    /// Why the classification head was drawn fresh instead of loaded; None when it was loaded.
    pub classifier_reinitialized: Option<String>,
}

/// The ViT parameters of a checkpoint directory in `crate::model::vit::params(cfg)` order. `cfg` carries the
/// labels training wants; a classifier of another size (or none, for `ViTModel` weights) is
/// re-initialized from `seed`.
pub fn load_vit_params(dir: &Path, cfg: &VitConfig, seed: u64) -> Result<(Vec<HostTensor>, LoadReport)> {
    let source = weights_path(dir)?;
    let tensors = load_tensors(dir)?;
    vit_params_from_tensors(tensors, cfg, seed, &source)
}

/// `load_vit_params` for commands that use the classifier as trained (`predict`, `eval`): a
/// checkpoint whose classifier does not fit its config's labels (or that has none) is refused,
/// since a head drawn at random would give answers that mean nothing.
pub fn load_trained_vit_params(dir: &Path, cfg: &VitConfig, command: &str) -> Result<(Vec<HostTensor>, LoadReport)> {
    let (params, report) = load_vit_params(dir, cfg, 0)?;
    if let Some(why) = &report.classifier_reinitialized {
        anyhow::bail!(
            "{}: no trained classifier for the {} labels of its config.json ({why}); {command} needs a fine-tuned checkpoint (xlavit train writes them)",
            dir.display(),
            cfg.labels.len()
        );
    }
    Ok((params, report))
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
    let specs = crate::model::vit::params(cfg);
    let mut params = Vec::with_capacity(specs.len());
    let (labels, d) = (cfg.labels.len() as i64, cfg.hidden_size);
    // The backbone first: when the config does not fit, the first tensor in spec order is the one to report.
    for (name, dims) in specs.iter().filter(|p| !p.name.starts_with("classifier.")).map(|p| (&p.name, p.dims())) {
        let key = format!("{prefix}{}", name.strip_prefix("vit.").unwrap_or(name));
        let t = tensors.remove(&key).ok_or_else(|| anyhow!("{src} has no tensor {key} (config needs shape {dims:?})"))?;
        check_f32(&t, &key, dims, &src.to_string())?;
        params.push(t);
    }
    // The model's parameter list ends with the classifier weight and bias.
    let (w, b) = match classifier_from_checkpoint(&mut tensors, labels, d, &src.to_string())? {
        Some(head) => head,
        None => {
            let why = match tensors.get("classifier.weight") {
                Some(w) => format!("the checkpoint's classifier has {} labels, {labels} are wanted", w.dims[0]),
                None => format!("the checkpoint has no classifier, only ViTModel weights; {labels} labels are wanted"),
            };
            report.notes.push(format!("classifier re-initialized: {why}"));
            report.classifier_reinitialized = Some(why);
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
        report.notes.push(format!("ignored {} unexpected tensors in {src}: {}", unexpected.len(), crate::first_few(&unexpected, 5, ", ")));
    }
    Ok((params, report))
}

pub(super) fn check_f32(t: &HostTensor, name: &str, dims: &[i64], src: &str) -> Result<()> {
    ensure!(t.dims == dims, "{name}: checkpoint has {:?}, config needs {dims:?} ({src})", t.dims);
    ensure!(t.dtype == DType::F32, "{name}: checkpoint holds {}, expected a floating-point tensor ({src})", t.dtype);
    // One bad value spreads to every logit; say where it is rather than print NaN probabilities.
    if let Some(i) = t.data.chunks_exact(4).position(|b| !f32::from_le_bytes([b[0], b[1], b[2], b[3]]).is_finite()) {
        let v = f32::from_le_bytes(t.data[4 * i..4 * i + 4].try_into().expect("4 bytes"));
        anyhow::bail!("{name}: element {i} is {v} ({src}): the checkpoint is damaged or its training diverged");
    }
    Ok(())
}

/// The checkpoint's classifier if it fits `labels` x `hidden`; `None` if absent or sized for other labels.
pub(super) fn classifier_from_checkpoint(
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


/// Fresh weights for training from scratch, as transformers' `ViTPreTrainedModel._init_weights`
/// draws them: matrices, CLS token and position embeddings ~ N(0, initializer_range) (truncated
/// at 2 std), biases 0, LayerNorm weights 1 and biases 0.
pub fn init_vit_params(cfg: &VitConfig, seed: u64) -> Vec<HostTensor> {
    let mut rng = rand_pcg::Pcg64::seed_from_u64(seed);
    let std = cfg.initializer_range;
    let normal = Normal::new(0.0, 1.0).expect("unit normal");
    crate::model::vit::params(cfg)
        .iter()
        .map(|p| {
            let dims = p.dims();
            let n = crate::host::element_count(dims);
            let values: Vec<f32> = match p.kind {
                ParamKind::Norm => vec![1.0; n],
                ParamKind::Bias => vec![0.0; n],
                ParamKind::Weight | ParamKind::Embedding => (0..n)
                    .map(|_| loop {
                        let z: f64 = normal.sample(&mut rng);
                        if z.abs() <= 2.0 {
                            break (z * std) as f32;
                        }
                    })
                    .collect(),
            };
            HostTensor::from_f32(dims, &values).expect("element count matches dims")
        })
        .collect()
}
