//! `xlavit compile`: traces, differentiates and compiles the training
//! programs, and reports their size, FLOPs and compile time; with
//! `--dump-hlo`, also our StableHLO and XLA's HLO before and after optimization.

use crate::augment::Augment;
use crate::graph::Function;
use crate::model::Numerics;
use crate::optim::{AdamW, Schedule};
use crate::runtime::Client;
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
    pub augment: Augment,
    pub numerics: Numerics,
}

/// Where the programs are compiled: on a client's devices, or ahead of time for a device
/// described only (`--target`), when all that is wanted is XLA's HLO.
pub enum CompileOn {
    Client(Client),
    Target { target: crate::runtime::Target, name: String },
}

struct Compiled {
    name: &'static str,
    function: Function,
    text: String,
    compile_seconds: f64,
    from_cache: bool,
    cost: Option<crate::runtime::CostAnalysis>,
    memory: Option<crate::runtime::CompiledMemoryStats>,
}

pub fn run(args: &CompileOptions, open: impl FnOnce() -> Result<CompileOn>) -> Result<()> {
    let xla_dump = args.out.join("xla_dump");
    if args.dump_hlo {
        std::fs::create_dir_all(&args.out).with_context(|| format!("creating {}", args.out.display()))?;
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
    let mut programs: Vec<(&'static str, Function)> = vec![];
    let params: i64;
    let mut per_image_flops = None;
    match args.program.as_str() {
        "mlp" => {
            if args.model.is_some() || args.config.is_some() || args.num_labels.is_some() {
                bail!("--model, --config and --num-labels describe a ViT; --program mlp takes none of them");
            }
            let cfg = crate::model::mlp::MlpConfig { input: 64, hidden: vec![128, 128], classes: 10 };
            let f = crate::train_step::mlp_step(&cfg, args.batch, &opt, args.numerics)?;
            params = cfg.params().iter().map(|p| p.shape.element_count()).sum();
            programs.push(("train_step", f));
        }
        "vit" => {
            let (mut cfg, pre) = crate::checkpoint::model_config(args.model.as_deref(), args.config.as_deref())?;
            if let Some(n) = args.num_labels {
                cfg = cfg.with_labels((0..n).map(|i| format!("LABEL_{i}")).collect());
            }
            params = cfg.params().iter().map(|p| p.shape.element_count()).sum();
            let step = crate::train_step::vit_train_step(&cfg, &pre, args.batch, &opt, &aug, args.numerics)?;
            per_image_flops = Some(step.flop_count() / args.batch as f64);
            programs.push(("train_step", step));
            // The eval program `train` and `eval` run.
            programs.push(("eval", crate::train_step::vit_eval_accumulating(&cfg, &pre, args.batch, args.numerics)?));
        }
        other => bail!("--program {other}: expected `vit` or `mlp`"),
    }

    let on = open()?;
    // On a client with several devices the ViT programs are split over all of them, as `train`
    // splits its own (the MLP step stays on one device). The train step is the plain one,
    // without `train`'s on-device metric sums, so that it stays comparable with the JAX peers'.
    let devices = match &on {
        CompileOn::Client(client) if args.program == "vit" => client.addressable_device_count(),
        _ => 1,
    };
    if devices > 1 {
        ensure!(args.batch % devices as i64 == 0, "--batch {} does not split over the {devices} devices: use a multiple of {devices}", args.batch);
        for (name, f) in &mut programs {
            match *name {
                "train_step" => crate::train_step::split_train_step(f, devices, Default::default())?,
                _ => crate::train_step::split_eval(f, devices)?,
            }
        }
    }
    let mut done = vec![];
    for (name, function) in programs {
        let program = crate::emit::program(&function)?;
        let t0 = Instant::now();
        let (from_cache, cost, memory) = match &on {
            // XLA writes its HLO dumps only when it compiles: --dump-hlo bypasses the cache.
            CompileOn::Client(client) => {
                let exe = if args.dump_hlo { client.compile_uncached(&program) } else { client.compile(&program) }
                    .with_context(|| format!("compiling the {name} program"))?;
                (exe.from_cache(), exe.cost_analysis().unwrap_or(None), exe.compiled_memory_stats().unwrap_or(None))
            }
            CompileOn::Target { target, name: target_name } => {
                target.compile(&program).with_context(|| format!("compiling the {name} program for {target_name}"))?;
                (false, None, None)
            }
        };
        let compile_seconds = t0.elapsed().as_secs_f64();
        done.push(Compiled { name, text: program.mlir, function, compile_seconds, from_cache, cost, memory });
    }

    let platform = match &on {
        CompileOn::Client(client) => client.platform_name().unwrap_or_default(),
        CompileOn::Target { name, .. } => format!("{name} (ahead of time, no device)"),
    };
    let mut summary = serde_json::json!({
        "platform": platform,
        "batch": args.batch,
        "devices": devices,
        "augmentation": aug.describe(),
        "precision": args.numerics.precision.name(),
        "dot_precision": args.numerics.dots.name(),
        "model_parameters": params,
        "programs": {},
    });
    println!(
        "platform {platform}{}, batch {}, {} model parameters, precision {} (dots: {}), augmentation: {}",
        if devices > 1 { format!(" x {devices} (data parallel)") } else { String::new() },
        args.batch,
        params,
        args.numerics.precision.name(),
        args.numerics.dots.name(),
        aug.describe()
    );
    for c in &done {
        let ours = c.function.flop_count();
        println!(
            "{}: {} program inputs, {} ops, {:.1} KiB StableHLO, {} in {:.2} s, {:.3} GFLOP per call (our count){}",
            c.name,
            c.function.params.len(),
            c.function.live_nodes().iter().filter(|&&l| l).count(),
            c.text.len() as f64 / 1024.0,
            if c.from_cache { "loaded from the compile cache" } else { "compiled" },
            c.compile_seconds,
            ours / 1e9,
            match c.cost.as_ref().and_then(|k| k.flops) {
                Some(f) => format!(", XLA cost analysis {:.3} GFLOP, {:.1} MB accessed", f / 1e9, c.cost.as_ref().and_then(|k| k.bytes_accessed).unwrap_or(0.0) / 1e6),
                None if matches!(on, CompileOn::Target { .. }) => String::from(" (no cost analysis ahead of time)"),
                None => String::from(" (the plugin gives no cost analysis)"),
            }
        );
        summary["programs"][c.name] = serde_json::json!({
            "program_parameters": c.function.params.len(),
            "ops": c.function.live_nodes().iter().filter(|&&l| l).count(),
            "stablehlo_bytes": c.text.len(),
            "compile_seconds": c.compile_seconds,
            "from_compile_cache": c.from_cache,
            "flops_ours": ours,
            "flops_xla": c.cost.as_ref().and_then(|k| k.flops),
            "bytes_accessed_xla": c.cost.as_ref().and_then(|k| k.bytes_accessed),
            "temp_bytes": c.memory.map(|m| m.temp_size_in_bytes),
            "argument_bytes": c.memory.map(|m| m.argument_size_in_bytes),
        });
    }
    if let Some(f) = per_image_flops {
        println!("train step: {:.2} GFLOP per image (forward + backward + update)", f / 1e9);
        summary["train_step_gflops_per_image"] = serde_json::json!(f / 1e9);
    }

    if args.dump_hlo {
        for c in &done {
            let path = args.out.join(format!("{}.stablehlo.mlir", c.name));
            std::fs::write(&path, &c.text).with_context(|| format!("writing {}", path.display()))?;
            let module = c.function.name.clone();
            for stage in ["before_optimizations", "after_optimizations"] {
                match find_dump(&xla_dump, &module, stage)? {
                    Some(src) => {
                        let dst = args.out.join(format!("{}.xla_hlo.{stage}.txt", c.name));
                        std::fs::copy(&src, &dst).with_context(|| format!("copying {}", src.display()))?;
                    }
                    None => eprintln!("warning: XLA wrote no {stage} HLO for {module} under {}", xla_dump.display()),
                }
            }
        }
        let path = args.out.join("summary.json");
        std::fs::write(&path, serde_json::to_string_pretty(&summary)?).with_context(|| format!("writing {}", path.display()))?;
        println!("wrote {}", args.out.display());
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

