//! `xlavit compile`: traces, differentiates and compiles the training programs, on this
//! machine's devices or ahead of time for a GPU or TPU slice it does not have, and reports their
//! size, FLOPs, compile time, XLA's memory plan per device against the device's memory (with
//! the largest batch that fits) and its cost analysis with a roofline estimate; with
//! `--dump-hlo`, also our StableHLO and XLA's HLO before and after optimization.

use crate::accelerators::Chip;
use crate::augment::Augment;
use crate::graph::Function;
use crate::memory_fit::{Capacity, Need};
use crate::model::preprocessor::Preprocessor;
use crate::model::vit_config::VitConfig;
use crate::model::Numerics;
use crate::optim::{AdamW, Schedule};
use crate::runtime::Client;
use crate::train_step::StepOptions;
use anyhow::{bail, ensure, Context, Result};
use std::path::{Path, PathBuf};
use std::time::Instant;

pub struct CompileOptions {
    pub dump_hlo: bool,
    pub out: PathBuf,
    /// `vit` or `mlp`.
    pub program: String,
    pub model: Option<String>,
    pub config: Option<String>,
    pub batch: i64,
    pub num_labels: Option<usize>,
    pub image_size: Option<u32>,
    pub augment: Augment,
    pub numerics: Numerics,
    /// With K > 1, the train step `train --steps-per-call K` runs: K steps per call over K
    /// stacked batches, metrics accumulated on the device.
    pub steps_per_call: usize,
    /// The train step's recipe, as `train` takes it (`--grad-accum-steps N`: `batch` is then
    /// the micro-batch, and the memory figures are one micro-batch's).
    pub recipe: crate::recipe::Recipe,
    /// Search for the largest global batch that fits, whatever `batch` does.
    pub max_batch: bool,
    /// Fail (nonzero exit) when a program does not fit its device.
    pub require_fit: bool,
}

/// Where the programs are compiled: on a client's devices, or ahead of time for a device
/// described only (`--target`).
pub enum CompileOn {
    Client(Client),
    Target(TargetOn),
}

/// An ahead-of-time target: the described devices, and the chip's figures where known.
pub struct TargetOn {
    pub target: crate::runtime::Target,
    /// For messages: `v5e-8 (v5e:2x4, TPU v5e)`, `NVIDIA H100 80GB HBM3`.
    pub name: String,
    /// The memory, peak and bandwidth the verdict and estimate use (none for a GPU described by
    /// a file of xlavit does not know).
    pub chip: Option<Chip>,
    /// `chip` or `GPU`.
    pub unit: &'static str,
    /// Devices the programs are split over, and the processes (hosts) they belong to.
    pub devices: usize,
    pub processes: usize,
}

struct Compiled {
    name: &'static str,
    function: Function,
    text: String,
    compile_seconds: f64,
    from_cache: bool,
    cost: Option<crate::runtime::CostAnalysis>,
    memory: Option<crate::runtime::CompiledMemoryStats>,
    need: Need,
    /// The largest global batch that fits, where searched.
    largest_batch: Option<Option<u64>>,
}

/// What a program is compiled from: the model, the batch and everything else fixed.
struct Recipe<'a> {
    args: &'a CompileOptions,
    aug: Augment,
    opt: AdamW,
    vit: Option<(VitConfig, Preprocessor)>,
    devices: usize,
}

impl Recipe<'_> {
    /// The programs compiled, by name: the ViT's train step and eval program, or the MLP step.
    fn names(&self) -> &'static [&'static str] {
        if self.vit.is_some() {
            &["train_step", "eval"]
        } else {
            &["train_step"]
        }
    }

    /// Program `name` at global batch `batch`, split over the devices.
    fn program(&self, name: &str, batch: i64) -> Result<Function> {
        let args = self.args;
        let Some((cfg, pre)) = &self.vit else {
            return crate::train_step::mlp_step(&mlp_config(), batch, &self.opt, args.numerics);
        };
        if name == "train_step" {
            // The program `train` runs, metric sums and all: its memory is what must fit.
            let options = StepOptions { accumulate: true, steps_per_call: args.steps_per_call, recipe: args.recipe };
            let mut step = crate::train_step::vit_train_step_with(cfg, pre, batch, &self.opt, &self.aug, args.numerics, options)?;
            if self.devices > 1 {
                crate::train_step::split_train_step(&mut step, self.devices, options)?;
            }
            Ok(step)
        } else {
            // The eval program `train` and `eval` run.
            let mut eval = crate::train_step::vit_eval_accumulating(cfg, pre, batch, args.numerics, Default::default())?;
            if self.devices > 1 {
                crate::train_step::split_eval(&mut eval, self.devices)?;
            }
            Ok(eval)
        }
    }
}

