//! Golden snapshots of emitted StableHLO. A change in emission fails here
//! with a readable diff; `XLAVIT_UPDATE_SNAPSHOTS=1 cargo test --test snapshots`
//! rewrites them on purpose.

mod common;

use anyhow::Result;
use std::path::PathBuf;
use xlavit::dtype::DType;
use xlavit::graph::{Builder, Function};

fn elementwise_chain() -> Result<Function> {
    let b = Builder::new("elementwise_chain");
    let x = b.parameter("x", DType::F32, &[4, 8])?;
    let y = b.parameter("y", DType::F32, &[8])?;
    let z = x.mul(&y)?.add_scalar(1.0)?.tanh()?.exp()?.max(&x)?.sqrt()?.erf()?;
    let z = x.gt(&z)?.select(&z, &x.neg()?)?;
    b.finish(&[("z", &z)])
}

fn dot_general_grad() -> Result<Function> {
    let b = Builder::new("dot_general_grad");
    let a = b.parameter("a", DType::F32, &[2, 3, 4])?;
    let w = b.parameter("w", DType::F32, &[2, 4, 5])?;
    let y = a.matmul(&w)?.square()?.sum_all()?;
    let g = xlavit::autodiff::grad(&y, &[a.clone(), w.clone()])?;
    b.finish(&[("y", &y), ("da", &g[0]), ("dw", &g[1])])
}

fn mlp_train_step() -> Result<Function> {
    let cfg = xlavit::model::mlp::MlpConfig { input: 16, hidden: vec![32], classes: 4 };
    let opt = xlavit::optim::AdamW {
        schedule: xlavit::optim::Schedule::WarmupCosine { peak: 1e-3, warmup_steps: 10, total_steps: 100 },
        ..Default::default()
    };
    xlavit::train_step::mlp_step(&cfg, 8, &opt, Default::default())
}

fn tiny_vit_train_step() -> Result<Function> {
    let cfg = xlavit::model::vit_config::VitConfig::tiny();
    let pre = xlavit::model::preprocessor::Preprocessor::for_config(&cfg);
    let opt = xlavit::optim::AdamW {
        schedule: xlavit::optim::Schedule::WarmupCosine { peak: 1e-3, warmup_steps: 10, total_steps: 100 },
        ..Default::default()
    };
    xlavit::train_step::vit_train_step(&cfg, &pre, 2, &opt, &xlavit::augment::Augment::default(), Default::default())
}

