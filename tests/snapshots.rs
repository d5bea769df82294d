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
    let pre = xlavit::model::vit_config::Preprocessor::for_config(&cfg);
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

fn snapshot_path(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("hlo_snapshots").join(format!("{name}.mlir"))
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
