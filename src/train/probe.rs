//! The linear probe (`--freeze backbone`, and the first phase of `--probe-epochs`): with the
//! backbone fixed and no augmentation, each image's features never change, so one forward
//! program computes them once per split (cached on disk beside the image cache) and a small
//! program trains the head on them: a probe's epoch then costs milliseconds.

use super::outputs::EpochRecord;
use super::TrainOptions;
use crate::data::batches::{batch_count, epoch_order, Prefetcher, Remainder};
use crate::data::cache::Cache;
use crate::feed::{call, DeviceArg};
use crate::host::HostTensor;
use crate::model::preprocessor::Preprocessor;
use crate::model::vit_config::VitConfig;
use crate::optim::{AdamW, Schedule};
use crate::runtime::Client;
use crate::state_layout::{Part, StateLayout};
use anyhow::{ensure, Context, Result};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Instant;

/// Each image's features, `[n, hidden]` row-major.
pub struct Features {
    pub rows: Vec<f32>,
    pub dim: usize,
}

/// Each split's features under `params` (`splits`: the images and their decode-cache key): read
/// from `dir` where this backbone, image processing, split and precision made them before, else
/// computed by one forward program (device 0) and written there.
pub fn features(
    client: &Client,
    cfg: &VitConfig,
    pre: &Preprocessor,
    params: &[HostTensor],
    splits: &[(&Arc<Cache>, String)],
    precision: crate::model::Numerics,
    dir: &Path,
) -> Result<Vec<Features>> {
    let dim = cfg.feature_size() as usize;
    // What decides the features: the backbone's weights (not the head's), the image processing
    // and the arithmetic; then each split's images.
    let mut model = crate::hash::Fnv::new();
    for (spec, p) in crate::model::vit::params(cfg).iter().zip(params) {
        if !cfg.is_head_param(&spec.name) {
            model.write(&p.data);
        }
    }
    model.write(pre.to_json().to_string().as_bytes());
    model.write(format!("{} {}", precision.precision.name(), precision.dots.name()).as_bytes());
    let mut program: Option<(crate::runtime::Executable, Vec<Vec<crate::runtime::Buffer>>, usize)> = None;
    let mut all = vec![];
    for (split, split_key) in splits {
        let n = split.len();
        let key = crate::hash::key128(&[b"vit-features-2", &model.0.to_le_bytes(), split_key.as_bytes()]);
        let path = dir.join(format!("{key}.f32"));
        if let Ok(bytes) = std::fs::read(&path) {
            if bytes.len() == n * dim * 4 {
                all.push(Features { rows: bytes.chunks_exact(4).map(|b| f32::from_le_bytes([b[0], b[1], b[2], b[3]])).collect(), dim });
                continue;
            }
        }
        if program.is_none() {
            let batch = 64.min(splits.iter().map(|(s, _)| s.len()).max().unwrap_or(1).max(1));
            let f = crate::train_step::vit_features(cfg, pre, batch as i64, precision)?;
            let exe = client.compile(&crate::emit::program(&f)?).context("compiling the feature program")?;
            let weights = params.iter().map(|p| Ok(vec![client.to_device(p, 0)?])).collect::<Result<_>>()?;
            program = Some((exe, weights, batch));
        }
        let (exe, weights, batch) = program.as_ref().expect("made above");
        let mut rows = Vec::with_capacity(n * dim);
        for mut b in Prefetcher::new((*split).clone(), (0..n as u32).collect(), *batch, Remainder::Pad, 0, 2) {
            let s = cfg.input_size();
            // The bytes move into the tensor, uncopied.
            let images = vec![client.to_device(&HostTensor { dtype: crate::dtype::DType::U8, dims: vec![*batch as i64, s, s, 3], data: std::mem::take(&mut b.images) }, 0)?];
            let mut args: Vec<DeviceArg> = weights.iter().map(|w| DeviceArg::Borrow(w)).collect();
            args.push(DeviceArg::Borrow(&images));
            let out = call(exe, args)?;
            rows.extend_from_slice(&out[0][0].to_host()?.to_f32()?[..b.valid * dim]);
        }
        std::fs::create_dir_all(dir).with_context(|| format!("cannot create {}", dir.display()))?;
        let bytes: Vec<u8> = rows.iter().flat_map(|v| v.to_le_bytes()).collect();
        crate::files::replace(&path, &bytes)?;
        all.push(Features { rows, dim });
    }
    Ok(all)
}

/// Where a dataset's features are kept: beside its decoded images.
pub fn features_dir(opts: &TrainOptions) -> PathBuf {
    opts.cache_dir.clone().unwrap_or_else(crate::data::cache::default_cache_root).join("features")
}

/// What a probe made: the head, and a record per epoch.
pub struct Trained {
    pub head: Vec<HostTensor>,
    pub history: Vec<EpochRecord>,
    pub best_epoch: usize,
    /// The head of the best epoch (by validation accuracy).
    pub best_head: Vec<HostTensor>,
}

