//! The command line: parses arguments and wires the modules together.

use crate::runtime::{Client, DeviceKind};
use crate::model::vit_config::VitConfig;
use anyhow::{bail, ensure, Context, Result};
use clap::builder::TypedValueParser;
use clap::{Args, Parser, Subcommand};
use std::path::PathBuf;

#[derive(Parser)]
#[command(name = "xlavit", version, about = "Fine-tune Vision Transformers on XLA: one compiled program per training step, run through a PJRT plugin (CPU, CUDA, TPU).")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

// Parsed once per process: the size of the largest variant does not matter.
#[allow(clippy::large_enum_variant)]
#[derive(Subcommand)]
enum Command {
    /// List the devices the PJRT plugin sees, with its API version and platform.
    Devices(DevicesArgs),
    /// Trace, differentiate and compile the training program; report its size, FLOPs and compile time.
    Compile(CompileArgs),
    /// Classify images with a ViT checkpoint and print the top labels.
    Predict(PredictArgs),
    /// Time the compiled ViT train step on deterministic weights and images.
    Bench(BenchArgs),
    /// Load a ViT checkpoint (optionally with a new classifier head) and save it in Hugging Face format.
    Convert(ConvertArgs),
    /// Fine-tune a ViT on an image dataset (with neither --model nor --data: the built-in tiny ViT on generated images).
    Train(TrainArgs),
    /// Evaluate a checkpoint on a dataset's validation split: loss, accuracy, per-class accuracy, confusion matrix.
    Eval(EvalArgs),
    /// Decode a dataset once into the memory-mapped cache that train and eval read.
    Prepare(PrepareArgs),
    /// The model types xlavit loads, their Hugging Face classes and the options it builds.
    Models,
}

#[derive(Args)]
struct TrainArgs {
    #[command(flatten)]
    dev: DeviceArgs,
    /// Continue the stopped run in this folder, with its saved configuration.
    #[arg(long, value_name = "DIR", conflicts_with_all = ["model", "config", "data", "out"])]
    resume: Option<PathBuf>,
    /// Stop (saving the resume state) once this many steps are done in all, as Ctrl-C does.
    #[arg(long, value_name = "STEPS")]
    stop_after_steps: Option<u64>,
    // Last: its recipe and augmentation groups close the help as a menu.
    #[command(flatten)]
    run: crate::train::TrainOptions,
}

#[derive(Args)]
struct EvalArgs {
    #[command(flatten)]
    dev: DeviceArgs,
    /// Run at SIZE x SIZE, a multiple of the patch size: a ViT's or DeiT's position embeddings
    /// are resized once when loading (bicubic, as transformers' interpolate_pos_encoding=True);
    /// DINOv2 resizes its own in the program [default: the model's size].
    #[arg(long, value_parser = clap::value_parser!(u32).range(1..=VitConfig::MAX_IMAGE_SIZE))]
    image_size: Option<u32>,
    /// A model directory in Hugging Face format (e.g. a run's best/), or a hub id.
    #[arg(long)]
    model: String,
    /// A dataset, as for train.
    #[arg(long)]
    data: String,
    /// Keep the first N classes (default: as many as the model has).
    #[arg(long, value_parser = clap::builder::RangedU64ValueParser::<usize>::new().range(1..))]
    num_classes: Option<usize>,
    /// Images per evaluation call (the last batch is padded and masked).
    #[arg(long, default_value_t = 128, value_parser = clap::builder::RangedU64ValueParser::<usize>::new().range(1..))]
    batch_size: usize,
    /// Where confusion.csv, confusion.png and eval.json go.
    #[arg(long, default_value = "out/eval")]
    out: PathBuf,
    /// Where decoded datasets are kept [default: $XLAVIT_CACHE_DIR, or $XDG_CACHE_HOME/xlavit/data, or ~/.cache/xlavit/data].
    #[arg(long)]
    cache_dir: Option<PathBuf>,
    /// Test-time augmentation: `flip` averages the logits of each image and its mirror image.
    #[arg(long, value_enum, default_value_t = crate::recipe::Tta::None)]
    tta: crate::recipe::Tta,
    #[command(flatten)]
    num: NumericsArgs,
}