fn mlp_config() -> crate::model::mlp::MlpConfig {
    crate::model::mlp::MlpConfig { input: 64, hidden: vec![128, 128], classes: 10 }
}

/// One compile, and what it says of memory and cost.
struct Outcome {
    from_cache: bool,
    cost: Option<crate::runtime::CostAnalysis>,
    memory: Option<crate::runtime::CompiledMemoryStats>,
}

fn compile_on(on: &CompileOn, program: &crate::program::Program, uncached: bool) -> Result<Outcome> {
    match on {
        // XLA writes its HLO dumps only when it compiles: --dump-hlo bypasses the cache.
        CompileOn::Client(client) => {
            let exe = if uncached { client.compile_uncached(program) } else { client.compile(program) }?;
            Ok(Outcome { from_cache: exe.from_cache(), cost: exe.cost_analysis().unwrap_or(None), memory: exe.compiled_memory_stats().unwrap_or(None) })
        }
        CompileOn::Target(t) => {
            let report = t.target.compile(program)?;
            Ok(Outcome { from_cache: false, cost: report.cost, memory: report.memory })
        }
    }
}

pub fn run(args: &CompileOptions, open: impl FnOnce(&Path) -> Result<CompileOn>) -> Result<()> {
    let xla_dump = args.out.join("xla_dump");
    std::fs::create_dir_all(&args.out).with_context(|| format!("creating {}", args.out.display()))?;
    if args.dump_hlo {
        if xla_dump.exists() {
            std::fs::remove_dir_all(&xla_dump).with_context(|| format!("clearing {}", xla_dump.display()))?;
        }
        // XLA reads its flags once, when the plugin first initializes: set them before loading it.
        let mut flags = std::env::var("XLA_FLAGS").unwrap_or_default();
        flags.push_str(&format!(" --xla_dump_to={} --xla_dump_hlo_as_text", xla_dump.display()));
        std::env::set_var("XLA_FLAGS", flags.trim());
    }
    // Only the ViT step augments (the MLP step has no images).
    let aug = if args.program == "vit" { args.augment.clone() } else { Augment::off() };
    let opt = AdamW { schedule: Schedule::WarmupCosine { peak: 1e-4, warmup_steps: 100, total_steps: 1000 }, ..AdamW::default() };
    let (vit, params) = match args.program.as_str() {
        "mlp" => {
            if args.model.is_some() || args.config.is_some() || args.num_labels.is_some() {
                bail!("--model, --config and --num-labels describe a ViT; --program mlp takes none of them");
            }
            ensure!(args.steps_per_call == 1, "--steps-per-call compiles the ViT train step; --program mlp has one step per call");
            (None, mlp_config().params().iter().map(|p| p.shape.element_count()).sum::<i64>())
        }
        "vit" => {
            let (cfg, pre) = crate::checkpoint::model_config(args.model.as_deref(), args.config.as_deref())?;
            let (mut cfg, pre) = crate::checkpoint::at_image_size(cfg, pre, args.image_size)?;
            if let Some(n) = args.num_labels {
                cfg = cfg.with_labels((0..n).map(|i| format!("LABEL_{i}")).collect());
            }
            let params = crate::model::vit::params(&cfg).iter().map(|p| p.shape.element_count()).sum();
            (Some((cfg, pre)), params)
        }
        other => bail!("--program {other}: expected `vit` or `mlp`"),
    };

    let on = open(&args.out)?;
    // The ViT programs are split over every device the programs are for, as `train` splits its
    // own: a client's devices, or a TPU slice's chips (the MLP step stays on one device).
    let devices = match &on {
        _ if vit.is_none() => 1,
        CompileOn::Client(client) => client.addressable_device_count(),
        CompileOn::Target(t) => t.devices,
    };
    if devices > 1 {
        ensure!(args.batch % devices as i64 == 0, "--batch {} does not split over the {devices} devices: use a multiple of {devices}", args.batch);
    }
    let recipe = Recipe { args, aug: aug.clone(), opt, vit, devices };
    let capacity = match &on {
        CompileOn::Client(client) => crate::memory_fit::client_capacity(client)?,
        CompileOn::Target(t) => match crate::memory_fit::capacity_override()? {
            Some(c) => Some(c),
            // The maker's figure beside ours where the units differ (an H100's 80 GB is 74.5 GiB).
            None => t.chip.map(|c| {
                let label = c.memory_label();
                let per = if label.ends_with("GiB") { format!("per {}", t.unit) } else { format!("per {} ({label})", t.unit) };
                Capacity { bytes: c.memory_bytes, per }
            }),
        },
    };

    let mut done = compile_programs(&on, &recipe, args.dump_hlo)?;
    if let Some(cap) = &capacity {
        search_largest_batches(&on, &recipe, &mut done, cap)?;
    }

    let platform = on_name(&on);
    let processes = match &on {
        CompileOn::Target(t) => t.processes,
        CompileOn::Client(_) => 1,
    };
    let chip = match &on {
        CompileOn::Target(t) => t.chip,
        CompileOn::Client(_) => None,
    };
    let mut summary = serde_json::json!({
        "platform": platform,
        "batch": args.batch,
        "devices": devices,
        "processes": processes,
        "steps_per_call": args.steps_per_call,
        "augmentation": aug.describe(),
        "precision": args.numerics.precision.name(),
        "dot_precision": args.numerics.dots.name(),
        "model_parameters": params,
        "device_memory_bytes": capacity.as_ref().map(|c| c.bytes),
        "device_memory": capacity.as_ref().map(|c| c.label()),
        "programs": {},
    });
    println!(
        "platform {platform}{}{}, batch {}{}, {} model parameters, precision {} (dots: {}), augmentation: {}",
        if devices > 1 { format!(" x {devices} (data parallel)") } else { String::new() },
        if processes > 1 { format!(" over {processes} processes (hosts)") } else { String::new() },
        args.batch,
        if args.steps_per_call > 1 { format!(" x {} steps per call", args.steps_per_call) } else { String::new() },
        params,
        args.numerics.precision.name(),
        args.numerics.dots.name(),
        aug.describe()
    );
    let mut misfits = vec![];
    for c in &done {
        summary["programs"][c.name] = report(c, args, devices, capacity.as_ref(), chip);
        if capacity.as_ref().is_some_and(|cap| c.need.fits(cap) == Some(false)) {
            misfits.push(c.name);
        }
    }
    if let Some(f) = done.iter().find(|c| c.name == "train_step" && recipe.vit.is_some()).map(|c| c.function.flop_count()) {
        // Both counts take a loop's body once: with K steps per call, they are one step's.
        let per_image = f / args.batch as f64;
        println!("train step: {:.2} GFLOP per image (forward + backward + update)", per_image / 1e9);
        summary["train_step_gflops_per_image"] = serde_json::json!(per_image / 1e9);
    }

    if args.dump_hlo {
        write_hlo(&args.out, &xla_dump, &done)?;
    }
    let path = args.out.join("summary.json");
    crate::files::replace(&path, serde_json::to_string_pretty(&summary)?.as_bytes())?;
    println!("wrote {}", args.out.display());
    if args.require_fit && !misfits.is_empty() {
        bail!("--require-fit: {} {} not fit the device's memory", misfits.join(" and "), if misfits.len() > 1 { "do" } else { "does" });
    }
    Ok(())
}