type Case = (&'static str, fn() -> Result<Function>);

fn cases() -> Vec<Case> {
    vec![
        ("elementwise_chain", elementwise_chain),
        ("dot_general_grad", dot_general_grad),
        ("mlp_train_step", mlp_train_step),
        ("tiny_vit_train_step", tiny_vit_train_step),
    ]
}

/// Small programs that each hold one primitive (hlo_snapshots/primitives/), so a change in one
/// lowering rule shows up in its own file: every registry entry on its first accepted type, plus
/// the lowerings that are not a registry entry yet but that programs rely on.
fn primitive_cases() -> Vec<(String, Function)> {
    use xlavit::graph::primitives::elementwise::{BINARY, UNARY};
    let types = [DType::F32, DType::S32, DType::Pred];
    let mut out = vec![];
    for rule in &UNARY {
        let dt = types.into_iter().find(|&d| (rule.dtypes)(d)).unwrap();
        let b = Builder::new(rule.name);
        let x = b.parameter("x", dt, &[2, 3]).unwrap();
        out.push((rule.name.to_string(), b.finish(&[("y", &x.unary(rule.op).unwrap())]).unwrap()));
    }
    for rule in &BINARY {
        let dt = types.into_iter().find(|&d| (rule.dtypes)(d)).unwrap();
        let b = Builder::new(rule.name);
        let (x, y) = (b.parameter("x", dt, &[2, 3]).unwrap(), b.parameter("y", dt, &[2, 3]).unwrap());
        out.push((rule.name.to_string(), b.finish(&[("z", &x.binary(rule.op, &y).unwrap())]).unwrap()));
    }
    // A bf16 dot with an f32 result (mixed precision).
    let b = Builder::new("dot_general_bf16_to_f32");
    let (x, w) = (b.parameter("x", DType::BF16, &[2, 4]).unwrap(), b.parameter("w", DType::BF16, &[4, 3]).unwrap());
    let dims = xlavit::graph::DotDims { lhs_contract: vec![1], rhs_contract: vec![0], ..Default::default() };
    out.push(("dot_general_bf16_to_f32".into(), b.finish(&[("y", &x.dot_general_to(&w, &dims, DType::F32).unwrap())]).unwrap()));
    // The RNG with its key as a parameter (its case in tests/common/cases.rs has a constant one).
    out.push(("rng_bit_generator".into(), {
        let b = Builder::new("rng_bit_generator");
        let key = b.parameter("key", DType::U64, &[2]).unwrap();
        let (next, bits) = b.rng_bit_generator(&key, DType::U32, &[2, 3]).unwrap();
        b.finish(&[("next", &next), ("bits", &bits)]).unwrap()
    }));
    // One per primitive of the other families, from the cases the whole-op-list test runs.
    for case in common::cases::cases() {
        if out.iter().any(|(n, _)| n == case.name) {
            continue;
        }
        let b = Builder::new(case.name);
        let xs: Vec<_> = case.inputs.iter().enumerate().map(|(i, (d, _, _))| b.parameter(&format!("x{i}"), DType::F64, d).unwrap()).collect();
        let y = (case.build)(&b, &xs).unwrap();
        out.push((case.name.to_string(), b.finish(&[("y", &y)]).unwrap()));
    }
    // Data parallelism: the sharding annotations of a program split over 4 devices.
    let b = Builder::new("split_batch");
    let (x, w) = (b.parameter("x", DType::F32, &[8, 3]).unwrap(), b.parameter("w", DType::F32, &[3]).unwrap());
    let mut f = b.finish(&[("y", &x.mul(&w.broadcast_to(&[8, 3]).unwrap()).unwrap()), ("s", &x.sum_all().unwrap())]).unwrap();
    f.split_batch(4, &[("x", 0)], &[("y", 0)]).unwrap();
    out.push(("split_batch".into(), f));
    out
}

fn snapshot_path(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("hlo_snapshots").join(format!("{name}.mlir"))
}

#[test]
fn each_primitive_lowers_as_its_snapshot_says() {
    let update = std::env::var("XLAVIT_UPDATE_SNAPSHOTS").is_ok_and(|v| v == "1");
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("hlo_snapshots").join("primitives");
    let cases = primitive_cases();
    let mut failures = vec![];
    for (name, f) in &cases {
        let text = xlavit::emit::stablehlo(f).unwrap();
        let path = dir.join(format!("{name}.mlir"));
        if update {
            std::fs::create_dir_all(&dir).unwrap();
            std::fs::write(&path, &text).unwrap();
            continue;
        }
        match std::fs::read_to_string(&path) {
            Ok(want) if want == text => {}
            Ok(want) => failures.push(format!("{name}: lowering changed\n{}", diff(&want, &text))),
            Err(e) => failures.push(format!("{}: {e}", path.display())),
        }
    }
    // A snapshot whose primitive is gone is stale.
    for entry in std::fs::read_dir(&dir).unwrap() {
        let file = entry.unwrap().file_name().to_string_lossy().to_string();
        let name = file.trim_end_matches(".mlir");
        assert!(cases.iter().any(|(n, _)| n == name), "hlo_snapshots/primitives/{file}: no such primitive case (stale)");
    }
    assert!(failures.is_empty(), "{}\nIf the change is intended: XLAVIT_UPDATE_SNAPSHOTS=1 cargo test --test snapshots", failures.join("\n"));
    // Each compiles.
    let client = common::client();
    for (name, f) in &cases {
        if f.partitioning.is_none() {
            client.compile(&xlavit::emit::program(f).unwrap()).unwrap_or_else(|e| panic!("{name}: {e:#}"));
        }
    }
}

/// The first differing line with a few lines of context on each side.
fn diff(want: &str, got: &str) -> String {
    let (w, g): (Vec<&str>, Vec<&str>) = (want.lines().collect(), got.lines().collect());
    let i = w.iter().zip(&g).position(|(a, b)| a != b).unwrap_or(w.len().min(g.len()));
    let mut out = format!("first difference at line {} (snapshot has {} lines, emitted {}):\n", i + 1, w.len(), g.len());
    for k in i.saturating_sub(3)..(i + 4) {
        if let Some(l) = w.get(k) {
            out.push_str(&format!("- {:5} {l}\n", k + 1));
        }
        if let Some(l) = g.get(k) {
            out.push_str(&format!("+ {:5} {l}\n", k + 1));
        }
    }
    out
}

#[test]
fn emitted_stablehlo_matches_the_snapshots() {
    let update = std::env::var("XLAVIT_UPDATE_SNAPSHOTS").is_ok_and(|v| v == "1");
    let mut failures = vec![];
    for (name, build) in cases() {
        let text = xlavit::emit::stablehlo(&build().unwrap()).unwrap();
        let path = snapshot_path(name);
        if update {
            std::fs::write(&path, &text).unwrap();
            continue;
        }
        let want = std::fs::read_to_string(&path)
            .unwrap_or_else(|e| panic!("{}: {e}; run XLAVIT_UPDATE_SNAPSHOTS=1 cargo test --test snapshots", path.display()));
        if want != text {
            failures.push(format!("{name}: emission changed\n{}", diff(&want, &text)));
        }
    }
    assert!(failures.is_empty(), "{}\nIf the change is intended: XLAVIT_UPDATE_SNAPSHOTS=1 cargo test --test snapshots", failures.join("\n"));
}

#[test]
fn emission_is_byte_stable_across_traces() {
    for (name, build) in cases() {
        let a = xlavit::emit::stablehlo(&build().unwrap()).unwrap();
        let b = xlavit::emit::stablehlo(&build().unwrap()).unwrap();
        assert!(a == b, "{name}: two traces gave different text\n{}", diff(&a, &b));
    }
}

#[test]
fn snapshots_compile_on_the_cpu_plugin() {
    let client = common::client();
    for (name, build) in cases() {
        let program = xlavit::emit::program(&build().unwrap()).unwrap();
        client.compile(&program).unwrap_or_else(|e| panic!("{name}: {e:#}"));
    }
}