#[derive(Args)]
struct PrepareArgs {
    /// A dataset, as for train.
    #[arg(long)]
    data: String,
    /// Decode for this model (a directory, or a hub id: only its configs are fetched): images
    /// are resized to its image size, as train will want them.
    #[arg(long, conflicts_with = "image_size")]
    model: Option<String>,
    /// Images are resized to SIZE x SIZE [default: 224, ViT-B/16's; the built-in tiny ViT takes 32].
    #[arg(long, value_parser = clap::value_parser!(u32).range(1..=VitConfig::MAX_IMAGE_SIZE))]
    image_size: Option<u32>,
    /// Keep the first N classes (default: all; 20 for Food-101).
    #[arg(long, value_parser = clap::builder::RangedU64ValueParser::<usize>::new().range(1..))]
    num_classes: Option<usize>,
    /// Where decoded datasets are kept [default: $XLAVIT_CACHE_DIR, or $XDG_CACHE_HOME/xlavit/data, or ~/.cache/xlavit/data].
    #[arg(long)]
    cache_dir: Option<PathBuf>,
}

#[derive(Args)]
struct ConvertArgs {
    /// A model directory in Hugging Face format, or a hub id.
    #[arg(long)]
    model: String,
    /// Output directory (written atomically, file by file).
    #[arg(long)]
    out: PathBuf,
    /// New class names, comma-separated; the classifier is re-initialized when their number differs.
    #[arg(long, conflicts_with = "num_labels")]
    labels: Option<String>,
    /// New number of classes (named LABEL_0, LABEL_1, ...).
    #[arg(long, value_parser = clap::builder::RangedU64ValueParser::<usize>::new().range(1..))]
    num_labels: Option<usize>,
    /// Seed of a re-initialized classifier.
    #[arg(long, default_value_t = 0)]
    seed: u64,
}

#[derive(Args)]
struct BenchArgs {
    #[command(flatten)]
    dev: DeviceArgs,
    /// `tiny` (default), `vit-b16`, `deit-b16-distilled`, `dinov2-s14`, `dinov2-s14-reg` (at 224 px), `clip-b16`, `siglip-b16`, `siglip-b16-map`, `beit-b16`, or a path to a config.json.
    #[arg(long)]
    config: Option<String>,
    /// Images per step.
    #[arg(long, default_value_t = 8, value_parser = clap::value_parser!(i64).range(1..))]
    batch: i64,
    /// Timed steps.
    #[arg(long, default_value_t = 20, value_parser = clap::builder::RangedU64ValueParser::<usize>::new().range(1..))]
    steps: usize,
    /// Untimed steps first (the first call includes one-time setup).
    #[arg(long, default_value_t = 3)]
    warmup: usize,
    /// One chip's peak TFLOP/s, to report model FLOP utilization (over all the chips used).
    #[arg(long, value_parser = crate::arg_values::positive_f64)]
    peak_tflops: Option<f64>,
    /// Also write the results as JSON here.
    #[arg(long)]
    json: Option<PathBuf>,
    /// Run K steps per call (a loop over K stacked batches inside the program); times are per step.
    #[arg(long, default_value_t = 1, value_name = "K", value_parser = clap::builder::RangedU64ValueParser::<usize>::new().range(1..))]
    steps_per_call: usize,
    #[command(flatten)]
    num: NumericsArgs,
    // Last: the augmentation and recipe groups close the help as a menu.
    #[command(flatten)]
    aug: crate::recipe::AugmentOptions,
    #[command(flatten)]
    recipe: crate::recipe::Recipe,
}