/// Prints a program's lines (size and cost, the memory verdict, the estimate) and returns its
/// entry of summary.json.
fn report(c: &Compiled, args: &CompileOptions, devices: usize, capacity: Option<&Capacity>, chip: Option<Chip>) -> serde_json::Value {
    let ours = c.function.flop_count();
    println!(
        "{}: {} program inputs, {} ops, {:.1} KiB StableHLO, {} in {:.2} s, {:.3} GFLOP per {} (our count){}",
        c.name,
        c.function.params.len(),
        c.function.live_nodes().iter().filter(|&&l| l).count(),
        c.text.len() as f64 / 1024.0,
        if c.from_cache { "loaded from the compile cache" } else { "compiled" },
        c.compile_seconds,
        ours / 1e9,
        if per_step(args, c.name) { "step" } else { "call" },
        match c.cost.as_ref().and_then(|k| k.flops) {
            Some(f) => format!(
                ", XLA cost analysis {:.3} GFLOP, {:.1} MB accessed{}",
                f / 1e9,
                c.cost.as_ref().and_then(|k| k.bytes_accessed).unwrap_or(0.0) / 1e6,
                if devices > 1 { " per device" } else { "" }
            ),
            None if matches!(c.need, Need::CompilerOutOfMemory { .. }) => String::from(" (not compiled: out of memory)"),
            None => String::from(" (the plugin gives no cost analysis)"),
        }
    );
    if let Some(cap) = capacity {
        let mut line = format!("  {}", crate::memory_fit::verdict(&c.need, cap));
        match c.largest_batch {
            Some(Some(b)) => line.push_str(&format!("; the largest global batch that fits is {b}")),
            Some(None) => line.push_str(&format!("; not even a batch of {devices} fits")),
            None => {}
        }
        println!("{line}");
    }
    // XLA's cost per device where the plugin gives it (libtpu does, the CUDA plugin's
    // ahead-of-time path does not: then our FLOP count alone, a compute-only bound).
    let xla_cost = c.cost.as_ref().and_then(|k| Some((k.flops?, k.bytes_accessed?)));
    let compiled = !matches!(c.need, Need::CompilerOutOfMemory { .. });
    let estimate = match (chip, xla_cost) {
        (Some(chip), Some((flops, bytes))) if compiled => Some(Estimate::new(&chip, args, c.name, flops, Some(bytes))),
        (Some(chip), None) if compiled => Some(Estimate::new(&chip, args, c.name, ours / devices as f64, None)),
        _ => None,
    };
    if let Some(e) = &estimate {
        println!("  {}", e.line(&chip.expect("an estimate has a chip")));
    }
    let m = c.memory;
    serde_json::json!({
        "program_parameters": c.function.params.len(),
        "ops": c.function.live_nodes().iter().filter(|&&l| l).count(),
        "stablehlo_bytes": c.text.len(),
        "compile_seconds": c.compile_seconds,
        "from_compile_cache": c.from_cache,
        "flops_ours": ours,
        "flops_xla": c.cost.as_ref().and_then(|k| k.flops),
        "bytes_accessed_xla": c.cost.as_ref().and_then(|k| k.bytes_accessed),
        "argument_bytes": m.map(|m| m.argument_size_in_bytes),
        "output_bytes": m.map(|m| m.output_size_in_bytes),
        "alias_bytes": m.map(|m| m.alias_size_in_bytes),
        "temp_bytes": m.map(|m| m.temp_size_in_bytes),
        "generated_code_bytes": m.map(|m| m.generated_code_size_in_bytes),
        "device_bytes_needed": match &c.need { Need::Bytes(b) => Some(*b), _ => None },
        "fits": capacity.and_then(|cap| c.need.fits(cap)),
        "compiler_out_of_memory": match &c.need { Need::CompilerOutOfMemory { message, .. } => Some(message.clone()), _ => None },
        "largest_fitting_batch": c.largest_batch.flatten(),
        "estimate": estimate.as_ref().map(|e| e.json()),
    })
}

