//! Compiles a StableHLO file for a GPU this machine lacks, so XLA's optimized HLO of any
//! program (ours, or a peer's exported with `jax.jit(f).trace(..).lower(lowering_platforms=("cuda",))`)
//! can be read beside ours. `XLA_FLAGS="--xla_dump_to=DIR --xla_dump_hlo_as_text"` says where.
//!
//!     cargo run --release --example aot_compile -- PROGRAM.mlir [h100 | TARGET.txtpb] [CUDA PLUGIN]
use anyhow::{Context, Result};
use xlavit::runtime::{locate_gpu_compiler, Plugin, Target};

fn main() -> Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(mlir_path) = args.first() else {
        anyhow::bail!("usage: aot_compile PROGRAM.mlir [h100 | TARGET.txtpb] [CUDA PLUGIN]");
    };
    let mlir = std::fs::read_to_string(mlir_path).with_context(|| format!("reading {mlir_path}"))?;
    let (config, _) = xlavit::runtime::target::gpu_target_config(args.get(1).map_or("h100", String::as_str))?;
    let plugin = Plugin::load(locate_gpu_compiler(args.get(2).map(std::path::Path::new))?)?;
    let t0 = std::time::Instant::now();
    Target::gpu(plugin, &config)?.compile_mlir(&mlir, 1)?;
    println!("compiled {mlir_path} in {:.1} s", t0.elapsed().as_secs_f64());
    Ok(())
}