#[derive(Args, Clone)]
struct NumericsArgs {
    /// `bf16`: mixed precision (bf16 matmuls and activations, f32 accumulation, f32 weights,
    /// optimizer, LayerNorm, softmax and loss), or `f32` throughout
    /// [default: bf16 on cuda and tpu, f32 on cpu].
    #[arg(long, value_parser = clap::builder::PossibleValuesParser::new(["f32", "bf16"]).map(|s| s.parse::<crate::model::Precision>().expect("listed precisions parse")))]
    precision: Option<crate::model::Precision>,
    /// How exactly dots run: `default` (the backend's choice: TF32 for f32 dots on NVIDIA GPUs),
    /// `high`, or `highest` (full f32) [default: default].
    #[arg(long, value_parser = clap::builder::PossibleValuesParser::new(["default", "high", "highest"]).map(|s| s.parse::<crate::graph::DotPrecision>().expect("listed precisions parse")))]
    dot_precision: Option<crate::graph::DotPrecision>,
}

impl NumericsArgs {
    fn resolve(&self, dev: &DeviceArgs) -> crate::model::Numerics {
        let precision = self.precision.unwrap_or(crate::model::Precision::default_for(dev.device != DeviceKind::Cpu));
        crate::model::Numerics { precision, dots: self.dot_precision.unwrap_or_default() }
    }
}

#[derive(Args, Clone)]
pub struct DeviceArgs {
    /// Which kind of PJRT plugin to use.
    #[arg(long, default_value = "cpu", value_parser = clap::builder::PossibleValuesParser::new(["cpu", "cuda", "tpu"]).map(|s| s.parse::<DeviceKind>().expect("listed kinds parse")))]
    device: DeviceKind,
    /// Path of a PJRT plugin (.so) to use instead of looking in the usual places
    /// (also: the XLAVIT_PJRT_PLUGIN environment variable).
    #[arg(long)]
    plugin: Option<PathBuf>,
    /// Number of devices the CPU plugin presents [default: 1]; `train`, `eval` and `bench` run
    /// (and `compile` compiles) data-parallel over all of them (as over every GPU or TPU chip of a host).
    #[arg(long, value_parser = clap::value_parser!(i64).range(1..=256))]
    cpu_devices: Option<i64>,
    /// Use only the first N devices [default: all of them].
    #[arg(long, value_name = "N", value_parser = clap::builder::RangedU64ValueParser::<usize>::new().range(1..))]
    devices: Option<usize>,
    /// Keep compiled programs here and load them instead of compiling again
    /// [default: $XLAVIT_COMPILE_CACHE, or $XDG_CACHE_HOME/xlavit/compiled, or ~/.cache/xlavit/compiled].
    #[arg(long, value_name = "DIR")]
    compile_cache: Option<PathBuf>,
    /// Always compile; neither read nor write the compile cache (also: XLAVIT_COMPILE_CACHE=off).
    #[arg(long, conflicts_with = "compile_cache")]
    no_compile_cache: bool,
}

#[derive(Args)]
struct DevicesArgs {
    #[command(flatten)]
    dev: DeviceArgs,
    /// Join a client that spans several processes (hosts), as `jax.distributed.initialize`
    /// does, through an etcd key-value store: `http://HOST:PORT[/PREFIX]`. Shows the global
    /// devices this process sees. (Only `devices` joins such a client yet: README, Several hosts.)
    #[arg(long, value_name = "URL", requires_all = ["num_processes", "process_id"])]
    coordinator: Option<String>,
    /// How many processes the client spans.
    #[arg(long, value_parser = clap::value_parser!(i64).range(1..))]
    num_processes: Option<i64>,
    /// This process's number, 0 to --num-processes - 1.
    #[arg(long, value_parser = clap::value_parser!(i64).range(0..))]
    process_id: Option<i64>,
}

