//! `xlavit train`: the host loop. The train and eval programs are compiled
//! once; after that the host only streams uint8 batches (uploaded on a second
//! thread while the current step runs) and reads the on-device metric
//! accumulator every `--log-every` steps, in one transfer.

mod outputs;
mod options;
mod probe;
mod state;

pub use options::TrainOptions;
pub use outputs::{read_config, EpochRecord};

use crate::augment::Augment;
use crate::data::batches::{batch_count, epoch_order, Prefetcher, Remainder};
use crate::data::cache::{default_cache_root, Cache};
use crate::data::dataset::{Dataset, Split};
use crate::state_layout::{Part, StateLayout, LR_SLOT};
use state::Sums;
use crate::host::HostTensor;
use crate::model::preprocessor::Preprocessor;
use crate::model::vit_config::VitConfig;
use crate::optim::{AdamW, Schedule};
use crate::feed::{call, scatter, DeviceArg, PerDevice};
use crate::runtime::{Arg, Client, Executable};
use anyhow::{anyhow, bail, ensure, Context, Result};
use std::collections::BTreeMap;
use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, OnceLock};
use std::time::Instant;

/// How a run ended.
#[derive(Clone, Debug, PartialEq)]
pub enum Outcome {
    Finished,
    /// Stopped at a step boundary (signal or step limit) with the resume state saved.
    Stopped { global_step: u64 },
}

/// What SIGINT/SIGTERM handlers set: the loop stops at the next step boundary when `signal` is
/// non-zero, and a second signal (with `seen` already set) ends the process at once
/// (signal_hook's conditional shutdown). The handlers write these atomics directly.
struct StopFlags {
    seen: Arc<AtomicBool>,
    signal: Arc<AtomicUsize>,
}

fn stop_flags() -> &'static StopFlags {
    static FLAGS: OnceLock<StopFlags> = OnceLock::new();
    FLAGS.get_or_init(|| StopFlags { seen: Arc::new(AtomicBool::new(false)), signal: Arc::new(AtomicUsize::new(0)) })
}

/// The signal (SIGINT or SIGTERM) that asked this process to stop, if one did.
pub fn stop_signal() -> Option<i32> {
    match stop_flags().signal.load(Ordering::Relaxed) {
        0 => None,
        sig => Some(sig as i32),
    }
}

fn stop_requested() -> bool {
    stop_signal().is_some()
}

fn install_signal_handlers() -> Result<()> {
    static INSTALLED: std::sync::Once = std::sync::Once::new();
    let mut result = Ok(());
    INSTALLED.call_once(|| {
        let flags = stop_flags();
        for sig in [signal_hook::consts::SIGINT, signal_hook::consts::SIGTERM] {
            let r = signal_hook::flag::register_conditional_shutdown(sig, 128 + sig, flags.seen.clone())
                .and_then(|_| signal_hook::flag::register(sig, flags.seen.clone()))
                .and_then(|_| signal_hook::flag::register_usize(sig, flags.signal.clone(), sig as usize));
            if let Err(e) = r {
                result = Err(anyhow!("cannot install the signal handler: {e}"));
            }
        }
    });
    result
}