/// Each program at `--batch`; one the compiler refuses for lack of memory gets that as its
/// verdict, any other compile error stops the command.
fn compile_programs(on: &CompileOn, recipe: &Recipe, uncached: bool) -> Result<Vec<Compiled>> {
    let mut done = vec![];
    for &name in recipe.names() {
        let function = recipe.program(name, recipe.args.batch)?;
        let program = crate::emit::program(&function)?;
        let t0 = Instant::now();
        let outcome = compile_on(on, &program, uncached);
        let compile_seconds = t0.elapsed().as_secs_f64();
        let (outcome, need) = match outcome {
            Ok(o) => {
                let need = Need::from_stats(o.memory.as_ref());
                (o, need)
            }
            Err(e) => {
                let e = e.context(format!("compiling the {name} program for {}", on_name(on)));
                (Outcome { from_cache: false, cost: None, memory: None }, Need::from_compile_error(e)?)
            }
        };
        done.push(Compiled {
            name,
            text: program.mlir,
            function,
            compile_seconds,
            from_cache: outcome.from_cache,
            cost: outcome.cost,
            memory: outcome.memory,
            need,
            largest_batch: None,
        });
    }
    Ok(done)
}

/// The largest global batch that fits, by compiling again, for each program that does not fit
/// (or for every program, with `--max-batch`). Batches stay multiples of the device count.
fn search_largest_batches(on: &CompileOn, recipe: &Recipe, done: &mut [Compiled], cap: &Capacity) -> Result<()> {
    for c in done {
        let fits = c.need.fits(cap);
        if !(fits == Some(false) || (recipe.args.max_batch && fits.is_some())) {
            continue;
        }
        eprintln!("{}: searching for the largest global batch that fits (each try is a compile)", c.name);
        let found = crate::memory_fit::largest_fitting_batch((recipe.args.batch as u64, &c.need), recipe.devices as u64, cap, |b| {
            let function = recipe.program(c.name, b as i64)?;
            let t0 = Instant::now();
            let need = match compile_on(on, &crate::emit::program(&function)?, false) {
                Ok(o) => Need::from_stats(o.memory.as_ref()),
                Err(e) => Need::from_compile_error(e.context(format!("compiling the {} program at batch {b}", c.name)))?,
            };
            eprintln!("  batch {b}: {} ({:.1} s)", crate::memory_fit::verdict(&need, cap), t0.elapsed().as_secs_f64());
            Ok(need)
        })?;
        c.largest_batch = Some(found);
    }
    Ok(())
}

