//! The command line as a user meets it: clear one-line errors for bad input,
//! and the commands' outputs.

mod common;

use common::fixture;
use std::process::{Command, Output};

fn xlavit(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_xlavit")).args(args).output().unwrap()
}

/// Fails unless the command failed with exactly one `error:` line on stderr mentioning every `needle`.
fn assert_one_line_error(out: &Output, needles: &[&str]) {
    assert!(!out.status.success(), "expected failure");
    let err = String::from_utf8_lossy(&out.stderr);
    let lines: Vec<&str> = err.lines().filter(|l| !l.starts_with("I0000") && !l.starts_with("WARNING: All log")).collect();
    assert_eq!(lines.len(), 1, "expected one line, got:\n{err}");
    assert!(lines[0].starts_with("error: "), "{err}");
    for n in needles {
        assert!(lines[0].contains(n), "error should mention {n:?}: {err}");
    }
    assert!(!err.contains("panicked"), "{err}");
}

#[test]
fn missing_plugin_is_a_one_line_error() {
    assert_one_line_error(&xlavit(&["devices", "--plugin", "/nonexistent/plugin.so"]), &["/nonexistent/plugin.so"]);
}

#[test]
fn unloadable_plugin_is_a_one_line_error() {
    let dir = tempfile::tempdir().unwrap();
    let fake = dir.path().join("fake.so");
    std::fs::write(&fake, b"not a shared library").unwrap();
    assert_one_line_error(&xlavit(&["devices", "--plugin", fake.to_str().unwrap()]), &["fake.so"]);
}

