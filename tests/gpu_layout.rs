//! What XLA makes of the train step for an H100, checked without one: `xlavit compile --target
//! h100` compiles ahead of time with the CUDA plugin that `scripts/install_deps.sh` installs.
//!
//! The property guarded: the residual stream `[B, T, D]` keeps its batch-major layout. One
//! reduction over the batch axis in the backward pass once made XLA's GPU layout assignment lay
//! the whole stream out batch-minor, and every gemm then transposed around it (BENCHMARKS.md,
//! 2026-11-27 night); at batch 32 the tiny ViT showed the same: 126 of its 144 such tensors.

use std::path::Path;
use std::process::Command;

const BATCH: usize = 32;

/// `(dims, layout)` of every array shape in an HLO text, as `f32[64,17,64]{2,1,0}` spells them.
fn shapes_with_layouts(hlo: &str) -> Vec<(Vec<usize>, String)> {
    let mut found = vec![];
    for (i, _) in hlo.match_indices('[') {
        let rest = &hlo[i + 1..];
        let Some(close) = rest.find(']') else { continue };
        let Ok(dims) = rest[..close].split(',').map(str::parse::<usize>).collect::<Result<Vec<_>, _>>() else { continue };
        let after = &rest[close + 1..];
        if let Some(layout) = after.strip_prefix('{').and_then(|l| l.find('}').map(|e| l[..e].to_string())) {
            found.push((dims, layout));
        }
    }
    found
}

fn dump_named(dir: &Path, needle: &str) -> String {
    let entries: Vec<_> = std::fs::read_dir(dir).unwrap().map(|e| e.unwrap().path()).collect();
    let path = entries
        .iter()
        .find(|p| p.file_name().unwrap().to_str().unwrap().contains(needle))
        .unwrap_or_else(|| panic!("no XLA dump named *{needle}* in {}: {entries:?}", dir.display()));
    std::fs::read_to_string(path).unwrap()
}

#[test]
fn the_train_step_compiled_for_an_h100_keeps_the_residual_stream_batch_major() {
    let dir = tempfile::tempdir().unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_xlavit"))
        .args(["compile", "--device", "cuda", "--target", "h100", "--config", "tiny", "--batch", &BATCH.to_string()])
        .args(["--precision", "bf16", "--dump-hlo", "--out"])
        .arg(dir.path())
        // XLA's HLO right after layout assignment, beside the dumps --dump-hlo asks for.
        .env("XLA_FLAGS", "--xla_dump_hlo_pass_re=layout-assignment")
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "compile --target h100 failed:\n{stdout}\n{}", String::from_utf8_lossy(&out.stderr));
    assert!(stdout.contains("NVIDIA H100 80GB HBM3 (ahead of time, no device)"), "{stdout}");

    // The whole pipeline ran: the optimized program is Hopper's, with its gemms fused.
    let xla = dir.path().join("xla_dump");
    let optimized = dump_named(&xla, "vit_train_step.sm_9.0a_gpu_after_optimizations.txt");
    assert!(optimized.contains("__triton") || optimized.contains("__cublas"), "no GPU gemm in the optimized program");

    let layouts = dump_named(&xla, "vit_train_step.0001.layout_assignment.after_layout-assignment");
    let (t, d) = (17, 64); // the tiny ViT: 16 patches and the CLS token, hidden size 64
    let stream: Vec<String> = shapes_with_layouts(&layouts)
        .into_iter()
        .filter(|(dims, _)| dims == &[BATCH, t, d])
        .map(|(_, layout)| layout)
        .collect();
    assert!(stream.len() > 100, "expected the residual stream's tensors in the layout dump, found {}", stream.len());
    let batch_minor = stream.iter().filter(|l| l.as_str() != "2,1,0").count();
    assert_eq!(batch_minor, 0, "{batch_minor} of {} [B, T, D] tensors are not batch-major after layout assignment", stream.len());
}

#[test]
fn compile_target_names_what_is_wrong() {
    let run = |args: &[&str]| {
        let out = Command::new(env!("CARGO_BIN_EXE_xlavit")).arg("compile").args(args).output().unwrap();
        assert!(!out.status.success(), "xlavit compile {args:?} should fail");
        String::from_utf8_lossy(&out.stderr).into_owned()
    };
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().to_str().unwrap();
    let err = run(&["--target", "h100", "--dump-hlo", "--out", out]);
    assert!(err.contains("--target h100 describes a GPU: use it with --device cuda"), "{err}");
    let missing = dir.path().join("a100.txtpb");
    let err = run(&["--device", "cuda", "--target", missing.to_str().unwrap(), "--dump-hlo", "--out", out]);
    assert!(err.contains("reading the GPU target config") && err.contains("a100.txtpb"), "{err}");
    let garbled = dir.path().join("garbled.txtpb");
    std::fs::write(&garbled, "gpu_device_info { core_count: many }").unwrap();
    let err = run(&["--device", "cuda", "--target", garbled.to_str().unwrap(), "--dump-hlo", "--out", out]);
    assert!(err.contains("garbled.txtpb") && err.contains("GpuTargetConfigProto"), "{err}");
    let cpu = xlavit::runtime::locate_plugin(xlavit::runtime::DeviceKind::Cpu, None).unwrap();
    let err = run(&["--device", "cuda", "--plugin", cpu.to_str().unwrap(), "--target", "h100", "--dump-hlo", "--out", out]);
    assert!(err.contains("describing the compile target") && err.contains("a CUDA plugin"), "{err}");
}