/// Trains the head from `head` (`classifier.weight`, `classifier.bias`) for `epochs` epochs
/// of `opts.batch_size` at peak rate `lr` (a tenth of the steps of warmup, then cosine), the
/// order of each epoch from `opts.seed` as `train`'s; calls `epoch_done` after each epoch.
#[allow(clippy::too_many_arguments)]
pub fn train_head(
    client: &Client,
    cfg: &VitConfig,
    opts: &TrainOptions,
    lr: f64,
    epochs: usize,
    head: Vec<HostTensor>,
    train: (&Features, &[u32]),
    val: (&Features, &[u32]),
    mut epoch_done: impl FnMut(&EpochRecord),
) -> Result<Trained> {
    let (n, dim) = (train.1.len(), train.0.dim);
    let batch = opts.batch_size;
    ensure!(n >= batch, "the probe: {n} training images, fewer than one batch of {batch}");
    let steps_per_epoch = batch_count(n, batch, Remainder::Drop);
    let total = (steps_per_epoch * epochs) as u64;
    let opt = AdamW {
        schedule: Schedule::WarmupCosine { peak: lr, warmup_steps: total.div_ceil(10), total_steps: total },
        weight_decay: opts.weight_decay,
        clip_norm: (opts.clip_grad_norm > 0.0).then_some(opts.clip_grad_norm),
        ..AdamW::default()
    };
    let step = client.compile(&crate::emit::program(&crate::train_step::probe_step(cfg, batch as i64, &opt, opts.recipe.label_smoothing)?)?)?;
    let nv = val.1.len();
    let eval = client.compile(&crate::emit::program(&crate::train_step::probe_eval(cfg, nv as i64)?)?)?;
    let layout = StateLayout::new(&crate::train_step::head_params(cfg), true);
    let mut state: Vec<Vec<crate::runtime::Buffer>> = layout.initial(&head).iter().map(|h| Ok(vec![client.to_device(h, 0)?])).collect::<Result<_>>()?;
    let val_features = vec![client.to_device(&HostTensor::from_f32(&[nv as i64, dim as i64], &val.0.rows)?, 0)?];
    let val_labels = vec![client.to_device(&HostTensor::from_i32(&[nv as i64], &val.1.iter().map(|&l| l as i32).collect::<Vec<_>>())?, 0)?];
    let mut trained = Trained { head: vec![], history: vec![], best_epoch: 0, best_head: vec![] };
    let mut epoch_start = super::state::Sums::default();
    let mut best = f64::NEG_INFINITY;
    for epoch in 0..epochs {
        let t0 = Instant::now();
        let order = epoch_order(n, opts.seed, epoch as u64, opts.shuffle);
        for b in 0..steps_per_epoch {
            let rows = &order[b * batch..(b + 1) * batch];
            let x: Vec<f32> = rows.iter().flat_map(|&r| train.0.rows[r as usize * dim..(r as usize + 1) * dim].iter().copied()).collect();
            let y: Vec<i32> = rows.iter().map(|&r| train.1[r as usize] as i32).collect();
            let x = vec![client.to_device(&HostTensor::from_f32(&[batch as i64, dim as i64], &x)?, 0)?];
            let y = vec![client.to_device(&HostTensor::from_i32(&[batch as i64], &y)?, 0)?];
            let mut args: Vec<DeviceArg> = state.drain(..).map(DeviceArg::Donate).collect();
            args.extend([DeviceArg::Borrow(&x), DeviceArg::Borrow(&y)]);
            state = call(&step, args)?;
        }
        let now = super::state::Sums::read(&state[layout.index(Part::Metrics)][0].to_host()?.to_f32()?);
        let sums = now.since(&epoch_start);
        epoch_start = now;
        let mut args: Vec<DeviceArg> = layout.part(&state, Part::Params).iter().map(|p| DeviceArg::Borrow(p)).collect();
        args.extend([DeviceArg::Borrow(&val_features), DeviceArg::Borrow(&val_labels)]);
        let out = call(&eval, args)?;
        let v = out[0][0].to_host()?.to_f32()?;
        let val_accuracy = v[1] as f64 / nv as f64;
        let is_best = val_accuracy > best;
        // The head comes back only where it is kept: at a best epoch and at the end.
        let download = || -> Result<Vec<HostTensor>> { layout.part(&state, Part::Params).iter().map(|p| p[0].to_host()).collect() };
        if is_best {
            best = val_accuracy;
            trained.best_epoch = epoch + 1;
            trained.best_head = download()?;
        }
        if epoch + 1 == epochs {
            trained.head = download()?;
        }
        let seconds = t0.elapsed().as_secs_f64();
        let rec = EpochRecord {
            epoch: epoch + 1,
            step: ((epoch + 1) * steps_per_epoch) as u64,
            train_loss: sums.mean_loss(),
            train_accuracy: sums.accuracy(batch as f64),
            train_grad_norm: sums.mean_grad_norm(),
            val_loss: v[0] as f64 / nv as f64,
            val_accuracy,
            best: is_best,
            seconds,
            images_per_second: (steps_per_epoch * batch) as f64 / seconds.max(1e-9),
            ..Default::default()
        };
        epoch_done(&rec);
        trained.history.push(rec);
    }
    Ok(trained)
}