#[derive(Args)]
struct CompileArgs {
    #[command(flatten)]
    dev: DeviceArgs,
    /// Also write our StableHLO and XLA's HLO before and after optimization into --out.
    #[arg(long)]
    dump_hlo: bool,
    /// Output folder: summary.json (sizes, memory per device, cost, the verdicts), the HLO
    /// with --dump-hlo, and libtpu's log for a TPU target.
    #[arg(long, default_value = "out/compile")]
    out: PathBuf,
    /// Compile ahead of time for devices this machine does not have; nothing runs. With
    /// --device tpu, a Cloud TPU slice: v5e-1, v5e-4, v5e-8, v5e-16, v5e-32 (also v5litepod-N),
    /// v4-8, v5p-8, v6e-8 and others (an unknown name lists them); needs libtpu (`bash
    /// scripts/setup.sh tpu`), not a TPU. With --device cuda: `h100`, or a file holding an XLA
    /// `GpuTargetConfigProto` in text form; needs the CUDA plugin (not the GPU or its driver).
    #[arg(long)]
    target: Option<String>,
    /// Compile the train step `train --steps-per-call K` runs: K steps per call [default: 1].
    #[arg(long, value_name = "K", default_value_t = 1, value_parser = clap::builder::RangedU64ValueParser::<usize>::new().range(1..))]
    steps_per_call: usize,
    /// Find the largest global batch whose programs fit the device's memory (by compiling
    /// again) and print it; done anyway for a program that does not fit.
    #[arg(long)]
    max_batch: bool,
    /// Exit with an error when a program does not fit the device's memory.
    #[arg(long)]
    require_fit: bool,
    /// Which training program: `vit` (the ViT train step and eval program) or `mlp` (a small MLP train step).
    #[arg(long, default_value = "vit", value_parser = ["vit", "mlp"])]
    program: String,
    /// A model directory in Hugging Face format, or a hub id (e.g. google/vit-base-patch16-224);
    /// only its config.json and preprocessor_config.json are read.
    #[arg(long)]
    model: Option<String>,
    /// A model config without weights: `vit-b16`, `deit-b16-distilled`, `dinov2-s14`, `dinov2-s14-reg` (at 224 px), `clip-b16`, `siglip-b16`, `siglip-b16-map`, `beit-b16`, `tiny`, or a path to a config.json.
    /// Default: the tiny built-in ViT.
    #[arg(long, conflicts_with = "model")]
    config: Option<String>,
    /// Images per training step.
    #[arg(long, default_value_t = 8, value_parser = clap::value_parser!(i64).range(1..))]
    batch: i64,
    /// Number of classes (re-sizes the classifier); default: the config's labels.
    #[arg(long, value_parser = clap::builder::RangedU64ValueParser::<usize>::new().range(1..))]
    num_labels: Option<usize>,
    /// Run at SIZE x SIZE, a multiple of the patch size: a ViT's or DeiT's position embeddings
    /// are resized once when loading (bicubic, as transformers' interpolate_pos_encoding=True);
    /// DINOv2 resizes its own in the program [default: the model's size].
    #[arg(long, value_parser = clap::value_parser!(u32).range(1..=VitConfig::MAX_IMAGE_SIZE))]
    image_size: Option<u32>,
    #[command(flatten)]
    num: NumericsArgs,
    // Last: the augmentation and recipe groups close the help as a menu.
    #[command(flatten)]
    aug: crate::recipe::AugmentOptions,
    #[command(flatten)]
    recipe: crate::recipe::Recipe,
}

#[derive(Args)]
struct PredictArgs {
    #[command(flatten)]
    dev: DeviceArgs,
    /// Run at SIZE x SIZE, a multiple of the patch size: a ViT's or DeiT's position embeddings
    /// are resized once when loading (bicubic, as transformers' interpolate_pos_encoding=True);
    /// DINOv2 resizes its own in the program [default: the model's size].
    #[arg(long, value_parser = clap::value_parser!(u32).range(1..=VitConfig::MAX_IMAGE_SIZE))]
    image_size: Option<u32>,
    /// A model directory in Hugging Face format, or a hub id.
    #[arg(long)]
    model: String,
    /// Image files (JPEG, PNG, WebP, BMP, GIF, TIFF).
    #[arg(required = true)]
    images: Vec<PathBuf>,
    /// How many labels to print per image.
    #[arg(long, default_value_t = 5, value_parser = clap::builder::RangedU64ValueParser::<usize>::new().range(1..))]
    top_k: usize,
    /// Print JSON: per image, the file, logits, probabilities and top-k.
    #[arg(long)]
    json: bool,
    /// Test-time augmentation: `flip` averages the logits of each image and its mirror image.
    #[arg(long, value_enum, default_value_t = crate::recipe::Tta::None)]
    tta: crate::recipe::Tta,
}