#[test]
fn devices_reports_the_api_version() {
    let out = xlavit(&["devices"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let s = String::from_utf8_lossy(&out.stdout);
    assert!(s.contains("PJRT API: 0.") && s.contains("platform: cpu") && s.contains("device 0"), "{s}");
}

#[test]
fn compile_dump_hlo_writes_ours_and_xlas_hlo() {
    let dir = tempfile::tempdir().unwrap();
    let out = xlavit(&["compile", "--dump-hlo", "--out", dir.path().to_str().unwrap(), "--batch", "2"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let text = std::fs::read_to_string(dir.path().join("train_step.stablehlo.mlir")).unwrap();
    assert!(text.contains("func.func public @main") && text.contains("tf.aliasing_output"));
    // One function holds the forward (erf GELU), the backward (transposed dots) and the update (sqrt of moments).
    assert_eq!(text.matches("func.func").count(), 1);
    assert!(text.contains("chlo.erf") && text.contains("stablehlo.sqrt") && text.contains("rng_bit_generator"));
    for f in ["train_step.xla_hlo.before_optimizations.txt", "train_step.xla_hlo.after_optimizations.txt", "eval.stablehlo.mlir"] {
        let t = std::fs::read_to_string(dir.path().join(f)).unwrap_or_else(|e| panic!("{f}: {e}"));
        assert!(t.starts_with("HloModule") || t.starts_with("module"), "{f}");
    }
    let summary: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(dir.path().join("summary.json")).unwrap()).unwrap();
    assert_eq!(summary["model_parameters"], 80901);
    assert!(summary["programs"]["train_step"]["compile_seconds"].as_f64().unwrap() > 0.0);
}

#[test]
fn corrupt_image_and_missing_model_are_named() {
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("broken.jpg");
    std::fs::write(&bad, b"\xff\xd8\xff\xe0 this is not really a jpeg").unwrap();
    let model = fixture("tiny_vit");
    assert_one_line_error(&xlavit(&["predict", "--model", model.to_str().unwrap(), bad.to_str().unwrap()]), &["broken.jpg"]);
    assert_one_line_error(&xlavit(&["predict", "--model", dir.path().join("nope").to_str().unwrap(), bad.to_str().unwrap()]), &["nope"]);
}

#[test]
fn convert_with_a_new_head_saves_a_loadable_checkpoint() {
    let dir = tempfile::tempdir().unwrap();
    let out_dir = dir.path().join("m");
    let out = xlavit(&["convert", "--model", fixture("tiny_vit").to_str().unwrap(), "--out", out_dir.to_str().unwrap(), "--labels", "cat,dog,fish"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(String::from_utf8_lossy(&out.stderr).contains("classifier re-initialized"));
    let img = fixture("images/img0.png");
    let out = xlavit(&["predict", "--json", "--top-k", "3", "--model", out_dir.to_str().unwrap(), img.to_str().unwrap()]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let labels: Vec<&str> = v[0]["top_k"].as_array().unwrap().iter().map(|t| t["label"].as_str().unwrap()).collect();
    let mut sorted = labels.clone();
    sorted.sort();
    assert_eq!(sorted, ["cat", "dog", "fish"]);
    let p: f64 = v[0]["probabilities"].as_array().unwrap().iter().map(|x| x.as_f64().unwrap()).sum();
    assert!((p - 1.0).abs() < 1e-9);
}

#[test]
fn vit_b16_flop_count_matches_the_analytic_count() {
    let cfg = xlavit::model::vit_config::VitConfig::vit_b16();
    let pre = xlavit::model::vit_config::Preprocessor::for_config(&cfg);
    let f = xlavit::model::vit::train_step(&cfg, &pre, 2, &xlavit::optim::AdamW::default(), &xlavit::augment::Augment::off(), Default::default()).unwrap();
    let per_image = f.flop_count() / 2.0;
    // Matmuls only, 2 FLOPs per multiply-add, forward x 3 for forward + backward.
    let (t, d, i, n, l) = (197.0, 768.0, 3072.0, 196.0, 12.0);
    let layer = 2.0 * t * d * d * 4.0 + 2.0 * 2.0 * t * d * i + 2.0 * 2.0 * t * t * d;
    let forward = 2.0 * n * d * d + l * layer + 2.0 * d * 1000.0;
    let analytic = 3.0 * forward;
    let ratio = per_image / analytic;
    assert!((1.0..1.03).contains(&ratio), "ours {per_image:e}, analytic matmul count {analytic:e} (ratio {ratio})");
}

#[test]
fn predict_batches_many_images_and_pads_the_last_batch() {
    let imgs: Vec<String> = (0..18).map(|i| fixture(&format!("images/img{}.png", i % 4)).display().to_string()).collect();
    let mut args = vec!["predict", "--json", "--model"];
    let model = fixture("tiny_vit").display().to_string();
    args.push(&model);
    args.extend(imgs.iter().map(|s| s.as_str()));
    let out = xlavit(&args);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let got: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let want: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(fixture("tiny_vit_predict.json")).unwrap()).unwrap();
    assert_eq!(got.as_array().unwrap().len(), 18);
    for i in 0..18 {
        let g: Vec<f32> = got[i]["logits"].as_array().unwrap().iter().map(|v| v.as_f64().unwrap() as f32).collect();
        let w: Vec<f32> = want["predictions"][i % 4]["logits"].as_array().unwrap().iter().map(|v| v.as_f64().unwrap() as f32).collect();
        assert!(common::rel_err(&g, &w) < 1e-5, "image {i}: {g:?} vs {w:?}");
    }
}

#[test]
fn compile_takes_a_model_directory_and_the_mlp_program() {
    let out = xlavit(&["compile", "--model", fixture("tiny_vit").to_str().unwrap(), "--batch", "3"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let s = String::from_utf8_lossy(&out.stdout);
    assert!(s.contains("80901 model parameters") && s.contains("train_step:") && s.contains("eval:"), "{s}");
    let out = xlavit(&["compile", "--program", "mlp"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(String::from_utf8_lossy(&out.stdout).contains("train_step:"));
    assert_one_line_error(&xlavit(&["compile", "--program", "resnet"]), &["resnet"]);
    assert_one_line_error(&xlavit(&["compile", "--config", "/no/such/config.json"]), &["/no/such/config.json"]);
}
