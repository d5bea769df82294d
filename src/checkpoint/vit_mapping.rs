//! The ViT's parameters from a checkpoint's tensors, in `VitConfig::params` order: name
//! mapping, shape checks, a fresh classifier when the classes differ, and fresh weights.

use super::*;
use crate::dtype::DType;
use crate::host::HostTensor;
use crate::model::family::Head;
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
    let mut tensors = load_tensors(dir)?;
    if super::timm::has_timm_names(&tensors) {
        tensors = super::timm::to_hf_names(tensors, &source.display().to_string())?;
    }
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
    // The classification models prefix the backbone with its module name ("vit.", "dinov2.");
    // the backbone models (ViTModel, Dinov2Model) do not.
    let model_type = cfg.family.model_type;
    let names = model_type.tower_names();
    let root = format!("{}.", model_type.root());
    let prefix = if tensors.keys().any(|k| k.starts_with(&root)) { root.as_str() } else { "" };
    let kernel = format!("embeddings.{}.weight", names.patch);
    if !tensors.contains_key(&format!("{prefix}{kernel}")) {
        let hint = match tensors.keys().find_map(|k| k.split_once(".embeddings.").map(|(r, _)| r.to_string())) {
            Some(other) => format!("its tensors are {other}.*, another model's, but config.json says model_type {:?}", model_type.name()),
            None => format!("no tensor {root}{kernel} or {kernel}"),
        };
        anyhow::bail!("{src} does not look like a {} checkpoint: {hint}", model_type.classifier_class(false));
    }
    // Extra or missing layers mean the config describes another model: say so once, not per tensor.
    let layer_key = format!("{prefix}{}.", names.layers);
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

    let mut report = LoadReport { notes: cfg.notes.clone(), ..LoadReport::default() };
    let specs = crate::model::vit::params(cfg);
    let mut params = Vec::with_capacity(specs.len());
    let labels = cfg.labels.len() as i64;
    // SigLIP's attention-pooling head, when the checkpoint has none, starts fresh as the classifier would.
    let pool = format!("{root}head.");
    let mut fresh: Option<Vec<HostTensor>> = None;
    // The backbone first: when the config does not fit, the first tensor in spec order is the one to report.
    for (i, spec) in specs.iter().enumerate().filter(|(_, p)| !cfg.is_head_param(&p.name)) {
        let (name, dims) = (&spec.name, spec.dims());
        let key = format!("{prefix}{}", name.strip_prefix(&root).unwrap_or(name));
        let mut t = match tensors.remove(&key) {
            Some(t) => t,
            None if cfg.family.head == Head::AttentionPool && name.starts_with(&pool) => {
                if fresh.is_none() {
                    let why = format!("{src} has no attention-pooling head ({key})");
                    report.notes.push(format!("attention-pooling head initialized fresh: {why}"));
                    report.classifier_reinitialized = Some(why);
                }
                fresh.get_or_insert_with(|| init_vit_params(cfg, seed))[i].clone()
            }
            None => anyhow::bail!("{src} has no tensor {key} (config needs shape {dims:?})"),
        };
        if name.ends_with(&format!("embeddings.{}", names.positions)) && t.dims != dims {
            if let Some(resized) = resize_positions(&t, dims)? {
                report.notes.push(format!("{key}: resized from {:?} to {dims:?} (bicubic, as interpolate_pos_encoding=True)", t.dims));
                t = resized;
            }
        }
        if name.ends_with("relative_position_bias_table") && t.dims != dims {
            if let Some(resized) = resize_relative_table(&t, dims)? {
                report.notes.push(format!("{key}: resized from {:?} to {dims:?} (bilinear, as BEiT's interpolate_pos_encoding=True)", t.dims));
                t = resized;
            }
        }
        check_f32(&t, &key, dims, &src.to_string())?;
        params.push(t);
    }
    // The model's parameter list ends with the head's linear layers (one, or DeiT's two).
    let heads: Vec<&crate::model::ParamSpec> = specs.iter().filter(|p| cfg.is_head_param(&p.name)).collect();
    let stems: Vec<&str> = heads.iter().filter_map(|p| p.name.strip_suffix(".weight")).collect();
    let mut loaded = vec![];
    for (stem, w) in stems.iter().zip(heads.iter().filter(|p| p.name.ends_with(".weight"))) {
        match head_from_checkpoint(&mut tensors, stem, labels, w.dims()[1], &src.to_string())? {
            Some(head) => loaded.push(head),
            None => break,
        }
    }
    if loaded.len() == stems.len() {
        loaded.into_iter().for_each(|(w, b)| params.extend([w, b]));
    } else {
        let why = match tensors.get(&format!("{}.weight", stems[0])) {
            Some(w) => format!("the checkpoint's {} has {} labels, {labels} are wanted", stems[0], w.dims[0]),
            None => format!("the checkpoint has no {}, only {} weights; {labels} labels are wanted", stems[0], cfg.family.model_type.backbone_class()),
        };
        report.notes.push(format!("classifier re-initialized: {why}"));
        report.classifier_reinitialized = Some(why);
        for (i, (stem, w)) in stems.iter().zip(heads.iter().filter(|p| p.name.ends_with(".weight"))).enumerate() {
            tensors.remove(&format!("{stem}.weight"));
            tensors.remove(&format!("{stem}.bias"));
            let (w, b) = init_classifier(labels, w.dims()[1], cfg.initializer_range, seed.wrapping_add(i as u64))?;
            params.extend([w, b]);
        }
    }
    debug_assert_eq!(params.len(), specs.len());

    let (pooler, rest): (Vec<String>, Vec<String>) =
        tensors.into_keys().partition(|k| k.starts_with("pooler.") || k.starts_with("vit.pooler.") || k.starts_with(&format!("{prefix}head.")));
    if !pooler.is_empty() {
        report.notes.push(format!("ignored {} pooler tensors (the classifier does not read them)", pooler.len()));
    }
    // CLIPModel's and SiglipModel's text tower and projections.
    let (other_tower, unexpected): (Vec<String>, Vec<String>) =
        rest.into_iter().partition(|k| model_type.vision_name().is_some() && !k.starts_with(prefix));
    if !other_tower.is_empty() {
        report.notes.push(format!("ignored {} tensors outside the vision tower ({})", other_tower.len(), crate::first_few(&other_tower, 3, ", ")));
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

/// The checkpoint's linear head `stem` if it fits `labels` x `hidden`; `None` if absent or sized
/// for other labels.
pub(super) fn head_from_checkpoint(
    tensors: &mut BTreeMap<String, HostTensor>,
    stem: &str,
    labels: i64,
    hidden: i64,
    src: &str,
) -> Result<Option<(HostTensor, HostTensor)>> {
    let (wkey, bkey) = (format!("{stem}.weight"), format!("{stem}.bias"));
    let Some(w) = tensors.get(&wkey) else {
        return Ok(None);
    };
    // A head for another hidden size means the backbone does not match either; that is an error.
    ensure!(
        w.dims.len() == 2 && w.dims[1] == hidden,
        "{wkey}: checkpoint has {:?}, config needs [{labels}, {hidden}] ({src})",
        w.dims
    );
    if w.dims[0] != labels {
        return Ok(None);
    }
    let w = tensors.remove(&wkey).unwrap();
    check_f32(&w, &wkey, &[labels, hidden], src)?;
    let b = tensors.remove(&bkey).ok_or_else(|| anyhow!("{src} has {wkey} but no tensor {bkey}"))?;
    check_f32(&b, &bkey, &[labels], src)?;
    Ok(Some((w, b)))
}

/// A checkpoint's position embeddings `[1, prefix + g*g, D]` (or `[prefix + g*g, D]`, CLIP's
/// and SigLIP's) resized to the `want`ed `[1, prefix + n*n, D]` (`--image-size`): the CLS (and
/// distillation) positions kept, the grid resized as `interpolate_pos_encoding=True` resizes it.
/// None when the shapes are not two square grids with the same prefix, which the shape check
/// then reports.
fn resize_positions(t: &HostTensor, want: &[i64]) -> Result<Option<HostTensor>> {
    let rows = |dims: &[i64]| match *dims {
        [1, t, d] | [t, d] => Some((t, d)),
        _ => None,
    };
    let (Some((have_t, d)), Some((want_t, want_d))) = (rows(&t.dims), rows(want)) else { return Ok(None) };
    if t.dims.len() != want.len() {
        return Ok(None);
    }
    if d != want_d || t.dtype != DType::F32 {
        return Ok(None);
    }
    // The prefix is the same few tokens in both; find the one that makes both grids square.
    let square = |n: i64| (n > 0).then(|| (n as f64).sqrt().round() as i64).filter(|s| s * s == n);
    let Some((prefix, old, new)) = (0..=2).find_map(|p| Some((p, square(have_t - p)?, square(want_t - p)?))) else { return Ok(None) };
    let values = t.to_f32()?;
    let (p, dd) = (prefix as usize, d as usize);
    let mut out = values[..p * dd].to_vec();
    out.extend(crate::model::position::resize_grid_host(&values[p * dd..], old as usize, new as usize, dd, crate::model::position::Interpolation::Plain));
    Ok(Some(HostTensor::from_f32(want, &out)?))
}

/// BEiT's relative position bias table `[(2S-1)^2 + 3, heads]` resized to `want`ed
/// `[(2N-1)^2 + 3, heads]` as `BeitRelativePositionBias` does at another size: the offset grid
/// bilinearly, the three CLS entries kept. None when the shapes are not such tables.
fn resize_relative_table(t: &HostTensor, want: &[i64]) -> Result<Option<HostTensor>> {
    let (&[rows, heads], &[want_rows, want_heads]) = (&t.dims[..], want) else { return Ok(None) };
    let odd_square = |n: i64| (n > 3).then(|| ((n - 3) as f64).sqrt().round() as i64).filter(|s| s * s == n - 3 && s % 2 == 1);
    let (Some(old), Some(new)) = (odd_square(rows), odd_square(want_rows)) else { return Ok(None) };
    if heads != want_heads || t.dtype != DType::F32 {
        return Ok(None);
    }
    let values = t.to_f32()?;
    let grid = (old * old * heads) as usize;
    let mut out = crate::model::position::resize_grid_host(&values[..grid], old as usize, new as usize, heads as usize, crate::model::position::Interpolation::Bilinear);
    out.extend_from_slice(&values[grid..]);
    Ok(Some(HostTensor::from_f32(want, &out)?))
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
                ParamKind::Scale => vec![cfg.family.layer_scale.unwrap_or(1.0) as f32; n],
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