/// The `--target` of `xlavit compile`: a TPU slice for libtpu, or a GPU described by name or
/// file for the CUDA plugin. `out` takes libtpu's log.
fn compile_target(dev: &DeviceArgs, target: &str, out: &std::path::Path) -> Result<crate::compile::CompileOn> {
    use crate::compile::{CompileOn, TargetOn};
    match dev.device {
        DeviceKind::Tpu => {
            let slice = crate::accelerators::tpu_slice(target)?;
            let path = crate::runtime::locate_plugin(DeviceKind::Tpu, dev.plugin.as_deref())
                .context("compiling for a TPU slice needs libtpu (not a TPU)")?;
            let logs = crate::runtime::hardware::quiet_libtpu_for_compiling(out)?;
            let see_logs = || logs.as_ref().map_or(String::new(), |d| format!(" (libtpu's log: {})", d.display()));
            let (t, devices, processes) = {
                let _quiet = logs.as_ref().map(|d| crate::runtime::hardware::StderrToFile::new(&d.join("stderr.log"))).transpose()?;
                let plugin = crate::runtime::Plugin::load(&path).with_context(|| format!("loading libtpu{}", see_logs()))?;
                let t = crate::runtime::Target::tpu(plugin, &slice.topology, slice.chips_per_host, slice.chip_config)
                    .with_context(|| format!("--target {}{}", slice.name, see_logs()))?;
                let (devices, processes) = t.devices_and_processes().with_context(|| format!("the chips of --target {}", slice.name))?;
                (t, devices, processes)
            };
            ensure!(
                devices == slice.chips,
                "{} describes {} as {devices} chips, not {}: this libtpu names its slices otherwise",
                path.display(),
                slice.name,
                slice.chips
            );
            let name = format!("{} ({}, {} chips, {} per host)", slice.name, slice.chip.name, slice.chips, slice.chips_per_host.iter().product::<i64>());
            Ok(CompileOn::Target(TargetOn { target: t, name, chip: Some(slice.chip), unit: "chip", devices, processes }))
        }
        DeviceKind::Cuda | DeviceKind::Cpu if crate::accelerators::tpu_slice(target).is_ok() => {
            bail!("--target {target} is a TPU slice: use it with --device tpu")
        }
        DeviceKind::Cuda => {
            let (config, name) = crate::runtime::target::gpu_target_config(target)?;
            let plugin = crate::runtime::Plugin::load(crate::runtime::locate_gpu_compiler(dev.plugin.as_deref())?)?;
            let t = crate::runtime::Target::gpu(plugin, &config).with_context(|| format!("the GPU target {name}"))?;
            let chip = (target == "h100").then_some(crate::accelerators::H100_SXM);
            Ok(CompileOn::Target(TargetOn { target: t, name, chip, unit: "GPU", devices: 1, processes: 1 }))
        }
        DeviceKind::Cpu => bail!("--target {target} describes a GPU: use it with --device cuda"),
    }
}