/// The generated dataset of the main job: written once into the cache folder.
fn builtin_dataset(cache_root: &Path, size: u32) -> Result<PathBuf> {
    let dir = cache_root.join(format!("builtin-shapes-v1-{size}px"));
    if dir.join("validation").is_dir() {
        return Ok(dir);
    }
    std::fs::create_dir_all(cache_root).with_context(|| format!("cannot create {}", cache_root.display()))?;
    let tmp = cache_root.join(format!(".tmp-builtin-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&tmp);
    crate::data::synthetic::write_image_folder(&tmp, size, 240, 60, 0)?;
    if std::fs::rename(&tmp, &dir).is_err() && !dir.is_dir() {
        bail!("cannot publish the built-in dataset at {}", dir.display());
    }
    let _ = std::fs::remove_dir_all(&tmp);
    Ok(dir)
}

/// The model, its preprocessing, and its starting weights for the dataset's classes.
fn load_model(opts: &TrainOptions, classes: &[String]) -> Result<(VitConfig, Preprocessor, Vec<HostTensor>)> {
    match &opts.model {
        None => {
            let (cfg, pre) = crate::checkpoint::model_config(None, opts.config.as_deref())?;
            let (cfg, pre) = crate::checkpoint::at_image_size(pooled(cfg, opts)?.with_labels(classes.to_vec()), pre, opts.image_size)?;
            eprintln!(
                "note: no --model: training a ViT ({}, {} layers, hidden {}) from scratch",
                opts.config.as_deref().unwrap_or("tiny"),
                cfg.num_hidden_layers,
                cfg.hidden_size
            );
            let params = crate::checkpoint::init_vit_params(&cfg, opts.seed);
            Ok((cfg, pre, params))
        }
        Some(m) => {
            let dir = crate::checkpoint::resolve_model(m)?;
            let (cfg, pre) = crate::checkpoint::model_config(Some(dir.to_str().unwrap_or(m)), None)?;
            let (cfg, pre) = crate::checkpoint::at_image_size(pooled(cfg, opts)?.with_labels(classes.to_vec()), pre, opts.image_size)?;
            let (params, report) = crate::checkpoint::load_vit_params(&dir, &cfg, opts.seed)?;
            for note in report.notes.iter().chain(&pre.differences()) {
                eprintln!("note: {note}");
            }
            Ok((cfg, pre, params))
        }
    }
}

/// `cfg` pooled as `--pooling` says, where it says.
fn pooled(cfg: VitConfig, opts: &TrainOptions) -> Result<VitConfig> {
    match opts.pooling {
        Some(p) => cfg.with_pooling(p),
        None => Ok(cfg),
    }
}

struct Programs {
    train: Executable,
    /// The same step, `steps_per_call` of them per call (when that is more than 1).
    train_k: Option<Executable>,
    eval: Executable,
    preview: Executable,
    compile_seconds: f64,
    /// All three came from the compile cache.
    from_cache: bool,
}

fn compile_programs(
    client: &Client,
    cfg: &VitConfig,
    pre: &Preprocessor,
    opts: &TrainOptions,
    opt: &AdamW,
    eval_batch: usize,
    devices: usize,
) -> Result<Programs> {
    let numerics = crate::model::Numerics {
        precision: opts.precision,
        dots: opts.dot_precision,
    };
    let aug = opts.aug.augment();
    let bs = opts.batch_size as i64;
    let t0 = Instant::now();
    let step_options = crate::train_step::StepOptions { accumulate: true, steps_per_call: 1, recipe: opts.recipe };
    let mut train_fn = crate::train_step::vit_train_step_with(cfg, pre, bs, opt, &aug, numerics, step_options)?;
    crate::train_step::split_train_step(&mut train_fn, devices, step_options)?;
    let train = client.compile(&crate::emit::program(&train_fn)?).context("compiling the train step")?;
    let train_k = if opts.steps_per_call > 1 {
        let k_options = crate::train_step::StepOptions { accumulate: true, steps_per_call: opts.steps_per_call, recipe: opts.recipe };
        let mut f = crate::train_step::vit_train_step_with(cfg, pre, bs, opt, &aug, numerics, k_options)?;
        crate::train_step::split_train_step(&mut f, devices, k_options)?;
        let exe = client.compile(&crate::emit::program(&f)?).context("compiling the multi-step train program")?;
        ensure!(exe.signature().output("metrics")? == train.signature().output("metrics")?, "the two train programs keep their state alike");
        Some(exe)
    } else {
        None
    };
    let mut eval_fn = crate::train_step::vit_eval_accumulating(cfg, pre, eval_batch as i64, numerics, Default::default())?;
    crate::train_step::split_eval(&mut eval_fn, devices)?;
    let eval = client.compile(&crate::emit::program(&eval_fn)?).context("compiling the eval program")?;
    check_fit(client, &train, train_k.as_ref(), &eval, opts, eval_batch, devices, |b| {
        let mut f = crate::train_step::vit_train_step_with(cfg, pre, b as i64, opt, &aug, numerics, step_options)?;
        crate::train_step::split_train_step(&mut f, devices, step_options)?;
        client.compile(&crate::emit::program(&f)?)
    }, |b| {
        let mut f = crate::train_step::vit_eval_accumulating(cfg, pre, b as i64, numerics, Default::default())?;
        crate::train_step::split_eval(&mut f, devices)?;
        client.compile(&crate::emit::program(&f)?)
    })?;
    let (batch, shown) = preview_batch(opts);
    let preview_fn = crate::train_step::augment_preview(cfg, batch as i64, shown as i64, &aug, &opts.recipe.mixup())?;
    let preview = client.compile(&crate::emit::program(&preview_fn)?).context("compiling the augmentation preview")?;
    // A call's outputs are the next call's state inputs, in the same order.
    let layout = state::layout(cfg, &opts.recipe);
    ensure!(
        train.signature().output("metrics")? == layout.index(Part::Metrics) && train.num_outputs() == layout.len(),
        "the train step's outputs are not its state"
    );
    let from_cache = train.from_cache() && eval.from_cache() && preview.from_cache() && train_k.as_ref().is_none_or(|e| e.from_cache());
    Ok(Programs { train, train_k, eval, preview, compile_seconds: t0.elapsed().as_secs_f64(), from_cache })
}

/// Refuses, before the first step, programs that XLA planned larger than a device's memory
/// (`memory_fit`), with the largest batch that fits, found by compiling the step (or the eval
/// program) again: instead of an out-of-memory failure in the middle of a run.
#[allow(clippy::too_many_arguments)]
fn check_fit(
    client: &Client,
    train: &Executable,
    train_k: Option<&Executable>,
    eval: &Executable,
    opts: &TrainOptions,
    eval_batch: usize,
    devices: usize,
    train_at: impl Fn(u64) -> Result<Executable>,
    eval_at: impl Fn(u64) -> Result<Executable>,
) -> Result<()> {
    use crate::memory_fit::{largest_fitting_batch, misfit, Need};
    let Some(cap) = crate::memory_fit::client_capacity(client)? else { return Ok(()) };
    let need_of = |exe: Result<Executable>| -> Result<Need> {
        match exe {
            Ok(e) => Ok(Need::from_stats(e.compiled_memory_stats().unwrap_or(None).as_ref())),
            Err(e) => Need::from_compile_error(e),
        }
    };
    let largest = |need: &Need, batch: usize, at: &dyn Fn(u64) -> Result<Executable>| -> Result<String> {
        eprintln!("note: looking for the largest batch that fits (each try is a compile)");
        Ok(match largest_fitting_batch((batch as u64, need), devices as u64, &cap, |b| need_of(at(b)))? {
            Some(b) => format!("the largest that fits is {b}"),
            None => format!("not even {devices} image(s) fit"),
        })
    };
    let env = crate::memory_fit::DEVICE_MEMORY_ENV;
    let hint = if cap.per.contains(env) { String::new() } else { format!(" ({env} sets another limit)") };
    if let Some((need, line)) = misfit(train, &cap) {
        let fix = largest(&need, opts.batch_size, &train_at)?;
        bail!("--batch-size {}: the train step {line}; {fix}{hint}", opts.batch_size);
    }
    if let Some((_, line)) = train_k.and_then(|k| misfit(k, &cap)) {
        bail!("--steps-per-call {}: the multi-step train program {line}; a smaller K needs less{hint}", opts.steps_per_call);
    }
    if let Some((need, line)) = misfit(eval, &cap) {
        let fix = largest(&need, eval_batch, &eval_at)?;
        bail!("--eval-batch-size {eval_batch}: the eval program {line}; {fix}{hint}");
    }
    Ok(())
}

/// The images samples.png previews and how many it shows: the first (micro-)batch whole where
/// mixing pairs each image with the batch reversed, else only those shown.
fn preview_batch(opts: &TrainOptions) -> (usize, usize) {
    let shown = PREVIEW.min(opts.batch_size);
    (if opts.recipe.mixup().is_on() { opts.batch_size } else { shown }, shown)
}

/// The progress bar on a terminal (none elsewhere: each pull is then a plain line).
fn progress_bar(total: u64, position: u64) -> Option<indicatif::ProgressBar> {
    if !std::io::stderr().is_terminal() {
        return None;
    }
    let b = indicatif::ProgressBar::new(total);
    b.set_style(indicatif::ProgressStyle::with_template("{bar:30} step {pos}/{len} {msg} ETA {eta}").expect("valid template"));
    b.set_position(position);
    Some(b)
}

/// The uploader: each call's batches, in `plan`'s calls of n steps, onto the devices, sent to
/// the loop through `tx` while the previous call computes. Ends early when the loop hangs up.
fn upload_calls(
    mut batches: Prefetcher,
    plan: &[usize],
    client: &Client,
    image_size: i64,
    devices: usize,
    micro_batches: usize,
    tx: &std::sync::mpsc::SyncSender<Result<(PerDevice, PerDevice)>>,
) {
    for &n in plan {
        // A call of n steps takes n batches, stacked behind the first, whose bytes move as they
        // are (one step per call copies nothing).
        let Some(first) = batches.next() else { break };
        let (mut images, mut labels) = (first.images, first.labels);
        images.reserve(images.len() * (n - 1));
        for b in batches.by_ref().take(n - 1) {
            images.extend_from_slice(&b.images);
            labels.extend_from_slice(&b.labels);
        }
        let stacking = crate::train_step::stacking(n, micro_batches);
        if tx.send(crate::feed::upload_batch(client, images, &labels, image_size, devices, &stacking)).is_err() {
            break;
        }
    }
}

/// How the steps from batch `first` to the epoch's end go to the device: a call of `k` steps
/// wherever k fit before the epoch ends, the next metric pull and the step limit, single steps
/// elsewhere. So the pulls, the epoch ends and a `--stop-after-steps` stop fall where they
/// would with one step per call.
fn call_plan(first: usize, steps_per_epoch: usize, global_step: u64, log_every: u64, k: usize, stop_after: Option<u64>) -> Vec<usize> {
    let mut plan = vec![];
    let (mut batch, mut step) = (first, global_step);
    while batch < steps_per_epoch {
        let to_pull = log_every - step % log_every;
        let to_stop = stop_after.map_or(u64::MAX, |n| n.saturating_sub(step));
        let fits = k > 1 && k <= steps_per_epoch - batch && k as u64 <= to_pull && k as u64 <= to_stop;
        let n = if fits { k } else { 1 };
        plan.push(n);
        batch += n;
        step += n as u64;
    }
    plan
}

/// What predictions.png shows of `predictions` (every validation image's): up to half of
/// them mistakes where there are any, spread over the mistakes, the rest spread over the
/// correct ones (so a good model's few mistakes show, and every class can), in index order.
fn shown_sample(predictions: &[(usize, i32)], labels: &[u32], k: usize) -> Shown {
    let spread = |v: Vec<(usize, i32)>, k: usize| -> Vec<(usize, i32)> {
        let n = v.len();
        let k = k.min(n);
        (0..k).map(|i| v[i * n / k]).collect()
    };
    let (wrong, right): (Shown, Shown) =
        predictions.iter().copied().partition(|&(i, p)| labels.get(i).is_some_and(|&l| l as i64 != p as i64));
    let mistakes = (k / 2).max(k.saturating_sub(right.len()));
    let mut shown = spread(wrong, mistakes);
    shown.extend(spread(right, k - shown.len()));
    shown.sort();
    shown
}

/// (validation image, predicted class) pairs for predictions.png.
type Shown = Vec<(usize, i32)>;

/// Images shown in samples.png and predictions.png.
const PREVIEW: usize = 16;

/// Everything about a run that the loop reads or updates.
struct Run<'a> {
    opts: &'a TrainOptions,
    client: &'a Client,
    programs: &'a Programs,
    cfg: &'a VitConfig,
    pre: &'a Preprocessor,
    train: Arc<Cache>,
    val: Arc<Cache>,
    /// Where each part of `state` sits.
    layout: StateLayout,
    steps_per_epoch: usize,
    eval_batch: usize,
    devices: usize,
    /// The augmentation key, on every device.
    key: PerDevice,
    progress: state::Progress,
    /// Parameters, moments, step and metric sums, each on every device (replicated).
    state: Vec<PerDevice>,
    metric_pulls: u64,
    /// Unreadable images left out of the caches: train, validation.
    skipped: [usize; 2],
    /// The state after the last epoch, saved as the resume state once the summary is written.
    final_state: Option<Vec<HostTensor>>,
}

/// A new run goes only into a folder that is new or empty: whatever else is there (another
/// run, one that failed before its first save, the user's own files) is never overwritten or
/// appended to. The folder is created now, so an `--out` that cannot be written fails before
/// the data is decoded.
fn fresh_out(out: &Path) -> Result<()> {
    if state::exists(out) {
        bail!("{} already holds a training run; continue it with --resume {0} or choose another --out", out.display());
    }
    // Hidden entries (.gitkeep, .DS_Store, a leftover write probe) and a fresh disk's lost+found
    // are not content a run could overwrite.
    let held: Vec<String> = crate::files::entries(out)?.into_iter().filter(|n| !n.starts_with('.') && n != "lost+found").collect();
    if !held.is_empty() {
        let shown = crate::first_few(&held, 5, ", ");
        let what = if held.iter().any(|n| n == outputs::CONFIG_FILE) {
            "the outputs of a run that stopped before its first saved state, which --resume cannot continue"
        } else {
            "files that are not a training run"
        };
        bail!("--out {}: the folder is not empty ({shown}): {what}. A new run writes only into a new or empty folder: choose another --out, or remove this one", out.display());
    }
    crate::files::output_folder(out, "--out")
}

/// The run's warmup: `warmup_ratio` of its `total` steps rounded up, as HF Trainer's
/// `get_warmup_steps`, else `warmup_steps`.
fn warmup_steps(opts: &TrainOptions, total: u64) -> u64 {
    match opts.warmup_ratio {
        Some(r) => (r * total as f64).ceil() as u64,
        None => opts.warmup_steps,
    }
}

/// Locks `out` for this run (a `flock` on a hidden file in it), so that a second `train` on the
/// same folder (two shells, a scheduler's retry) is refused instead of interleaving its writes
/// with this one's. Where the file system has no locks, the run goes on unguarded.
fn lock_out(out: &Path) -> Result<std::fs::File> {
    let path = out.join(".xlavit-train.lock");
    let file = std::fs::File::create(&path).with_context(|| format!("cannot create {}", path.display()))?;
    match file.try_lock() {
        Ok(()) => {}
        Err(std::fs::TryLockError::WouldBlock) => {
            bail!("--out {}: another xlavit train is writing to this folder now; wait for it to end, or choose another --out", out.display())
        }
        Err(std::fs::TryLockError::Error(e)) => eprintln!("warning: cannot lock {} ({e}); nothing stops a second run from writing here too", path.display()),
    }
    Ok(file)
}

/// Where a run starts: fresh, from its saved state, or nowhere (it already finished).
enum Start {
    Fresh,
    Resume(Box<state::Progress>, BTreeMap<String, HostTensor>),
    AlreadyFinished,
}

/// Checks of a configuration the parser did not see (a hand-edited train_config.json), a fresh
/// stop flag, and the saved state of a resumed run: a finished run is found before minutes of
/// decoding and compiling.
fn begin(opts: &TrainOptions, resume: bool) -> Result<Start> {
    let out = &opts.out;
    ensure!(opts.batch_size >= 1 && opts.eval_batch_size >= 1 && opts.epochs >= 1 && opts.log_every >= 1, "batch sizes, epochs and --log-every must be at least 1");
    // The flags are checked by the parser; a hand-edited train_config.json is checked here.
    if let Some(a) = opts.aug.crop_area {
        let file = out.join(outputs::CONFIG_FILE);
        Augment::check_crop_area(a).map_err(|e| anyhow!("{}: crop_area {e}", file.display()))?;
        ensure!(opts.aug.on, "{}: crop_area {a} is set but augment is false; remove one of them", file.display());
    }
    // A run in a process that was signalled before (library use) starts unstopped.
    stop_flags().seen.store(false, Ordering::Relaxed);
    stop_flags().signal.store(0, Ordering::Relaxed);
    if !resume {
        return Ok(Start::Fresh);
    }
    let (progress, host_state) = state::load(out)?;
    if progress.epoch >= opts.epochs || progress.stopped_early.is_some() {
        eprintln!("{}: the run already finished ({} epochs); nothing to do", out.display(), progress.epoch);
        return Ok(Start::AlreadyFinished);
    }
    Ok(Start::Resume(Box::new(progress), host_state))
}

/// The dataset, the model fitted to its classes, and both splits decoded: every layout problem
/// surfaces here, before anything is compiled.
struct RunData {
    ds: Dataset,
    cfg: VitConfig,
    pre: Preprocessor,
    params: Vec<HostTensor>,
    train: Arc<Cache>,
    val: Arc<Cache>,
    /// Images skipped in the train and validation splits.
    skipped: [usize; 2],
    /// The training split's decode-cache key (it changes with any file's size or time).
    data_key: String,
}

fn open_data(opts: &TrainOptions) -> Result<RunData> {
    let cache_root = opts.cache_dir.clone().unwrap_or_else(default_cache_root);

    let data_spec = match &opts.data {
        Some(d) => d.clone(),
        None => {
            let size = match opts.image_size {
                Some(s) => s,
                None => crate::checkpoint::model_config(opts.model.as_deref(), opts.config.as_deref())?.0.input_size() as u32,
            };
            builtin_dataset(&cache_root, size)?.to_string_lossy().into_owned()
        }
    };
    let ds = Dataset::open_subset(&data_spec, opts.num_classes)?;
    for n in &ds.notices {
        eprintln!("{n}");
    }
    ensure!(
        ds.classes.len() >= 2,
        "{data_spec}: training would see one class ('{}'){}; a classifier needs at least two",
        ds.classes[0],
        if opts.num_classes == Some(1) { " because of --num-classes 1" } else { "" }
    );
    let (cfg, pre, params) = load_model(opts, &ds.classes)?;
    let size = cfg.input_size() as u32;
    ensure!(cfg.num_channels == 3, "the model takes {} channels; images are RGB", cfg.num_channels);
    let quiet = |_: usize, _: usize| {};
    let (train, rep) = Cache::open_or_build(&ds, Split::Train, size, &cache_root, &quiet)?;
    crate::data::cache::report_lines(Split::Train, &train, &rep).iter().for_each(|l| eprintln!("{l}"));
    let (val, rep) = Cache::open_or_build(&ds, Split::Validation, size, &cache_root, &quiet)?;
    crate::data::cache::report_lines(Split::Validation, &val, &rep).iter().for_each(|l| eprintln!("{l}"));
    let skipped = [train.meta.skipped.len(), val.meta.skipped.len()];
    let data_key = train.dir.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    // The dataset listed a file for every class; decoding can still leave one with none.
    let empty = train.empty_classes();
    ensure!(
        empty.is_empty(),
        "{data_spec}: class {} has no readable training image (every one was skipped, see above): the model could never learn it; fix or remove its images, or the class folder",
        empty.join(", ")
    );
    let empty = val.empty_classes();
    if !empty.is_empty() {
        eprintln!("warning: class {} has no readable validation image: its validation accuracy cannot be measured", empty.join(", "));
    }
    ensure!(
        train.len() >= opts.step_images(),
        "the training split has {} usable images, fewer than one step's {}",
        train.len(),
        opts.step_images()
    );
    Ok(RunData { ds, cfg, pre, params, train: Arc::new(train), val: Arc::new(val), skipped, data_key })
}

/// The run's arithmetic: steps, the optimizer and its schedule, the devices and the eval batch.
struct Plan {
    steps_per_epoch: usize,
    total_steps: u64,
    opt: AdamW,
    devices: usize,
    eval_batch: usize,
}

fn plan(opts: &TrainOptions, data: &RunData, client: &Client) -> Result<Plan> {
    let (train, val) = (&data.train, &data.val);
    let steps_per_epoch = batch_count(train.len(), opts.step_images(), Remainder::Drop);
    let total_steps = steps_per_epoch
        .checked_mul(opts.epochs)
        .filter(|&n| n < 1 << 53)
        .ok_or_else(|| anyhow!("--epochs {}: that many epochs of {steps_per_epoch} steps are more steps than a run can count", opts.epochs))? as u64;
    if opts.steps_per_call > 1 && (opts.steps_per_call > steps_per_epoch || opts.steps_per_call as u64 > opts.log_every) {
        eprintln!(
            "note: --steps-per-call {} is more than {}: no call fits K steps, so each runs one",
            opts.steps_per_call,
            if opts.steps_per_call > steps_per_epoch { format!("an epoch's {steps_per_epoch} steps") } else { format!("--log-every {}", opts.log_every) }
        );
    }
    let warmup_steps = warmup_steps(opts, total_steps);
    if warmup_steps >= total_steps {
        eprintln!(
            "warning: --warmup-steps {warmup_steps} is not below the run's {total_steps} steps: the learning rate never reaches --lr {}; \
             --warmup-ratio 0.1 warms up over a tenth of the run instead",
            opts.lr
        );
    }
    let opt = AdamW {
        schedule: Schedule::WarmupCosine { peak: opts.lr, warmup_steps, total_steps },
        b1: 0.9,
        b2: 0.999,
        eps: 1e-8,
        weight_decay: opts.weight_decay,
        clip_norm: (opts.clip_grad_norm > 0.0).then_some(opts.clip_grad_norm),
    };
    // Data-parallel over every device the client has: each takes an equal slice of a batch.
    let devices = client.addressable_device_count();
    ensure!(
        opts.batch_size.is_multiple_of(devices),
        "--batch-size {} does not split over the {devices} devices: use a multiple of {devices}",
        opts.batch_size
    );
    // The last eval batch is padded anyway: round up to split evenly.
    let eval_batch = opts.eval_batch_size.min(val.len()).div_ceil(devices) * devices;
    Ok(Plan { steps_per_epoch, total_steps, opt, devices, eval_batch })
}


/// The state the loop starts from: the saved one, checked against the data and the model, or a
/// fresh one (its configuration written first).
fn starting_state(
    opts: &TrainOptions,
    data: &RunData,
    plan: &Plan,
    layout: &StateLayout,
    resumed: Option<(state::Progress, BTreeMap<String, HostTensor>)>,
) -> Result<(state::Progress, Vec<HostTensor>)> {
    let out = &opts.out;
    let (ds, train, data_key) = (&data.ds, &data.train, &data.data_key);
    let (steps_per_epoch, total_steps) = (plan.steps_per_epoch, plan.total_steps);
    Ok(match resumed {
        Some((progress, host_state)) => {
            // The data must be what the run was on: the same order of the same images.
            ensure!(
                progress.train_images == train.len() && progress.steps_per_epoch == steps_per_epoch,
                "{}: the run trained on {} images ({} steps per epoch); the dataset now gives {} ({steps_per_epoch}); resume needs the same data",
                out.display(),
                progress.train_images,
                progress.steps_per_epoch,
                train.len()
            );
            // A renamed, added or removed class folder changes what each label means.
            ensure!(
                progress.classes.is_empty() || progress.classes == ds.classes,
                "{}: the run trained on the classes {}; the dataset now has {}; resume needs the same classes",
                out.display(),
                progress.classes.join(", "),
                ds.classes.join(", ")
            );
            if progress.train_data.as_ref().is_some_and(|k| k != data_key) {
                eprintln!("warning: training images changed since the run started (a file's size or modification time differs); resuming on them as they are now");
            }
            let host_state = state::check_shapes(host_state, layout, out)?;
            // Lines logged after the saved state (a crash between saves) would be logged again.
            outputs::truncate_metrics(out, progress.global_step, progress.epoch)?;
            eprintln!(
                "resuming {} at step {} of {total_steps} (epoch {} of {}, batch {} of {steps_per_epoch})",
                out.display(),
                progress.global_step,
                progress.epoch + 1,
                opts.epochs,
                progress.batch
            );
            (progress, host_state)
        }
        None => {
            outputs::write_config(out, opts)?;
            let s = layout.initial(&data.params);
            let progress = state::Progress {
                train_images: train.len(),
                steps_per_epoch,
                classes: ds.classes.clone(),
                train_data: Some(data_key.clone()),
                ..Default::default()
            };
            (progress, s)
        }
    })
}

/// The features of both splits, then `epochs` epochs of the head on them.
fn probe_phase(
    opts: &TrainOptions,
    client: &Client,
    data: &RunData,
    epochs: usize,
    mut epoch_done: impl FnMut(&EpochRecord) -> Result<()>,
) -> Result<probe::Trained> {
    let t0 = Instant::now();
    let numerics = crate::model::Numerics { precision: opts.precision, dots: opts.dot_precision };
    let dir = probe::features_dir(opts);
    let size = data.cfg.input_size() as u32;
    let n = data.params.len();
    let (train, val) = (&data.train, &data.val);
    let key = |split| crate::data::cache::Cache::key(&data.ds, split, size);
    let splits = [(train, key(crate::data::dataset::Split::Train)?), (val, key(crate::data::dataset::Split::Validation)?)];
    let [ft, fv]: [probe::Features; 2] = probe::features(client, &data.cfg, &data.pre, &data.params, &splits, numerics, &dir)?
        .try_into()
        .map_err(|_| anyhow!("the feature pass returned other than two splits"))?;
    eprintln!("features of {} training and {} validation images in {:.1} s (cached in {})", train.len(), val.len(), t0.elapsed().as_secs_f64(), dir.display());
    let mut failed = None;
    let trained = probe::train_head(client, &data.cfg, opts, opts.probe_lr, epochs, data.params[n - 2..].to_vec(), (&ft, &train.labels), (&fv, &val.labels), |r| {
        if let Err(e) = epoch_done(r) {
            failed.get_or_insert(e);
        }
    })?;
    match failed {
        Some(e) => Err(e),
        None => Ok(trained),
    }
}

/// `--freeze backbone`: the probe is the run. Writes what `train` writes but the images
/// (`samples.png`, `predictions.png`) and the resume state: a probe takes seconds to redo.
fn run_probe(opts: &TrainOptions, client: &Client, data: &RunData) -> Result<Outcome> {
    let out = &opts.out;
    // (With --probe-epochs these belong to the fine-tune that follows the probe.)
    let r = &opts.recipe;
    ensure!(
        !r.mixup().is_on() && r.drop_path == 0.0 && r.ema_decay.is_none() && r.grad_accum_steps == 1 && r.layer_decay.is_none() && opts.aug.crop_area.is_none() && opts.aug.policy == crate::recipe::Policy::Basic,
        "--freeze backbone trains the head on fixed features of un-augmented images: mixup, cutmix, drop path, EMA, layer decay, gradient accumulation, cropping and --augment trivial|randaug do not apply to it (drop them, or use --probe-epochs with a full fine-tune after)"
    );
    outputs::write_config(out, opts)?;
    let trained = probe_phase(opts, client, data, opts.epochs, |r| {
        eprintln!(
            "epoch {}/{}: train loss {:.4} acc {:.2}% | val loss {:.4} acc {:.2}%{} | {:.3} s",
            r.epoch,
            opts.epochs,
            r.train_loss,
            r.train_accuracy * 100.0,
            r.val_loss,
            r.val_accuracy * 100.0,
            if r.best { " (best)" } else { "" },
            r.seconds
        );
        outputs::append_jsonl(out, &serde_json::json!({"type": "epoch", "record": r}))
    })?;
    let names: Vec<String> = crate::model::vit::params(&data.cfg).into_iter().map(|p| p.name).collect();
    let n = data.params.len();
    let with_head = |head: &[HostTensor]| -> Vec<(String, HostTensor)> {
        names.iter().cloned().zip(data.params[..n - 2].iter().chain(head).cloned()).collect()
    };
    crate::checkpoint::save_hf_dir(&out.join("last"), &data.cfg, &data.pre, &with_head(&trained.head))?;
    crate::checkpoint::save_hf_dir(&out.join("best"), &data.cfg, &data.pre, &with_head(&trained.best_head))?;
    outputs::write_summary_csv(out, &trained.history)?;
    let points: Vec<crate::plots::EpochPoint> = trained
        .history
        .iter()
        .map(|r| crate::plots::EpochPoint { epoch: r.epoch, train_loss: r.train_loss, val_loss: r.val_loss, train_accuracy: r.train_accuracy, val_accuracy: r.val_accuracy })
        .collect();
    crate::plots::curves(&out.join("curves.png"), &points)?;
    let last = trained.history.last().map_or(0.0, |r| r.val_accuracy);
    let best = trained.history.iter().map(|r| r.val_accuracy).fold(0.0, f64::max);
    outputs::write_json(&out.join("summary.json"), &serde_json::json!({
        "linear_probe": true,
        "final_val_accuracy": last,
        "best_val_accuracy": best,
        "best_epoch": trained.best_epoch,
        "mean_epoch_seconds": trained.history.iter().map(|r| r.seconds).sum::<f64>() / trained.history.len().max(1) as f64,
    }))?;
    eprintln!("linear probe: final validation accuracy {:.2}%, best {:.2}% (epoch {}, in best/)", last * 100.0, best * 100.0, trained.best_epoch);
    Ok(Outcome::Finished)
}

pub fn run(opts: &TrainOptions, client: &Client, resume: bool, stop_after: Option<u64>) -> Result<Outcome> {
    let out = &opts.out;
    ensure!(
        !(resume && opts.freeze.is_some()),
        "{}: a linear probe is not resumed (it takes seconds and keeps no resume state); start it again with another --out",
        out.display()
    );
    if !resume {
        fresh_out(out)?;
    }
    let resumed = match begin(opts, resume)? {
        Start::AlreadyFinished => return Ok(Outcome::Finished),
        Start::Fresh => None,
        Start::Resume(progress, tensors) => Some((*progress, tensors)),
    };
    // Held to the end of the run; from here on this process is the only writer of `out`.
    let _writer = lock_out(out)?;
    for dir in [out.to_path_buf(), out.join("best"), out.join("last"), out.join("ema")] {
        crate::files::remove_unfinished_replacements(&dir);
    }
    let mut data = open_data(opts)?;
    if opts.freeze.is_some() {
        return run_probe(opts, client, &data);
    }
    if let (Some(epochs), None) = (opts.probe_epochs, &resumed) {
        // LP-FT: the fine-tune starts from the probe's head (a resumed run has its own state).
        let trained = probe_phase(opts, client, &data, epochs, |r| {
            eprintln!("probe epoch {}/{epochs}: train loss {:.4} acc {:.2}% | val loss {:.4} acc {:.2}%", r.epoch, r.train_loss, r.train_accuracy * 100.0, r.val_loss, r.val_accuracy * 100.0);
            outputs::append_jsonl(out, &serde_json::json!({"type": "probe_epoch", "record": r}))
        })?;
        let n = data.params.len();
        data.params.splice(n - 2.., trained.head);
    }
    let plan = plan(opts, &data, client)?;
    let programs = compile_programs(client, &data.cfg, &data.pre, opts, &plan.opt, plan.eval_batch, plan.devices)?;
    if plan.devices > 1 {
        eprintln!("data parallel over {} devices: {} images per device per step", plan.devices, opts.batch_size / plan.devices);
    }
    eprintln!(
        "{} the train step, eval and preview programs in {:.1} s",
        if programs.from_cache { "loaded (compile cache)" } else { "compiled" },
        programs.compile_seconds
    );

    let layout = state::layout(&data.cfg, &opts.recipe);
    let (progress, host_state) = starting_state(opts, &data, &plan, &layout, resumed)?;
    let RunData { cfg, pre, train, val, skipped, .. } = data;
    let Plan { steps_per_epoch, eval_batch, devices, .. } = plan;
    let state = host_state.iter().map(|h| scatter(client, h, devices, None)).collect::<Result<Vec<_>>>()?;
    let key = scatter(client, &HostTensor::from_u64(&[2], &[0, opts.seed])?, devices, None)?;
    install_signal_handlers()?;

    let mut run = Run {
        opts,
        client,
        programs: &programs,
        cfg: &cfg,
        pre: &pre,
        train,
        val,
        layout,
        steps_per_epoch,
        eval_batch,
        devices,
        key,
        progress,
        state,
        metric_pulls: 0,
        skipped,
        final_state: None,
    };
    if !resume {
        run.write_samples()?;
    }
    let outcome = run.train_epochs(stop_after)?;
    if outcome == Outcome::Finished {
        run.finish()?;
        if let Some(host) = run.final_state.take() {
            state::save(out, &run.layout, &run.progress, &host)?;
        }
    }
    Ok(outcome)
}

impl Run<'_> {
    fn params(&self) -> &[PerDevice] {
        self.layout.part(&self.state, Part::Params)
    }

    fn metrics_index(&self) -> usize {
        self.layout.index(Part::Metrics)
    }

    /// samples.png: the first training batch as the augmentation of step 0 shows it to the model.
    fn write_samples(&self) -> Result<()> {
        let (bs, n) = preview_batch(self.opts);
        let order = epoch_order(self.train.len(), self.opts.seed, 0, self.opts.shuffle);
        let batch = crate::data::batches::assemble(&self.train, &order[..bs], bs, 0);
        let s = self.cfg.input_size();
        let images = self.client.to_device(&HostTensor::from_u8(&[bs as i64, s, s, 3], &batch.images)?, 0)?;
        let step = self.client.to_device(&HostTensor::scalar_i32(0), 0)?;
        let out = self.programs.preview.execute(vec![Arg::Borrow(&images), Arg::Borrow(&self.key[0]), Arg::Borrow(&step)])?;
        let pixels = out[0].to_host()?.data;
        let mix = match out.get(1) {
            Some(lam) => {
                let lam = lam.to_host()?.to_f32()?[0];
                let partner = |i: usize| self.cfg.labels[batch.labels[bs - 1 - i] as usize].clone();
                Some((lam, partner))
            }
            None => None,
        };
        let captions: Vec<String> = batch.labels[..n]
            .iter()
            .enumerate()
            .map(|(i, &l)| {
                let own = self.cfg.labels[l as usize].clone();
                match &mix {
                    // The mixed target's two labels and their weights.
                    Some((lam, partner)) if *lam < 1.0 => format!("{own} {:.2}+{}", lam, partner(i)),
                    _ => own,
                }
            })
            .collect();
        crate::plots::image_grid(
            &self.opts.out.join("samples.png"),
            "Augmented training samples (as the model sees them)",
            &pixels,
            s as u32,
            &captions,
            &vec![None; n],
        )
    }

    fn train_epochs(&mut self, stop_after: Option<u64>) -> Result<Outcome> {
        let bar = progress_bar((self.steps_per_epoch * self.opts.epochs) as u64, self.progress.global_step);
        let bs = self.opts.step_images();
        let s = self.cfg.input_size();
        while self.progress.epoch < self.opts.epochs && self.progress.stopped_early.is_none() {
            let epoch = self.progress.epoch;
            let order = epoch_order(self.train.len(), self.opts.seed, epoch as u64, self.opts.shuffle);
            let first = self.progress.batch;
            let t_epoch = Instant::now();
            let mut window_start = Instant::now();
            let mut window_images = 0usize;
            let plan = call_plan(first, self.steps_per_epoch, self.progress.global_step, self.opts.log_every, self.opts.steps_per_call, stop_after);
            let stopped = std::thread::scope(|scope| -> Result<bool> {
                // Uploads run on their own thread, so the next call's batches cross while this one computes.
                let (tx, rx) = std::sync::mpsc::sync_channel::<Result<(PerDevice, PerDevice)>>(2);
                let batches = Prefetcher::new(self.train.clone(), order, bs, Remainder::Drop, first, 4);
                let (client, devices, uploads) = (self.client.clone(), self.devices, plan.clone());
                let micro = self.opts.recipe.grad_accum_steps;
                scope.spawn(move || upload_calls(batches, &uploads, &client, s, devices, micro, &tx));
                for &n in &plan {
                    if stop_requested() || stop_after.is_some_and(|limit| self.progress.global_step >= limit) {
                        return Ok(true);
                    }
                    let (images, labels) = rx.recv().map_err(|_| anyhow!("the batch loader stopped early"))??;
                    let mut args: Vec<DeviceArg> = self.state.drain(..).map(DeviceArg::Donate).collect();
                    args.extend([DeviceArg::Borrow(&images), DeviceArg::Borrow(&labels), DeviceArg::Borrow(&self.key)]);
                    let program = match (&self.programs.train_k, n) {
                        (Some(k), n) if n > 1 => k,
                        _ => &self.programs.train,
                    };
                    self.state = call(program, args)?;
                    self.progress.global_step += n as u64;
                    self.progress.batch += n;
                    window_images += n * bs;
                    let last = self.progress.batch == self.steps_per_epoch;
                    if self.progress.global_step.is_multiple_of(self.opts.log_every) || last {
                        let ips = window_images as f64 / window_start.elapsed().as_secs_f64().max(1e-9);
                        let line = self.pull_window(ips)?;
                        if let Some(b) = &bar {
                            b.set_message(line);
                        } else {
                            eprintln!("{line}");
                        }
                        window_start = Instant::now();
                        window_images = 0;
                    }
                    if let Some(b) = &bar {
                        b.set_position(self.progress.global_step);
                    }
                }
                drop(rx);
                Ok(false)
            })?;
            if stopped {
                if let Some(b) = &bar {
                    b.abandon();
                }
                self.save_resume()?;
                eprintln!(
                    "stopped at step {} (epoch {}, batch {}); state saved. Continue with: xlavit train --resume {}",
                    self.progress.global_step,
                    epoch + 1,
                    self.progress.batch,
                    self.opts.out.display()
                );
                return Ok(Outcome::Stopped { global_step: self.progress.global_step });
            }
            self.end_epoch(t_epoch.elapsed().as_secs_f64(), self.steps_per_epoch - first, bar.as_ref())?;
        }
        if let Some(b) = &bar {
            b.finish_and_clear();
        }
        Ok(Outcome::Finished)
    }

    /// One transfer of the accumulator, and nothing back: logs the steps since the last pull.
    fn pull_window(&mut self, images_per_second: f64) -> Result<String> {
        let i = self.metrics_index();
        // Every device holds the same sums (replicated): read the first.
        let m = self.state[i][0].to_host()?.to_f32()?;
        self.metric_pulls += 1;
        let now = Sums::read(&m);
        let (window, epoch) = (now.since(&self.progress.window_start), now.since(&self.progress.epoch_start));
        // Training on from a NaN or infinite loss only burns device time: stop, and say where
        // the last good weights are. (The resume state is not saved: it would hold the NaNs.)
        if !window.mean_loss().is_finite() {
            let last = self.opts.out.join("last");
            bail!(
                "the training loss became {} in the {} steps up to step {}: the run diverged. Try a lower --lr, a longer --warmup-steps{}.{}",
                window.mean_loss(),
                window.steps,
                self.progress.global_step,
                if self.opts.precision == crate::model::Precision::F32 { "" } else { " or --precision f32" },
                if last.is_dir() { format!(" The last epoch's weights are in {}.", last.display()) } else { String::new() }
            );
        }
        let bs = self.opts.step_images() as f64;
        let rec = outputs::StepRecord {
            kind: "train",
            epoch: self.progress.epoch + 1,
            step: self.progress.global_step,
            loss: window.mean_loss(),
            accuracy: window.accuracy(bs),
            grad_norm: window.mean_grad_norm(),
            lr: m[LR_SLOT] as f64,
            images_per_second,
            epoch_loss: epoch.mean_loss(),
            epoch_accuracy: epoch.accuracy(bs),
        };
        outputs::append_jsonl(&self.opts.out, &serde_json::to_value(&rec)?)?;
        self.progress.window_start = now;
        self.progress.epoch_sums = epoch;
        Ok(format!(
            "epoch {} loss {:.4} acc {:.1}% {:.0} img/s",
            self.progress.epoch + 1,
            rec.loss,
            rec.accuracy * 100.0,
            images_per_second
        ))
    }

    /// Loss sum and correct count over the validation split, and with `predictions` every
    /// image's predicted class (one transfer per batch more), from which predictions.png picks
    /// what it shows (`shown_sample`).
    fn evaluate(&self, params: &[PerDevice], predictions: bool) -> Result<(crate::feed::EvalSums, Shown)> {
        let eb = self.eval_batch;
        let mut predicted = vec![];
        let sums = crate::feed::eval_pass(
            self.client,
            &self.programs.eval,
            params,
            &self.val,
            eb,
            |_| predictions,
            |b, p| predicted.extend(p[..b.valid].iter().enumerate().map(|(j, &class)| (b.index * eb + j, class))),
        )?;
        Ok((sums, predicted))
    }

    fn end_epoch(&mut self, seconds: f64, steps_run: usize, bar: Option<&indicatif::ProgressBar>) -> Result<()> {
        let epoch = self.progress.epoch;
        let sums = self.progress.epoch_sums;
        let bs = self.opts.step_images() as f64;
        let n_val = self.val.len() as f64;
        // Every prediction is read (a transfer per eval batch) only where this epoch may be the
        // run's last: predictions.png picks from them.
        let may_stop = self.opts.early_stopping_patience.is_some_and(|p| epoch + 1 - self.progress.best_epoch >= p);
        let (sums_val, predictions) = self.evaluate(self.params(), epoch + 1 == self.opts.epochs || may_stop)?;
        let (val_loss, val_correct) = (sums_val.loss, sums_val.correct);
        let val_accuracy = val_correct / n_val;
        let best = self.progress.best_val_accuracy.is_none_or(|b| val_accuracy > b);
        if best {
            self.progress.best_val_accuracy = Some(val_accuracy);
            self.progress.best_epoch = epoch + 1;
        }
        let ema_val = match self.layout.has(Part::Ema) {
            true => Some(self.evaluate(self.layout.part(&self.state, Part::Ema), false)?.0),
            false => None,
        };
        let stale = epoch + 1 - self.progress.best_epoch;
        if let Some(patience) = self.opts.early_stopping_patience.filter(|&p| stale >= p && epoch + 1 < self.opts.epochs) {
            self.progress.stopped_early = Some(format!(
                "early stopping: the validation accuracy has not improved for {patience} epochs (best {:.2}% at epoch {})",
                self.progress.best_val_accuracy.unwrap_or(0.0) * 100.0,
                self.progress.best_epoch
            ));
        }
        let last_epoch = epoch + 1 == self.opts.epochs || self.progress.stopped_early.is_some();
        let predictions = shown_sample(&predictions, &self.val.labels, PREVIEW);
        let rec = EpochRecord {
            epoch: epoch + 1,
            step: self.progress.global_step,
            train_loss: sums.mean_loss(),
            train_accuracy: sums.accuracy(bs),
            train_grad_norm: sums.mean_grad_norm(),
            val_loss: val_loss / n_val,
            val_accuracy,
            best,
            seconds,
            // Over the steps this process ran: a resumed epoch ran only part of its steps here.
            images_per_second: steps_run as f64 * bs / seconds.max(1e-9),
            ema_val_loss: ema_val.map(|s| s.loss / n_val),
            ema_val_accuracy: ema_val.map(|s| s.correct / n_val),
        };
        let line = format!(
            "epoch {}/{}: train loss {:.4} acc {:.2}% | val loss {:.4} acc {:.2}%{} | gap {:+.2} pts | {:.1} s",
            rec.epoch,
            self.opts.epochs,
            rec.train_loss,
            rec.train_accuracy * 100.0,
            rec.val_loss,
            rec.val_accuracy * 100.0,
            if best { " (best)" } else { "" },
            (rec.train_accuracy - rec.val_accuracy) * 100.0,
            seconds
        );
        match bar {
            Some(b) => b.println(&line),
            None => eprintln!("{line}"),
        }
        self.progress.history.push(rec.clone());
        outputs::append_jsonl(&self.opts.out, &serde_json::to_value(serde_json::json!({"type": "epoch", "record": rec}))?)?;
        outputs::write_summary_csv(&self.opts.out, &self.progress.history)?;
        let points: Vec<crate::plots::EpochPoint> = self
            .progress
            .history
            .iter()
            .map(|r| crate::plots::EpochPoint {
                epoch: r.epoch,
                train_loss: r.train_loss,
                val_loss: r.val_loss,
                train_accuracy: r.train_accuracy,
                val_accuracy: r.val_accuracy,
            })
            .collect();
        crate::plots::curves(&self.opts.out.join("curves.png"), &points)?;

        // An epoch ends with a pull, so the next epoch counts from that reading.
        self.progress.epoch_start = self.progress.window_start;
        self.progress.epoch += 1;
        self.progress.batch = 0;
        self.progress.epoch_sums = Sums::default();

        // One download of the state serves the checkpoints and the resume state.
        let host = self.download_state()?;
        let named = self.named_params(self.layout.part(&host, Part::Params));
        crate::checkpoint::save_hf_dir(&self.opts.out.join("last"), self.cfg, self.pre, &named)?;
        if best {
            crate::checkpoint::save_hf_dir(&self.opts.out.join("best"), self.cfg, self.pre, &named)?;
        }
        if self.layout.has(Part::Ema) {
            let ema = self.named_params(self.layout.part(&host, Part::Ema));
            crate::checkpoint::save_hf_dir(&self.opts.out.join("ema"), self.cfg, self.pre, &ema)?;
        }
        if let Some(why) = &self.progress.stopped_early {
            let line = format!("{why}; best/ holds epoch {}", self.progress.best_epoch);
            match bar {
                Some(b) => b.println(&line),
                None => eprintln!("{line}"),
            }
        }
        if last_epoch {
            // The run is finished, and its resume state says so, only once all its outputs are
            // written: a crash before then resumes at this epoch's start and redoes it.
            self.write_predictions(&predictions)?;
            self.final_state = Some(host);
        } else {
            state::save(&self.opts.out, &self.layout, &self.progress, &host)?;
        }
        Ok(())
    }

    fn download_state(&self) -> Result<Vec<HostTensor>> {
        // Replicated: device 0's copy is the state.
        self.state.iter().map(|b| b[0].to_host()).collect()
    }

    fn named_params(&self, params: &[HostTensor]) -> Vec<(String, HostTensor)> {
        crate::model::vit::params(self.cfg).into_iter().map(|p| p.name).zip(params.iter().cloned()).collect()
    }

    fn save_resume(&mut self) -> Result<()> {
        let host = self.download_state()?;
        let m = host[self.metrics_index()].to_f32()?;
        self.progress.epoch_sums = Sums::read(&m).since(&self.progress.epoch_start);
        state::save(&self.opts.out, &self.layout, &self.progress, &host)
    }

    fn write_predictions(&self, predictions: &[(usize, i32)]) -> Result<()> {
        let s = self.cfg.input_size() as u32;
        let mut pixels = Vec::new();
        let mut captions = Vec::new();
        let mut colors = Vec::new();
        for &(i, p) in predictions {
            pixels.extend_from_slice(self.val.image(i));
            let truth = self.val.labels[i] as usize;
            let name = |k: usize| self.cfg.labels.get(k).cloned().unwrap_or_else(|| format!("class {k}"));
            captions.push(format!("{} / {}", name(truth), name(p as usize)));
            colors.push(Some(p as usize == truth));
        }
        crate::plots::image_grid(
            &self.opts.out.join("predictions.png"),
            "Validation: true / predicted (green right, red wrong)",
            &pixels,
            s,
            &captions,
            &colors,
        )
    }

    fn finish(&self) -> Result<()> {
        let h = &self.progress.history;
        let (Some(first), Some(last)) = (h.first(), h.last()) else { return Ok(()) };
        let best = h.iter().max_by(|a, b| a.val_accuracy.total_cmp(&b.val_accuracy).then(b.epoch.cmp(&a.epoch))).expect("non-empty");
        let mean_epoch = h.iter().map(|r| r.seconds).sum::<f64>() / h.len() as f64;
        let ips = h.iter().map(|r| r.images_per_second).sum::<f64>() / h.len() as f64;
        let summary = serde_json::json!({
            "final_val_accuracy": last.val_accuracy,
            "best_val_accuracy": best.val_accuracy,
            "best_epoch": best.epoch,
            "improvement_since_epoch_1": last.val_accuracy - first.val_accuracy,
            "overfitting_gap": last.train_accuracy - last.val_accuracy,
            "mean_epoch_seconds": mean_epoch,
            "compile_seconds": self.programs.compile_seconds,
            "train_images_per_second": ips,
            "steps": self.progress.global_step,
            "metric_pulls": self.metric_pulls,
            "skipped_images": {"train": self.skipped[0], "validation": self.skipped[1]},
            "device_to_host_transfers": crate::runtime::device_to_host_transfers(),
            "host_to_device_transfers": crate::runtime::host_to_device_transfers(),
        });
        outputs::write_json(&self.opts.out.join("summary.json"), &summary)?;
        eprintln!("──────── summary ────────");
        eprintln!("final validation accuracy  {:.2}%", last.val_accuracy * 100.0);
        eprintln!("best validation accuracy   {:.2}% (epoch {})", best.val_accuracy * 100.0, best.epoch);
        eprintln!("improvement since epoch 1  {:+.2} pts", (last.val_accuracy - first.val_accuracy) * 100.0);
        eprintln!("overfitting gap            {:+.2} pts (train - validation accuracy)", (last.train_accuracy - last.val_accuracy) * 100.0);
        eprintln!("mean epoch time            {mean_epoch:.1} s ({ips:.0} images/s)");
        eprintln!("compile time               {:.1} s", self.programs.compile_seconds);
        if self.skipped.iter().any(|&k| k > 0) {
            eprintln!("skipped images             {} train, {} validation (unreadable; see the warnings above)", self.skipped[0], self.skipped[1]);
        }
        eprintln!("outputs in {}", self.opts.out.display());
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::{call_plan, warmup_steps, TrainOptions};

    #[test]
    fn predictions_png_shows_mistakes_where_there_are_any() {
        let labels: Vec<u32> = (0..100).map(|i| i % 5).collect();
        let perfect: Vec<(usize, i32)> = (0..100).map(|i| (i, labels[i] as i32)).collect();
        let shown = super::shown_sample(&perfect, &labels, 16);
        assert_eq!(shown.iter().map(|s| s.0).collect::<Vec<_>>(), (0..16).map(|i| i * 100 / 16).collect::<Vec<_>>());
        // Three mistakes among 100: all three show, beside 13 correct ones.
        let mut some_wrong = perfect.clone();
        for i in [7, 42, 99] {
            some_wrong[i].1 = (labels[i] as i32 + 1) % 5;
        }
        let shown = super::shown_sample(&some_wrong, &labels, 16);
        assert_eq!(shown.len(), 16);
        assert!([7, 42, 99].iter().all(|i| shown.iter().any(|s| s.0 == *i)), "{shown:?}");
        assert!(shown.windows(2).all(|w| w[0].0 < w[1].0));
        // Mostly wrong: half the picture mistakes, half correct.
        let mostly_wrong: Vec<(usize, i32)> = (0..100).map(|i| (i, if i % 10 == 0 { labels[i] as i32 } else { 9 })).collect();
        let shown = super::shown_sample(&mostly_wrong, &labels, 16);
        assert_eq!(shown.iter().filter(|s| s.1 == 9).count(), 8);
        // Fewer images than the picture holds: all of them.
        assert_eq!(super::shown_sample(&mostly_wrong[..5], &labels, 16).len(), 5);
    }

    #[test]
    fn a_warmup_ratio_is_a_fraction_of_the_run_rounded_up() {
        let mut opts: TrainOptions = serde_json::from_value(serde_json::json!({
            "model": null, "data": null, "out": "x", "num_classes": null, "image_size": null, "batch_size": 4,
            "eval_batch_size": 4, "epochs": 1, "lr": 1e-3, "weight_decay": 0.0, "warmup_steps": 500, "seed": 0,
            "clip_grad_norm": 0.0, "augment": false, "shuffle": false, "log_every": 1, "precision": "f32", "cache_dir": null
        }))
        .unwrap();
        // An older train_config.json, without the ratio: the steps as saved.
        assert_eq!((opts.warmup_ratio, warmup_steps(&opts, 75)), (None, 500));
        opts.warmup_ratio = Some(0.1);
        assert_eq!(warmup_steps(&opts, 75), 8);
        assert_eq!(warmup_steps(&opts, 80), 8);
        opts.warmup_ratio = Some(0.0);
        assert_eq!(warmup_steps(&opts, 75), 0);
    }

    #[test]
    fn calls_of_k_steps_never_cross_a_pull_an_epoch_end_or_the_step_limit() {
        // 5 steps per epoch, a pull every 4 steps, 2 steps per call.
        assert_eq!(call_plan(0, 5, 0, 4, 2, None), vec![2, 2, 1]);
        assert_eq!(call_plan(0, 5, 5, 4, 2, None), vec![2, 1, 2]);
        // Resumed at batch 3 of an epoch, step 13.
        assert_eq!(call_plan(3, 5, 13, 4, 2, None), vec![2]);
        // A step limit at 3: the call that would pass it becomes single steps.
        assert_eq!(call_plan(0, 5, 0, 4, 2, Some(3)), vec![2, 1, 1, 1]);
        assert_eq!(call_plan(0, 5, 0, 50, 1, None), vec![1; 5]);
        assert_eq!(call_plan(0, 12, 0, 50, 4, None), vec![4, 4, 4]);
    }
}