fn on_name(on: &CompileOn) -> String {
    match on {
        CompileOn::Client(client) => client.platform_name().unwrap_or_default(),
        CompileOn::Target(t) => format!("{} (ahead of time, no device)", t.name),
    }
}

/// The roofline estimate of one program on a chip, from XLA's cost analysis per device: per
/// call, or per step of a K-step program (whose loop body the cost analysis counts once).
struct Estimate {
    /// False where no bytes accessed are known: the bound is the compute's alone.
    with_memory: bool,
    unit: &'static str,
    seconds_per_call: f64,
    images_per_call: f64,
    /// Seconds per epoch of the reference workload (train step only).
    epoch_seconds: Option<f64>,
}

impl Estimate {
    fn new(chip: &Chip, args: &CompileOptions, program: &str, flops: f64, bytes: Option<f64>) -> Estimate {
        let seconds_per_call = crate::accelerators::roofline_seconds(chip, args.numerics, flops, bytes.unwrap_or(0.0));
        let train = program == "train_step";
        let images_per_call = args.batch as f64;
        let epoch_seconds =
            (train && args.program == "vit").then(|| crate::accelerators::REFERENCE_TRAIN_IMAGES as f64 / (images_per_call / seconds_per_call));
        let unit = if per_step(args, program) { "step" } else { "call" };
        Estimate { with_memory: bytes.is_some(), unit, seconds_per_call, images_per_call, epoch_seconds }
    }

    fn line(&self, chip: &Chip) -> String {
        let mut s = format!(
            "estimate ({}, {}: not a measurement): at least {:.1} ms per {}, at most {:.0} images/s",
            if self.with_memory { "roofline" } else { "compute only, from our FLOP count: the plugin gives no bytes accessed" },
            chip.name,
            self.seconds_per_call * 1e3,
            self.unit,
            self.images_per_call / self.seconds_per_call
        );
        if let Some(e) = self.epoch_seconds {
            s.push_str(&format!(
                ", at least {e:.1} s per epoch of Food-101's 20 classes ({} images; the tutorial measured {:.0} s on a v5e-8)",
                crate::accelerators::REFERENCE_TRAIN_IMAGES,
                crate::accelerators::TUTORIAL_SECONDS_PER_EPOCH_V5E_8
            ));
        }
        s
    }

    fn json(&self) -> serde_json::Value {
        serde_json::json!({
            "kind": if self.with_memory { "roofline estimate, not a measurement" } else { "compute-only estimate from our FLOP count, not a measurement" },
            "per": self.unit,
            "min_seconds": self.seconds_per_call,
            "max_images_per_second": self.images_per_call / self.seconds_per_call,
            "min_seconds_per_reference_epoch": self.epoch_seconds,
        })
    }
}

/// XLA's cost analysis, like our FLOP count, takes a loop's body once: the K-step train
/// program's figures are one step's.
fn per_step(args: &CompileOptions, program: &str) -> bool {
    program == "train_step" && args.steps_per_call > 1
}

/// Our StableHLO and XLA's HLO before and after optimization, per program, into `out`.
fn write_hlo(out: &Path, xla_dump: &Path, done: &[Compiled]) -> Result<()> {
    for c in done {
        let path = out.join(format!("{}.stablehlo.mlir", c.name));
        std::fs::write(&path, &c.text).with_context(|| format!("writing {}", path.display()))?;
        let module = c.function.name.clone();
        for stage in ["before_optimizations", "after_optimizations"] {
            match find_dump(xla_dump, &module, stage)? {
                Some(src) => {
                    let dst = out.join(format!("{}.xla_hlo.{stage}.txt", c.name));
                    std::fs::copy(&src, &dst).with_context(|| format!("copying {}", src.display()))?;
                }
                None => eprintln!("warning: XLA wrote no {stage} HLO for {module} under {}", xla_dump.display()),
            }
        }
    }
    Ok(())
}

/// XLA names its dumps `module_NNNN.<module>.<stage>.txt`; picks the newest match.
fn find_dump(dir: &Path, module: &str, stage: &str) -> Result<Option<PathBuf>> {
    if !dir.exists() {
        return Ok(None);
    }
    let mut found: Vec<PathBuf> = std::fs::read_dir(dir)?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| {
            let n = p.file_name().and_then(|n| n.to_str()).unwrap_or("");
            n.contains(&format!(".{module}.")) && n.ends_with(&format!("{stage}.txt"))
        })
        .collect();
    found.sort();
    Ok(found.pop())
}