pub fn main() -> Result<()> {
    let matches = <Cli as clap::CommandFactory>::command().get_matches();
    let cli = <Cli as clap::FromArgMatches>::from_arg_matches(&matches).unwrap_or_else(|e| e.exit());
    // XLA logs at INFO level to stderr from inside the plugin (e.g. "cpu_device_count set via
    // create_options"), between xlavit's own lines. Warnings and errors still show. A user who
    // set the level keeps theirs, and one asking for XLA's VLOG lines (INFO too) gets them.
    let debugging = ["TF_CPP_MIN_LOG_LEVEL", "TF_CPP_VMODULE", "TF_CPP_MAX_VLOG_LEVEL"].iter().any(|v| std::env::var_os(v).is_some());
    if !debugging {
        // Set before any thread starts and before a plugin is loaded (it reads it once).
        std::env::set_var("TF_CPP_MIN_LOG_LEVEL", "1");
    }
    // Missing accelerator hardware is found before any model, data or plugin is touched.
    let dev = match &cli.command {
        Command::Devices(d) => Some(&d.dev),
        Command::Compile(a) if a.target.is_none() => Some(&a.dev),
        Command::Compile(_) => None,
        Command::Predict(a) => Some(&a.dev),
        Command::Bench(a) => Some(&a.dev),
        Command::Train(a) => Some(&a.dev),
        Command::Eval(a) => Some(&a.dev),
        Command::Convert(_) | Command::Prepare(_) | Command::Models => None,
    };
    if let Some(d) = dev {
        crate::runtime::hardware::check(d.device)?;
    }
    match cli.command {
        Command::Models => {
            print!("{}", crate::model::family::table());
            Ok(())
        }
        Command::Devices(a) => {
            let distributed = match (&a.coordinator, a.num_processes, a.process_id) {
                (Some(url), Some(n), Some(k)) => Some(crate::runtime::Distributed {
                    node_id: k,
                    num_nodes: n,
                    store: std::sync::Arc::new(crate::runtime::kv_store::EtcdStore::new(url)?),
                }),
                (None, None, None) => None,
                _ => bail!("--coordinator, --num-processes and --process-id go together"),
            };
            let mut opts = client_options(&a.dev);
            opts.distributed = distributed.clone();
            let client = crate::runtime::open_client(a.dev.device, a.dev.plugin.as_deref(), &opts)?;
            crate::devices::run(&client, a.dev.device, a.dev.plugin.as_deref(), distributed.as_ref())
        }
        Command::Compile(a) => crate::compile::run(
            &crate::compile::CompileOptions {
                dump_hlo: a.dump_hlo,
                out: a.out.clone(),
                program: a.program.clone(),
                model: a.model.clone(),
                config: a.config.clone(),
                batch: a.batch,
                num_labels: a.num_labels,
                image_size: a.image_size,
                augment: a.aug.augment(),
                numerics: a.num.resolve(&a.dev),
                steps_per_call: a.steps_per_call,
                recipe: a.recipe,
                max_batch: a.max_batch,
                require_fit: a.require_fit,
            },
            |out| match &a.target {
                None => Ok(crate::compile::CompileOn::Client(open_client(&a.dev)?)),
                Some(t) => compile_target(&a.dev, t, out),
            },
        ),
        Command::Predict(a) => crate::predict::run(&open_client(&a.dev)?, &a.model, a.image_size, &a.images, a.top_k, a.json, a.tta),
        Command::Convert(a) => crate::convert::run(&crate::convert::ConvertOptions {
            model: a.model,
            out: a.out,
            labels: a.labels,
            num_labels: a.num_labels,
            seed: a.seed,
        }),
        Command::Train(a) => train(a, matches.subcommand_matches("train").context("the train command's arguments")?),
        Command::Eval(a) => {
            let client = open_client(&a.dev)?;
            let o = crate::evaluate::EvalOptions {
                model: a.model,
                data: a.data,
                num_classes: a.num_classes,
                image_size: a.image_size,
                batch_size: a.batch_size,
                out: a.out,
                cache_dir: a.cache_dir,
                numerics: a.num.resolve(&a.dev),
                tta: a.tta,
            };
            crate::evaluate::run(&o, &client).map(|_| ())
        }
        Command::Prepare(a) => crate::prepare::run(&crate::prepare::PrepareOptions {
            data: a.data,
            image_size: match (&a.model, a.image_size) {
                (Some(m), _) => crate::checkpoint::model_config(Some(m), None)?.0.input_size() as u32,
                (None, size) => size.unwrap_or(224),
            },
            num_classes: a.num_classes,
            cache_dir: a.cache_dir,
        }),
        Command::Bench(a) => crate::bench::run(
            &open_client(&a.dev)?,
            &crate::bench::BenchOptions {
                config: a.config,
                batch: a.batch,
                steps: a.steps,
                warmup: a.warmup,
                augment: a.aug.augment(),
                peak_tflops: a.peak_tflops,
                json: a.json,
                numerics: a.num.resolve(&a.dev),
                steps_per_call: a.steps_per_call,
                recipe: a.recipe,
            },
        ),
    }
}

/// Loads the plugin and creates a client for `args`.
fn open_client(args: &DeviceArgs) -> Result<Client> {
    crate::runtime::open_client(args.device, args.plugin.as_deref(), &client_options(args))
}

fn client_options(args: &DeviceArgs) -> crate::runtime::ClientOptions {
    let cache = if args.no_compile_cache {
        None
    } else {
        args.compile_cache.clone().or_else(crate::runtime::compile_cache::default_dir)
    };
    // Newer CPU plugins present several devices by default (4 on a 2-core machine), and the
    // train step runs data-parallel over all of them: slower than one device using every core
    // (BENCHMARKS.md). One, unless asked.
    let cpu_devices = args.cpu_devices.or((args.device == DeviceKind::Cpu).then_some(1));
    crate::runtime::ClientOptions {
        cpu_device_count: cpu_devices,
        compile_cache: cache,
        max_devices: args.devices,
        on_warning: Some(|w| eprintln!("warning: {w}")),
        distributed: None,
    }
}


/// What `--resume` may change: where things are cached, when to stop, and the machine it runs
/// on (the device flags). Everything else is the run's configuration, saved in
/// train_config.json, and a flag given for it is refused: a new flag is refused until it is
/// named here.
const RESUME_MAY_SET: [&str; 9] =
    ["resume", "cache_dir", "stop_after_steps", "device", "plugin", "cpu_devices", "devices", "compile_cache", "no_compile_cache"];

/// The `train` flags given on the command line that set the run's configuration, in the
/// order they were given.
fn run_settings_given(matches: &clap::ArgMatches) -> Vec<String> {
    let cmd = <Cli as clap::CommandFactory>::command();
    let Some(train) = cmd.find_subcommand("train") else { return vec![] };
    let mut given: Vec<(usize, String)> = train
        .get_arguments()
        .filter(|arg| {
            let id = arg.get_id().as_str();
            !RESUME_MAY_SET.contains(&id) && matches.value_source(id) == Some(clap::parser::ValueSource::CommandLine)
        })
        .map(|arg| {
            let at = matches.index_of(arg.get_id().as_str()).unwrap_or(usize::MAX);
            (at, format!("--{}", arg.get_long().unwrap_or(arg.get_id().as_str())))
        })
        .collect();
    given.sort();
    given.into_iter().map(|(_, flag)| flag).collect()
}

fn train(a: TrainArgs, matches: &clap::ArgMatches) -> Result<()> {
    let opts = match &a.resume {
        Some(dir) => {
            let given = run_settings_given(matches);
            if !given.is_empty() {
                bail!(
                    "--resume continues the run with its saved configuration ({}); drop {}",
                    dir.join("train_config.json").display(),
                    given.join(", ")
                );
            }
            let mut o = crate::train::read_config(dir)?;
            o.out = dir.clone();
            if matches.value_source("cache_dir") == Some(clap::parser::ValueSource::CommandLine) {
                o.cache_dir = a.run.cache_dir.clone();
            }
            o
        }
        None => {
            let mut o = a.run.clone();
            o.settle_defaults(a.dev.device != DeviceKind::Cpu, |id| matches.value_source(id) == Some(clap::parser::ValueSource::DefaultValue));
            o
        }
    };
    let client = open_client(&a.dev)?;
    let outcome = crate::train::run(&opts, &client, a.resume.is_some(), a.stop_after_steps)?;
    if let (crate::train::Outcome::Stopped { .. }, Some(sig)) = (&outcome, crate::train::stop_signal()) {
        // Interrupted, state saved: the shell's convention for a run ended by a signal.
        std::process::exit(128 + sig);
    }
    Ok(())
}

